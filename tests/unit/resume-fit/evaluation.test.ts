// Holds the resume fit check to stated figures on the labelled set (tests/fixtures/resume-fit: 170 pairs, one field each),
// scored by the same code as `npm run resume-fit:eval`. Thresholds sit a little below the figures measured when they
// were set, so a regression fails. Splits:
// - development (78 pairs: 28, 12 in new fields written in the fourth round before its rules, 8 written in the fifth
//   before its rules, first read extraction precision 0.60, recall 0.84, 12 in the sixth, 6 by each of its two
//   engineers before their rules, and 12 in the seventh, 6 by each of its two engineers before their rules, first
//   read extraction 0.60 / 0.77 and matching 0.93 / 0.68, and 6 by the eighth round's extraction engineer before
//   its rules, first read 0.56 / 0.78): the rules were tuned, and the verdict and asking models fit, on these;
// - held-out (4): read only to check the scorer, never tuned on;
// - unseen (88: 16, a second batch of 12 written during the second round of rules, a third batch of 12 written
//   during the third, each run once after its round, a fourth of 12 written blind before the fourth round, whose
//   first read, before any rule for it, was extraction precision 0.48, recall 0.78, a fifth of 12 written blind
//   during the fifth round and run once after it, at 0.65 / 0.81, a sixth likewise in the sixth, at 0.59 / 0.77, and a
//   seventh in the seventh, at 0.60 / 0.86, matching 0.84 / 0.81 after both engineers' work was merged): never
//   opened, run only through the evaluation command. Floors: the figures measured after round 8's extraction work,
//   both models refitted on its branch (development 0.77 / 0.86, matching 0.96 / 0.90; unseen 0.67 / 0.76, matching
//   0.89 / 0.87) less about 0.01–0.02.
// The unseen figures are the honest estimate for fields the check has not seen; the targets from outside (extraction
// recall 0.8 / precision 0.85, matching recall 0.9 / precision 0.95) are not reached yet: see README.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseFit } from '#/lib/resume-fit/index.ts';
import type { FitItem } from '#/lib/resume-fit/types.ts';
import { evaluate, similarity, type EvaluationCase } from '../../../scripts/lib/resume-fit-evaluation.ts';
import { EVALUATION_NOW, loadCases } from '../../../scripts/lib/resume-fit-cases.ts';

const cases = loadCases();
const run = (subset: EvaluationCase[]) =>
  evaluate(subset, (job, resume) => analyseFit(job, resume, { now: EVALUATION_NOW }));
const development = run(cases.filter((c) => c.split === 'development')).overall;
const unseen = run(cases.filter((c) => c.split === 'unseen')).overall;
const item = (label: string, years?: number): Pick<FitItem, 'label' | 'options'> => ({
  label,
  options: [{ key: label, label, kind: years ? 'experience' : 'phrase', ...(years ? { years } : {}) }],
});

describe('the evaluation set', () => {
  it('has at least 40 pairs in 25 fields, with an unseen split of at least 10, each labelled found and not found', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.split === 'unseen').length).toBeGreaterThanOrEqual(10);
    for (const c of cases) {
      expect(c.expected.some((e) => e.level === 'required')).toBe(true);
      expect(c.expected.some((e) => !e.found)).toBe(true);
    }
  });
});

describe('the scorer pairs a reader’s label with an item by the words they share, not by our vocabulary', () => {
  it('accepts the same thing in its own words and forms, rejects a different thing', () => {
    expect(similarity('balance the till', item('cash up and balance the till'))).toBeGreaterThanOrEqual(0.5);
    expect(similarity('serving customers', item('Serve customers'))).toBe(1);
    expect(similarity('RFPs', item('Requests for Proposals'))).toBe(0);
    expect(similarity('La Marzocco or Mahlkönig', item('La Marzocco machines or Mahlkönig grinders'))).toBeGreaterThan(
      0.5,
    );
    expect(similarity('Spanish', item('English'))).toBe(0);
  });

  it('pairs an item that holds the whole label with a few more words, not a long run that happens to contain it', () => {
    expect(similarity('Forklift', item('Operate a sit-down forklift'))).toBeGreaterThanOrEqual(0.5);
    expect(similarity('Medicare notices', item('Deliver Medicare notices (IM, MOON) on time'))).toBeGreaterThanOrEqual(
      0.5,
    );
    expect(
      similarity('communication', item('communicate plans, budgets, risks, schedules, staffing and vendor contracts')),
    ).toBeLessThan(0.5);
    expect(similarity('Medicare notices', item('Deliver Medicare forms'))).toBeLessThan(0.5);
  });

  it('pairs years of experience by their number only', () => {
    expect(similarity('5+ years of experience', item('5+ years of experience', 5))).toBe(1);
    expect(similarity('2 years of experience', item('5+ years of experience', 5))).toBe(0);
    expect(similarity('5+ years of experience', item('commercial projects'))).toBe(0);
  });
});

