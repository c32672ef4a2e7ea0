// Learns the tone check's model (src/lib/feedback-email/tone/model.ts) from the dev set, and measures it honestly by
// cross-validation grouped by source: each file group (the annotator's dev files, the team's, each development batch)
// is read by a model trained without it. Training is deterministic (full-batch gradient descent from zero, no
// randomness), so the same cases always give the same weights.
import { sentenceKinds, type SentenceKind } from '#/lib/feedback-email/tone/kinds.ts';
import { modelKinds, type ToneModel } from '#/lib/feedback-email/tone/model.ts';
import { bodySentences, toneFeatures, useToneModel } from '#/lib/feedback-email/tone-check.ts';
import type { Linear } from '#/lib/text/linear-model.ts';
import {
  DEV_BATCHES,
  loadBatch,
  loadGroup,
  scoreEmails,
  scoreSentences,
  type EmailCase,
  type SentenceCase,
} from '../email-evaluation.ts';
import { trainLinear, type Example } from './linear-train.ts';

/** Shouting is read from the form of the text, by rule; the model learns the other kinds. */
export const LEARNED: readonly SentenceKind[] = sentenceKinds.filter((k) => k !== 'shouting');

export interface ToneTrainOptions {
  /** L2 penalty on the weights, and how many times larger it is on words and word pairs (`w:`, `first:`). */
  l2: number;
  wordL2: number;
  /** A feature must occur in at least this many training sentences to get a weight. */
  minCount: number;
  iterations: number;
  /** The log-odds at or above which the model flags a kind, and the log-odds of any problem at or above which it
   *  flags the likeliest kind. */
  threshold: number;
  anyThreshold: number;
  /** The log-odds at or above which the model finds a part of the email (a request for tips, future interest). */
  partThreshold: number;
  /** The log-odds at or below which the model overrules a kind the rules found (model.ts); undefined: never. */
  veto?: number;
  /** The log-odds of any problem below which a kind the model finds on its own is not flagged (model.ts); undefined:
   *  the kind's own log-odds decides. */
  gate?: number;
  /** Whether kinds are chosen, where there is a problem, by regressions learned from the flawed sentences alone
   *  (model.ts `which`). */
  which?: boolean;
  /** The margin within which the runner-up kind is flagged beside the likeliest (model.ts); undefined: never. */
  second?: number;
  /** Features whose first weight is smaller than this are left out, and the rest refitted (the model stays small). */
  prune: number;
  /** Leaves out features whose names match (to measure what a group of features brings). */
  drop?: RegExp;
}

export const TONE_DEFAULTS: ToneTrainOptions = {
  l2: 0.0003,
  wordL2: 2,
  minCount: 2,
  iterations: 500,
  threshold: 0.5,
  anyThreshold: 2.5,
  partThreshold: 0,
  veto: -4,
  gate: 0.5,
  which: true,
  second: 1.5,
  prune: 0.3,
};

/** The parts of an email the model also learns to recognise, so that a paraphrase is not told it is missing. */
export const LEARNED_PARTS = ['tips-request', 'future-interest'] as const;
export type LearnedPart = (typeof LEARNED_PARTS)[number];

/** One labelled sentence: its features and its kinds, and for a sentence of an email, the parts it has. */
export interface LabelledSentence {
  features: string[];
  kinds: Set<SentenceKind>;
  /**
   * Only the emails' sentences say which parts they have, and only weakly: in an email labelled as missing a part,
   * no sentence has it; in the others, the sentences where the rules find it do.
   */
  parts?: Set<LearnedPart>;
}

const overlaps = (a: string, b: string) => a.includes(b) || b.includes(a);

/** The labelled sentences of a group: its single sentences, and the body sentences of its emails. */
export function labelledSentences(sentences: SentenceCase[], emails: EmailCase[]): LabelledSentence[] {
  const out: LabelledSentence[] = sentences.map((c) => ({
    features: toneFeatures(c.text),
    kinds: new Set(c.kinds.filter((k): k is SentenceKind => (LEARNED as string[]).includes(k))),
  }));
  for (const e of emails) {
    const missing = new Set(e.flags.map((f) => f.kind));
    for (const s of bodySentences(e.text)) {
      const kinds = e.flags
        .filter((f) => f.sentence !== undefined && overlaps(s, f.sentence) && (LEARNED as string[]).includes(f.kind))
        .map((f) => f.kind as SentenceKind);
      const features = toneFeatures(s);
      const parts = LEARNED_PARTS.filter((p) => !missing.has(`missing-${p}`) && features.includes(`part:${p}`));
      out.push({ features, kinds: new Set(kinds), parts: new Set(parts) });
    }
  }
  return out;
}

/**
 * One regression: fitted on every feature, then refitted on the features whose weight reached `prune` (a small
 * model that ships to phones, fitted again so that what is left makes up for what was dropped).
 */
function trainOne(data: LabelledSentence[], label: (d: LabelledSentence) => boolean, o: ToneTrainOptions): Linear {
  const examples: Example[] = data.map((d) => ({ features: d.features, label: label(d) }));
  const full = trainLinear(examples, o);
  const kept = new Set(Object.keys(full.weights).filter((f) => Math.abs(full.weights[f]!) >= o.prune));
  const refit = trainLinear(
    examples.map((e) => ({ ...e, features: e.features.filter((f) => kept.has(f)) })),
    { ...o, minCount: 1 },
  );
  const round = (x: number) => Math.round(x * 10) / 10;
  const weights: Record<string, number> = {};
  for (const [f, x] of Object.entries(refit.weights)) if (round(x) !== 0) weights[f] = round(x);
  return { bias: round(refit.bias), weights };
}

