// The resume fit check's two small logistic models (verdict.ts, asking.ts) read a fixed list of numeric features in
// order: one weight per name, in that order.

export interface DenseModel {
  /** One weight per feature, in the order of the model's feature names. */
  weights: number[];
  bias: number;
}

/** P(yes) for a row of features read in the order of `names`. */
export function denseProbability<Name extends string>(
  names: readonly Name[],
  features: Record<Name, number>,
  model: DenseModel,
): number {
  let z = model.bias;
  names.forEach((name, k) => (z += (model.weights[k] ?? 0) * features[name]));
  return 1 / (1 + Math.exp(-z));
}