describe('figures on the labelled set (npm run resume-fit:eval)', () => {
  it('development: extraction precision ≥ 0.75, recall ≥ 0.85; matching precision ≥ 0.95, recall ≥ 0.88', () => {
    expect(development.extraction.precision).toBeGreaterThanOrEqual(0.75);
    expect(development.extraction.recall).toBeGreaterThanOrEqual(0.85);
    expect(development.level.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(development.matching.precision).toBeGreaterThanOrEqual(0.95);
    expect(development.matching.recall).toBeGreaterThanOrEqual(0.88);
  });

  it('unseen: extraction precision ≥ 0.65, recall ≥ 0.75; matching precision ≥ 0.87, recall ≥ 0.85; none empty', () => {
    expect(unseen.extraction.precision).toBeGreaterThanOrEqual(0.65);
    expect(unseen.extraction.recall).toBeGreaterThanOrEqual(0.75);
    expect(unseen.level.accuracy).toBeGreaterThanOrEqual(0.94);
    expect(unseen.matching.precision).toBeGreaterThanOrEqual(0.87);
    expect(unseen.matching.recall).toBeGreaterThanOrEqual(0.85);
    expect(unseen.pairsReportedEmpty).toBe(0);
  });
});

describe('npm run resume-fit:eval', () => {
  it('reads any folder of pairs and prints one JSON object with overall and per-pair figures', () => {
    const dir = mkdtempSync(join(tmpdir(), 'resume-fit-eval-'));
    mkdirSync(join(dir, 'bakery'));
    writeFileSync(join(dir, 'bakery', 'job.txt'), 'Baker\n\nRequirements\n- Sourdough\n- Food handler card');
    writeFileSync(join(dir, 'bakery', 'resume.txt'), 'Baked sourdough daily.');
    writeFileSync(
      join(dir, 'bakery', 'expected.json'),
      JSON.stringify({
        qualifications: [
          { label: 'sourdough', level: 'required', found: true },
          { label: 'food handler card', level: 'required', found: false },
        ],
      }),
    );
    const out = execFileSync(process.execPath, ['scripts/resume-fit-eval.ts', dir], { encoding: 'utf8' });
    const result = JSON.parse(out) as ReturnType<typeof evaluate>;
    expect(result.pairs).toBe(1);
    expect(result.overall.extraction).toMatchObject({ precision: 1, recall: 1 });
    expect(result.overall.matching).toMatchObject({ precision: 1, recall: 1 });
    expect(result.overall.level.accuracy).toBe(1);
    expect(result.perPair[0]).toMatchObject({ id: 'bakery', reportedEmpty: false });
    // A second Node process that loads the engine: slow on a busy machine, so it has its own time limit.
  }, 60_000);

  it('adds figures per batch of a split ("unseen batch 4") for pairs that name their batch, beside the splits', () => {
    const pair = (id: string, split: string, batch?: number): EvaluationCase => ({
      id,
      split,
      ...(batch !== undefined ? { batch } : {}),
      job: 'Baker\n\nRequirements\n- Sourdough\n- Food handler card',
      resume: batch ? 'Baked sourdough daily.' : 'Food handler card.',
      expected: [{ label: 'sourdough', level: 'required', found: true }],
    });
    const result = run([pair('a', 'unseen', 4), pair('b', 'unseen', 3), pair('c', 'unseen'), pair('d', 'development')]);
    expect(Object.keys(result.batches).sort()).toEqual(['unseen batch 3', 'unseen batch 4']);
    expect(result.batches['unseen batch 4']).toMatchObject({ pairs: 1, matching: { recall: 1 } });
    expect(result.splits['unseen']!.pairs).toBe(3);
    expect(result.perPair.find((p) => p.id === 'a')).toMatchObject({ split: 'unseen', batch: 4 });
  });
});
