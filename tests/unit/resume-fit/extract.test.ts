import { describe, expect, it } from 'vitest';
import { extractQualifications, extractRequirements, readCandidates } from '#/lib/resume-fit/extract.ts';
import { parseStructure } from '#/lib/resume-fit/structure.ts';

const levels = (job: string) => Object.fromEntries(extractQualifications(job).map((q) => [q.label, q.level]));
const labels = (job: string) => extractQualifications(job).map((q) => q.label);

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

  it('reads "About you" and physical demands as asks, "About us" as the company, essential functions as duties', () => {
    const s = parseStructure(
      'Cook\nAcme Diner, Reno\n\nAbout us\nWe cook.\n\nAbout you\n- Knife skills\n\nPhysical demands\n- Lift 50 pounds\n\nEssential functions\n- Prep',
    );
    expect(s.headings.map((h) => h.kind)).toEqual(['skip', 'required', 'required', 'duties']);
  });

  it('takes a short line that a bulleted list follows as a heading, whatever its words', () => {
    const s = parseStructure('Case Manager\nAcme Hospital\n\nEssential functions\n• Discharge planning\n• Triage');
    expect(s.headings.map((h) => h.text)).toEqual(['Essential functions']);
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
    // The field of a years ask is listed with the years (the asking model, round 8), as a reader writes it.
    expect(levels('Requirements\n- 3-5 years of accounting experience, public accounting preferred.')).toEqual({
      '3+ years of experience': 'required',
      'public accounting': 'preferred',
    });
    expect(levels('Requirements\n- Docker, Kubernetes or Terraform is a plus.')).toEqual({
      'Docker, Kubernetes or Terraform': 'preferred',
    });
  });

  it('drops what the description says is not required, and does not call it unread', () => {
    const read = extractRequirements('Cashier\n\nRequirements\n- No degree required.\n- Cash handling');
    expect(read.qualifications.map((q) => q.label)).toEqual(['Cash handling']);
    expect(read.unchecked).toEqual([]);
  });

  it('keeps "A or B" together as alternatives; examples are alternatives only with "or" or after "a"', () => {
    expect(labels('Requirements\n- ADN or BSN.\n- Advanced Excel (pivot tables, VLOOKUP/XLOOKUP).')).toEqual([
      'ADN or BSN',
      'Advanced Excel',
      'pivot tables',
      'VLOOKUP/XLOOKUP',
    ]);
    expect(
      labels('Requirements\n- A second language (Spanish, Somali, Amharic)\n- Models (HEC-HMS, HydroCAD or similar)'),
    ).toEqual(['second language', 'Spanish, Somali or Amharic', 'Models', 'HEC-HMS or HydroCAD']);
    expect(labels('Requirements\n- ELD platforms such as Samsara or Omnitracs')).toEqual([
      'ELD platforms',
      'Samsara or Omnitracs',
    ]);
  });

  it('extracts certifications, licences, degrees, years, languages and key phrases with their kinds', () => {
    const job =
      'Driver\n\nRequirements\n- Class A CDL and a clean driving record.\n- High school diploma or GED.\n- 2+ years of driving experience.\n- Bilingual English/Spanish.\n- Experience in a law firm or legal office.';
    expect(extractQualifications(job).map((q) => [q.label, q.kind])).toEqual([
      ['Class A CDL', 'certification'],
      ['clean driving record', 'phrase'],
      ['High school diploma', 'degree'],
      ['2+ years of experience', 'experience'],
      ['English/Spanish', 'language'],
      ['law firm or legal office', 'phrase'],
    ]);
  });

  it('reads duties by structure: a verb shared by a list of short names asks for them as one item, "plus" means and', () => {
    const job =
      "Officer\nAcme, Reno, NV\n\nWhat you'll do\n- Prepares and issues RFPs, ITBs and RFQs.\n- Escort staff to their cars.\n\nMust-haves\n- Five (5) years in a commercial kitchen\n- OSHA 30 plus First Aid/CPR\n- A diploma or a degree";
    expect(labels(job)).toEqual([
      'RFPs, ITBs and RFQs',
      'Escort staff',
      '5+ years of experience',
      'commercial kitchen',
      'OSHA 30',
      'First Aid/CPR',
      'diploma or degree',
    ]);
  });

  it('reads requirement lines whatever their heading, and never benefits, equal-opportunity text or places', () => {
    const job =
      'Barista\nGrindhouse Coffee, Bristol\n\nThe stuff\n- Latte art\n- Weekend availability\n\nWe offer free drinks and a pension.\nGrindhouse is an equal opportunity employer.\nMust pass a background check.';
    expect(labels(job)).toEqual(['Latte art', 'Weekend availability']);
  });

  it('spots names outside the vocabulary by their capitals, but not the company, places or organisations', () => {
    const job =
      'Assistant\nGreene Law Group, Xenia, OH\n\nDuties\n- Enter client information in Clio.\n- Greene Law clients in Ohio get BLS from the American Heart Association.';
    // Every name the rules read (the asking model may leave a tail's name to its duty).
    const found = readCandidates(job).candidates.map((c) => c.qualification.label);
    expect(found).toContain('Clio');
    expect(found).not.toContain('Greene');
    expect(found).not.toContain('Ohio');
    expect(found.some((l) => l.includes('Association'))).toBe(false);
  });

  it('sets aside the company introduction and benefits when the description has headings', () => {
    const job =
      'Analyst\nAcme\n\nAcme uses Salesforce across the company.\n\nRequirements\n- SQL\n\nWhat we offer\n- Free Python classes';
    expect(labels(job)).toEqual(['SQL']);
  });

  it('reads compounds, subordinate clauses and shared objects by structure', () => {
    const job =
      "Barista\n\nWhat you'll do\n- Recommend add-on products when it makes sense.\n- Plan, promote and run programs for teens.\n- Dial in the espresso each morning; cash up and balance the till.\n- Check in with every driver every day.";
    expect(labels(job)).toEqual([
      'Recommend add-on products',
      'Plan, promote and run programs',
      'Dial in the espresso',
      'cash up and balance the till',
      'Check in with every driver',
    ]);
  });

  it('sets aside duties of being around people, lone verbs and adjectives, glosses and the job title', () => {
    const job =
      "Finish Carpenter — Acme Builders\n\nWhat you'll do\n- Greet customers and work with designers.\n- Assist as needed.\n- Lead a team of 3 carpenters.\n- Strong leadership — you'll be directing 40+ workers.\n\nRequirements\n- Finish carpenter experience.\n- Friendly.";
    expect(labels(job)).toEqual(['Lead a team', 'leadership']);
  });

  it("names what the employer's own clause names, and reads a list after it", () => {
    const job =
      "Platform Engineer — Payments Infrastructure\n\nMust-haves\n- Infrastructure as code; our stack is Terraform and Helm\n- CI/CD pipeline design (we're on GitHub Actions)\n\nKey Responsibilities:\nCalculate overtime and PTO payouts.";
    const found = labels(job);
    expect(found).toEqual(expect.arrayContaining(['Infrastructure', 'Terraform', 'Helm', 'GitHub Actions']));
    expect(found).not.toContain('stack');
    expect(found.some((l) => /PTO payouts/.test(l))).toBe(true);
  });

  it('reads the fields after "a degree in" as the degree\'s, not as alternatives to it', () => {
    // Since round 7 the label runs on through the fields, as a reader writes it; the item is still the degree.
    expect(labels("Requirements\n- Bachelor's degree in accounting, finance or a related field.")).toEqual([
      "Bachelor's degree in accounting, finance or a related field",
    ]);
    expect(labels("Requirements\n- Bachelor's degree in Accounting or Finance.")).toEqual([
      "Bachelor's degree in Accounting or Finance",
    ]);
    // Capitals, a short name in brackets and an accrediting body all belong to the degree.
    const [bsme, ...rest] = extractQualifications(
      'Requirements\n- Bachelor of Science in Mechanical Engineering (BSME) from an ABET-accredited program',
    );
    expect(rest).toEqual([]);
    expect(bsme!.options[0]).toMatchObject({ kind: 'degree', aliasLabel: 'BSME' });
  });

  it('marks a degree that equivalent experience may replace with the years of study it stands for', () => {
    const q = (job: string) => extractQualifications(job)[0]!;
    expect(q("Requirements\n- Bachelor's degree or equivalent experience").orExperience).toBe(4);
    expect(q('Requirements\n- Associate degree in accounting or equivalent experience').orExperience).toBe(2);
    expect(
      q("Requirements\n- Bachelor's degree in construction management — or equivalent field experience").orExperience,
    ).toBe(4);
    expect(q("Requirements\n- Bachelor's degree or an equivalent certificate").orExperience).toBeUndefined();
  });

  it('leaves out what a careful reader would not list: amounts, frames, the trade restated, who the work is for', () => {
    const job = `Senior Staff Accountant
Harbor & Finch LLP

Responsibilities
- Lead the month-end and year-end close.
- Prepare journal entries for the CPA.
- Typing speed of 50+ words per minute.

Requirements
- 3-5 years of progressive accounting experience.
- Expert user of QuickBooks Online.
- Own a full set of finish tools.
- Fluent French and English.
- AutoCAD Civil 3D; expert in Civil 3D.`;
    expect(labels(job)).toEqual([
      'Lead the month-end and year-end close',
      'Prepare journal entries',
      'Typing speed',
      '3+ years of experience',
      'QuickBooks Online',
      // "Own" opening the line is the verb (round 6); the item is still asked by its words, finish tools.
      'Own a full set of finish tools',
      'French',
      'Civil 3D',
    ]);
    // "Full-charge bookkeeping" says which kind of the trade, and stays.
    expect(
      labels('Full-Charge Bookkeeper\n\nRequirements\n- Three years of full-charge bookkeeping experience'),
    ).toContain('full-charge bookkeeping');
    // Platforms after "for" are still asked for.
    expect(labels('Requirements\n- Schedule posts for Facebook and LinkedIn.')).toEqual(
      expect.arrayContaining(['Facebook', 'LinkedIn']),
    );
  });

  it('records where the description asks for each item', () => {
    const job = 'Must know Python.';
    const q = extractQualifications(job)[0]!;
    expect(q.jobRanges.map((r) => job.slice(r.start, r.end))).toEqual(['Python']);
  });
});

