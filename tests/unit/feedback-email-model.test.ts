// The tone check's learned part: the features it reads sentences by, how the model adds to the rules, its training,
// and the shipped weights (src/lib/feedback-email/tone/weights.json), which must be what `npm run email:train` learns
// from the dev set today.
import { afterEach, describe, expect, it } from 'vitest';
import { modelKinds, modelParts, type ToneModel } from '#/lib/feedback-email/tone/model.ts';
import weights from '#/lib/feedback-email/tone/weights.json' with { type: 'json' };
import { checkTone, toneFeatures, useToneModel } from '#/lib/feedback-email/tone-check.ts';
import { brotliSize } from '../../scripts/lib/brotli.ts';
import { labelledSentences, loadGroups, trainTone, TONE_DEFAULTS } from '../../scripts/lib/tone-train.ts';

afterEach(() => useToneModel());

describe('sentence features', () => {
  it('name word classes, structure and who the sentence is about, not only words', () => {
    const f = toneFeatures('Your panel was completely disorganised.');
    expect(f).toEqual(expect.arrayContaining(['c:fault', 'you', 'you&c:fault', 'lead:your', 'w:panel']));
    expect(toneFeatures('I know my answers were disorganised.')).toEqual(
      expect.arrayContaining(['c:fault', 'self&c:fault', 'i+:know']),
    );
    expect(toneFeatures('May I ask who you hired?')).toEqual(expect.arrayContaining(['q', 'q&c:hire']));
    expect(toneFeatures('I have more experience than the person you hired.')).toContain('compare');
  });

  it('pool word forms and pairs, and carry the parts of the email the rules found', () => {
    const f = toneFeatures('Could you share two or three tips on where I could improve?');
    expect(f).toEqual(expect.arrayContaining(['w:two_or', 'part:tips-request']));
    expect(toneFeatures('They criticised everything.')).toContain('w:criticis~');
  });
});

const tiny: ToneModel = {
  any: { bias: -3, weights: { 'c:fault': 2, you: 2 } },
  kinds: { blame: { bias: -2, weights: { 'you&c:fault': 1 } }, insult: { bias: -4, weights: {} } },
  parts: { 'future-interest': { bias: -1, weights: { 'w:again': 2 } } },
  threshold: 0.5,
  anyThreshold: 0.5,
  partThreshold: 0,
};

