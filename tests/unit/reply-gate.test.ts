// The reply-level gate (src/lib/reply/gate.ts): whether a reply holds feedback at all. Its figures, its probability, how
// the reader uses it, its training and the choice of its threshold by leave-one-batch-out (scripts/lib/reply-gate.ts),
// and the shipped gate.json, which must be what `npm run reply:train` learns today.
import { describe, expect, it } from 'vitest';
import type { LabelledReply } from '#/lib/reply/evaluation.ts';
import { feedbackProbability, gateFeatures, type GateClause, type GateModel } from '#/lib/reply/gate.ts';
import gate from '#/lib/reply/gate.json' with { type: 'json' };
import type { ReplyModel } from '#/lib/reply/model.ts';
import { readReply, readUngated } from '#/lib/reply/read.ts';
import weights from '#/lib/reply/weights.json' with { type: 'json' };
import { loadReplies, TRAINED } from '../../scripts/lib/reply-cases.ts';
import {
  chooseThreshold,
  outOfBatch,
  shippedGate,
  THRESHOLDS,
  trainGate,
  type OutOfBatch,
} from '../../scripts/lib/reply-gate.ts';

const clause = (text: string, features: string[], p = 0): GateClause => ({ text, features, p });

const NOTICE = `Dear Sam,

Thank you for applying for the Warehouse Operative role at Northgate Logistics.

All applications were scored by the hiring team against the criteria in the job description. We regret to inform you that you will not be progressing to interview on this occasion.

We encourage you to read the job description carefully before applying for future vacancies and to make sure your application shows how you meet each requirement. Your profile will stay on our system for 12 months.

Northgate Logistics is an equal opportunity employer.

Kind regards,
Recruitment Team`;

const HINT = `Hi Sam,

Thanks for coming in to meet us for the Warehouse Operative role, it was great to meet you.

It was a close call and we have decided to go with another candidate. You asked for feedback: you do not currently hold a counterbalance forklift licence, which is essential for this site. If you can get one, do apply again, as the team liked you and we take on new operatives every spring and autumn.

Thanks again for your time, and for the tea you brought for the night shift. We hope to see you again.

All the best,
Jo`;

describe('the gate’s figures', () => {
  it('are shares between 0 and 1 of the kinds of clause in the whole reply and in its two likeliest clauses', () => {
    const f = gateFeatures({
      clauses: [
        clause('We will keep your details on file.', ['polite:future', 'fn:employerActs']),
        clause('you spent most of the interview on your last role', ['you', 'youFirst'], 0.9),
        clause('Our team reviewed every application.', ['fn:process'], 0.2),
      ],
      points: [{ anchored: false }],
      words: 40,
    });
    for (const x of Object.values(f)) expect(x).toBeGreaterThanOrEqual(0);
    for (const x of Object.values(f)) expect(x).toBeLessThanOrEqual(1);
    expect(f['all:future']).toBeCloseTo(1 / 3);
    expect(f['all:process']).toBeCloseTo(2 / 3);
    expect(f['all:performance']).toBeCloseTo(1 / 3);
    expect(f['top:performance']).toBe(0.5);
    expect(f['all:willFuture']).toBeCloseTo(1 / 3);
    expect(f['all:weSubject']).toBeCloseTo(2 / 3);
    expect(f.anchored).toBe(0);
  });

  it('tell the candidate’s own performance and lacks by the shape of the words', () => {
    const f = gateFeatures({
      clauses: [
        clause('Your answer on budgets was too vague.', [], 0.8),
        clause('you do not hold the licence, which is essential here.', [], 0.7),
      ],
      points: [{ anchored: true }],
      words: 20,
    });
    expect(f['all:performance']).toBe(0.5);
    expect(f['all:youNot']).toBe(1);
    expect(f['all:requirement']).toBe(0.5);
    expect(f.anchored).toBe(1);
  });

  it('are all zero but the length for a reply with no clauses', () => {
    const f = gateFeatures({ clauses: [], points: [], words: 0 });
    expect(Object.values(f).every((x) => x === 0)).toBe(true);
  });
});