describe('round 4: structure that ads nobody on the team wrote use', () => {
  it('takes a short line with a paragraph right under it as that paragraph’s heading', () => {
    const s = parseStructure(
      'Optician\nClearview Eye, Bellevue\n\nWhat you’ll do all day\nHelp patients choose frames. Place lab orders.\n\nWho should apply?\nSomeone who reads prescriptions.\n\nRequired\n- Optician license',
    );
    expect(s.headings.map((h) => [h.text, h.kind])).toEqual([
      ['What you’ll do all day', 'duties'],
      ['Who should apply?', 'required'],
      ['Required', 'required'],
    ]);
    expect(labels('Optician\nClearview Eye\n\nWhat you’ll do all day\nPlace lab orders.\n\nRequired\n- ABO')).toContain(
      'Place lab orders',
    );
  });

  it('sets aside a sentence that goes on a pay line, and one about the employer named in the header', () => {
    const job =
      'Events Coordinator\nHarbourline Conference Centre\n\nAbout the role\nHarbourline hosts 300 events a year.\n- Prepare banquet event orders\n\nNice to have\n- CMP designation\nPay $24–30/hr + bonus. Free eyewear allowance, medical, 401k.';
    const got = labels(job);
    expect(got).toContain('CMP designation');
    expect(got.join('|')).not.toMatch(/eyewear|Harbourline|300 events/);
  });

  it('keeps a bracketed aside’s cue to itself, and reads a lone & as and', () => {
    const got = levels(
      'Machinist\n\nRequirements\nSomeone with 4 yrs min. CNC setup experience (lathe preferred), who reads prints & understands GD&T.',
    );
    expect(got['4+ years of experience']).toBe('required');
    expect(got['reads prints']).toBe('required');
    expect(Object.keys(got)).toContain('understands GD&T');
    expect(labels('Dietitian\n\nDuties\n- Audit trays with Food & Nutrition Services')).not.toContain('Food');
  });
});

