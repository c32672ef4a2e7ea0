import { describe, expect, it } from 'vitest';
import { analyseFit, MAX_CHARS } from '#/lib/resume-fit/index.ts';

const now = new Date(Date.UTC(2025, 5, 1));
const job = `Data Analyst
Acme, Denver, CO

Requirements
- 3+ years of experience.
- Bachelor's degree.
- SQL and Python.
- CPA license.

Nice to have
- Tableau.
- Spanish.`;

function item(report: ReturnType<typeof analyseFit>, label: string) {
  const found = report.items.find((i) => i.label === label);
  if (!found) throw new Error(`no item ${label} in ${report.items.map((i) => i.label).join(', ')}`);
  return found;
}

describe('analyseFit', () => {
  it('finds what the resume shows, across word forms and variants, and where', () => {
    const resume = 'Jan 2019 – Present\nWrote postgres sql and python3 scripts.\nMaster of Science, 2018';
    const report = analyseFit(job, resume, { now });
    expect(item(report, 'SQL').status).toBe('found');
    expect(item(report, 'Python').evidence).toEqual(['python3']);
    expect(item(report, '3+ years of experience')).toMatchObject({
      status: 'found',
      note: 'The dates on your resume add up to about 6.4 years.',
    });
    expect(item(report, "Bachelor's degree").evidence).toEqual(['Master of Science']);
    const sql = item(report, 'SQL').resumeRanges[0]!;
    expect(resume.slice(sql.start, sql.end)).toBe('sql');
  });

  it('reports required and preferred coverage separately', () => {
    const report = analyseFit(job, 'SQL, Python, Tableau. 2015 – 2020', { now });
    expect(report.coverage.required).toEqual({ total: 5, found: 3, partial: 0 });
    expect(report.coverage.preferred).toEqual({ total: 2, found: 1, partial: 0 });
    expect(report.items.slice(0, 5).every((i) => i.level === 'required')).toBe(true);
  });

  it('counts a credential marked as in progress as partly shown, not held', () => {
    const report = analyseFit(job, 'CPA candidate (exam expected 2026)', { now });
    expect(item(report, 'CPA')).toMatchObject({
      status: 'partial',
      note: 'Your resume shows this as in progress, not yet held.',
    });
    expect(report.coverage.required.partial).toBe(1);
  });

  it('suggests where and how to show each missing item honestly', () => {
    const report = analyseFit(job, 'Jane Doe\n\nSkills\nExcel', { now });
    expect(item(report, 'CPA').suggestion).toMatch(/If you hold CPA, list it .* If not, don't claim it\./);
    expect(item(report, 'Tableau').suggestion).toMatch(/your Skills section.*If you don't, leave it out/);
    expect(item(report, 'Spanish').suggestion).toMatch(/Languages line with your honest level/);
    expect(item(report, 'SQL').status).toBe('missing');
  });

  it('refuses empty and overlong texts with a reason instead of a result', () => {
    expect(analyseFit('', 'x').warnings).toEqual(['job-empty']);
    expect(analyseFit('Python', '  \n ').warnings).toEqual(['resume-empty']);
    const report = analyseFit('a'.repeat(MAX_CHARS + 1), 'resume');
    expect(report).toMatchObject({ items: [], warnings: ['job-too-long'] });
  });

  it('says when a text asks for nothing it recognises, and when the two texts look swapped', () => {
    expect(analyseFit('Hello there, nice weather today.', 'Python').warnings).toEqual(['nothing-asked']);
    const resumeLike = 'Jane Doe\n\nExperience\nClerk, 2019 – 2021\n\nEducation\nHigh school\n\nSkills\nExcel';
    expect(analyseFit(resumeLike, 'Must have Excel.').warnings).toContain('maybe-swapped');
  });

  it('analyses a 1,500-word description and 1,000-word resume well within a second', () => {
    const bigJob = (job + '\n- Experience with Docker, Kubernetes and AWS is a plus.\n').repeat(60);
    const bigResume = 'Jan 2019 – Present\nBuilt SQL and Python pipelines on AWS with Docker.\n'.repeat(100);
    const started = performance.now();
    analyseFit(bigJob, bigResume, { now });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