describe('the model', () => {
  it('flags a kind on its own confidence, or the likeliest kind when the sentence is confidently a problem', () => {
    expect(modelKinds({ ...tiny, anyThreshold: 99 }, ['c:fault', 'you', 'you&c:fault'])).toEqual([]);
    expect(modelKinds(tiny, ['c:fault', 'you', 'you&c:fault'])).toEqual(['blame']);
    expect(modelKinds({ ...tiny, threshold: -1 }, ['you&c:fault'])).toEqual(['blame']);
    expect(modelKinds(tiny, ['w:thanks'])).toEqual([]);
    expect(modelParts(tiny, ['w:again'])).toEqual(['future-interest']);
  });

  it('flags a kind on its own confidence only where the sentence is also likely a problem at all (gate)', () => {
    // any: -3 alone, +1 with a fault word beside "you"; blame: -1 on its own cue.
    const gated: ToneModel = { ...tiny, threshold: -1, anyThreshold: 99, gate: 0 };
    expect(modelKinds({ ...gated, gate: undefined }, ['you&c:fault'])).toEqual(['blame']);
    expect(modelKinds(gated, ['you&c:fault'])).toEqual([]);
    expect(modelKinds(gated, ['c:fault', 'you', 'you&c:fault'])).toEqual(['blame']);
  });

  it('only adds to the rules, and only in the body: never in the greeting or the sign-off', () => {
    const text = 'Hi Sam,\n\nThanks for the interview. Any tips would help. Keep me in mind.\n\nBest,\nAl';
    const found = () =>
      checkTone('Thanks. Your panel was disorganised, you lot. Any tips? Keep me in mind.').flags.map(
        (f) => `${f.kind}: ${f.sentence}`,
      );
    useToneModel(null);
    const rules = found();
    useToneModel({ ...tiny, anyThreshold: 99, threshold: -99 });
    const more = found();
    for (const f of rules) expect(more).toContainEqual(f);
    expect(more.length).toBeGreaterThan(rules.length);
    const flagged = new Set(checkTone(text).flags.map((f) => f.sentence));
    expect(flagged).toContain('Keep me in mind.');
    for (const outside of ['Hi Sam,', 'Best,', 'Al']) expect(flagged).not.toContain(outside);
  });

  it('overrules a kind the rules found only where it is confident the sentence is clean of it (veto)', () => {
    const sentence = 'The panel was disorganised.';
    const blame = () => checkTone(sentence).flags.some((f) => f.kind === 'blame');
    useToneModel(null);
    expect(blame()).toBe(true);
    // Both the kind's log-odds and the log-odds of any problem must be at or below the veto.
    const sure: ToneModel = {
      ...tiny,
      any: { bias: -9, weights: {} },
      kinds: { blame: { bias: -9, weights: {} } },
      anyThreshold: 99,
    };
    useToneModel(sure);
    expect(blame()).toBe(true);
    useToneModel({ ...sure, veto: -4 });
    expect(blame()).toBe(false);
    useToneModel({ ...sure, any: { bias: 0, weights: {} }, veto: -4 });
    expect(blame()).toBe(true);
  });

  it('finds a part the rules missed, so the email is not told it lacks it', () => {
    const text = 'Thank you for the interview. Any tips would help. Blue skies again.';
    useToneModel({ ...tiny, parts: {} });
    expect(checkTone(text).flags.map((f) => f.kind)).toContain('missing-future-interest');
    useToneModel(tiny);
    expect(checkTone(text).flags).toEqual([]);
  });
});

describe('training', () => {
  it('labels the sentences of emails by the flags that name them, and the parts weakly', () => {
    const data = labelledSentences(
      [{ text: 'Why was I not chosen?', kinds: ['asking-why'] }],
      [
        {
          id: 'x',
          text: 'Hi Jo,\n\nThanks for the interview. The panel was rude. Any tips?\n\nBest,\nAl',
          flags: [{ kind: 'blame', sentence: 'The panel was rude.' }, { kind: 'missing-future-interest' }],
        },
      ],
    );
    expect(data.map((d) => [...d.kinds])).toEqual([['asking-why'], [], ['blame'], []]);
    expect(data[0]!.parts).toBeUndefined();
    expect(data.slice(1).map((d) => [...d.parts!])).toEqual([[], [], ['tips-request']]);
  });

  it('is deterministic, and learns a kind from its examples', () => {
    const data = Array.from({ length: 60 }, (_, i) => ({
      features: [i % 3 === 0 ? 'c:fault' : 'c:praise', `w:noise${i % 7}`],
      kinds: new Set(i % 3 === 0 ? (['blame'] as const) : []),
      parts: new Set<never>(),
    }));
    const options = { ...TONE_DEFAULTS, minCount: 1, prune: 0.1 };
    const a = trainTone(data, options);
    expect(trainTone(data, options)).toEqual(a);
    expect(a.kinds.blame!.weights['c:fault']).toBeGreaterThan(0);
    expect(Object.keys(a.kinds)).toEqual(['blame']);
    expect(modelKinds({ ...a, threshold: 0 }, ['c:fault'])).toEqual(['blame']);
    expect(modelKinds({ ...a, threshold: 0 }, ['c:praise'])).toEqual([]);
  });
});

describe('the shipped weights', () => {
  it('are what training on the whole dev set gives today (run `npm run email:train` after changing features or cases)', () => {
    expect(trainTone(loadGroups().flatMap((g) => g.data))).toEqual(weights);
  }, 120_000);

  it('are small enough to ship to phones (under 15 KB brotli)', () => {
    expect(brotliSize(JSON.stringify(weights))).toBeLessThan(15_000);
    expect(Object.keys(weights.kinds)).not.toContain('shouting');
  });
});
