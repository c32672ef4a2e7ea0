// Fits the resume fit check's dense logistic models (src/lib/resume-fit/logistic.ts): L2-regularised logistic
// regression by full-batch gradient descent, deterministic. A row may have several options (an item the resume may
// show in several ways): its probability is its best option's, and the gradient goes to that option (multiple-instance
// learning); a row of one option is plain logistic regression.
import type { DenseModel } from '#/lib/resume-fit/logistic.ts';

export interface Row {
  options: number[][];
  y: boolean;
}

export function fitDense(rows: Row[], size: number, l2: number, iterations: number): DenseModel {
  const w = new Array<number>(size).fill(0);
  let b = 0;
  const rate = 0.5;
  for (let t = 0; t < iterations; t++) {
    const grad = new Array<number>(size).fill(0);
    let gb = 0;
    for (const { options, y } of rows) {
      let top = options[0]!;
      let z = -Infinity;
      for (const x of options) {
        const zx = b + x.reduce((s, v, k) => s + v * w[k]!, 0);
        if (zx > z) [z, top] = [zx, x];
      }
      const err = 1 / (1 + Math.exp(-z)) - Number(y);
      top.forEach((v, k) => (grad[k]! += err * v));
      gb += err;
    }
    for (let k = 0; k < size; k++) w[k]! -= rate * (grad[k]! / rows.length + l2 * w[k]!);
    b -= (rate * gb) / rows.length;
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { weights: w.map(round), bias: round(b) };
}

/** The TypeScript source of a generated weights file (asking-weights.ts, verdict-weights.ts): one weight per line,
 *  named by its feature, so a refit reads as a diff. */
export function denseModelSource(
  model: DenseModel & { threshold: number },
  features: readonly string[],
  names: { constant: string; type: string; module: string },
): string {
  const weights = features.map((f, k) => `    ${model.weights[k]}, // ${f}`).join('\n');
  return `// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { ${names.type} } from './${names.module}';

export const ${names.constant}: ${names.type} = {
  weights: [
${weights}
  ],
  bias: ${model.bias},
  threshold: ${model.threshold},
};
`;
}
