// Measures the tone check on the labelled set in tests/fixtures/tone-check (see its GUIDE.md): per-sentence
// precision and recall for each kind, and, for whole emails, the share of flawed emails flagged with a fitting
// kind and the share of clean emails with no flag at all. Used by `npm run email:eval` and by the unit test that
// holds these figures to their thresholds. Only figures come out: the misses of the unseen split stay unread.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTone, flagKinds, type FlagKind } from '#/lib/feedback-email/tone-check.ts';

export const FIXTURES = join(import.meta.dirname, '../tests/fixtures/tone-check');

export type Split = 'dev' | 'unseen' | 'unseen2' | 'unseen3' | 'unseen4' | 'unseen5' | 'unseen6' | 'unseen7';

/**
 * The later unseen splits are whole emails by other hands, each written blind before a round of rules and merged
 * only after that round was finished (`emails.<split>.json`, with `sentences.<split>.json` if it has any):
 * `unseen2` (50 emails) before round 2, `unseen3` (60 emails) before round 3's figures were taken, `unseen4` (60
 * emails) before round 4's, `unseen5` (60 emails) during round 5, `unseen6` (60 emails) during round 6, `unseen7` (60 emails) during round 7. Measured, never
 * read.
 */
export const SPLITS: readonly Split[] = [
  'dev',
  'unseen',
  'unseen2',
  'unseen3',
  'unseen4',
  'unseen5',
  'unseen6',
  'unseen7',
];

/** The annotator's dev and unseen files are always there; a later unseen split counts once its file is merged. */
const laterUnseen = (split: Split) => split !== 'dev' && split !== 'unseen';
const hasFile = (file: string) => existsSync(join(FIXTURES, file));

/** The splits whose files are present (a branch without a later unseen batch measures the others). */
export const presentSplits = (): Split[] => SPLITS.filter((s) => !laterUnseen(s) || hasFile(`emails.${s}.json`));

/**
 * The team's second-round development batches (`*.dev-<batch>.json`), in the order they were written. Each was
 * scored on first read, before any rule changed for it (`npm run -s email:eval -- --batch r2a`); the figures are in
 * the README. After that read they are part of the dev split.
 */
export const DEV_BATCHES = [
  'r2a',
  'r2b',
  'r2c',
  'r3a',
  'r3b',
  'r3c',
  'r3d',
  'r3e',
  'r3f',
  'r3g',
  'r3h',
  'r3i',
  'r3j',
  'r4a',
  'r4b',
  'r4c',
  'r4d',
  'r5a',
  'r5b',
  'r6a',
  'r7a',
] as const;
export type Batch = (typeof DEV_BATCHES)[number];

export interface SentenceCase {
  text: string;
  kinds: FlagKind[];
}
export interface EmailCase {
  id: string;
  text: string;
  flags: { kind: FlagKind; sentence?: string }[];
}

const read = <T>(file: string): T => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as T;

/** The labelled cases of a split. The dev split has the annotator's files and the team's own additions. */
export function loadSplit(split: Split): { sentences: SentenceCase[]; emails: EmailCase[] } {
  if (split === 'unseen') {
    return { sentences: read('sentences.unseen.json'), emails: read('emails.unseen.json') };
  }
  if (laterUnseen(split)) {
    const sentences = hasFile(`sentences.${split}.json`) ? read<SentenceCase[]>(`sentences.${split}.json`) : [];
    return { sentences, emails: read(`emails.${split}.json`) };
  }
  const parts = ['dev', 'dev-team', ...DEV_BATCHES.map((b) => `dev-${b}`)];
  return {
    sentences: parts.flatMap((p) => read<SentenceCase[]>(`sentences.${p}.json`)),
    emails: parts.flatMap((p) => read<EmailCase[]>(`emails.${p}.json`)),
  };
}

/** The annotator's dev files (`dev`) or the team's own additions (`dev-team`) alone. */
export function loadGroup(group: 'dev' | 'dev-team'): { sentences: SentenceCase[]; emails: EmailCase[] } {
  return { sentences: read(`sentences.${group}.json`), emails: read(`emails.${group}.json`) };
}

/** One of the team's development batches alone. */
export function loadBatch(batch: Batch): { sentences: SentenceCase[]; emails: EmailCase[] } {
  return { sentences: read(`sentences.dev-${batch}.json`), emails: read(`emails.dev-${batch}.json`) };
}

export interface KindScore {
  kind: FlagKind;
  /** Labelled cases of this kind, and how many the check found (true positives) or added wrongly. */
  labelled: number;
  found: number;
  falseAlarms: number;
  precision: number;
  recall: number;
}

export interface SentenceScore {
  cases: number;
  perKind: KindScore[];
  /** Share of labelled-clean sentences with no flag, and of flawed sentences with at least one. */
  cleanKeptClean: number;
  flawedFlagged: number;
  /** Share of sentences whose set of kinds is exactly the labelled one. */
  exact: number;
}

