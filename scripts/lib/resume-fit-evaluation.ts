// Scores the resume fit check against hand-labelled pairs (a job description, a resume, and the qualifications a
// careful reader lists with their level and whether the resume shows each). Used by `npm run resume-fit:eval`, the
// tests and the bench; it is also how the check is measured from outside, on fields this project does not hold.
//
// A reader's label and an item of the check are the same qualification when their content words overlap (Dice
// coefficient ≥ 0.5, word forms compared by stem), or when the item holds every content word of the label with a few
// more around it ("Forklift" and "Operate a sit-down forklift": Dice would fault the item for its length alone), or,
// for years of experience, when the number is the same. Labels and items are paired one to one, best overlap first.
// This uses no vocabulary of the check, so it is as fair to a field the check knows nothing about as to one it knows
// well.
import { sameWord } from '#/lib/resume-fit/find.ts';
import { tokenize } from '#/lib/resume-fit/tokenize.ts';
import type { FitItem, FitReport, Level, Warning } from '#/lib/resume-fit/types.ts';

export interface ExpectedItem {
  label: string;
  level: Level;
  found: boolean;
  note?: string;
}

export interface EvaluationCase {
  id: string;
  /** development: rules tuned on it; held-out: never tuned on; unseen: written before the rules, never read. */
  split?: string;
  /** Which batch of its split the pair was written in (expected.json "batch"), when the labeller recorded it. */
  batch?: number;
  job: string;
  resume: string;
  expected: ExpectedItem[];
}

export interface Rate {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Figures {
  extraction: Rate;
  level: { accuracy: number; agree: number; total: number };
  matching: Rate & { accuracy: number; agree: number; total: number };
}

export interface PairResult extends Figures {
  id: string;
  split?: string;
  batch?: number;
  /** The reader listed qualifications and the check reported none. */
  reportedEmpty: boolean;
  warnings: Warning[];
  /** Listed by the reader, not by the check. */
  missed: string[];
  /** Listed by the check, not by the reader. */
  extra: string[];
  /** Listed by both, at another level: "label (check's level, reader's level)". */
  wrongLevel: string[];
  /** Listed by both, judged otherwise: the reader's label, the reader's verdict and the check's. */
  wrongMatch: { label: string; item: string; expected: boolean; actual: string }[];
}

export const MATCH_THRESHOLD = 0.5;

/** Words that say how something is asked, not what: left out of the overlap on both sides. */
const SCORER_STOP = new Set(
  `a an the and or of in on at for with to from by as into is are be your our their its this that any all some other
such per via experience experienced years year months month skill skills knowledge ability able working strong
solid good excellent basic proven demonstrated understanding familiarity proficiency proficient required preferred
plus must have has etc`.split(/\s+/),
);

function contentWords(text: string): string[] {
  return [
    ...new Set(
      tokenize(text)
        .filter((t) => !SCORER_STOP.has(t.text.toLowerCase()))
        .map((t) => t.norm),
    ),
  ];
}

/** Numbers a reader may write in words: "three years of experience". */
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * "3+ years", "2+ yrs", "1 yr", "three years", "six months", "1-2 years": the years a label asks (a range asks its
 * lower end), however the reader wrote them.
 */
function yearsOf(label: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?|[a-z]+)\s*(?:[-–]\s*\d+\s*|to\s+[a-z\d]+\s+)?\+?\s*(years?|yrs?|months?)\b/i.exec(
    label,
  );
  if (!m) return undefined;
  const word = NUMBER_WORDS.indexOf(m[1]!.toLowerCase());
  const n = /^\d/.test(m[1]!) ? Number(m[1]) : word >= 0 ? word + 1 : undefined;
  if (n === undefined) return undefined;
  return m[2]!.toLowerCase().startsWith('m') ? Math.round((n / 12) * 100) / 100 : n;
}

/** How far a reader's label and an item of the check name the same thing, 0 to 1. */
export function similarity(label: string, item: Pick<FitItem, 'label' | 'options'>): number {
  const wanted = yearsOf(label);
  const itemYears = item.options.find((o) => o.years !== undefined)?.years;
  if (wanted !== undefined || itemYears !== undefined) return wanted === itemYears ? 1 : 0;
  const a = contentWords(label);
  // The item as written, and by the short names the description gave it: "Requests for Proposals (RFPs)".
  const names = [item.label];
  const aliases = item.options.map((o) => o.aliasLabel).filter((x): x is string => !!x);
  if (aliases.length === item.options.length) names.push(aliases.join(' or '));
  return Math.max(...names.map((name) => overlap(a, contentWords(name))));
}

/** Dice, or the threshold when the item contains the whole label and at most twice as many words again plus four. */
function overlap(label: string[], item: string[]): number {
  const score = dice(label, item);
  if (score >= MATCH_THRESHOLD || !label.length) return score;
  const contained = label.every((w) => item.some((x) => sameWord(w, x)));
  return contained && item.length <= 2 * label.length + 4 ? MATCH_THRESHOLD : score;
}

function dice(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const shared = Math.min(
    a.filter((w) => b.some((x) => sameWord(w, x))).length,
    b.filter((w) => a.some((x) => sameWord(w, x))).length,
  );
  return (2 * shared) / (a.length + b.length);
}

function rate(tp: number, fp: number, fn: number): Rate {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    precision: round(tp + fp ? tp / (tp + fp) : 1),
    recall: round(tp + fn ? tp / (tp + fn) : 1),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
  };
}

