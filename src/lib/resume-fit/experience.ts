// Years of experience: what a job description asks for ("3+ years of …", "at least one year", "6 months or more")
// and what a resume shows (its date ranges, merged where they overlap, and statements such as "6 years of experience").

import type { Range } from './find.ts';
import { cueOf, type Cue } from './cues.ts';

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};
const NUMBER = `(\\d{1,2}(?:\\.\\d)?|${Object.keys(NUMBER_WORDS).join('|')})`;

function toNumber(text: string): number {
  return NUMBER_WORDS[text.toLowerCase()] ?? Number(text);
}

export interface YearsAsked {
  /** The minimum asked for, in years (6 months → 0.5). */
  years: number;
  start: number;
  end: number;
  /** The words of the job description, e.g. "3-5 years of progressive accounting experience". */
  text: string;
  /** Where the number and its unit end ("3-5 years"): what follows may name the field. */
  numberEnd: number;
  /** "2+ years preferred": the wording of its part of the sentence. */
  cue: Cue;
}

const ASKED = new RegExp(
  `\\b${NUMBER}\\s*(?:\\(\\d{1,2}\\)\\s*)?(?:\\+|plus)?\\s*(?:(?:-|–|—|to)\\s*${NUMBER}\\s*(?:\\(\\d{1,2}\\)\\s*)?\\+?\\s*)?(?:or more\\s+)?(years?|yrs?|months?)\\b(?:\\s+or more\\b)?` +
    `(?:['’]s?)?(?:\\s+(?:of\\s+)?(?:[\\w’'/-]+\\s+){0,6}?(?:experience|exp\\b))?`,
  'gi',
);

/**
 * Years asked for in one sentence. A number of years counts when the sentence is about experience (it says
 * experience, role, background, or opens with the number, as in "3+ years building web apps"), never for ages
 * ("21 years of age") or look-back windows ("in the last 3 years").
 */
export function yearsAsked(raw: string, offset: number, opensLine: boolean): YearsAsked[] {
  const found: YearsAsked[] = [];
  // "At least a year" is one year.
  const sentence = raw.replace(/\b(?:at least|minimum of|over|more than)\s+a\s+(?:year|month)\b/gi, (m) =>
    m.replace(/\sa\s/, ' 1 '),
  );
  for (const match of sentence.matchAll(ASKED)) {
    const before = sentence.slice(Math.max(0, match.index - 20), match.index).toLowerCase();
    const after = sentence.slice(match.index + match[0].length, match.index + match[0].length + 15).toLowerCase();
    if (/\b(last|past|within|every|per|after|for the|over the|in the|since)\s*$/.test(before)) continue;
    if (/^\s*(of age|old|ago|of college|of school|of university)/.test(after)) continue;
    const atStart = opensLine && /^\s*((at least|minimum( of)?|min\.?)\s*)?$/i.test(sentence.slice(0, match.index));
    const minimum = /\b(at least|minimum( of)?|min\.?|over|more than)\s*$/i.test(before);
    if (
      !/experience|exp\b/i.test(match[0]) &&
      !atStart &&
      !minimum &&
      !/^\s*(in|as|of|on|with|doing|working|leading|managing)\b/i.test(after) &&
      !/\b(experience|role|position|background|working|in a|as a)\b/i.test(sentence)
    )
      continue;
    // The upper end of a range ("three (3) to five (5) years") is group 2: the minimum is asked.
    const unit = match[3]!.toLowerCase();
    const amount = toNumber(match[1]!);
    const years = unit.startsWith('m') ? Math.round((amount / 12) * 100) / 100 : amount;
    if (!(years > 0) || years > 40) continue;
    const unitEnd = match.index + /^.*?\b(?:years?|yrs?|months?)\b/i.exec(match[0])![0].length;
    found.push({
      years,
      start: offset + match.index,
      end: offset + match.index + match[0].length,
      text: match[0].trim(),
      numberEnd: offset + unitEnd,
      cue: cueOf(fragmentAround(sentence, match.index, match.index + match[0].length)),
    });
  }
  // "five years in the trade, with at least two in residential service": a second, smaller number of years.
  if (found.length) {
    for (const match of sentence.matchAll(SECOND_ASK)) {
      const amount = toNumber(match[1]!);
      if (!(amount > 0) || amount >= found[0]!.years) continue;
      const numberEnd = match.index + match[0].length - match[2]!.length;
      found.push({
        years: amount,
        start: offset + match.index,
        end: offset + match.index + match[0].length,
        text: match[0].trim(),
        numberEnd: offset + numberEnd,
        cue: cueOf(fragmentAround(sentence, match.index, match.index + match[0].length)),
      });
    }
  }
  return found;
}

