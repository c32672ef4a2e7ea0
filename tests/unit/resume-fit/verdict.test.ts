// The verdict on partial evidence: the measurements it weighs (evidence.ts), and the model shipped in
// verdict-weights.ts, which must be what scripts/resume-fit-calibrate.ts fits from the development pairs today; and
// the asking model (asking.ts, asking-weights.ts), which drops items a reader is unlikely to list, likewise.
import { describe, expect, it } from 'vitest';
import { headOf, measure, resumeUnits, type Asked } from '#/lib/resume-fit/evidence.ts';
import { boundaries } from '#/lib/resume-fit/find.ts';
import { stem, tokenize } from '#/lib/resume-fit/tokenize.ts';
import { shownProbability } from '#/lib/resume-fit/verdict.ts';
import { VERDICT_MODEL } from '#/lib/resume-fit/verdict-weights.ts';
import { calibrate } from '../../../scripts/lib/resume-fit-calibration.ts';
import { calibrateAsking } from '../../../scripts/lib/resume-fit-asking-calibration.ts';
import { ASKING_MODEL } from '#/lib/resume-fit/asking-weights.ts';
import { EVALUATION_NOW, loadCases } from '../../../scripts/lib/resume-fit-cases.ts';

function measured(resume: string, label: string, verbs: string[] = []) {
  const tokens = tokenize(resume);
  const units = resumeUnits(resume, tokens, boundaries(resume, tokens));
  const words = tokenize(label)
    .map((t) => t.norm)
    .filter((w) => !verbs.includes(w));
  const asked: Asked = { words, head: headOf(label, words), verbs };
  return measure(asked, tokens, units, (w) =>
    tokens.flatMap((t, i) => (t.norm === w || t.norm === stem(w) ? [i] : [])),
  );
}

describe('the measurements of partial evidence', () => {
  it('finds the head of a phrase before its preposition, else at its end', () => {
    expect(headOf('attention to detail', ['attention', 'detail'])).toBe(0);
    expect(headOf('hours of service', ['hour', 'servic'])).toBe(0);
    expect(headOf("driver's license", ['driver', 'licens'])).toBe(1);
  });

  it('measures the best sentence: how many words, the head, modifiers missing, the verb with its object', () => {
    const license = measured('Tools and vehicle\n2019 Tacoma, clean Vermont license.', "driver's license").features;
    expect(license).toMatchObject({ unitShare: 0.5, anyShare: 0.5, modifierMissing: 1, headMissing: 0 });
    const graphics = measured('Made motion studies.\nSocial posts.', 'motion graphics').features;
    expect(graphics).toMatchObject({ unitShare: 0.5, headMissing: 1, modifierMissing: 0 });
    const plans = measured('- Prepared grading plans.\n- Walked 14 sites.', 'prepare site plans', ['prepar']).features;
    expect(plans).toMatchObject({ unitShare: 0.5, anyShare: 1, allAnywhere: 1, verbAndHead: 1 });
  });

  it('finds the duty by its verbs when the object is in other words, and by related words apart', () => {
    const text = '- Mix and apply products per label.\n- Gave talks to school groups.';
    const tokens = tokenize(text);
    const units = resumeUnits(text, tokens, boundaries(text, tokens));
    const strict = (w: string) => tokens.flatMap((t, i) => (t.norm === w ? [i] : []));
    const duty = measure({ words: ['pesticid'], head: 0, verbs: ['mix', 'appli'] }, tokens, units, strict).features;
    expect(duty).toMatchObject({ unitShare: 0, verbShown: 1, verbsAll: 1 });
    const talk = (w: string) => (w === 'speak' ? strict('talk') : []);
    const speaking = measure({ words: ['public', 'speak'], head: 1, verbs: [] }, tokens, units, strict, talk).features;
    expect(speaking).toMatchObject({ unitShare: 0.5, looseShare: 0.5 });
    const named = measure(
      { words: ['zims', 'report'], head: 1, verbs: [], names: [true, false] },
      tokens,
      units,
      strict,
    );
    expect(named.features.nameMissing).toBe(1);
  });

  it('says a paragraph of many sentences holds all the words when one sentence does not', () => {
    const f = measured('Trim and wainscoting in old homes. Hung interior doors.', 'interior trim').features;
    expect(f).toMatchObject({ unitShare: 0.5, lineShare: 1 });
  });
});

describe('the verdict model', () => {
  const development = loadCases().filter((c) => c.split === 'development');
  let fitted: ReturnType<typeof calibrate> | undefined;
  const fit = () => (fitted ??= calibrate(development, EVALUATION_NOW));

  it('is what fitting on the development pairs gives today (re-run scripts/resume-fit-calibrate.ts)', () => {
    expect(VERDICT_MODEL).toEqual(fit().model);
  }, 60_000);

  it('says "shown" for strong evidence, and weighs a bare head whose kind is missing below it', () => {
    const strong = measured('- Prepared grading plans.\n- Walked 14 sites.', 'prepare site plans', ['prepar']);
    // Round 7: "Social graphics" for "motion graphics" passes (the head inside a phrase of the resume's own is, on the
    // development pairs, far more often the thing in other words than another kind of it). After both engineers'
    // work was merged and refitted, "Graphics" alone passes too, just (0.74 against 0.72): the kind word missing now
    // weighs little. It must still weigh less than strong evidence.
    const half = measured('Graphics for Instagram.', 'motion graphics');
    expect(shownProbability(strong.features)).toBeGreaterThanOrEqual(VERDICT_MODEL.threshold);
    expect(shownProbability(half.features)).toBeLessThan(shownProbability(strong.features));
  });

  it('keeps all "shown" verdicts right 95% of the time, and its own 85%, on pairs it was not fit on', () => {
    const { heldOut, rulesOnly } = fit();
    expect(heldOut.precision).toBeGreaterThanOrEqual(0.95);
    expect(heldOut.modelPrecision).toBeGreaterThanOrEqual(0.85);
    expect(heldOut.modelShown).toBeGreaterThan(10);
    expect(heldOut.recall).toBeGreaterThan(rulesOnly.recall);
  }, 60_000);
});

describe('the asking model', () => {
  const development = loadCases().filter((c) => c.split === 'development');
  let fitted: ReturnType<typeof calibrateAsking> | undefined;
  const fit = () => (fitted ??= calibrateAsking(development));

  it('is what fitting on the development pairs gives today (re-run scripts/resume-fit-calibrate.ts)', () => {
    expect(ASKING_MODEL).toEqual(fit().model);
  }, 300_000);

  it('lists items better than keeping them all, on pairs it was not fit on', () => {
    const { heldOut, keepAll } = fit();
    expect(heldOut.f1).toBeGreaterThan(keepAll.f1);
    expect(heldOut.precision).toBeGreaterThan(keepAll.precision);
    expect(heldOut.recall).toBeGreaterThanOrEqual(keepAll.recall - 0.03);
  }, 120_000);
});
