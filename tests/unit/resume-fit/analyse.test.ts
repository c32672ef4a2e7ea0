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

  it('understands evidence in other words: implications, synonyms, plural acronyms, written-out numbers', () => {
    const ad =
      'Platform Engineer\n\nRequirements\n- Five (5) years of experience\n- Container orchestration\n- Knowledge of SOPs\n- Writing and editing\n- HIPAA\n- Repair leaks';
    const resume =
      'Skills\nRan Kubernetes clusters. Wrote SOP documents. Copywriting, editing. Patient privacy training.\nFixed leaks and faucets.\nMar 2019 – present';
    const report = analyseFit(ad, resume, { now });
    expect(item(report, '5+ years of experience').status).toBe('found');
    expect(item(report, 'Container orchestration').evidence).toEqual(['Kubernetes']);
    expect(item(report, 'SOPs').evidence).toEqual(['SOP']);
    expect(item(report, 'HIPAA').evidence).toEqual(['Patient privacy']);
    expect(item(report, 'Repair leaks').status).toBe('found');
  });

  it('reads acronyms both ways, the craft in its maker, and most of a phrase on one line with its head', () => {
    const ad =
      'Clerk\n\nRequirements\n- Accounts payable\n- Invitations to Bid\n- Young adult literature\n- TMS\n- Finish carpentry\n- Conduct pre-bid conferences and bid openings\n- Payroll software';
    const resume =
      'Ran all AP and wrote ITBs. Reads widely in YA literature.\nUsed a transportation management system daily.\nFinish carpenter, 2015 – 2020.\nRan pre-bid meetings and public bid openings.';
    const report = analyseFit(ad, resume, { now });
    expect(item(report, 'Accounts payable').evidence).toEqual(['AP']);
    expect(item(report, 'Invitations to Bid').evidence).toEqual(['ITBs']);
    expect(item(report, 'Young adult literature').status).toBe('found');
    expect(item(report, 'TMS').evidence).toEqual(['transportation management system']);
    expect(item(report, 'Finish carpentry').status).toBe('found');
    expect(item(report, 'Conduct pre-bid conferences and bid openings').status).toBe('found');
    // Initials alone are not a spelling: "Payroll software" is no "PS", and "banners in Figma and" is no BFA.
    expect(item(report, 'Payroll software').status).toBe('missing');
  });

  it('takes a name inside a phrase as evidence only where the rest says what kind of thing it is', () => {
    const ad = 'Editor\n\nNice to have\n- La Marzocco machines\n- YouTube retention analytics\n- BFA';
    const report = analyseFit(
      ad,
      'Pulled shots on a La Marzocco.\nUploaded to YouTube.\nDesigned banners in Figma and print.',
      {
        now,
      },
    );
    expect(item(report, 'La Marzocco machines').status).toBe('found');
    expect(item(report, 'YouTube retention analytics').status).not.toBe('found');
    expect(item(report, 'BFA').status).toBe('missing');
  });

  it('has three verdicts: shown, related words found (naming them), not found', () => {
    const ad =
      'Case Manager\n\nRequirements\n- Sewer camera inspections\n- Certified Kubernetes Administrator\n- Spanish';
    const report = analyseFit(ad, 'Ran sewer camera inspections.\nKubernetes, Linux.', { now });
    expect(item(report, 'Sewer camera inspections').status).toBe('found');
    expect(item(report, 'Certified Kubernetes Administrator')).toMatchObject({
      status: 'related',
      related: ['Kubernetes'],
    });
    expect(item(report, 'Spanish').status).toBe('missing');
  });

  it('calls partial evidence shown where the verdict model finds it strong enough, and names the words of the rest', () => {
    const ad = `Engineer

Requirements
- Prepare site plans
- Interior trim
- Motion graphics
- Certified Kubernetes Administrator
- Meeting deadlines`;
    const resume = `Site work
- Prepared grading plans for 14 sites.
Carpentry
- Hung interior doors and exterior doors on every job, and ran the crew through the trim packages for the whole house.
Skills
- Kubernetes, Linux; AWS Certified Solutions Architect
- Graphics for Instagram`;
    const report = analyseFit(ad, resume, { now });
    // Every word is in the resume and the head is in one bullet: shown.
    expect(item(report, 'Prepare site plans').status).toBe('found');
    expect(item(report, 'Interior trim').status).toBe('found');
    // Half of a two-word name, its head on one line: since round 7 (both engineers' work, refitted on the 72
    // development pairs) the verdict model calls it shown (0.74 against its 0.72 threshold): readers labelled such
    // evidence shown far more often than not. The page highlights the word, so the person can judge.
    expect(item(report, 'Motion graphics').status).toBe('found');
    // A name is shown only as written.
    expect(item(report, 'Certified Kubernetes Administrator').status).toBe('related');
    // Nothing of it on any line.
    expect(item(report, 'Meeting deadlines').status).toBe('missing');
  });

  it('takes either of two names joined by a slash, and years of work for "or equivalent experience"', () => {
    const ad = `Bookkeeper

Requirements
- Advanced Excel skills (pivot tables, VLOOKUP/XLOOKUP)
- First Aid/CPR
- Bachelor's degree or equivalent experience`;
    const report = analyseFit(ad, 'Excel: XLOOKUP, pivot tables. CPR certified.\nBookkeeper, Jan 2019 – present', {
      now,
    });
    expect(item(report, 'VLOOKUP/XLOOKUP')).toMatchObject({ status: 'found', evidence: ['XLOOKUP'] });
    expect(item(report, 'First Aid/CPR').status).toBe('related');
    expect(item(report, "Bachelor's degree")).toMatchObject({
      status: 'found',
      note: 'The description accepts equivalent experience: your resume shows about 6.4 years of work.',
    });
    const junior = analyseFit(ad, 'Bookkeeper, Jan 2023 – present', { now });
    expect(item(junior, "Bachelor's degree").status).toBe('missing');
  });

  it('reports required and preferred coverage separately, and the three items to act on first', () => {
    const report = analyseFit(job, 'SQL, Python, Tableau. 2015 – 2020', { now });
    expect(report.coverage.required).toEqual({ total: 5, found: 3, related: 0 });
    expect(report.coverage.preferred).toEqual({ total: 2, found: 1, related: 0 });
    expect(report.items.slice(0, 5).every((i) => i.level === 'required')).toBe(true);
    expect(report.first.map((k) => report.items.find((i) => i.key === k)!.label)).toEqual([
      "Bachelor's degree",
      'CPA license',
      'Spanish',
    ]);
  });

  it('counts a credential marked as in progress as related, not held', () => {
    const report = analyseFit(job, 'CPA candidate (exam expected 2026)', { now });
    expect(item(report, 'CPA license')).toMatchObject({
      status: 'related',
      note: 'Your resume shows this as in progress, not yet held.',
    });
    expect(report.coverage.required.related).toBe(1);
  });

  it('suggests where and how to show each missing item honestly', () => {
    const report = analyseFit(job, 'Jane Doe\n\nSkills\nExcel', { now });
    expect(item(report, 'CPA license').suggestion).toMatch(
      /If you hold CPA license, list it .* If not, don't claim it\./,
    );
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

  it('says it reads English only when the resume is in another language', () => {
    const resume =
      'Expérience\nGestion des réservations par téléphone et courriel pour les clients de la salle, avec le système de caisse et les paiements des clients.';
    expect(analyseFit(job, resume, { now }).warnings).toEqual(['resume-not-english']);
    expect(analyseFit(job, 'Wrote SQL for the sales team and the finance team.', { now }).warnings).toEqual([]);
  });

  it('lists lines that ask for something it could not read, with their text', () => {
    const report = analyseFit('Cook\n\nRequirements\n- Python\n- ✓ ✓ ✓ 100% of the time', 'Python', { now });
    expect(report.unchecked.map((u) => u.text)).toEqual(['✓ ✓ ✓ 100% of the time']);
  });
});

