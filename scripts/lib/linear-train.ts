// Fits a named-feature logistic model (src/lib/text/linear-model.ts): the trainer the reply reader and the tone check
// share. Deterministic (no randomness), so the same examples always give the same weights.
import type { Linear } from '#/lib/text/linear-model.ts';

export interface Example {
  features: string[];
  label: boolean;
}

export interface LinearTrainOptions {
  /** L2 penalty on the weights. */
  l2: number;
  /** Words (`w:`, `first:`) are many and each is seen rarely: their penalty is this many times larger. */
  wordL2: number;
  /** A feature must occur in at least this many training examples to get a weight. */
  minCount: number;
  iterations: number;
  /** Leaves out features whose names match (to measure what a group of features brings). */
  drop?: RegExp;
}

/** L2-regularised logistic regression by full-batch gradient descent with Adam steps. */
export function trainLinear(examples: Example[], options: LinearTrainOptions): Linear {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([f, n]) => n >= options.minCount && !options.drop?.test(f)).map(([f]) => f);
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) => [...new Set(e.features)].map((f) => index.get(f)).filter((i) => i !== undefined));
  const n = names.length;
  const w = new Float64Array(n + 1); // last: bias
  const m = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const rate = 0.05;
  const penalty = names.map((f) => (/^(?:w|first):/.test(f) ? options.l2 * options.wordL2 : options.l2));
  for (let t = 1; t <= options.iterations; t++) {
    const grad = new Float64Array(n + 1);
    rows.forEach((row, k) => {
      let z = w[n]!;
      for (const i of row) z += w[i]!;
      const err = 1 / (1 + Math.exp(-z)) - (examples[k]!.label ? 1 : 0);
      for (const i of row) grad[i]! += err;
      grad[n]! += err;
    });
    for (let i = 0; i <= n; i++) {
      const g = grad[i]! / rows.length + (i < n ? penalty[i]! * w[i]! : 0);
      m[i] = 0.9 * m[i]! + 0.1 * g;
      v[i] = 0.999 * v[i]! + 0.001 * g * g;
      const mHat = m[i]! / (1 - 0.9 ** t);
      const vHat = v[i]! / (1 - 0.999 ** t);
      w[i]! -= (rate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const weights: Record<string, number> = {};
  names
    .map((f, i) => [f, round(w[i]!)] as const)
    .filter(([, x]) => Math.abs(x) >= 0.01)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .forEach(([f, x]) => (weights[f] = x));
  return { bias: round(w[n]!), weights };
}