const SECOND_ASK = new RegExp(
  `\\b(?:at least|minimum(?: of)?|including)\\s+${NUMBER}\\s+(?:\\(\\d{1,2}\\)\\s+)?((?:of (?:them|those|which)\\s+)?(?:in|as|on|with)\\b)`,
  'gi',
);

/** The part of a sentence between commas or semicolons around a span. */
function fragmentAround(sentence: string, start: number, end: number): string {
  const before = sentence.slice(0, start);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  const after = sentence.slice(end).search(/[,;]/);
  const to = after < 0 ? sentence.length : end + after;
  // A bracketed aside's wording is its own: "4 yrs min. CNC setup experience (lathe preferred)" requires the years.
  const aside = /\([^()]*\)/g;
  let fragment = '';
  let cursor = from;
  for (const m of sentence.slice(from, to).matchAll(aside)) {
    const at = from + m.index;
    if (at <= start && at + m[0].length >= end) continue;
    fragment += sentence.slice(cursor, at) + ' ';
    cursor = at + m[0].length;
  }
  return fragment + sentence.slice(cursor, to);
}

export interface YearsShown {
  years: number;
  /** Where: the date ranges and statements that add up to it. */
  ranges: Range[];
  /** Dates added up, or the resume's own statement ("6 years of experience"). */
  source: 'dates' | 'statement' | 'none';
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE = `(?:${MONTH}\\s+|(\\d{1,2})\\/)?((?:19|20)\\d{2})`;
const END = `(?:${DATE}|(present|current|now|today|ongoing))`;
const DATE_RANGE = new RegExp(`\\b${DATE}\\s*(?:-|–|—|to|until)\\s*${END}\\b`, 'gi');
// "Jan–May 2024": two months sharing one year.
const MONTH_RANGE = new RegExp(`\\b${MONTH}\\s*(?:-|–|—|to)\\s*${MONTH}\\s+((?:19|20)\\d{2})\\b`, 'gi');
const STATED = new RegExp(
  `\\b(?:with\\s+(?:over\\s+|nearly\\s+|almost\\s+|more than\\s+)?${NUMBER}\\+?\\s*(?:years?|yrs?)\\b|${NUMBER}\\+?\\s*(?:years?|yrs?)(?:['’]s?)?\\s+(?:in\\b|(?:of\\s+)?(?:[\\w’'/-]+\\s+){0,4}?experience\\b))`,
  'gi',
);

function monthIndex(name: string | undefined, numeric: string | undefined): number | undefined {
  if (name) return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  if (numeric) return Math.min(11, Math.max(0, Number(numeric) - 1));
  return undefined;
}

/**
 * What a resume shows: date ranges (outside its Education section) merged and added up, or its own statement of
 * years, whichever is larger. Year-only ranges count from January to January, so "2019 – 2021" is two years.
 */
export function yearsShown(text: string, now: Date, skip: Range[] = []): YearsShown {
  const nowMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const spans: [number, number][] = [];
  const ranges: Range[] = [];
  const skipped = (at: number) => skip.some((r) => at >= r.start && at < r.end);
  for (const m of text.matchAll(DATE_RANGE)) {
    if (skipped(m.index)) continue;
    const from = Number(m[3]) * 12 + (monthIndex(m[1], m[2]) ?? 0);
    const to = m[7] ? nowMonth : Number(m[6]) * 12 + (monthIndex(m[4], m[5]) ?? 0);
    if (to >= from && to <= nowMonth + 1) {
      spans.push([from, to]);
      ranges.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of text.matchAll(MONTH_RANGE)) {
    if (skipped(m.index)) continue;
    const year = Number(m[3]) * 12;
    const from = year + monthIndex(m[1], undefined)!;
    const to = year + monthIndex(m[2], undefined)!;
    if (to >= from) {
      spans.push([from, to]);
      ranges.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  let months = 0;
  let current: [number, number] | undefined;
  for (const span of spans) {
    if (current && span[0] <= current[1]) current[1] = Math.max(current[1], span[1]);
    else {
      if (current) months += current[1] - current[0];
      current = [...span];
    }
  }
  if (current) months += current[1] - current[0];
  const fromDates = Math.round((months / 12) * 10) / 10;

  let stated = 0;
  const statedRanges: Range[] = [];
  for (const m of text.matchAll(STATED)) {
    const amount = toNumber(m[1] ?? m[2]!);
    if (amount > 0 && amount <= 50) {
      stated = Math.max(stated, amount);
      statedRanges.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  if (stated > fromDates) return { years: stated, ranges: statedRanges, source: 'statement' };
  if (fromDates > 0) return { years: fromDates, ranges, source: 'dates' };
  return { years: 0, ranges: [], source: 'none' };
}
