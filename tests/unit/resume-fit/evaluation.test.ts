// Holds extraction and matching to stated precision and recall on the labelled evaluation set
// (tests/fixtures/resume-fit: 15 job description and resume pairs across fields). Thresholds sit a little below the
// figures measured when they were set (`npm run bench` prints them), so a regression fails. Splits:
// - development (8 pairs): the rules were tuned on these;
// - held-out (4): written with them, before the rules, and never tuned on (the vocabulary author had read them);
// - unseen (3: kitchen, HR, pharmacy): written after tuning and run once; their figures are the honest estimate for
//   fields the vocabulary does not know well, and they must not be tuned on.
import { describe, expect, it } from 'vitest';
import { analyseFit } from '#/lib/resume-fit/index.ts';
import { evaluate, keyForLabel, type EvaluationCase } from '#/lib/resume-fit/evaluation.ts';
import { EVALUATION_NOW, loadCases } from '../../../scripts/lib/resume-fit-cases.ts';

const cases = loadCases();
const run = (subset: EvaluationCase[]) =>
  evaluate(subset, (job, resume) => analyseFit(job, resume, { now: EVALUATION_NOW }));
const known = run(cases.filter((c) => c.split !== 'unseen'));
const unseen = run(cases.filter((c) => c.split === 'unseen'));
const all = run(cases);

describe('the evaluation set', () => {
  it('has at least 10 pairs from different fields, each with required and preferred items labelled found or missing', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    expect(unseen.cases).toBe(3);
    for (const c of cases) {
      expect(
        c.expected.some((e) => e.level === 'required'),
        c.id,
      ).toBe(true);
      expect(
        c.expected.some((e) => e.level === 'preferred'),
        c.id,
      ).toBe(true);
      expect(
        c.expected.some((e) => !e.found),
        c.id,
      ).toBe(true);
    }
  });

  it('names labels the way the check does: alternatives, years, vocabulary variants and bare key phrases', () => {
    expect(keyForLabel('ADN or BSN')).toBe('adn|bsn');
    expect(keyForLabel('3+ years of experience')).toBe('years:3');
    expect(keyForLabel('Postgres')).toBe('postgresql');
    expect(keyForLabel('law firm or legal office')).toBe('text:law firm|text:legal offic');
    expect(keyForLabel('knife skills')).toBe(keyForLabel('knife'));
  });
});

describe('extraction', () => {
  it('on all 15 pairs: precision ≥ 0.93, recall ≥ 0.92, level right for ≥ 98% of correct items', () => {
    expect(all.extraction.precision).toBeGreaterThanOrEqual(0.93);
    expect(all.extraction.recall).toBeGreaterThanOrEqual(0.92);
    expect(all.level.accuracy).toBeGreaterThanOrEqual(0.98);
  });

  it('on the 12 development and held-out pairs: precision ≥ 0.95, recall ≥ 0.98', () => {
    expect(known.extraction.precision).toBeGreaterThanOrEqual(0.95);
    expect(known.extraction.recall).toBeGreaterThanOrEqual(0.98);
  });

  it('on the 3 unseen pairs: precision ≥ 0.75, recall ≥ 0.6', () => {
    expect(unseen.extraction.precision).toBeGreaterThanOrEqual(0.75);
    expect(unseen.extraction.recall).toBeGreaterThanOrEqual(0.6);
  });
});

describe('matching (on the items extraction got right)', () => {
  it('on all 15 pairs: says "found" only where the reader sees it (precision ≥ 0.97) and finds ≥ 88% of those', () => {
    expect(all.matching.precision).toBeGreaterThanOrEqual(0.97);
    expect(all.matching.recall).toBeGreaterThanOrEqual(0.88);
  });

  it('on the 12 development and held-out pairs: precision ≥ 0.98, recall ≥ 0.93', () => {
    expect(known.matching.precision).toBeGreaterThanOrEqual(0.98);
    expect(known.matching.recall).toBeGreaterThanOrEqual(0.93);
  });

  it('on the 3 unseen pairs: precision ≥ 0.9, recall ≥ 0.55', () => {
    expect(unseen.matching.precision).toBeGreaterThanOrEqual(0.9);
    expect(unseen.matching.recall).toBeGreaterThanOrEqual(0.55);
  });
});
