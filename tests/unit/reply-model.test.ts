// The reply reader's learned part: the features it describes clauses and points by, the logistic regressions and
// their training, and the shipped weights (src/lib/reply/weights.json), which must be what `npm run reply:train`
// learns from the dev split and the extra cases today.
import { describe, expect, it } from 'vitest';
import { anchorFeatures, areaFeatures, clauseFeatures, type ClauseSite } from '#/lib/reply/features.ts';
import { bestArea, probability, type ReplyModel } from '#/lib/reply/model.ts';
import { readClauses, readReply } from '#/lib/reply/read.ts';
import weights from '#/lib/reply/weights.json' with { type: 'json' };
import { loadReplies } from '../../scripts/lib/reply-cases.ts';
import { adviceExamples, foldOf, train, trainKind, trainLinear, DEFAULTS } from '../../scripts/lib/reply-train.ts';

const site: ClauseSite = {
  answersRequest: true,
  refuses: false,
  bullet: false,
  listening: false,
  paragraphIndex: 1,
  paragraphs: 3,
  sentence: '',
  previous: '',
  next: '',
  notice: false,
};
const features = (clause: string, more: Partial<ClauseSite> = {}) =>
  clauseFeatures(clause, { ...site, sentence: clause, ...more });

describe('clause features', () => {
  it('name the structure: who it is about, mood, negation, hedges, comparison', () => {
    expect(features('You arrived 15 minutes late.')).toEqual(
      expect.arrayContaining(['you', 'youFirst', 'deficiency', 'you&deficiency', 'anchor:moment', 'digit']),
    );
    expect(features('Tone it down.')).toContain('imperative');
    expect(features('You might consider a course in Excel.')).toContain('suggestion');
    expect(features('I did wonder whether you had read our website.')).toContain('hedge');
    expect(features('We went with someone who had more enterprise experience.')).toContain('comparison');
    expect(features('Your CV does not list dates.')).toEqual(expect.arrayContaining(['negation', 'candidateThing']));
    expect(features('Was it the salary?')).toContain('question');
  });

  it('name politeness and boilerplate by kind, and where the clause sits', () => {
    expect(features('We will keep your CV on file.')).toContain('polite:future');
    expect(features('Best of luck with your search.')).toContain('polite:wishes');
    expect(features('Thanks for your email.', { paragraphIndex: 0 })).toEqual(
      expect.arrayContaining(['thanksFirst', 'paragraph:first', 'prev:none']),
    );
    expect(features('Slow on prep.', { bullet: true, paragraphs: 1 })).toEqual(
      expect.arrayContaining(['bullet', 'paragraph:only', 'bullet&deficiency']),
    );
  });

  it('see the sentence around a clause and the sentences before and after it', () => {
    const f = features('so it was hard to follow', {
      sentence: 'You spoke very fast, so it was hard to follow.',
      previous: 'Your slides were lovely.',
      next: 'Slow down next time.',
    });
    expect(f).toEqual(expect.arrayContaining(['s:you', 'prev:praise', 'next:suggestion', 'explains']));
    expect(f.filter((x) => x.startsWith('w:'))).toEqual(['w:so', 'w:it', 'w:was', 'w:hard', 'w:to', 'w:follow']);
  });

  it('describe a point for its area and for whether it names something the candidate can find again', () => {
    expect(areaFeatures('Your cover letter was addressed to another firm.', '', '', '')).toEqual(
      expect.arrayContaining(['cue:resume:3', 'subject:resume']),
    );
    expect(areaFeatures('You were slow.', '', 'In the trial shift you were slow.', '')).toContain('setting:paragraph');
    expect(anchorFeatures('When we asked about budgets, your answer had no figures.', '')).toContain('a:asked');
    expect(anchorFeatures('You need 5 years of experience.', '')).toEqual(expect.arrayContaining(['amount']));
    expect(anchorFeatures('You need 5 years of experience.', '')).not.toContain('a:figure');
  });
});

describe('the logistic regressions', () => {
  it('learn a rule from examples and score it, deterministically', () => {
    const examples = Array.from({ length: 40 }, (_, i) => ({
      features: [i % 2 ? 'criticism' : 'praise', `noise${i % 5}`],
      label: i % 2 === 1,
    }));
    const options = { ...DEFAULTS, minCount: 1 };
    const model = trainLinear(examples, options);
    expect(probability(model, ['criticism'])).toBeGreaterThan(0.8);
    expect(probability(model, ['praise'])).toBeLessThan(0.2);
    expect(probability(model, ['unknown feature'])).toBeCloseTo(probability(model, []));
    expect(trainLinear(examples, options)).toEqual(model);
  });

  it('leave out features seen fewer than minCount times', () => {
    const examples = [
      { features: ['common', 'rare'], label: true },
      { features: ['common'], label: false },
      { features: ['common'], label: true },
    ];
    expect(Object.keys(trainLinear(examples, { ...DEFAULTS, minCount: 2 }).weights)).not.toContain('rare');
  });

  it('pick the area with the highest score', () => {
    const zero = { bias: 0, weights: {} };
    const models = { resume: { bias: 0, weights: { cv: 2 } }, attitude: zero, appearance: zero, other: zero };
    expect(bestArea(models, ['cv'])).toBe('resume');
    expect(bestArea({ ...models, other: { bias: 0.5, weights: {} } }, [])).toBe('other');
  });

  it('find which point of a specific reply is the anchored one (multiple-instance learning)', () => {
    const dev = loadReplies('dev');
    const model = trainKind(dev, DEFAULTS);
    expect(model.weights['a:moment']).toBeGreaterThan(0);
    expect(model.weights['comparison'] ?? 0).toBeLessThan(model.weights['a:moment']!);
  });
});

describe('the shipped weights', () => {
  const dev = loadReplies('dev');
  const extra = loadReplies('extra');

  it('are what training on dev + extra gives today (run `npm run reply:train` after changing features or cases)', () => {
    expect(train([...dev, ...extra])).toEqual(weights);
  }, 60_000);

  it('are small: a few KB', () => {
    expect(JSON.stringify(weights).length).toBeLessThan(24_000);
    const model = weights as ReplyModel;
    expect(model.threshold).toBeGreaterThan(0);
    expect(Object.keys(model.area).sort()).toEqual(['appearance', 'attitude', 'other', 'resume']);
  });

  it('label a clause as advice when at least half of it lies in a labelled point', () => {
    const examples = adviceExamples(dev);
    const clauses = dev.flatMap((c) => readClauses(c.text).flatMap((s) => s.clauses));
    expect(examples.length).toBe(clauses.filter((c) => !c.ruledOut).length);
    expect(examples.filter((e) => e.label).length).toBeGreaterThan(0);
  });

  it('fold replies by their id, the same way every time', () => {
    const folds = dev.map((c) => foldOf(c.id, 10));
    expect(dev.map((c) => foldOf(c.id, 10))).toEqual(folds);
    expect(new Set(folds).size).toBe(10);
  });

  it('leave the rules alone when no model is given', () => {
    const text = 'Hi,\n\nYou looked at your phone twice.\n\nVal';
    expect(readReply(text, null).kind).toBe('specific');
    expect(readReply(text).kind).toBe('specific');
  });
});