describe('round 4: a role’s own sentence', () => {
  it('drops the role as subject, the reporting line, and "serve as"', () => {
    const got = labels(
      'Grant Writer\nRiverbend\n\nThe opportunity\nReporting to the Director of Development, the Grant Writer researches funding opportunities.\n\nResponsibilities\n- Serve as a cultural broker when misunderstandings arise',
    );
    expect(got).toContain('researches funding opportunities');
    expect(got).toContain('cultural broker');
    expect(got.join('|')).not.toMatch(/Director|Reporting/);
  });
});

describe('round 4: bounds and deadlines', () => {
  it('lists no bare number, and no deadline counted from the start of the job', () => {
    const got = labels(
      'Dispatcher\n\nRequirements\n- Hold tolerances to +/- .0005\n- Within one year of hire: EMD certification\n- CPR certification within 6 months of hire',
    );
    expect(got).toContain('EMD certification');
    expect(got).toContain('CPR certification');
    expect(got.join('|')).not.toMatch(/\.0005|hire|year/);
  });
});

describe('extractQualifications, round 5', () => {
  it('reads the form of a duty list and an equivalence clause as no asks of their own', () => {
    const job =
      'Clerk\n\nDuties\n- File court records.\n- Performs related work as required.\n- Other duties as assigned.\n\nResponsibilities include but are not limited to:\n- Answer phones\n\nMinimum qualifications\nHigh school diploma and one year of office experience, or an equivalent combination of education, training and experience.';
    expect(labels(job)).toEqual([
      'File court records',
      'Answer phones',
      'High school diploma',
      '1+ year of experience',
    ]);
  });

  it('reads a remark about people in brackets and the employer’s promise as no asks', () => {
    expect(
      labels(
        'Cleaner\n\nRequirements\n- Spoken English (many of our team speak Portuguese)\n- Will train the right person!',
      ),
    ).toEqual(['Spoken English']);
  });
});

