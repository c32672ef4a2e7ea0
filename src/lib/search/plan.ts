// From what a reader typed to what to look for: words split and cleaned (query.ts), apostrophes restored
// (contractions.ts), typos corrected against the site's own words (spelling.ts, vocabulary.ts), readers' words turned
// into the site's words (readers-words.ts) and fillers dropped (stop-words.ts). The result is a list of concepts:
// each is one thing the reader asked about, with the Pagefind terms any of which answers it.
import { restoreApostrophe } from './contractions.ts';
import { normalizeQuery, queryWords, wordKey } from './query.ts';
import type { ReadersWords } from './readers-words.ts';
import { closestWord, splitJoined, splitJoinedWithSlip } from './spelling.ts';
import { isStopWord } from './stop-words.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface Concept {
  /** Pagefind terms: a page holding any of them answers the concept. */
  terms: string[];
  /** Terms that came from a reader's word or phrase rather than from the words typed. */
  expanded: boolean;
}

export interface Correction {
  from: string;
  to: string;
}

export type QueryPlan =
  /** Nothing to search for: show the starting hints. */
  | { kind: 'empty' }
  /** Only symbols or punctuation: ask for a word. */
  | { kind: 'no-words'; text: string }
  | {
      kind: 'search';
      /** The query as the reader sees it (cleaned, perhaps shortened). */
      text: string;
      shortened: boolean;
      /** The query with its typos corrected, when spelling changed a word. */
      corrected?: string;
      corrections: Correction[];
      concepts: Concept[];
    };

export interface PlanContext {
  /** The site's words; without it (not loaded yet, or no build), nothing is corrected. */
  vocabulary?: Vocabulary;
  readers?: ReadersWords;
  /** Search for the words as typed: no spelling correction ("Search instead for …"). */
  verbatim?: boolean;
}

/** Long queries search for this many concepts at most, the rarest words first: they say the most. */
export const MAX_CONCEPTS = 12;

/** A hyphenated word as Pagefind finds it: joined when the pages use the joined form ("e-mail"), else its parts. */
function splitHyphens(word: string, vocabulary?: Vocabulary): string[] {
  if (!word.includes('-') || vocabulary?.knows(wordKey(word))) return [word];
  return word.split('-').filter(Boolean);
}

/** A correction to a filler ("wrte" → "were") would be dropped anyway: only words that carry a topic. */
const topical = (candidate: string) => !isStopWord(restoreApostrophe(candidate));

/**
 * Corrections already worked out, per word list. The query is planned again on every keystroke, and a correction
 * scans the whole word list (several times for a word typed without its space: 10–30 ms at 5,000 pages), so the words
 * before the one being typed are looked up here instead. Kept small: a reader's session holds a few dozen words.
 */
const corrected = new WeakMap<Vocabulary, Map<string, string | null>>();
const MAX_REMEMBERED = 500;

/** The site's word(s) for a word no page uses, or null when nothing is close enough. */
function correction(key: string, vocabulary: Vocabulary): string | null {
  let memo = corrected.get(vocabulary);
  if (!memo) corrected.set(vocabulary, (memo = new Map()));
  const known = memo.get(key);
  if (known !== undefined) return known;
  const fixed =
    splitJoined(key, vocabulary, topical)?.join(' ') ??
    closestWord(key, vocabulary, topical)?.word ??
    splitJoinedWithSlip(key, vocabulary, topical)?.join(' ') ??
    null;
  if (memo.size >= MAX_REMEMBERED) memo.clear();
  memo.set(key, fixed);
  return fixed;
}

function correctWords(
  words: string[],
  { vocabulary, readers, verbatim }: PlanContext,
): { words: string[]; corrections: Correction[] } {
  if (!vocabulary || verbatim) return { words, corrections: [] };
  const out: string[] = [];
  const corrections: Correction[] = [];
  words.forEach((word, i) => {
    const key = wordKey(word);
    const last = i === words.length - 1;
    const leaveAlone =
      isStopWord(word) ||
      /\d/.test(key) ||
      key.length < 2 ||
      readers?.knows(word) ||
      vocabulary.isEnglish(key) ||
      // The last word may still be being typed: Pagefind finds the words it starts.
      vocabulary.knows(key, last);
    if (leaveAlone) return out.push(word);
    const fixed = correction(key, vocabulary);
    if (!fixed) return out.push(word);
    corrections.push({ from: word, to: fixed });
    out.push(...fixed.split(' ').map(restoreApostrophe));
  });
  return { words: out, corrections };
}

export function planQuery(raw: string, context: PlanContext = {}): QueryPlan {
  const { text, shortened } = normalizeQuery(raw);
  if (!text) return { kind: 'empty' };
  const typed = queryWords(text)
    .map(restoreApostrophe)
    .flatMap((word) => splitHyphens(word, context.vocabulary));
  if (typed.length === 0) return { kind: 'no-words', text };

  const { words, corrections } = correctWords(typed, context);
  // A reader's word adds a concept of the site's words for it ("quiz" also looks for "self-check", which the quiz's
  // own page says). A phrase ("new field", "turned me down") stands for its words: they mean nothing apart.
  const readers = context.readers?.match(words) ?? [];
  const inPhrase = new Set(readers.flatMap((m) => (m.end - m.start > 1 ? range(m.start, m.end) : [])));
  const rest = words.filter((_, i) => !inPhrase.has(i));
  const meaningful = rest.filter((word) => !isStopWord(word));
  // A query of nothing but fillers ("what now") is still searched for, rather than searching for nothing.
  const plain = meaningful.length > 0 || readers.length > 0 ? meaningful : rest;
  const concepts: Concept[] = plain.map((word) => ({ terms: [wordKey(word)], expanded: false }));
  for (const match of readers) concepts.push({ terms: match.site.map(wordKey), expanded: true });

  const unique = dedupe(concepts);
  return {
    kind: 'search',
    text,
    shortened,
    ...(corrections.length > 0 && { corrected: words.join(' ') }),
    corrections,
    concepts: mostTelling(unique, context.vocabulary),
  };
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}

function dedupe(concepts: Concept[]): Concept[] {
  const seen = new Set<string>();
  return concepts.filter((concept) => {
    const key = [...concept.terms].sort().join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** At most MAX_CONCEPTS, keeping the rarest (words no page uses say nothing, so they go first); order kept. */
function mostTelling(concepts: Concept[], vocabulary?: Vocabulary): Concept[] {
  if (concepts.length <= MAX_CONCEPTS || !vocabulary) return concepts.slice(0, MAX_CONCEPTS);
  const rarity = (c: Concept) => {
    const counts = c.terms.map((t) => vocabulary.frequency(t)).filter((n) => n > 0);
    return counts.length ? Math.min(...counts) : Infinity;
  };
  const keep = new Set([...concepts].sort((a, b) => rarity(a) - rarity(b)).slice(0, MAX_CONCEPTS));
  return concepts.filter((c) => keep.has(c));
}
