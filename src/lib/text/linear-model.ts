// A logistic regression over named features, as the learned parts of the reply reader and the tone check use it:
// a weight per feature name, and features the weights do not name count for nothing.

export interface Linear {
  bias: number;
  weights: Record<string, number>;
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