describe('extractQualifications, round 6', () => {
  it('reads the reporting line and a scene-setting opener as no asks, and a role subject with its grade', () => {
    // Every item the rules read: the asking model leaves much of a role's summary to the duty list (round 8).
    const all = (job: string) => readCandidates(job).candidates.map((c) => c.qualification.label);
    const got = all(
      'Sterile Processing Technician II\nSt. Brigid\n\nJob Summary\nUnder general supervision of the SPD Supervisor, the Sterile Processing Technician II decontaminates, inspects and sterilizes surgical instruments.\nWorking closely with attorneys and paralegals, the Legal Assistant supports a caseload of petitions.\nAs a route mechanic you’ll own a route of about 70 units.',
    );
    expect(got.join('|')).not.toMatch(/supervision|Supervisor|Technician|attorneys|Assistant|mechanic/);
    expect(got.join('|')).toMatch(/sterilizes surgical instruments/);
    expect(got).toContain('supports a caseload of petitions');
    expect(got).toContain('own a route');
  });

  it('sets aside pay as a sentence’s subject, "no …" and how to apply, even under a list of asks', () => {
    const got = labels(
      'Groomer\n\nRequirements\n- Grooming tools of your own\n\nAll wages and fringe per the Standard Agreement.\nNo drama, no rough handling.\nPlease apply with your CV.',
    );
    expect(got).toEqual(['Grooming tools']);
  });

  it('reads words that share the last one’s head as one item, and an acronym spelt out in brackets as its other name', () => {
    const items = extractQualifications(
      'Legal Assistant\n\nDuties\n- Prepare H-1B, L-1, O-1 and TN filings\n- Operate steam, STERRAD and EtO sterilizers\n\nPreferred\n- CIS (Certified Instrument Specialist)',
    );
    expect(items.map((q) => q.label)).toEqual([
      'H-1B, L-1, O-1 and TN filings',
      'steam, STERRAD and EtO sterilizers',
      'CIS',
    ]);
    expect(items[2]!.options[0]!.aliasLabel).toBe('Certified Instrument Specialist');
    // Names with no shared head are each asked, as before.
    expect(labels('Developer\n\nRequirements\n- Python, Go and Rust')).toEqual(['Python', 'Go', 'Rust']);
  });

  it('keeps a ratio or a time whole', () => {
    expect(labels('Trainer\n\nDuties\n- Coaching 1:1 sessions')).toEqual(['Coaching 1:1 sessions']);
  });
});

