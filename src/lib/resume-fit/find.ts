// Finds vocabulary concepts in tokenised text. Names match as exact token sequences (after normalisation); key
// phrases match when all their content words appear, in any order and word form, within a short span of one sentence.

import { tokenize, type Token } from './tokenize.ts';
import { VOCABULARY, type Concept } from './vocabulary.ts';

export interface Range {
  start: number;
  end: number;
}

export interface Hit {
  conceptId: string;
  /** Indexes of the matched tokens (contiguous for names; possibly spread out for key phrases). */
  tokens: number[];
  start: number;
  end: number;
  /** Character ranges to highlight: one per run of adjacent matched tokens. */
  ranges: Range[];
}

interface Pattern {
  conceptId: string;
  /** Normalised words (or exact texts when `exactCase`). */
  words: string[];
  exactCase: boolean;
}

interface FuzzyPattern {
  conceptId: string;
  /** Content words only (stop words dropped), normalised. */
  words: string[];
}

export interface Lexicon {
  concepts: Map<string, Concept>;
  exact: Map<string, Pattern[]>;
  fuzzy: FuzzyPattern[];
}

/** Words that carry no meaning of their own in a key phrase. */
export const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'in',
  'on',
  'for',
  'to',
  'with',
  'by',
  'at',
  'as',
  'from',
  'into',
  'your',
  'our',
  'their',
  'its',
  'you',
  'we',
  'they',
  'it',
  'is',
  'are',
  'be',
  'been',
  'this',
  'that',
  'these',
  'those',
  'all',
  'any',
  'some',
  'other',
  'such',
  'per',
  'via',
  'about',
  'over',
  'up',
  'my',
  'i',
  'me',
]);

// Stems that are whole words in their own right and must not swallow longer ones by prefix (excel ≠ excellent).
const NO_PREFIX = new Set([
  'market',
  'account',
  'excel',
  'react',
  'custom',
  'engine',
  'offic',
  'state',
  'count',
  'direct',
  'famili',
  'press',
  'enter',
  'general',
  'public',
  'design',
  'secur',
  'commun',
  'person',
  'nation',
  'profession',
  'present',
  'produc',
  'contract',
  'report',
  'record',
]);

/** Two normalised words are the same word: equal, or one is a derivation of the other (reconcil → reconciliation). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // availability ~ available, responsibility ~ responsible
  if (/(?:abiliti|ibiliti)$/.test(a) || /(?:abiliti|ibiliti)$/.test(b))
    return sameWord(a.replace(/iliti$/, 'l'), b.replace(/iliti$/, 'l'));
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return (
    short.length >= 5 &&
    /^[a-z]+$/.test(long) &&
    long.startsWith(short) &&
    long.length - short.length <= 6 &&
    !NO_PREFIX.has(short)
  );
}

function isStop(norm: string): boolean {
  return STOP_WORDS.has(norm);
}

let cached: Lexicon | undefined;

/** The vocabulary compiled for lookup; built once per thread. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const concepts = new Map<string, Concept>();
  const exact = new Map<string, Pattern[]>();
  const fuzzy: FuzzyPattern[] = [];
  const add = (key: string, pattern: Pattern) => {
    const list = exact.get(key);
    if (list) list.push(pattern);
    else exact.set(key, [pattern]);
  };
  for (const concept of VOCABULARY) {
    if (concepts.has(concept.id)) throw new Error(`Duplicate vocabulary id: ${concept.id}`);
    concepts.set(concept.id, concept);
    for (const variant of concept.variants) {
      const tokens = tokenize(variant);
      if (!tokens.length) continue;
      const content = tokens.map((t) => t.norm).filter((w) => !isStop(w));
      // A phrase that needs its little words ("IT support", "presented to") is matched word for word.
      if (concept.fuzzy && (content.length > 1 || tokens.length === 1)) {
        fuzzy.push({ conceptId: concept.id, words: content });
      } else {
        const words = tokens.map((t) => t.norm);
        add(words[0]!, { conceptId: concept.id, words, exactCase: false });
      }
    }
    for (const variant of concept.exact) {
      const words = tokenize(variant).map((t) => t.text);
      if (words.length) add('=' + words[0], { conceptId: concept.id, words, exactCase: true });
    }
  }
  cached = { concepts, exact, fuzzy };
  return cached;
}

const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

const ABBREVIATION = /^(?:incl|e\.g|i\.e|etc|approx|esp|min|max|vs|dept|no|st|jr|sr|inc|co)$/i;

/** For each token, true when a sentence or line boundary lies between it and the token before. */
export function boundaries(text: string, tokens: Token[]): boolean[] {
  return tokens.map((token, i) => {
    if (i === 0) return true;
    const gap = text.slice(tokens[i - 1]!.end, token.start);
    // "incl. weekends", "e.g. Excel": a period after an abbreviation ends nothing.
    if (/^\.\s+$/.test(gap) && ABBREVIATION.test(tokens[i - 1]!.text)) return false;
    return /[\n;!?•·]|[.:](\s|$)/.test(gap);
  });
}