export function trainTone(data: LabelledSentence[], o: ToneTrainOptions = TONE_DEFAULTS): ToneModel {
  const kinds: ToneModel['kinds'] = {};
  for (const kind of LEARNED)
    if (data.some((d) => d.kinds.has(kind))) kinds[kind] = trainOne(data, (d) => d.kinds.has(kind), o);
  const any = trainOne(data, (d) => d.kinds.size > 0, o);
  // Which kind, given a problem: learned from the flawed sentences alone.
  const flawed = data.filter((d) => d.kinds.size > 0);
  const which: ToneModel['kinds'] = {};
  if (o.which)
    for (const kind of LEARNED)
      if (flawed.some((d) => d.kinds.has(kind))) which[kind] = trainOne(flawed, (d) => d.kinds.has(kind), o);
  // The parts are learned without the rules' own finding of them (`part:` features), which is their label, and
  // without the shapes of a wrapped dig (`wrap:`), which say nothing about a request.
  const inEmails = data.filter((d) => d.parts);
  const parts: ToneModel['parts'] = {};
  for (const part of LEARNED_PARTS)
    parts[part] = trainOne(inEmails, (d) => d.parts!.has(part), { ...o, drop: /^(?:part|wrap):/ });
  const model: ToneModel = {
    any,
    kinds,
    parts,
    threshold: o.threshold,
    anyThreshold: o.anyThreshold,
    partThreshold: o.partThreshold,
  };
  if (o.veto !== undefined) model.veto = o.veto;
  if (o.gate !== undefined) model.gate = o.gate;
  if (o.which) model.which = which;
  if (o.second !== undefined) model.second = o.second;
  return model;
}

/** The dev set's groups, each as written: the annotator's files, the team's, and each development batch. */
export const GROUPS = ['dev', 'dev-team', ...DEV_BATCHES] as const;

export function loadGroups() {
  return GROUPS.map((name) => {
    const cases = name === 'dev' || name === 'dev-team' ? loadGroup(name) : loadBatch(name);
    return { name, ...cases, data: labelledSentences(cases.sentences, cases.emails) };
  });
}
export type Group = ReturnType<typeof loadGroups>[number];

export interface GroupFigures {
  name: string;
  flawed: number;
  flawedFlagged: number;
  clean: number;
  cleanUnflagged: number;
  /** Single sentences: how many, how many flawed, flawed ones flagged, clean ones with a flag. */
  sentences: number;
  sentencesFlawed: number;
  sentencesFlawedFlagged: number;
  sentencesCleanFlagged: number;
  /**
   * The model alone, without the rules, on every labelled sentence of the group (its single sentences and the body
   * sentences of its emails): flawed ones given a fitting kind, and clean ones given any kind.
   */
  modelFlawed: number;
  modelFitting: number;
  modelClean: number;
  modelCleanFlagged: number;
}

function figures(name: string, g: Group, model: ToneModel | null): GroupFigures {
  const e = scoreEmails(g.emails);
  const alone = { modelFlawed: 0, modelFitting: 0, modelClean: 0, modelCleanFlagged: 0 };
  if (model)
    for (const d of g.data) {
      const got = modelKinds(model, d.features);
      if (d.kinds.size === 0) {
        alone.modelClean++;
        if (got.length > 0) alone.modelCleanFlagged++;
      } else {
        alone.modelFlawed++;
        if (got.some((k) => d.kinds.has(k))) alone.modelFitting++;
      }
    }
  const s = scoreSentences(g.sentences);
  const flawedSentences = g.sentences.filter((c) => c.kinds.length > 0).length;
  return {
    name,
    flawed: e.flawed,
    flawedFlagged: Math.round(e.flawedFittingFlag * e.flawed),
    clean: e.clean,
    cleanUnflagged: Math.round(e.cleanNoFlag * e.clean),
    sentences: g.sentences.length,
    sentencesFlawed: flawedSentences,
    sentencesFlawedFlagged: Math.round(s.flawedFlagged * flawedSentences),
    sentencesCleanFlagged: Math.round((1 - s.cleanKeptClean) * (g.sentences.length - flawedSentences)),
    ...alone,
  };
}

/**
 * Reads each group with the rules and a model trained on every other group (or with `model` fixed, e.g. null for
 * the rules alone), and returns each group's figures. The shipped model is restored afterwards.
 */
export function crossValidateTone(
  groups: Group[],
  o: ToneTrainOptions = TONE_DEFAULTS,
  fixed?: ToneModel | null,
): GroupFigures[] {
  try {
    return groups.map((g) => {
      const model =
        fixed !== undefined
          ? fixed
          : trainTone(
              groups.filter((h) => h !== g).flatMap((h) => h.data),
              o,
            );
      useToneModel(model);
      return figures(g.name, g, model);
    });
  } finally {
    useToneModel();
  }
}

/** Sums group figures. */
export function pooled(name: string, each: GroupFigures[]): GroupFigures {
  const sum = (k: keyof Omit<GroupFigures, 'name'>) => each.reduce((n, f) => n + f[k], 0);
  return {
    name,
    flawed: sum('flawed'),
    flawedFlagged: sum('flawedFlagged'),
    clean: sum('clean'),
    cleanUnflagged: sum('cleanUnflagged'),
    sentences: sum('sentences'),
    sentencesFlawed: sum('sentencesFlawed'),
    sentencesFlawedFlagged: sum('sentencesFlawedFlagged'),
    sentencesCleanFlagged: sum('sentencesCleanFlagged'),
    modelFlawed: sum('modelFlawed'),
    modelFitting: sum('modelFitting'),
    modelClean: sum('modelClean'),
    modelCleanFlagged: sum('modelCleanFlagged'),
  };
}
