// The learned part of the reader: a logistic regression over the named features of features.ts that says whether a
// clause holds advice. Its weights are learned from the labelled replies by scripts/reply-train.ts and shipped in
// weights.json; features the weights do not name count for nothing.

export interface Linear {
  bias: number;
  weights: Record<string, number>;
}

export interface ReplyModel {
  /** P(the clause holds advice). */
  advice: Linear;
  /** A clause is advice at or above this probability. */
  threshold: number;
}

export function logit(model: Linear, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return z;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function probability(model: Linear, features: readonly string[]): number {
  return sigmoid(logit(model, features));
}
