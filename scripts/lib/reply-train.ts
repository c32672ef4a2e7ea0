// Learns the reply reader's model (src/lib/reply/model.ts) from labelled replies, and measures it honestly by
// cross-validation: each reply is read by a model that never saw it. Training is deterministic (no randomness), so
// the same replies always give the same weights.
import { evaluate, locate, type Figures, type LabelledReply } from '#/lib/reply/evaluation.ts';
import type { GateModel } from '#/lib/reply/gate.ts';
import type { ReplyModel } from '#/lib/reply/model.ts';
import { evaluates, readClauses, readReply, toOutside } from '#/lib/reply/read.ts';
import type { OutsideReading } from '#/lib/reply/types.ts';
import { trainLinear, type Example, type LinearTrainOptions } from './linear-train.ts';

export interface TrainOptions extends LinearTrainOptions {
  /** P(advice) at or above which a clause is advice. Until the sixth round it was chosen for precision (0.70, the
   *  best F0.5 of points over cross-validation and the newest hand's batch: a false point costs more than a missed
   *  one). Since the seventh, the reply-level gate (gate.ts) drops the points of a reply that holds no feedback, where
   *  most false points were, and the threshold is chosen with the gate behind it by leave-one-batch-out, like the
   *  gate's own (`npm run reply:train -- --clause-thresholds`, README): 0.55. */
  threshold: number;
}

export const DEFAULTS: TrainOptions = {
  l2: 0.005,
  wordL2: 3,
  minCount: 3,
  threshold: 0.55,
  iterations: 400,
  drop: /^(?:w|first):/,
};

/** A clause holds advice when at least half of its characters lie inside a labelled point. */
export function adviceExamples(cases: LabelledReply[]): Example[] {
  const out: Example[] = [];
  for (const c of cases) {
    const spans = c.points.map((p) => locate(c.text, p.text)!);
    for (const s of readClauses(c.text))
      for (const clause of s.clauses) {
        // The model is never asked about clauses the guide rules out, or that neither judge nor direct, so it does not
        // learn from them either.
        if (clause.ruledOut || !evaluates(clause.features)) continue;
        const { start, end } = clause.span;
        let inside = 0;
        for (let i = start; i < end; i++) if (spans.some(([a, b]) => i >= a && i < b)) inside++;
        out.push({ features: clause.features, label: inside * 2 >= end - start });
      }
  }
  return out;
}

export function train(cases: LabelledReply[], options: TrainOptions = DEFAULTS): ReplyModel {
  return { advice: trainLinear(adviceExamples(cases), options), threshold: options.threshold };
}

/** Which fold a reply falls in: by a hash of its id, so folds do not depend on the order of the files. */
export function foldOf(id: string, folds: number): number {
  let h = 2166136261;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h % folds;
}

/** Reads every reply with a model trained on the other folds, and scores the readings together. `gate`, when given,
 *  learns the reply-level gate from the training folds (the ids of their replies). */
export function crossValidate(
  cases: LabelledReply[],
  folds = 10,
  options: TrainOptions = DEFAULTS,
  gate?: (training: Set<string>) => GateModel,
): Figures {
  const readings = new Map<string, OutsideReading>();
  for (let k = 0; k < folds; k++) {
    const held = cases.filter((c) => foldOf(c.id, folds) === k);
    const training = cases.filter((c) => foldOf(c.id, folds) !== k);
    const model: ReplyModel = { ...train(training, options), gate: gate?.(new Set(training.map((c) => c.id))) };
    for (const c of held) readings.set(c.text, toOutside(readReply(c.text, model)));
  }
  return evaluate(cases, (text) => readings.get(text)!);
}

/**
 * The extra cases came in batches (x, y, z, t, p, q: the first word of their ids), each scored by the first rules
 * before they were tuned on it. Each batch is read by a model trained on `base` and the batches before it; the
 * readings are scored together, and batch by batch.
 */
export function forwardChain(base: LabelledReply[], batched: LabelledReply[], options = DEFAULTS) {
  const batchOf = (c: LabelledReply) => c.id.split('-')[0]!;
  const batches = [...new Set(batched.map(batchOf))];
  const readings = new Map<string, OutsideReading>();
  const each = batches.map((b, k) => {
    const before = batched.filter((c) => batches.indexOf(batchOf(c)) < k);
    const model = train([...base, ...before], options);
    const batch = batched.filter((c) => batchOf(c) === b);
    for (const c of batch) readings.set(c.text, toOutside(readReply(c.text, model)));
    return { batch: b, figures: evaluate(batch, (text) => readings.get(text)!) };
  });
  return { pooled: evaluate(batched, (text) => readings.get(text)!), each };
}

/** Trains on one set and reads another. */
export function trainAndTest(trainOn: LabelledReply[], testOn: LabelledReply[], options = DEFAULTS): Figures {
  const model = train(trainOn, options);
  return evaluate(testOn, (text) => toOutside(readReply(text, model)));
}
