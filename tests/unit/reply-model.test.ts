// The reply reader's learned part: the features it describes clauses and points by, the logistic regressions and
// their training, and the shipped weights (src/lib/reply/weights.json), which must be what `npm run reply:train`
// learns from the dev split, the third round's development batch and the extra cases today.
import { describe, expect, it } from 'vitest';
import { isAnchored } from '#/lib/reply/classify.ts';
import { clauseFeatures, type ClauseSite } from '#/lib/reply/features.ts';
import type { ReplyModel } from '#/lib/reply/model.ts';
import { probability } from '#/lib/text/linear-model.ts';
import { areaOf, evaluates, readClauses, readReply } from '#/lib/reply/read.ts';
import weights from '#/lib/reply/weights.json' with { type: 'json' };
import { loadReplies } from '../../scripts/lib/reply-cases.ts';
import { trainLinear } from '../../scripts/lib/linear-train.ts';
import { adviceExamples, foldOf, train, DEFAULTS } from '../../scripts/lib/reply-train.ts';

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

  it('file a point by word classes and call it anchored by what it names, without learned weights', () => {
    expect(areaOf('Your cover letter was addressed to another firm.', '', 0)).toBe('resume');
    expect(areaOf('You were slow.', 'In the trial shift you were slow.', 2)).toBe('other');
    expect(areaOf('A couple of the team found you irritated when Mark pushed back.', '', 0)).toBe('attitude');
    expect(isAnchored('When we asked about budgets, your answer had no figures.')).toBe(true);
    expect(isAnchored('You need 5 years of experience.')).toBe(false);
    expect(isAnchored('You need more experience with ISO 26262 at Stage 4 by 30 April.')).toBe(false);
    expect(isAnchored('Your numerical reasoning score was 54%.')).toBe(true);
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
});

describe('the shipped weights', () => {
  const dev = loadReplies('dev');
  const extra = loadReplies('extra');
  const dev3 = loadReplies('dev3');
  const dev4 = loadReplies('dev4');
  const dev5 = loadReplies('dev5');
  const dev6 = [...loadReplies('dev6'), ...loadReplies('dev6t')];
  const dev7 = loadReplies('dev7');

  it('are what training on dev + dev batches 3 to 7 + extra gives today (run `npm run reply:train` after changing features or cases)', () => {
    expect(train([...dev, ...dev3, ...dev4, ...dev5, ...dev6, ...dev7, ...extra])).toEqual(weights);
  }, 60_000);

  it('weigh the structure of a clause, not its words (word stems overfit the replies they were learned from)', () => {
    const model = weights as ReplyModel;
    expect(Object.keys(model.advice.weights).filter((f) => /^(?:w|first):/.test(f))).toEqual([]);
    expect(model.advice.weights['imperative']).toBeGreaterThan(0);
  });

  it('are small: a few KB', () => {
    expect(JSON.stringify(weights).length).toBeLessThan(24_000);
    const model = weights as ReplyModel;
    expect(model.threshold).toBeGreaterThan(0);
    expect(Object.keys(model).sort()).toEqual(['advice', 'threshold']);
  });

  it('label a clause as advice when at least half of it lies in a labelled point, and learn only from clauses that judge or direct', () => {
    const examples = adviceExamples(dev);
    const clauses = dev.flatMap((c) => readClauses(c.text).flatMap((s) => s.clauses));
    expect(examples.length).toBe(clauses.filter((c) => !c.ruledOut && evaluates(c.features)).length);
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
