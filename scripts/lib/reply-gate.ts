// Learns the reply-level gate (src/lib/reply/gate.ts) and measures it by batch: each development batch stands for a
// writer the reader has not met, so every figure here is leave-one-batch-out. A reply's gate figures come from a clause
// model trained without its batch, as the shipped clause model will be on a new writer's replies; the gate itself is
// then learned from the other batches' replies and read on the held one. Deterministic, like reply-train.ts.
import { evaluate, type Figures, type LabelledReply } from '#/lib/reply/evaluation.ts';
import { feedbackProbability, GATE_MIN_WORDS, gateFeatures, type GateModel } from '#/lib/reply/gate.ts';
import { readUngated, toOutside } from '#/lib/reply/read.ts';
import type { OutsideReading } from '#/lib/reply/types.ts';
import { crossValidate, DEFAULTS, train, type TrainOptions } from './reply-train.ts';

export interface GateOptions {
  /** Leaves out figures whose names match (to measure what a group brings). */
  drop?: RegExp;
  /** L2 penalty on the standardised weights. */
  l2: number;
  iterations: number;
  /** Below this P(feedback) a reply with points is read as a template. */
  threshold: number;
}

export const GATE_DEFAULTS: GateOptions = { l2: 0.05, iterations: 600, threshold: 0.7 };

/** One labelled reply read by a clause model that never saw its batch, before the gate. */
export interface OutOfBatch {
  reply: LabelledReply;
  batch: string;
  reading: OutsideReading;
  features: Record<string, number>;
  words: number;
}

/** Reads each batch with a clause model trained on the other batches. */
export function outOfBatch(batches: [string, LabelledReply[]][], options: TrainOptions = DEFAULTS): OutOfBatch[] {
  return batches.flatMap(([batch, cases]) => {
    const model = train(
      batches.filter(([b]) => b !== batch).flatMap(([, c]) => c),
      options,
    );
    return cases.map((reply) => {
      const { reading, gate } = readUngated(reply.text, model);
      return { reply, batch, reading: toOutside(reading), features: gateFeatures(gate), words: gate.words };
    });
  });
}

/** L2-regularised logistic regression on standardised figures by full-batch gradient descent (Adam steps); the
 *  weights are returned on the figures' own scale. It learns from every reply, template against feedback, not only
 *  from those where the reader found points: on the batches the rules were tuned on, hardly any template has a point
 *  left, and the gate must learn what a template looks like. */
export function trainGate(examples: OutOfBatch[], options: GateOptions = GATE_DEFAULTS): GateModel {
  const names = Object.keys(examples[0]?.features ?? {})
    .filter((f) => !options.drop?.test(f))
    .sort();
  const n = names.length;
  const mean = names.map((f) => examples.reduce((s, e) => s + e.features[f]!, 0) / examples.length);
  const sd = names.map((f, i) => {
    const v = examples.reduce((s, e) => s + (e.features[f]! - mean[i]!) ** 2, 0) / examples.length;
    return Math.sqrt(v) || 1;
  });
  const xs = examples.map((e) => names.map((f, i) => (e.features[f]! - mean[i]!) / sd[i]!));
  const ys = examples.map((e) => (e.reply.kind === 'template' ? 0 : 1));
  const w = new Float64Array(n + 1);
  const m = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  for (let t = 1; t <= options.iterations; t++) {
    const grad = new Float64Array(n + 1);
    xs.forEach((x, k) => {
      let z = w[n]!;
      for (let i = 0; i < n; i++) z += w[i]! * x[i]!;
      const err = 1 / (1 + Math.exp(-z)) - ys[k]!;
      for (let i = 0; i < n; i++) grad[i]! += err * x[i]!;
      grad[n]! += err;
    });
    for (let i = 0; i <= n; i++) {
      const g = grad[i]! / xs.length + (i < n ? options.l2 * w[i]! : 0);
      m[i] = 0.9 * m[i]! + 0.1 * g;
      v[i] = 0.999 * v[i]! + 0.001 * g * g;
      w[i]! -= (0.05 * (m[i]! / (1 - 0.9 ** t))) / (Math.sqrt(v[i]! / (1 - 0.999 ** t)) + 1e-8);
    }
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const weights: Record<string, number> = {};
  let bias = w[n]!;
  names.forEach((f, i) => {
    const raw = w[i]! / sd[i]!;
    bias -= raw * mean[i]!;
    if (Math.abs(raw) >= 0.001) weights[f] = round(raw);
  });
  return { bias: round(bias), weights, threshold: options.threshold };
}

/** A reading after the gate. */
function gated(row: OutOfBatch, gate: GateModel): OutsideReading {
  if (
    row.reading.points.length === 0 ||
    row.words < GATE_MIN_WORDS ||
    feedbackProbability(gate, row.features) >= gate.threshold
  )
    return row.reading;
  return { kind: 'template', points: [] };
}

/** Leave-one-batch-out: each batch read by clause models and a gate that never saw it, at each threshold. */
export function leaveOneBatchOut(
  rows: OutOfBatch[],
  thresholds: number[],
  options: GateOptions = GATE_DEFAULTS,
): { threshold: number; figures: Figures; readings: Map<string, OutsideReading> }[] {
  const gates = new Map(
    [...new Set(rows.map((r) => r.batch))].map((b) => [
      b,
      trainGate(
        rows.filter((r) => r.batch !== b),
        options,
      ),
    ]),
  );
  return thresholds.map((threshold) => {
    const readings = new Map(rows.map((r) => [r.reply.text, gated(r, { ...gates.get(r.batch)!, threshold })]));
    const figures = evaluate(
      rows.map((r) => r.reply),
      (text) => readings.get(text)!,
    );
    return { threshold, figures, readings };
  });
}

/** The same replies without the gate: the reader's leave-one-batch-out figure before this round. */
export function ungatedFigures(rows: OutOfBatch[]): Figures {
  const readings = new Map(rows.map((r) => [r.reply.text, r.reading]));
  return evaluate(
    rows.map((r) => r.reply),
    (text) => readings.get(text)!,
  );
}

/** How a set of figures is weighed when the threshold is chosen: kind accuracy and points found, less the share of
 *  reported points that are not advice (each in points of a percent). */
export const weigh = (f: Figures) => (f.kindAccuracy + f.pointRecall - f.falseShare) * 100;

export const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];

