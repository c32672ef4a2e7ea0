// Holds the reply reader to stated figures on its labelled replies (tests/fixtures/reply, see GUIDE.md there):
// - dev (50 replies, the annotator's): tuned on;
// - extra (tests/unit/reply-extra-cases.json, the engineer's, written to probe phrasings the dev split lacks): tuned on;
// - unseen (25 replies, the annotator's, written before any rule and never tuned on): its figures are the honest
//   estimate. Its thresholds sit just below what it measured when they were set, so a regression fails; they are
//   below the targets set from outside (kind 90 %, points 85 %, ≤ 10 % unexpected, area 85 %), which the reader does
//   not reach yet on unseen replies. `npm run -s reply:eval` prints all figures.
import { describe, expect, it } from 'vitest';
import { evaluate, locate, overlapShare } from '#/lib/reply/evaluation.ts';
import { readReply, toOutside } from '#/lib/reply/read.ts';
import { loadReplies } from '../../scripts/lib/reply-cases.ts';

const read = (text: string) => toOutside(readReply(text));
const dev = evaluate(loadReplies('dev'), read);
const extra = evaluate(loadReplies('extra'), read);
const unseen = evaluate(loadReplies('unseen'), read);

describe('the labelled replies', () => {
  it('are valid: kinds follow the points, and every point and strength is an exact part of its reply', () => {
    for (const split of ['dev', 'extra', 'unseen'] as const) {
      for (const r of loadReplies(split)) {
        expect(r.kind === 'template', r.id).toBe(r.points.length === 0);
        for (const p of r.points) expect(r.text.includes(p.text), `${r.id}: ${p.text}`).toBe(true);
        for (const s of r.strengths) expect(r.text.includes(s), `${r.id}: ${s}`).toBe(true);
      }
    }
    expect(dev.replies).toBe(50);
    expect(unseen.replies).toBe(25);
    expect(extra.replies).toBeGreaterThanOrEqual(60);
  });

  it('scores a point as found when the spans overlap by half of the shorter one', () => {
    const text = 'Thanks. Your CV lists React under expert. Good luck.';
    expect(locate(text, 'Your CV lists React')).toEqual([8, 27]);
    expect(overlapShare([8, 41], [8, 27])).toBe(1);
    expect(overlapShare([0, 7], [8, 41])).toBe(0);
  });
});

describe('the reader on the replies it was tuned on', () => {
  it('dev: kind ≥ 96 %, points found ≥ 95 %, unexpected points ≤ 5 %, area ≥ 95 %', () => {
    expect(dev.kindAccuracy).toBeGreaterThanOrEqual(0.96);
    expect(dev.pointRecall).toBeGreaterThanOrEqual(0.95);
    expect(dev.falseShare).toBeLessThanOrEqual(0.05);
    expect(dev.areaAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('extra: kind ≥ 95 %, points found ≥ 95 %, unexpected points ≤ 5 %, area ≥ 90 %', () => {
    expect(extra.kindAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(extra.pointRecall).toBeGreaterThanOrEqual(0.95);
    expect(extra.falseShare).toBeLessThanOrEqual(0.05);
    expect(extra.areaAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the reader on unseen replies (never tuned on)', () => {
  it('unseen: kind ≥ 74 %, points found ≥ 80 %, unexpected points ≤ 21 %, area ≥ 83 %', () => {
    expect(unseen.kindAccuracy).toBeGreaterThanOrEqual(0.74);
    expect(unseen.pointRecall).toBeGreaterThanOrEqual(0.8);
    expect(unseen.falseShare).toBeLessThanOrEqual(0.21);
    expect(unseen.areaAccuracy).toBeGreaterThanOrEqual(0.83);
  });
});