describe('analyseFit, round 4', () => {
  const ad = 'Landscaper\n\nRequirements\n- Irrigation certification\n- CNSC\n- Driver’s license';
  it('wants a credential asked by name held on a line or in a section of credentials, not the field’s work alone', () => {
    const work = analyseFit(ad, 'WORK\nForeman, 2021 – present\n- Irrigation: replace heads and nozzles', { now });
    expect(item(work, 'Irrigation certification').status).toBe('related');
    const held = analyseFit(ad, 'LICENSES\nIrrigation Association certificate, 2023\nNC driver license', { now });
    expect(item(held, 'Irrigation certification').status).toBe('found');
    expect(item(held, 'Driver’s license').status).toBe('found');
  });

  it('calls evidence only on lines of things not done yet related', () => {
    const report = analyseFit(ad, 'CERTIFICATIONS\nCNSC – exam scheduled Sept 2025', { now });
    expect(item(report, 'CNSC').status).toBe('related');
  });

  it('meets British and American spellings and the trades’ gage', () => {
    const report = analyseFit(
      'Inspector\n\nRequirements\n- Thread gauges\n- Colour matching',
      'Checked parts with thread gages. Color matching for paint.',
      { now },
    );
    expect(item(report, 'Thread gauges').status).toBe('found');
    expect(item(report, 'Colour matching').status).toBe('found');
  });
});

