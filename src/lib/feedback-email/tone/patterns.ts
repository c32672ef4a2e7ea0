// Compiles the rule language of rules.ts into regular expressions over normalised sentences (" token token … ").
//
//   word        that word                        {class}      any entry of a word class in vocabulary.ts
//   a/b/c       any of these words               (a b/c d)    any of these phrases
//   word*       any word starting with "word"    [a b/c d]    optionally, any of these phrases
//   ..  ...     a gap of up to 3 / up to 7 words ^            the start of the sentence
//   ~   ~~      a gap of up to 3 / up to 7 words within one clause (no comma, "but", "and", "which"… in it), so
//               "the panel ~~ {fault}" reads "the panel barely looked up" but not "the panel was kind, but I rushed"
import { wordClasses } from './vocabulary.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const compiled = new Map<string, string>();

function word(token: string): string {
  if (token.endsWith('*') && token.length > 1) return `${escape(token.slice(0, -1))}[^ ]*`;
  return escape(token);
}

/** Splits at spaces and slashes outside brackets: "a (b c/d) [e f]" → tokens, "b c/d" → alternatives. */
function splitTop(text: string, separator: ' ' | '/'): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (ch === separator && depth === 0) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

const alternatives = (inner: string) => `(?:${splitTop(inner, '/').map(body).join('|')})`;

// Words that start another clause: a clause-bound gap does not cross them.
const CLAUSE_WORDS = [
  ',',
  ';',
  ':',
  '(',
  ')',
  'but',
  'and',
  'although',
  'though',
  'whereas',
  'while',
  'because',
  'since',
  'so',
  'which',
  'who',
  'if',
  'when',
  'as',
  'or',
];
const IN_CLAUSE = `(?:(?!(?:${CLAUSE_WORDS.map(escape).join('|')}) )[^ ]+ )`;

/** Gap tokens and the regex each stands for. */
const GAPS: Record<string, string> = {
  '..': '(?:[^ ]+ ){0,3}',
  '...': '(?:[^ ]+ ){0,7}',
  '~': `${IN_CLAUSE}{0,3}`,
  '~~': `${IN_CLAUSE}{0,7}`,
};
const isGap = (token: string) => Object.hasOwn(GAPS, token);

function piece(token: string): string {
  if (isGap(token)) return GAPS[token]!;
  if (/^\[.+\]$/.test(token)) return `${alternatives(token.slice(1, -1))}?`;
  if (/^\(.+\)$/.test(token)) return alternatives(token.slice(1, -1));
  const cls = /^\{([\w-]+)\}$/.exec(token);
  if (cls) return classSource(cls[1]!);
  if (token.includes('/'))
    return `(?:${token
      .split('/')
      .map((w) => `${word(w)} `)
      .join('|')})`;
  return `${word(token)} `;
}

const body = (pattern: string) => splitTop(pattern, ' ').map(piece).join('');

/** A sticky regex for a pattern, to try at a given word's position (see `firstOf`). */
export function compileAt(pattern: string): RegExp {
  const trimmed = pattern.trim();
  return new RegExp(body(trimmed.startsWith('^ ') ? trimmed.slice(2) : trimmed), 'y');
}

/**
 * The words a match can start with (null: any word), so a pattern is tried only where it could start instead of
 * at every position: a big word class tried everywhere costs more than everything else together.
 */
export function firstOf(pattern: string): Needed | null {
  const tokens = splitTop(pattern.trim(), ' ');
  const parts: Needed[] = [];
  for (const token of tokens[0] === '^' ? tokens.slice(1) : tokens) {
    const optional = /^\[.+\]$/.test(token);
    const inner = optional ? `(${token.slice(1, -1)})` : token;
    if (isGap(inner)) return null;
    const n = firstOfToken(inner);
    if (!n) return null;
    parts.push(n);
    if (!optional) return union(parts);
  }
  return null;
}

const firstCache = new Map<string, Needed | null>();

function firstOfToken(token: string): Needed | null {
  if (/^\(.+\)$/.test(token)) return union(splitTop(token.slice(1, -1), '/').map(firstOf));
  const cls = /^\{([\w-]+)\}$/.exec(token);
  if (cls) {
    const name = cls[1]!;
    if (!firstCache.has(name)) {
      firstCache.set(name, null);
      firstCache.set(name, union((wordClasses[name] ?? []).map(firstOf)));
    }
    return firstCache.get(name)!;
  }
  return neededOfToken(token);
}

