// Holds the reply reader to stated figures on its labelled replies (tests/fixtures/reply, see GUIDE.md there):
// - dev (50 replies, the annotator's) and extra (tests/unit/reply-extra-cases.json, the engineer's): the shipped
//   weights were trained on both, and the first round's rules tuned on them;
// - cv: the same 140 replies, each read by a model trained without it (10-fold cross-validation);
// - unseen (25, the annotator's, written before any rule) and unseen batch 2 (30, the annotator's, written during the
//   second round and merged once it was frozen): never tuned on, the honest estimate.
// Each threshold sits just below what was measured when it was set, so a regression fails; the unseen ones are below
// the targets set from outside (kind 90 %, points 85 %, ≤ 10 % unexpected, area 85 %) where the reader does not reach
// them yet. `npm run -s reply:eval` prints all figures.
import { describe, expect, it } from 'vitest';
import { evaluate, locate, overlapShare, type Figures } from '#/lib/reply/evaluation.ts';
import { readReply, toOutside } from '#/lib/reply/read.ts';
import { hasReplies, loadReplies, type Split } from '../../scripts/lib/reply-cases.ts';
import { crossValidate } from '../../scripts/lib/reply-train.ts';

const read = (text: string) => toOutside(readReply(text));
const figures = (split: Split) => evaluate(loadReplies(split), read);

function holds(f: Figures, kind: number, points: number, unexpected: number, area: number) {
  expect(f.kindAccuracy).toBeGreaterThanOrEqual(kind);
  expect(f.pointRecall).toBeGreaterThanOrEqual(points);
  expect(f.falseShare).toBeLessThanOrEqual(unexpected);
  expect(f.areaAccuracy).toBeGreaterThanOrEqual(area);
}

describe('the labelled replies', () => {
  it('are valid: kinds follow the points, and every point and strength is an exact part of its reply', () => {
    const splits = (['dev', 'extra', 'dev3', 'unseen', 'unseen2', 'unseen3'] as const).filter(hasReplies);
    for (const split of splits) {
      for (const r of loadReplies(split)) {
        expect(r.kind === 'template', r.id).toBe(r.points.length === 0);
        for (const p of r.points) expect(r.text.includes(p.text), `${r.id}: ${p.text}`).toBe(true);
        for (const s of r.strengths) expect(r.text.includes(s), `${r.id}: ${s}`).toBe(true);
      }
    }
    expect(loadReplies('dev')).toHaveLength(50);
    expect(loadReplies('unseen')).toHaveLength(25);
    expect(loadReplies('unseen2')).toHaveLength(30);
    expect(loadReplies('extra').length).toBeGreaterThanOrEqual(60);
    expect(loadReplies('dev3').length).toBeGreaterThanOrEqual(40);
    const ids = splits.flatMap((s) => loadReplies(s).map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('scores a point as found when the spans overlap by half of the shorter one', () => {
    const text = 'Thanks. Your CV lists React under expert. Good luck.';
    expect(locate(text, 'Your CV lists React')).toEqual([8, 27]);
    expect(overlapShare([8, 41], [8, 27])).toBe(1);
    expect(overlapShare([0, 7], [8, 41])).toBe(0);
  });
});

describe('the reader on the replies it was trained on', () => {
  it('dev: kind ≥ 96 %, points found ≥ 95 %, unexpected points ≤ 5 %, area ≥ 95 %', () => {
    holds(figures('dev'), 0.96, 0.95, 0.05, 0.95);
  });

  it('extra: kind ≥ 95 %, points found ≥ 94 %, unexpected points ≤ 5 %, area ≥ 94 %', () => {
    holds(figures('extra'), 0.95, 0.94, 0.05, 0.94);
  });

  // Ten models are trained: allow for a busy machine.
  it(
    'cv (each reply read by a model that never saw it): kind ≥ 92 %, points ≥ 90 %, unexpected ≤ 5 %, area ≥ 90 %',
    {
      timeout: 120_000,
    },
    () => {
      holds(crossValidate([...loadReplies('dev'), ...loadReplies('extra')]), 0.92, 0.9, 0.05, 0.9);
    },
  );
});

describe('the reader on unseen replies (never tuned on)', () => {
  it('unseen: kind ≥ 86 %, points found ≥ 85 %, unexpected points ≤ 16 %, area ≥ 78 %', () => {
    holds(figures('unseen'), 0.86, 0.85, 0.16, 0.78);
  });

  it('unseen batch 2: kind ≥ 73 %, points found ≥ 83 %, unexpected points ≤ 19 %, area ≥ 76 %', () => {
    holds(figures('unseen2'), 0.73, 0.83, 0.19, 0.76);
  });
});