describe('the gate in the reader', () => {
  const base = weights as ReplyModel;
  const closed: GateModel = { bias: -10, weights: {}, threshold: 0.5 };
  const open: GateModel = { bias: 10, weights: {}, threshold: 0.5 };

  it('weighs each figure by its weight, through the logistic function', () => {
    expect(feedbackProbability({ bias: 0, weights: {}, threshold: 0.5 }, { a: 1 })).toBe(0.5);
    expect(feedbackProbability({ bias: 0, weights: { a: 2 }, threshold: 0.5 }, { a: 0.5, b: 1 })).toBeCloseTo(
      1 / (1 + Math.exp(-1)),
    );
  });

  it('drops every point and reads a template when it says the reply holds no feedback; never adds a point', () => {
    const ungated = readUngated(HINT, base).reading;
    expect(ungated.points.length).toBeGreaterThan(0);
    const dropped = readReply(HINT, { ...base, gate: closed });
    expect(dropped.kind).toBe('template');
    expect(dropped.points).toEqual([]);
    expect(dropped.strengths).toEqual(ungated.strengths);
    expect(readReply(HINT, { ...base, gate: open })).toEqual(ungated);
    expect(readReply(HINT, base)).toEqual(ungated);
    expect(readReply(NOTICE, { ...base, gate: open }).kind).toBe(readUngated(NOTICE, base).reading.kind);
  });

  it('as shipped, reads a notice with advice-shaped boilerplate as a template and one buried hint as feedback', () => {
    expect(readReply(NOTICE).kind).toBe('template');
    expect(readReply(HINT).kind).toBe('general');
    expect(readReply(HINT).points[0]!.text).toContain('forklift licence');
  });
});

describe('the gate’s training', () => {
  const reply = (id: string, kind: LabelledReply['kind']): LabelledReply => ({
    id,
    text: id,
    kind,
    points: [],
    strengths: [],
  });
  const row = (id: string, batch: string, kind: LabelledReply['kind'], process: number): OutOfBatch => ({
    reply: reply(id, kind),
    batch,
    reading: { kind: 'general', points: [{ area: 'other', text: id }] },
    features: { 'all:process': process, 'all:youLack': 1 - process },
    words: 100,
  });
  const rows = [
    row('a', 'one', 'template', 0.9),
    row('b', 'one', 'general', 0.1),
    row('c', 'two', 'template', 0.8),
    row('d', 'two', 'specific', 0.2),
    row('e', 'three', 'template', 0.7),
    row('f', 'three', 'general', 0.3),
  ];

  it('learns which way each figure points, deterministically', () => {
    const g = trainGate(rows, { l2: 0.01, iterations: 300, threshold: 0.5 });
    expect(g.weights['all:process']!).toBeLessThan(0);
    expect(g.weights['all:youLack']!).toBeGreaterThan(0);
    expect(trainGate(rows, { l2: 0.01, iterations: 300, threshold: 0.5 })).toEqual(g);
  });

  it('chooses the threshold whose mean of the pooled and the newest batch’s figures, with its neighbours’, is best', () => {
    const { threshold, table } = chooseThreshold(rows, 'three', { l2: 0.01, iterations: 300, threshold: 0.5 });
    expect(table.map((t) => t.threshold)).toEqual(THRESHOLDS);
    const best = Math.max(...table.map((t) => t.smoothed));
    expect(table.find((t) => t.threshold === threshold)!.smoothed).toBe(best);
    expect(table[1]!.smoothed).toBeCloseTo((table[0]!.score + table[1]!.score + table[2]!.score) / 3);
  });

  // Eight clause models are trained: allow for a busy machine.
  it('shipped: gate.json is what `npm run reply:train` learns today', { timeout: 120_000 }, () => {
    const batches = outOfBatch(TRAINED.map((split) => [split, loadReplies(split)]));
    expect(shippedGate(batches, 'dev7')).toEqual(gate);
  });
});
