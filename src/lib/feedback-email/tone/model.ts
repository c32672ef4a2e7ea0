// The learned part of the tone check: logistic regressions over the general features of features.ts, learned from
// the whole dev set by scripts/tone-train.ts (`npm run email:train`) and shipped in weights.json. One regression says
// whether a sentence has any problem at all (it learns from every flawed sentence, so it sees problems worded in
// ways no single kind has examples of); one per kind says which. The model only adds to the rules: in the body of an
// email, a kind the rules did not find is flagged when its own regression is confident, or when the sentence is
// confidently a problem and that kind is its likeliest. Both thresholds were calibrated by cross-validation grouped
// by source file, to keep false alarms on clean emails rare. Shouting is read from the form of the text, by rule
// only. Features the weights do not name count for nothing.
import type { Linear } from '#/lib/text/linear-model.ts';
import type { SentenceKind } from './kinds.ts';
import type { Part } from './rules.ts';

export interface ToneModel {
  /** The log-odds that a sentence has a problem of any kind. */
  any: Linear;
  /** One regression per kind: the log-odds that a sentence has that kind. */
  kinds: Partial<Record<SentenceKind, Linear>>;
  /**
   * One regression per kind learned from the flawed sentences alone: given that a sentence has a problem, the
   * log-odds that it is this one. Where the shared regression says there is a problem, these choose which (a kind's
   * own regression, learned against every clean sentence too, mostly says whether). Absent: the kinds' own choose.
   */
  which?: Partial<Record<SentenceKind, Linear>>;
  /** The log-odds that a sentence is a request for tips, or says they would like to be considered again. */
  parts: Partial<Record<Part, Linear>>;
  /** A part the rules did not find is found at or above this log-odds. */
  partThreshold: number;
  /** A kind is flagged at or above this log-odds of its own… */
  threshold: number;
  /** …and the likeliest kind is flagged when the log-odds of any problem is at or above this. */
  anyThreshold: number;
  /**
   * A kind the rules found is dropped when its own log-odds and the log-odds of any problem are both at or below
   * this: the model, having read many clean sentences with the same words, is confident the sentence is clean.
   * Absent: the rules' reading always stands.
   */
  veto?: number;
  /**
   * A kind the model finds on its own is flagged only when the log-odds of any problem is at or above this too: the
   * kind's regression says which problem, the shared one whether there is one. Absent: the kind's own log-odds decides.
   */
  gate?: number;
  /**
   * Where the shared regression says there is a problem, the runner-up kind (by the regressions that say which) is
   * flagged too when its log-odds is within this of the likeliest's: an indirect dig often sits between two
   * neighbouring kinds (blame or sarcasm, comparison or entitlement). Absent: the likeliest alone.
   */
  second?: number;
}

/**
 * The regressions side by side, for reading a sentence with one lookup per feature rather than one per feature and
 * regression: for each feature the weights give, its weight in every regression (0 where one lacks it). Sums are
 * taken in the same order as `logit`'s, so the scores are the same to the last bit.
 */
interface Bank {
  /** The biases, then a vector per feature, one entry per regression. */
  bias: Float64Array;
  byFeature: Map<string, Float64Array>;
}

interface Packed {
  kinds: SentenceKind[];
  parts: Part[];
  which: SentenceKind[];
  /** [any, ...kinds, ...parts], read for every sentence. */
  main: Bank;
  /** The regressions that say which kind, read only for a sentence that is confidently a problem. */
  choose: Bank;
}

function bank(all: Linear[]): Bank {
  const byFeature = new Map<string, Float64Array>();
  all.forEach((linear, r) => {
    for (const [feature, weight] of Object.entries(linear.weights)) {
      let vector = byFeature.get(feature);
      if (!vector) byFeature.set(feature, (vector = new Float64Array(all.length)));
      vector[r] = weight;
    }
  });
  return { bias: Float64Array.from(all, (l) => l.bias), byFeature };
}

const packedModels = new WeakMap<ToneModel, Packed>();

function packed(model: ToneModel): Packed {
  const known = packedModels.get(model);
  if (known) return known;
  const kinds = Object.keys(model.kinds) as SentenceKind[];
  const parts = Object.keys(model.parts) as Part[];
  const which = Object.keys(model.which ?? {}) as SentenceKind[];
  const main = bank([model.any, ...kinds.map((k) => model.kinds[k]!), ...parts.map((p) => model.parts[p]!)]);
  const choose = bank(which.map((k) => model.which![k]!));
  const made = { kinds, parts, which, main, choose };
  packedModels.set(model, made);
  return made;
}

/** Every regression's log-odds for a sentence, in the order of the bank. */
function scores(b: Bank, features: readonly string[]): Float64Array {
  const z = b.bias.slice();
  for (const f of features) {
    const vector = b.byFeature.get(f);
    if (vector) for (let r = 0; r < z.length; r++) z[r]! += vector[r]!;
  }
  return z;
}

/** The kinds, and the parts of the email, the model finds in a sentence: `modelKinds` and `modelParts` at once. */
export function modelRead(
  model: ToneModel,
  features: readonly string[],
): { kinds: SentenceKind[]; parts: Part[]; vetoed: (kind: SentenceKind) => boolean } {
  const p = packed(model);
  const z = scores(p.main, features);
  const kinds: SentenceKind[] = [];
  const gate = model.gate ?? -Infinity;
  p.kinds.forEach((kind, i) => {
    if (z[1 + i]! >= model.threshold && !(z[0]! < gate)) kinds.push(kind);
  });
  if (z[0]! >= model.anyThreshold) {
    // The sentence is confidently a problem: the likeliest kind, by the regressions that say which when there are.
    const zw = p.which.length ? scores(p.choose, features) : undefined;
    const ranked = zw
      ? p.which.map((kind, i) => [kind, zw[i]!] as const)
      : p.kinds.map((kind, i) => [kind, z[1 + i]!] as const);
    ranked.sort((a, b) => b[1] - a[1]);
    const [first, runner] = ranked;
    if (first && !kinds.includes(first[0])) kinds.push(first[0]);
    const close = model.second !== undefined && first && runner && runner[1] >= first[1] - model.second;
    if (close && !kinds.includes(runner[0])) kinds.push(runner[0]);
  }
  const parts = p.parts.filter((_, i) => z[1 + p.kinds.length + i]! >= model.partThreshold);
  const veto = model.veto;
  const vetoed = (kind: SentenceKind) => {
    const i = p.kinds.indexOf(kind);
    return veto !== undefined && i >= 0 && z[0]! <= veto && z[1 + i]! <= veto;
  };
  return { kinds, parts, vetoed };
}

/** The kinds the model is confident a sentence has. */
export const modelKinds = (model: ToneModel, features: readonly string[]): SentenceKind[] =>
  modelRead(model, features).kinds;

/** The parts of the email the model finds in a sentence (read without the rules' own finding of parts). */
export const modelParts = (model: ToneModel, features: readonly string[]): Part[] => modelRead(model, features).parts;