export interface EmailScore {
  flawed: number;
  clean: number;
  /** Share of flawed emails with at least one flag whose kind is among the labelled ones. */
  flawedFittingFlag: number;
  /** Share of clean emails with no flag at all. */
  cleanNoFlag: number;
  perKind: KindScore[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function score(kind: FlagKind, tp: number, fp: number, fn: number): KindScore {
  return {
    kind,
    labelled: tp + fn,
    found: tp,
    falseAlarms: fp,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
  };
}

/** The kinds the check gives one sentence, on its own. */
export const kindsOfSentence = (text: string): FlagKind[] => [
  ...new Set(
    checkTone(text)
      .flags.filter((f) => f.sentence !== null)
      .map((f) => f.kind),
  ),
];

export function scoreSentences(cases: SentenceCase[]): SentenceScore {
  const counts = new Map<FlagKind, { tp: number; fp: number; fn: number }>();
  for (const k of flagKinds) counts.set(k, { tp: 0, fp: 0, fn: 0 });
  let clean = 0;
  let cleanOk = 0;
  let flawedOk = 0;
  let exact = 0;
  for (const c of cases) {
    const got = new Set(kindsOfSentence(c.text));
    const want = new Set(c.kinds);
    for (const k of flagKinds) {
      const n = counts.get(k)!;
      if (got.has(k) && want.has(k)) n.tp++;
      else if (got.has(k)) n.fp++;
      else if (want.has(k)) n.fn++;
    }
    if (want.size === 0) {
      clean++;
      if (got.size === 0) cleanOk++;
    } else if (got.size > 0) flawedOk++;
    if (got.size === want.size && [...want].every((k) => got.has(k))) exact++;
  }
  const perKind = [...counts]
    .map(([k, n]) => score(k, n.tp, n.fp, n.fn))
    .filter((s) => s.labelled > 0 || s.falseAlarms > 0);
  return {
    cases: cases.length,
    perKind,
    cleanKeptClean: ratio(cleanOk, clean),
    flawedFlagged: ratio(flawedOk, cases.length - clean),
    exact: ratio(exact, cases.length),
  };
}

/** Sentence flags match when the sentences overlap (a run-on phone-typed line is judged leniently). */
const sameSentence = (a: string, b: string) => a.includes(b) || b.includes(a);

export interface EmailResult {
  flags: { kind: FlagKind; sentence?: string }[];
}

/** What `email:check` prints for one email. */
export function checkEmail(text: string): EmailResult {
  return {
    flags: checkTone(text).flags.map((f) =>
      f.sentence === null ? { kind: f.kind } : { kind: f.kind, sentence: f.sentence },
    ),
  };
}

export function scoreEmails(cases: EmailCase[]): EmailScore {
  const counts = new Map<FlagKind, { tp: number; fp: number; fn: number }>();
  for (const k of flagKinds) counts.set(k, { tp: 0, fp: 0, fn: 0 });
  let flawed = 0;
  let flawedOk = 0;
  let clean = 0;
  let cleanOk = 0;
  for (const c of cases) {
    const got = checkEmail(c.text).flags;
    if (c.flags.length === 0) {
      clean++;
      if (got.length === 0) cleanOk++;
    } else {
      flawed++;
      const wanted = new Set(c.flags.map((f) => f.kind));
      if (got.some((f) => wanted.has(f.kind))) flawedOk++;
    }
    // Per kind: a labelled flag is found when a flag of its kind names an overlapping sentence (or none, for
    // whole-email kinds); a flag that matches no labelled one is a false alarm.
    const used = new Set<number>();
    for (const want of c.flags) {
      const i = got.findIndex(
        (g, j) =>
          !used.has(j) &&
          g.kind === want.kind &&
          (want.sentence === undefined || (g.sentence !== undefined && sameSentence(g.sentence, want.sentence))),
      );
      if (i >= 0) {
        used.add(i);
        counts.get(want.kind)!.tp++;
      } else counts.get(want.kind)!.fn++;
    }
    got.forEach((g, j) => {
      if (!used.has(j)) counts.get(g.kind)!.fp++;
    });
  }
  const perKind = [...counts]
    .map(([k, n]) => score(k, n.tp, n.fp, n.fn))
    .filter((s) => s.labelled > 0 || s.falseAlarms > 0);
  return { flawed, clean, flawedFittingFlag: ratio(flawedOk, flawed), cleanNoFlag: ratio(cleanOk, clean), perKind };
}

export interface Evaluation {
  /** A split, or `dev batch <name>`. */
  split: string;
  sentences: SentenceScore;
  emails: EmailScore;
}

export function evaluate(split: Split): Evaluation {
  const { sentences, emails } = loadSplit(split);
  return { split, sentences: scoreSentences(sentences), emails: scoreEmails(emails) };
}

export function evaluateBatch(batch: Batch): Evaluation {
  const { sentences, emails } = loadBatch(batch);
  return { split: `dev batch ${batch}`, sentences: scoreSentences(sentences), emails: scoreEmails(emails) };
}

/** Micro-averaged precision and recall over the sentence kinds. */
export function overall(perKind: KindScore[]): { precision: number; recall: number } {
  const tp = perKind.reduce((n, k) => n + k.found, 0);
  const fp = perKind.reduce((n, k) => n + k.falseAlarms, 0);
  const fn = perKind.reduce((n, k) => n + k.labelled - k.found, 0);
  return { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}
