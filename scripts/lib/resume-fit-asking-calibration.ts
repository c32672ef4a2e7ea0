// Fits the resume fit check's asking model (src/lib/resume-fit/asking.ts) on the development pairs: which items the
// structure rules read a careful reader lists. Each item is an example (listed: paired with one of the reader's
// labels by the scorer). The threshold is chosen on leave-one-pair-out probabilities, where extraction F1 (precision
// and recall of the items, every item counted) is best: a figure measured on the items the model was not fit on.
import { readCandidates } from '#/lib/resume-fit/extract.ts';
import { ASKING_FEATURES, listedProbability, type AskingFeatures, type AskingModel } from '#/lib/resume-fit/asking.ts';
import { fitDense } from './logistic-fit.ts';
import { pairLabels, type EvaluationCase } from './resume-fit-evaluation.ts';

export interface AskingExample {
  pair: string;
  /** Facts of the item; undefined for items always kept (years). */
  features?: AskingFeatures;
  listed: boolean;
}

export function askingExamples(cases: EvaluationCase[]): { examples: AskingExample[]; labels: number } {
  const examples: AskingExample[] = [];
  let labels = 0;
  for (const c of cases) {
    const { candidates } = readCandidates(c.job);
    const paired = new Set(
      pairLabels(
        c.expected,
        candidates.map((x) => x.qualification),
      ).values(),
    );
    labels += c.expected.length;
    candidates.forEach((x, i) =>
      examples.push({ pair: c.id, ...(x.features ? { features: x.features } : {}), listed: paired.has(i) }),
    );
  }
  return { examples, labels };
}

const vector = (f: AskingFeatures) => ASKING_FEATURES.map((name) => f[name]);

/** A plain logistic regression (each item is one row of one option). */
export function fitAsking(train: AskingExample[], l2 = 0.001, iterations = 3000): Omit<AskingModel, 'threshold'> {
  const rows = train.filter((x) => x.features).map((x) => ({ options: [vector(x.features!)], y: x.listed }));
  return fitDense(rows, ASKING_FEATURES.length, l2, iterations);
}

export interface AskingPoint {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Extraction precision, recall and F1 when items below `threshold` are dropped (pairings as before dropping). */
export function askingAt(scored: { example: AskingExample; p?: number }[], labels: number, threshold: number) {
  let tp = 0;
  let fp = 0;
  for (const { example, p } of scored) {
    if (p !== undefined && p < threshold) continue;
    if (example.listed) tp++;
    else fp++;
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const precision = tp / (tp + fp || 1);
  const recall = tp / (labels || 1);
  return {
    threshold,
    precision: round(precision),
    recall: round(recall),
    f1: round((2 * precision * recall) / (precision + recall || 1)),
  };
}

/** The model fit on all the pairs, its threshold where held-out (leave one pair out) F1 is best. */
export function calibrateAsking(cases: EvaluationCase[]) {
  const { examples, labels } = askingExamples(cases);
  const pairs = [...new Set(examples.map((x) => x.pair))];
  const scored = pairs.flatMap((pair) => {
    const model = { ...fitAsking(examples.filter((x) => x.pair !== pair)), threshold: 0 };
    return examples
      .filter((x) => x.pair === pair)
      .map((example) => ({ example, p: example.features ? listedProbability(example.features, model) : undefined }));
  });
  const keepAll = askingAt(scored, labels, 0);
  let best = keepAll;
  for (let t = 0.05; t <= 0.6; t += 0.01) {
    const point = askingAt(scored, labels, Math.round(t * 100) / 100);
    if (point.f1 > best.f1) best = point;
  }
  const model: AskingModel = { ...fitAsking(examples), threshold: best.threshold };
  return { model, heldOut: best, keepAll, items: examples.length, labels, scored, examples };
}