describe('analyseFit, round 5', () => {
  const ad = `Night Supervisor
Acme Cleaning, Leeds

Requirements
- Must work nights, weekends and holidays.
- Inspect with calipers, micrometers and height gages.
- Working knowledge of MS Office (Word, Excel, Outlook).
- Certification checks (Sony TRC, Microsoft XR, Nintendo Lotcheck).
- Knowledge of NRS Chapter 332.
- FDCPA / consumer collection laws.`;
  const resume = `Jan 2020 – Present
Supervisor, nights and weekends. Inspected parts with micrometers.
Word, Excel.
Pre-submission checks for Xbox (XR) and PlayStation (TRC).
Wrote bids under NRS 332.
No FDCPA findings in audits.`;
  const report = analyseFit(ad, resume, { now });

  it('lists a list asked as a whole once, shown when half its parts are, related when fewer', () => {
    expect(item(report, 'nights, weekends and holidays')).toMatchObject({ each: true, status: 'found' });
    expect(item(report, 'calipers, micrometers and height gages')).toMatchObject({
      each: true,
      status: 'related',
      related: ['micrometers'],
    });
  });

  it('folds examples in brackets into what they are examples of: any one shows it', () => {
    expect(item(report, 'MS Office, Word, Excel or Outlook').status).toBe('found');
    expect(report.items.some((i) => i.label === 'Word' || i.label === 'Outlook')).toBe(false);
  });

  it('takes a name by its code, and either part of a spaced slash', () => {
    expect(item(report, 'Certification checks, Sony TRC, Microsoft XR or Nintendo Lotcheck').status).toBe('found');
    expect(item(report, 'NRS Chapter 332').status).toBe('found');
    expect(item(report, 'FDCPA / consumer collection laws').status).toBe('found');
    const other = analyseFit(
      'Coatings inspector\n\nRequirements\n- AWS Certified Developer\n- ASTM D4541 pull-off tests',
      'AWS Lambda.\nASTM D3359 adhesion tests.',
      { now },
    );
    expect(item(other, 'AWS Certified Developer').status).not.toBe('found');
    expect(other.items.find((i) => /D4541/.test(i.label))?.status).not.toBe('found');
  });
});

describe('analyseFit, round 6', () => {
  const ad = `Operations Lead
Acme Freight, Reno

Requirements
- Experience with EMRs.
- 3D CAD.
- Experience with a TMS.
- A second language.
- Fluent English; any third language is an asset.`;

  it('finds a concept by its acronym in the plural, and a general skill by a named product of its kind', () => {
    const report = analyseFit(
      ad,
      'Charted in eClinicalWorks daily.\nModelled parts in SolidWorks.\nDispatched loads in McLeod.',
      { now },
    );
    expect(item(report, 'EMRs').status).toBe('found');
    expect(item(report, '3D CAD').status).toBe('found');
    expect(report.items.find((i) => /TMS/.test(i.label))?.status).toBe('found');
  });

  it('takes languages named in the resume as a second or a third language', () => {
    const one = analyseFit(ad, 'Languages: English, Portuguese.', { now });
    expect(one.items.find((i) => /second language/.test(i.label))?.status).toBe('found');
    expect(one.items.find((i) => /third language/.test(i.label))?.status).not.toBe('found');
    const two = analyseFit(ad, 'Languages: English (native), Polish, Russian.', { now });
    expect(two.items.find((i) => /third language/.test(i.label))?.status).toBe('found');
    const none = analyseFit(ad, 'Languages: English.', { now });
    expect(none.items.find((i) => /second language/.test(i.label))?.status).not.toBe('found');
  });
});