/** Regex source for a pattern; each piece carries its own trailing space, so pieces join by concatenation. */
export function sequence(pattern: string): string {
  const trimmed = pattern.trim();
  if (trimmed.startsWith('^ ')) return `^ ${body(trimmed.slice(2))}`;
  return `(?<= )${body(trimmed)}`;
}

function classSource(name: string): string {
  const cached = compiled.get(name);
  if (cached) return cached;
  const entries = wordClasses[name];
  if (!entries) throw new Error(`Unknown word class {${name}} in a tone rule`);
  compiled.set(name, '(?:)'); // guards against a class that refers to itself
  // Longest entries first, so "the person you hired" wins over "the person".
  const sorted = [...entries].sort((a, b) => b.length - a.length);
  const source = `(?:${sorted.map(body).join('|')})`;
  compiled.set(name, source);
  return source;
}

/** One regex matching any of the patterns. */
export function compile(patterns: readonly string[], flags = ''): RegExp {
  return new RegExp(patterns.map((p) => `(?:${sequence(p)})`).join('|'), flags);
}

/**
 * Words a token cannot match without: any match of it contains one of them (a word, or a stem for "word*"); null
 * when it can match any words. Checking them first lets the engine skip most patterns for most sentences.
 */
export interface Needed {
  words: Set<string>;
  stems: string[];
}

const neededCache = new Map<string, Needed | null>();

function union(sets: (Needed | null)[]): Needed | null {
  if (sets.length === 0 || sets.some((n) => n === null)) return null;
  return { words: new Set(sets.flatMap((n) => [...n!.words])), stems: sets.flatMap((n) => n!.stems) };
}

function neededOfToken(token: string): Needed | null {
  if (isGap(token) || token === '^' || /^\[.+\]$/.test(token)) return null;
  if (/^\(.+\)$/.test(token)) return union(splitTop(token.slice(1, -1), '/').map(oneNeeded));
  const cls = /^\{([\w-]+)\}$/.exec(token);
  if (cls) {
    const name = cls[1]!;
    if (!neededCache.has(name)) {
      neededCache.set(name, null); // a class that refers to itself needs nothing
      neededCache.set(name, union((wordClasses[name] ?? []).map(oneNeeded)));
    }
    return neededCache.get(name)!;
  }
  const words = new Set<string>();
  const stems: string[] = [];
  for (const w of token.split('/')) {
    if (w.endsWith('*') && w.length > 1) stems.push(w.slice(0, -1));
    else words.add(w);
  }
  return { words, stems };
}

/** What a pattern needs: for each of its required tokens, one of the words that token can match. */
export function neededOf(pattern: string): Needed[] {
  const all: Needed[] = [];
  for (const token of splitTop(pattern.trim(), ' ')) {
    const n = neededOfToken(token);
    if (n) all.push(n);
  }
  // The rarest first: most sentences fail on it.
  return all.sort((a, b) => rarity(a) - rarity(b));
}

// Words in almost every sentence: needing one of them rules little out.
const COMMON = new Set(
  (
    'i you the a an to for of and or in on at my your me it is was be this that with not no do did have would ' +
    'could can will so if please thank thanks we they he she are were been am as by from what how all any who ' +
    'know should than just really very'
  ).split(' '),
);
const rarity = (n: Needed) =>
  n.words.size + n.stems.length * 3 + 100 * [...n.words].filter((w) => COMMON.has(w)).length;

/** One set of words every match of a phrase contains, or null when it can match any words. */
const oneNeeded = (phrase: string): Needed | null => neededOf(phrase)[0] ?? null;

const stemRes = new WeakMap<Needed, RegExp>();

/** The words and the normalised text (" word word … ") of a sentence. */
export interface SentenceWords {
  text: string;
  list: string[];
  set: Set<string>;
}

function hasOne(needed: Needed, w: SentenceWords): boolean {
  // Loop over the smaller side: a sentence has about twenty words, a word class can have hundreds.
  if (needed.words.size < w.list.length) {
    for (const word of needed.words) if (w.set.has(word)) return true;
  } else if (w.list.some((word) => needed.words.has(word))) return true;
  if (needed.stems.length === 0) return false;
  let re = stemRes.get(needed);
  if (!re) stemRes.set(needed, (re = new RegExp(` (?:${needed.stems.map(escape).join('|')})`)));
  return re.test(w.text);
}

/** Whether a sentence's words include, for each required token of a pattern, one the token can match. */
export function hasNeeded(needed: Needed[], w: SentenceWords): boolean {
  return needed.every((n) => hasOne(n, w));
}
