// Scores extraction and matching against hand-labelled job description and resume pairs (tests/fixtures/resume-fit).
// Extraction: did the check list what a careful reader lists (precision, recall), with the right level? Matching: for
// the items it listed correctly, does its found/missing agree with the reader's judgement of the resume?

import { lexicon, STOP_WORDS } from './find.ts';
import { phraseCore, textKey, yearsKey } from './extract.ts';
import { tokenize } from './tokenize.ts';
import type { FitReport, Level } from './types.ts';

export interface ExpectedItem {
  label: string;
  level: Level;
  found: boolean;
  note?: string;
}

export interface EvaluationCase {
  id: string;
  /** development: rules tuned on it; held-out: written with the rest, never tuned on; unseen: written after tuning, run once. */
  split: 'development' | 'held-out' | 'unseen';
  job: string;
  resume: string;
  expected: ExpectedItem[];
}

export interface Rate {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface CaseResult {
  id: string;
  split: EvaluationCase['split'];
  /** Listed by the check but not by the reader. */
  extra: string[];
  /** Listed by the reader but not by the check. */
  missed: string[];
  /** Listed by both with a different level. */
  wrongLevel: string[];
  /** Listed by both, with a different found/missing judgement. */
  wrongMatch: { label: string; expected: boolean; actual: string }[];
}

export interface Evaluation {
  cases: number;
  extraction: Rate;
  level: { agree: number; total: number; accuracy: number };
  matching: Rate & { agree: number; total: number; accuracy: number };
  results: CaseResult[];
}

let variantIndex: Map<string, string> | undefined;

/** The vocabulary concept a written name stands for, by any of its variants. */
function conceptFor(name: string): string | undefined {
  if (!variantIndex) {
    variantIndex = new Map();
    for (const concept of lexicon().concepts.values()) {
      for (const v of [...concept.variants, ...concept.exact])
        variantIndex.set(
          tokenize(v)
            .map((t) => t.norm)
            .join(' '),
          concept.id,
        );
    }
  }
  return variantIndex.get(
    tokenize(name)
      .map((t) => t.norm)
      .join(' '),
  );
}

function keyForPart(part: string): string {
  const concept = conceptFor(part);
  if (concept) return concept;
  const years = /^(\d+(?:\.\d)?)\+?\s*(years?|months?)\b/i.exec(part.trim());
  if (years)
    return yearsKey(
      years[2]!.toLowerCase().startsWith('m') ? Math.round((Number(years[1]) / 12) * 100) / 100 : Number(years[1]),
    );
  return textKey(
    tokenize(phraseCore(part) || part)
      .map((t) => t.norm)
      .filter((w) => !STOP_WORDS.has(w)),
  );
}

/** The key a hand-written label stands for: "ADN or BSN" → "adn|bsn"; "3+ years of experience" → "years:3". */
export function keyForLabel(label: string): string {
  const whole = conceptFor(label);
  if (whole) return whole;
  const parts = label.split(/\s*,\s*(?:or\s+)?|\s+or\s+/i).filter(Boolean);
  return [...new Set(parts.map(keyForPart))].sort().join('|');
}

function rate(tp: number, fp: number, fn: number): Rate {
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
  };
}

export function evaluate(cases: EvaluationCase[], analyse: (job: string, resume: string) => FitReport): Evaluation {
  let eTp = 0,
    eFp = 0,
    eFn = 0,
    levelAgree = 0,
    mTp = 0,
    mFp = 0,
    mFn = 0,
    mAgree = 0,
    mTotal = 0;
  const results: CaseResult[] = [];
  for (const c of cases) {
    const report = analyse(c.job, c.resume);
    const actual = new Map(report.items.map((i) => [i.key, i]));
    const expected = new Map(c.expected.map((e) => [keyForLabel(e.label), e]));
    const result: CaseResult = { id: c.id, split: c.split, extra: [], missed: [], wrongLevel: [], wrongMatch: [] };
    for (const [key, item] of actual) if (!expected.has(key)) result.extra.push(item.label);
    for (const [key, e] of expected) {
      const item = actual.get(key);
      if (!item) {
        result.missed.push(e.label);
        continue;
      }
      eTp++;
      if (item.level === e.level) levelAgree++;
      else result.wrongLevel.push(`${e.label} (${item.level}, expected ${e.level})`);
      const found = item.status === 'found';
      mTotal++;
      if (found === e.found) mAgree++;
      else result.wrongMatch.push({ label: e.label, expected: e.found, actual: item.status });
      if (found && e.found) mTp++;
      else if (found) mFp++;
      else if (e.found) mFn++;
    }
    eFp += result.extra.length;
    eFn += result.missed.length;
    results.push(result);
  }
  return {
    cases: cases.length,
    extraction: rate(eTp, eFp, eFn),
    level: { agree: levelAgree, total: eTp, accuracy: eTp ? levelAgree / eTp : 1 },
    matching: { ...rate(mTp, mFp, mFn), agree: mAgree, total: mTotal, accuracy: mTotal ? mAgree / mTotal : 1 },
    results,
  };
}
