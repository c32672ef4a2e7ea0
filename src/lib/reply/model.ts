// The learned part of the reader: a logistic regression over the named features of features.ts that says whether a
// clause holds advice. Its weights are learned from the labelled replies by scripts/reply-train.ts and shipped in
// weights.json.
import type { Linear } from '#/lib/text/linear-model.ts';
import type { GateModel } from './gate.ts';

export interface ReplyModel {
  /** P(the clause holds advice). */
  advice: Linear;
  /** A clause is advice at or above this probability. */
  threshold: number;
  /** The reply-level gate (gate.ts): whether the reply holds feedback at all. Without it, every point read stays. */
  gate?: GateModel;
}
