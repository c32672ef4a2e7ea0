// The learned part of the reader: logistic regressions over the named features of features.ts. One says whether a
// clause holds advice; one per area says which area a point is about. Weights are learned from the labelled replies
// by scripts/reply-train.ts and shipped in weights.json; features the weights do not name count for nothing.
import { areas, type Area } from './types.ts';

export interface Linear {
  bias: number;
  weights: Record<string, number>;
}

export interface ReplyModel {
  /** P(the clause holds advice). */
  advice: Linear;
  /** A clause is advice at or above this probability. */
  threshold: number;
  /** P(specific) of a reply with points, from what its points name (features.ts `anchorFeatures`, pooled). */
  kind: Linear;
  /** One score per area (one against the rest): the highest wins. */
  area: Record<Area, Linear>;
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

/** The area whose score is highest. */
export function bestArea(models: Record<Area, Linear>, features: readonly string[]): Area {
  let best: Area = 'other';
  let bestScore = -Infinity;
  for (const area of areas) {
    const z = logit(models[area], features);
    if (z > bestScore) [best, bestScore] = [area, z];
  }
  return best;
}