/** Index from a word's first four characters to the token positions, for prefix-tolerant lookups. */
function prefixIndex(tokens: Token[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    const key = t.norm.slice(0, 4);
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  });
  return index;
}

function toRanges(tokens: Token[], indexes: number[]): Range[] {
  const sorted = [...indexes].sort((a, b) => a - b);
  const ranges: Range[] = [];
  let runStart = sorted[0]!;
  let previous = runStart;
  for (const i of [...sorted.slice(1), -1]) {
    if (i === previous + 1) {
      previous = i;
      continue;
    }
    ranges.push({ start: tokens[runStart]!.start, end: tokens[previous]!.end });
    runStart = previous = i;
  }
  return ranges;
}

function makeHit(conceptId: string, tokens: Token[], indexes: number[]): Hit {
  const sorted = [...indexes].sort((a, b) => a - b);
  return {
    conceptId,
    tokens: sorted,
    start: tokens[sorted[0]!]!.start,
    end: tokens[sorted.at(-1)!]!.end,
    ranges: toRanges(tokens, sorted),
  };
}

/**
 * Looks for `words` (content words of a phrase) near each other within one sentence: each word must match a distinct
 * token, and the span from first to last may hold at most a few words more than the phrase itself.
 */
export function findNear(tokens: Token[], breaks: boolean[], words: string[], index = prefixIndex(tokens)): number[][] {
  const candidates = (word: string) =>
    (index.get(word.slice(0, 4)) ?? []).filter((i) => sameWord(word, tokens[i]!.norm));
  const found: number[][] = [];
  const slack = words.length + 4;
  for (const anchor of candidates(words[0]!)) {
    const chosen = [anchor];
    for (const word of words.slice(1)) {
      let best = -1;
      for (const i of candidates(word)) {
        if (chosen.includes(i) || Math.abs(i - anchor) >= slack || crossesBreak(breaks, anchor, i)) continue;
        if (best < 0 || Math.abs(i - anchor) < Math.abs(best - anchor)) best = i;
      }
      if (best < 0) break;
      chosen.push(best);
    }
    if (chosen.length !== words.length) continue;
    if (Math.max(...chosen) - Math.min(...chosen) + 1 <= slack) found.push(chosen);
  }
  return found;
}

function crossesBreak(breaks: boolean[], a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  for (let i = from + 1; i <= to; i++) if (breaks[i]) return true;
  return false;
}

/**
 * Every concept occurrence in the text. Where occurrences overlap, the longer one wins (Certified Scrum Master is not a
 * master's degree), unless `overlaps` is 'keep' (a resume's evidence may serve several qualifications).
 */
export function findConcepts(
  text: string,
  tokens: Token[] = tokenize(text),
  breaks = boundaries(text, tokens),
  overlaps: 'resolve' | 'keep' = 'resolve',
): Hit[] {
  const { exact, fuzzy } = lexicon();
  const hits: { hit: Hit; fuzzy: boolean }[] = [];
  tokens.forEach((token, i) => {
    // An acronym's plural ("EMRs", "SOPs") is the acronym.
    const singular = PLURAL_ACRONYM.test(token.text) ? exact.get('=' + token.text.slice(0, -1)) : undefined;
    for (const pattern of [
      ...(exact.get(token.norm) ?? []),
      ...(exact.get('=' + token.text) ?? []),
      ...(singular ?? []),
    ]) {
      const n = pattern.words.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const t = tokens[i + k]!;
        const word = pattern.words[k]!;
        const same = pattern.exactCase
          ? t.text === word || (PLURAL_ACRONYM.test(t.text) && t.text.slice(0, -1) === word)
          : t.norm === word;
        ok = same && (k === 0 || !breaks[i + k]);
      }
      if (ok) hits.push({ hit: makeHit(pattern.conceptId, tokens, range(i, n)), fuzzy: false });
    }
  });
  const index = prefixIndex(tokens);
  for (const pattern of fuzzy) {
    for (const indexes of findNear(tokens, breaks, pattern.words, index)) {
      hits.push({ hit: makeHit(pattern.conceptId, tokens, indexes), fuzzy: true });
    }
  }
  if (overlaps === 'keep') return hits.map((h) => h.hit).sort((a, b) => a.start - b.start);
  // Most words first, then the tightest span, then names before phrases, then earliest; keep those that share no
  // token with a kept one.
  const span = (h: Hit) => h.tokens.at(-1)! - h.tokens[0]!;
  hits.sort(
    (a, b) =>
      b.hit.tokens.length - a.hit.tokens.length ||
      span(a.hit) - span(b.hit) ||
      Number(a.fuzzy) - Number(b.fuzzy) ||
      a.hit.start - b.hit.start,
  );
  const taken = new Set<number>();
  const kept: Hit[] = [];
  for (const { hit } of hits) {
    if (hit.tokens.some((t) => taken.has(t))) continue;
    hit.tokens.forEach((t) => taken.add(t));
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function range(start: number, length: number): number[] {
  return Array.from({ length }, (_, k) => start + k);
}

/** Sorted ranges with overlaps joined. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