interface Counts {
  eTp: number;
  eFp: number;
  eFn: number;
  levelAgree: number;
  mTp: number;
  mFp: number;
  mFn: number;
  mAgree: number;
}

function figures(c: Counts): Figures {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    extraction: rate(c.eTp, c.eFp, c.eFn),
    level: { accuracy: round(c.eTp ? c.levelAgree / c.eTp : 1), agree: c.levelAgree, total: c.eTp },
    matching: {
      ...rate(c.mTp, c.mFp, c.mFn),
      accuracy: round(c.eTp ? c.mAgree / c.eTp : 1),
      agree: c.mAgree,
      total: c.eTp,
    },
  };
}

const zero = (): Counts => ({ eTp: 0, eFp: 0, eFn: 0, levelAgree: 0, mTp: 0, mFp: 0, mFn: 0, mAgree: 0 });

function add(into: Counts, from: Counts): void {
  for (const key of Object.keys(into) as (keyof Counts)[]) into[key] += from[key];
}

/** Pairs the reader's labels with the check's items one to one, best overlap first: label index → item index. */
export function pairLabels(expected: ExpectedItem[], items: Pick<FitItem, 'label' | 'options'>[]): Map<number, number> {
  const candidates: { e: number; i: number; score: number }[] = [];
  expected.forEach((e, ei) =>
    items.forEach((item, ii) => {
      const score = similarity(e.label, item);
      if (score >= MATCH_THRESHOLD) candidates.push({ e: ei, i: ii, score });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.e - b.e || a.i - b.i);
  const pairedE = new Map<number, number>();
  const pairedI = new Set<number>();
  for (const cand of candidates) {
    if (pairedE.has(cand.e) || pairedI.has(cand.i)) continue;
    pairedE.set(cand.e, cand.i);
    pairedI.add(cand.i);
  }
  return pairedE;
}

/** Scores one pair: labels and items paired one to one, best overlap first. */
export function scorePair(c: EvaluationCase, report: FitReport): { result: PairResult; counts: Counts } {
  const items = report.items;
  const pairedE = pairLabels(c.expected, items);
  const pairedI = new Set(pairedE.values());
  const counts = zero();
  const result: PairResult = {
    id: c.id,
    ...(c.split ? { split: c.split } : {}),
    ...(c.batch !== undefined ? { batch: c.batch } : {}),
    ...figures(zero()),
    reportedEmpty: c.expected.length > 0 && items.length === 0,
    warnings: report.warnings,
    missed: [],
    extra: items.filter((_, i) => !pairedI.has(i)).map((i) => i.label),
    wrongLevel: [],
    wrongMatch: [],
  };
  counts.eFp = result.extra.length;
  c.expected.forEach((e, ei) => {
    const ii = pairedE.get(ei);
    if (ii === undefined) {
      result.missed.push(e.label);
      counts.eFn++;
      return;
    }
    const item = items[ii]!;
    counts.eTp++;
    if (item.level === e.level) counts.levelAgree++;
    else result.wrongLevel.push(`${e.label} (${item.level}, expected ${e.level})`);
    const shown = item.status === 'found';
    if (shown === e.found) counts.mAgree++;
    else result.wrongMatch.push({ label: e.label, item: item.label, expected: e.found, actual: item.status });
    if (shown && e.found) counts.mTp++;
    else if (shown) counts.mFp++;
    else if (e.found) counts.mFn++;
  });
  Object.assign(result, figures(counts));
  return { result, counts };
}

export interface Evaluation {
  pairs: number;
  overall: Figures & { pairsReportedEmpty: number };
  splits: Record<string, Figures & { pairs: number; pairsReportedEmpty: number }>;
  /** Per batch of a split, for pairs whose expected.json names one: "unseen batch 4". Figures only. */
  batches: Record<string, Figures & { pairs: number; pairsReportedEmpty: number }>;
  perPair: PairResult[];
}

export function evaluate(cases: EvaluationCase[], analyse: (job: string, resume: string) => FitReport): Evaluation {
  const total = zero();
  const bySplit = new Map<string, { counts: Counts; pairs: number; empty: number }>();
  const byBatch = new Map<string, { counts: Counts; pairs: number; empty: number }>();
  const tally = (into: typeof bySplit, name: string, counts: Counts, empty: boolean) => {
    const s = into.get(name) ?? { counts: zero(), pairs: 0, empty: 0 };
    add(s.counts, counts);
    s.pairs++;
    s.empty += Number(empty);
    into.set(name, s);
  };
  const perPair: PairResult[] = [];
  for (const c of cases) {
    const { result, counts } = scorePair(c, analyse(c.job, c.resume));
    add(total, counts);
    perPair.push(result);
    if (c.split) tally(bySplit, c.split, counts, result.reportedEmpty);
    if (c.batch !== undefined)
      tally(byBatch, `${c.split ?? 'no split'} batch ${c.batch}`, counts, result.reportedEmpty);
  }
  const summary = (groups: typeof bySplit) =>
    Object.fromEntries(
      [...groups].map(([name, s]) => [name, { pairs: s.pairs, ...figures(s.counts), pairsReportedEmpty: s.empty }]),
    );
  return {
    pairs: cases.length,
    overall: { ...figures(total), pairsReportedEmpty: perPair.filter((p) => p.reportedEmpty).length },
    splits: summary(bySplit),
    batches: summary(byBatch),
    perPair,
  };
}