/**
 * The threshold, chosen by leave-one-batch-out: the mean of `weigh` over all batches pooled and over the newest batch
 * alone. The older batches' boilerplate is in the rules' vocabularies (they were tuned on it), so there the reader
 * hardly ever takes a template for feedback and the pooled figure mostly counts what the gate costs (feedback replies
 * dropped); the newest batch was written before any rule saw it, like an unseen writer's, so it counts what the gate
 * gains. Each threshold is judged with its neighbours (the mean over it and the thresholds either side), so that a
 * single reply crossing over does not decide (so the first and last listed are never chosen); ties go to the lower threshold (fewer replies dropped).
 */
export function chooseThreshold(rows: OutOfBatch[], newest: string, options: GateOptions = GATE_DEFAULTS) {
  const held = new Set(rows.filter((r) => r.batch === newest).map((r) => r.reply.id));
  const table = leaveOneBatchOut(rows, THRESHOLDS, options).map(({ threshold, figures, readings }) => {
    const newestFigures = evaluate(
      rows.filter((r) => held.has(r.reply.id)).map((r) => r.reply),
      (text) => readings.get(text)!,
    );
    return { threshold, figures, newest: newestFigures, score: (weigh(figures) + weigh(newestFigures)) / 2 };
  });
  const smoothed = table.map((row, i) => {
    const near = table.slice(Math.max(0, i - 1), i + 2);
    return { ...row, smoothed: near.reduce((s, r) => s + r.score, 0) / near.length };
  });
  // Only a threshold with a neighbour on each side can be chosen: at the ends of the list the mean is of two.
  const best = smoothed.slice(1, -1).reduce((a, b) => (b.smoothed > a.smoothed + 1e-9 ? b : a));
  return { threshold: best.threshold, table: smoothed };
}

/** The gate to ship: learned from every batch's replies as read out of batch, at the threshold chosen above. */
export function shippedGate(rows: OutOfBatch[], newest: string, options: GateOptions = GATE_DEFAULTS): GateModel {
  return trainGate(rows, { ...options, threshold: chooseThreshold(rows, newest, options).threshold });
}

/** 10-fold cross-validation of the whole reader: in each fold the clause model and the gate (at `threshold`) are
 *  learned without the held replies. The gate's figures for the other replies come from `outOfBatch`, whose clause
 *  models saw the held fold: a small leak, and the leave-one-batch-out figure has none. */
export function gatedCrossValidate(rows: OutOfBatch[], threshold: number, options: GateOptions = GATE_DEFAULTS) {
  return crossValidate(
    rows.map((r) => r.reply),
    10,
    DEFAULTS,
    (training) =>
      trainGate(
        rows.filter((r) => training.has(r.reply.id)),
        { ...options, threshold },
      ),
  );
}
