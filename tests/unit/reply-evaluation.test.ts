// Holds the reply reader to stated figures on its labelled replies (tests/fixtures/reply, see GUIDE.md there):
// - dev (50 replies, the annotator's), extra (tests/unit/reply-extra-cases.json, the first engineer's), dev batch 3
//   (replies.dev-r3.json, the third round's), dev batch 4 (replies.dev-r4.json, the fourth round's) and dev batch 5
//   (replies.dev-r5.json, the fifth round's), dev batch 6 (replies.dev-r6.json, the sixth round's) and dev batch 6t
//   (replies.dev-r6t.json, the sixth round's follow-up probe of rich templates) and dev batch 7 (replies.dev-r7.json,
//   the seventh round's): the shipped weights and the reply-level gate were trained on all eight, the rules tuned on
//   them;
// - cv: the same 574 replies, each read by a clause model and a gate trained without it (10-fold cross-validation);
// - batch out: each batch read by clause models and a gate trained without it (leave-one-batch-out);
// - unseen (25, the annotator's, written before any rule), unseen batch 2 (30, written during the second round) and
//   unseen batch 3 (40, written blind during the third round, read once when its rules were final) and unseen batch 4
//   (40, written blind before the fourth round, read once when its rules were final) and unseen batch 5 (40, written
//   blind during the fifth round, read once when its rules were final) and unseen batch 6 (40, written blind during the
//   sixth round, read once when its rules were final) and unseen batch 7 (40, written blind during the sixth round's
//   follow-up, read once when its rules were final): never tuned on.
// Each threshold sits just below what was measured when it was set, so a regression fails; the unseen ones are below
// the targets set from outside (kind 90 %, points 85 %, ≤ 10 % unexpected, area 85 %) where the reader does not reach
// them yet. `npm run -s reply:eval` prints all figures.
import { describe, expect, it } from 'vitest';
import { evaluate, locate, overlapShare, type Figures } from '#/lib/reply/evaluation.ts';
import { readReply, toOutside } from '#/lib/reply/read.ts';
import { hasReplies, loadReplies, SPLITS, TRAINED, type Split } from '../../scripts/lib/reply-cases.ts';
import { gatedCrossValidate, leaveOneBatchOut, outOfBatch, type OutOfBatch } from '../../scripts/lib/reply-gate.ts';
import gate from '#/lib/reply/gate.json' with { type: 'json' };

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
    const splits = SPLITS.filter(hasReplies);
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
    expect(loadReplies('dev4').length).toBeGreaterThanOrEqual(80);
    expect(loadReplies('dev5').length).toBeGreaterThanOrEqual(75);
    expect(loadReplies('dev6').length).toBeGreaterThanOrEqual(50);
    expect(loadReplies('dev6t').length).toBeGreaterThanOrEqual(30);
    expect(loadReplies('dev7')).toHaveLength(40);
    expect(loadReplies('unseen3')).toHaveLength(40);
    expect(loadReplies('unseen4')).toHaveLength(40);
    expect(loadReplies('unseen5')).toHaveLength(40);
    expect(loadReplies('unseen6')).toHaveLength(40);
    expect(loadReplies('unseen7')).toHaveLength(40);
    expect(loadReplies('unseen8')).toHaveLength(40);
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
  it('dev: kind ≥ 96 %, points found ≥ 95 %, unexpected points ≤ 5 %, area ≥ 96 %', () => {
    holds(figures('dev'), 0.96, 0.95, 0.05, 0.96);
  });

  it('extra: kind ≥ 95 %, points found ≥ 96 %, unexpected points ≤ 3 %, area ≥ 91 %', () => {
    holds(figures('extra'), 0.95, 0.96, 0.03, 0.91);
  });

  it('dev batch 3: kind ≥ 90 %, points found ≥ 90 %, unexpected points ≤ 4 %, area ≥ 90 %', () => {
    holds(figures('dev3'), 0.9, 0.9, 0.04, 0.9);
  });

  it('dev batch 4: kind ≥ 92 %, points found ≥ 96 %, unexpected points ≤ 2 %, area ≥ 92 %', () => {
    holds(figures('dev4'), 0.92, 0.96, 0.02, 0.92);
  });

  it('dev batch 5: kind ≥ 91 %, points found ≥ 91 %, unexpected points ≤ 2 %, area ≥ 94 %', () => {
    holds(figures('dev5'), 0.91, 0.91, 0.02, 0.94);
  });

  it('dev batch 6: kind ≥ 94 %, points found ≥ 95 %, unexpected points ≤ 2 %, area ≥ 90 %', () => {
    holds(figures('dev6'), 0.94, 0.95, 0.02, 0.9);
  });

  it('dev batch 6t (the follow-up probe): kind ≥ 96 %, points found ≥ 94 %, unexpected points ≤ 3 %, area ≥ 95 %', () => {
    holds(figures('dev6t'), 0.96, 0.94, 0.03, 0.95);
  });

  it('dev batch 7: kind ≥ 90 %, points found ≥ 84 %, unexpected points ≤ 18 %, area ≥ 84 %', () => {
    holds(figures('dev7'), 0.9, 0.84, 0.18, 0.84);
  });

  // Each batch read by clause models trained without it, once for both tests below.
  let rows: OutOfBatch[] | undefined;
  const outOfBatchRows = () => (rows ??= outOfBatch(TRAINED.map((split) => [split, loadReplies(split)])));

  // Eighteen models are trained: allow for a busy machine.
  it(
    'cv (each reply read by a clause model and a gate that never saw it): kind ≥ 95 %, points ≥ 96 %, unexpected ≤ 3 %, area ≥ 94 %',
    {
      timeout: 180_000,
    },
    () => {
      holds(gatedCrossValidate(outOfBatchRows(), gate.threshold), 0.95, 0.96, 0.03, 0.94);
    },
  );

  it(
    'batch out (each batch read by clause models and a gate that never saw it): kind ≥ 95 %, points ≥ 96 %, unexpected ≤ 3 %, area ≥ 94 %',
    {
      timeout: 120_000,
    },
    () => {
      holds(leaveOneBatchOut(outOfBatchRows(), [gate.threshold])[0]!.figures, 0.95, 0.96, 0.03, 0.94);
    },
  );
});

