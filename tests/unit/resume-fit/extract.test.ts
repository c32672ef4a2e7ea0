import { describe, expect, it } from 'vitest';
import { extractQualifications } from '#/lib/resume-fit/extract.ts';
import { parseStructure } from '#/lib/resume-fit/structure.ts';

const levels = (job: string) => Object.fromEntries(extractQualifications(job).map((q) => [q.label, q.level]));

describe('parseStructure', () => {
  it('recognises headings, with or without a colon, and not requirement lines that start with a heading word', () => {
    const s = parseStructure(
      'Nurse\nAcme Clinic\n\nRequirements:\n- Experience with Epic\nNice to have\n- PCCN\nBenefits: dental',
    );
    expect(s.headings.map((h) => [h.text, h.kind])).toEqual([
      ['Requirements', 'required'],
      ['Nice to have', 'preferred'],
      ['Benefits', 'skip'],
    ]);
    expect(s.sentences.map((x) => [x.text, x.section])).toEqual([
      ['Experience with Epic', 'required'],
      ['PCCN', 'preferred'],
      ['dental', 'skip'],
    ]);
    expect(s.headerText).toBe('Nurse\nAcme Clinic\n');
  });
});

describe('extractQualifications', () => {
  it('marks items required or preferred from section headings', () => {
    expect(levels('Engineer\n\nRequirements\n- Python\n\nPreferred qualifications\n- Docker')).toEqual({
      Python: 'required',
      Docker: 'preferred',
    });
  });

  it('reads the wording of each part of a sentence: "must", "required", "nice to have", "a plus"', () => {
    expect(levels('Python required, Django a plus. Must have SQL. Nice to have: Redis.')).toEqual({
      Python: 'required',
      SQL: 'required',
      Django: 'preferred',
      Redis: 'preferred',
    });
    expect(levels('Requirements\n- 3-5 years of accounting experience, public accounting preferred.')).toEqual({
      '3+ years of experience': 'required',
      'Public accounting': 'preferred',
    });
    expect(levels('Requirements\n- Docker, Kubernetes or Terraform is a plus.')).toEqual({
      'Docker, Kubernetes or Terraform': 'preferred',
    });
  });

  it('drops what the description says is not required', () => {
    expect(levels('Cashier\n\nRequirements\n- No degree required.\n- Cash handling')).toEqual({
      'Cash handling': 'required',
    });
  });

  it('keeps "A or B" together as alternatives, and a slash binds only its neighbours', () => {
    const labels = extractQualifications(
      'Requirements\n- ADN or BSN.\n- Advanced Excel (pivot tables, VLOOKUP/XLOOKUP).',
    ).map((q) => q.label);
    expect(labels).toEqual(['ADN or BSN', 'Excel', 'Pivot tables', 'VLOOKUP or XLOOKUP']);
  });

  it('extracts certifications, licences, degrees, years, languages and key phrases with their kinds', () => {
    const job =
      'Driver\n\nRequirements\n- Class A CDL and a clean driving record.\n- High school diploma or GED.\n- 2+ years of driving experience.\n- Bilingual English/Spanish.\n- Experience in a law firm or legal office.';
    expect(extractQualifications(job).map((q) => [q.label, q.kind])).toEqual([
      ['CDL Class A', 'certification'],
      ['Clean driving record', 'phrase'],
      ['High school diploma', 'degree'],
      ['2+ years of experience', 'experience'],
      ['Spanish', 'language'],
      ['law firm or legal office', 'phrase'],
    ]);
  });

  it('spots names outside the vocabulary by their capitals, but not the company, places or organisations', () => {
    const job =
      'Assistant\nGreene Law Group, Xenia, OH\n\nDuties\n- Enter client information in Clio.\n- Greene Law clients in Ohio get BLS from the American Heart Association.';
    const labels = extractQualifications(job).map((q) => q.label);
    expect(labels).toContain('Clio');
    expect(labels).not.toContain('Greene');
    expect(labels).not.toContain('Ohio');
    expect(labels.some((l) => l.includes('Association'))).toBe(false);
  });

  it('sets aside the company introduction and benefits when the description has headings', () => {
    const job =
      'Analyst\nAcme\n\nAcme uses Salesforce across the company.\n\nRequirements\n- SQL\n\nWhat we offer\n- Free Python classes';
    expect(extractQualifications(job).map((q) => q.label)).toEqual(['SQL']);
  });

  it('records where the description asks for each item', () => {
    const job = 'Must know Python.';
    const q = extractQualifications(job)[0]!;
    expect(q.jobRanges.map((r) => job.slice(r.start, r.end))).toEqual(['Python']);
  });
});