describe('extractQualifications, round 7', () => {
  it('sets aside a line of two or more pay words and a question not put to the reader, even under a list of asks', () => {
    const got = labels(
      'Hospice RN\nValley Hospice\n\nRequirements:\n• Current BLS card\nWhy Valley Hospice? Mileage at the IRS rate, company phone, 403(b) with match, tuition assistance and 4 weeks PTO.',
    );
    expect(got).toEqual(['BLS card']);
    // One pay word in a duty is the work: "calculate overtime and PTO payouts".
    expect(labels('Payroll Clerk\n\nRequirements\n- Calculate overtime and PTO payouts')).toHaveLength(1);
  });

  it('labels a degree with its fields and a noun with its "of" complement, as a reader writes them', () => {
    expect(
      labels('Shift Supervisor\n\nNice to haves: Diploma in Mining Engineering Technology; blasting certificate'),
    ).toEqual(['Diploma in Mining Engineering Technology', 'blasting certificate']);
    expect(labels('Engineer\n\nPreferred\n- a degree from a recording arts program')).toEqual([
      'degree from a recording arts program',
    ]);
    expect(labels('Shift Supervisor\n\nDuties\n- Carry out inspections of active headings and stopes')).toEqual([
      'Carry out inspections of active headings and stopes',
    ]);
  });

  it('reads an "or" inside a longer list as joining its two neighbours', () => {
    expect(labels('Engineer\n\nBonus points: Dolby Atmos mixing, Logic or Ableton, soldering')).toEqual([
      'Dolby Atmos mixing',
      'Logic or Ableton',
      'soldering',
    ]);
  });

  it('takes the organisation’s initials as its name, and a verb with no object as no ask', () => {
    const got = labels(
      'Paramedic\nTri-County Ambulance Authority\n\nRequirements\n- Follow TCAA protocols\n- ACLS certification or willingness to obtain',
    );
    expect(got.some((l) => /TCAA/.test(l) && !/protocols/.test(l))).toBe(false);
    expect(got).not.toContain('obtain');
  });
});

describe('extractQualifications, round 8', () => {
  const candidates = (job: string) => readCandidates(job).candidates.map((c) => c.qualification.label);

  it('reads a lone modifier before "and" with the head after it, and a list of names that share a head', () => {
    expect(candidates('Chaplain\n\nDuties\n- Provide spiritual and emotional care to patients')).toEqual([
      'Provide spiritual and emotional care',
    ]);
    expect(
      candidates('Coder\n\nDuties\n- Reviews documentation and assigns accurate CPT, HCPCS and ICD-10-CM codes'),
    ).toContain('accurate CPT, HCPCS and ICD-10-CM codes');
  });

  it('reads a rule or a person the work follows, "other duties" and contact lines as no asks', () => {
    const got = candidates(
      'Dealer\nRiverbend Casino\n\nDuties\n- Deal games in accordance with Riverbend procedures\n- Ground all equipment per carrier spec\n- Report irregularities to the Floor Supervisor\n- Perform other duties as directed by the Table Games Supervisor\n- Performs other related duties.\nIf you have a gambling problem, call 1-877-770-7867.\nSend your resume to jobs@example.com',
    );
    expect(got).toEqual(['games', 'Ground all equipment', 'Report irregularities']);
  });

  it('reads lists a reader writes as one item', () => {
    const got = candidates(
      'Dealer\n\nRequirements\n- Deal at least two of the following games: Blackjack, Craps, Roulette\n- Spot problems with pumps and automation (Pentair, Hayward, Jandy)\n- Install, remove and replace antennas, RRUs, diplexers and hybrid cable\n- Maintain table inventory, and exchange cash for chips',
    );
    expect(got).toContain('Blackjack, Craps or Roulette');
    expect(got).toContain('Pentair, Hayward and Jandy');
    expect(got).toContain('antennas, RRUs, diplexers and hybrid cable');
    expect(got).toContain('exchange cash');
  });

  it('drops the role as subject when its verb is read as a noun, and a number word alone', () => {
    const got = candidates(
      'Coder\n\nSummary\nThe Medical Coder II reviews provider documentation.\n\nRequirements\n- Four (4) units of Clinical Pastoral Education',
    );
    expect(got).toContain('reviews provider documentation');
    expect(got).not.toContain('Four');
  });
});