describe('the reader on unseen replies (never tuned on)', () => {
  // After the sixth round's follow-up: 84.0 · 95.1 · 18.8 · 87.2 %; after the sixth: 84.0 · 95.1 · 18.4 · 87.2 % (fifth 84.0 · 92.7 · 18.8 · 86.8 %, fourth 84.0 · 92.7 · 17.0 ·
  // 86.8 %, third 84.0 · 90.2 · 19.1 · 86.5 %).
  // After the seventh round (the reply-level gate, clause threshold 0.55): 84.0 · 95.1 · 20.0 · 87.2 %.
  it('unseen: kind ≥ 80 %, points found ≥ 90 %, unexpected points ≤ 21 %, area ≥ 84 %', () => {
    holds(figures('unseen'), 0.8, 0.9, 0.21, 0.84);
  });

  // After the sixth round's follow-up: 83.3 · 85.0 · 13.1 · 80.4 %; after the sixth: 76.7 · 86.7 · 16.9 · 80.8 % (fifth
  // 76.7 · 86.7 · 16.9 · 78.8 %, fourth 80.0 · 86.7 · 12.9 · 78.8 %, third 76.7 · 86.7 · 19.4 · 78.8 %).
  // After the seventh round: 76.7 · 80.0 · 20.6 · 79.2 %.
  it('unseen batch 2: kind ≥ 75 %, points found ≥ 78 %, unexpected points ≤ 22 %, area ≥ 76 %', () => {
    holds(figures('unseen2'), 0.75, 0.78, 0.22, 0.76);
  });

  // Read once after the third round's rules were final: 85.0 · 96.5 · 17.5 · 78.2 %; after the fourth round:
  // 90.0 · 98.2 · 14.5 · 80.4 %; after the fifth: 87.5 · 100 · 9.8 · 84.2 %; after the sixth: 87.5 · 100 · 12.7 · 86.0 %;
  // after its follow-up: 90.0 · 100 · 9.8 · 86.0 %.
  // After the seventh round: 85.0 · 100 · 12.7 · 86.0 %.
  it('unseen batch 3: kind ≥ 82 %, points found ≥ 96 %, unexpected points ≤ 14 %, area ≥ 84 %', () => {
    holds(figures('unseen3'), 0.82, 0.96, 0.14, 0.84);
  });

  // Written blind before the fourth round, merged after its rules were final and read once: 87.5 · 92.5 · 4.1 · 83.7 %
  // (the third round's reader: 82.5 · 94.3 · 7.7 · 84.0 %); after the fifth round: 80.0 · 90.6 · 8.0 · 83.3 %; after the
  // sixth: 80.0 · 88.7 · 6.3 · 85.1 %; after its follow-up: 82.5 · 88.7 · 4.3 · 85.1 %.
  // After the seventh round: 87.5 · 90.6 · 9.8 · 81.3 %.
  it('unseen batch 4: kind ≥ 85 %, points found ≥ 88 %, unexpected points ≤ 11 %, area ≥ 80 %', () => {
    holds(figures('unseen4'), 0.85, 0.88, 0.11, 0.8);
  });

  // Written blind by another helper during the fifth round, merged after its rules were final and read once:
  // 85.0 · 87.1 · 9.0 · 83.6 %; after the sixth round: 85.0 · 87.1 · 10.3 · 82.0 %; after its follow-up: 85.0 · 87.1 ·
  // 9.0 · 83.6 %.
  // After the seventh round: 90.0 · 90.0 · 7.1 · 81.0 %.
  it('unseen batch 5: kind ≥ 87 %, points found ≥ 87 %, unexpected points ≤ 9 %, area ≥ 79 %', () => {
    holds(figures('unseen5'), 0.87, 0.87, 0.09, 0.79);
  });

  // Written blind by another helper during the sixth round, merged after its rules were final and read once:
  // 72.5 · 93.5 · 14.4 · 88.9 % (the fifth round's reader: 72.5 · 93.5 · 13.3 · 87.5 %); after the sixth round's
  // follow-up: 77.5 · 93.5 · 11.6 · 88.9 %.
  // After the seventh round: 77.5 · 93.5 · 13.3 · 88.9 %.
  it('unseen batch 6: kind ≥ 75 %, points found ≥ 91 %, unexpected points ≤ 15 %, area ≥ 86 %', () => {
    holds(figures('unseen6'), 0.75, 0.91, 0.15, 0.86);
  });

  // Written blind by another helper during the sixth round's follow-up, merged after its rules were final and read
  // once: 82.5 · 84.4 · 12.5 · 86.2 %.
  // After the seventh round: 90.0 · 84.4 · 10.3 · 86.2 %.
  it('unseen batch 7: kind ≥ 87 %, points found ≥ 82 %, unexpected points ≤ 12 %, area ≥ 84 %', () => {
    holds(figures('unseen7'), 0.87, 0.82, 0.12, 0.84);
  });

  // Written blind by another helper during the seventh round, merged after its rules were final and read once by both
  // readers: sixth round's 80.0 · 88.7 · 16.4 · 76.2 %, seventh round's 90.0 · 90.1 · 13.9 · 76.6 %.
  it('unseen batch 8: kind ≥ 87 %, points found ≥ 88 %, unexpected points ≤ 15 %, area ≥ 75 %', () => {
    holds(figures('unseen8'), 0.87, 0.88, 0.15, 0.75);
  });
});
