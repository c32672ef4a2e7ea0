// Parses the rule language of rules.ts and matches it over a normalised sentence's words (" token token … ").
//
//   word        that word                        {class}      any entry of a word class in vocabulary.ts
//   a/b/c       any of these words               (a b/c d)    any of these phrases
//   word*       any word starting with "word"    [a b/c d]    optionally, any of these phrases
//   ..  ...     a gap of up to 3 / up to 7 words ^            the start of the sentence
//   ~   ~~      a gap of up to 3 / up to 7 words within one clause (no comma, "but", "and", "which"… in it), so
//               "the panel ~~ {fault}" reads "the panel barely looked up" but not "the panel was kind, but I rushed"
import { wordClasses } from './vocabulary.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

// Words that start another clause: a clause-bound gap does not cross them.
const CLAUSE_WORDS = new Set([
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
]);

/** Gap tokens: how many words each may skip, and whether it stays within one clause. */
const GAPS: Record<string, { max: number; inClause: boolean }> = {
  '..': { max: 3, inClause: false },
  '...': { max: 7, inClause: false },
  '~': { max: 3, inClause: true },
  '~~': { max: 7, inClause: true },
};
const isGap = (token: string) => Object.hasOwn(GAPS, token);

// ── The matcher ───────────────────────────────────────────────────────────────────────────────────────────────────
// Patterns are matched over a sentence's words, not as regular expressions: a word class of hundreds of entries is
// looked up by the word at hand (its entries are indexed by their first word), and what a class matches at a
// position is worked out once per sentence, however many patterns use it.

type Node =
  | { t: 'word'; words: Set<string>; stems: string[] }
  | { t: 'class'; name: string }
  | { t: 'alt'; options: Node[][]; optional: boolean }
  | { t: 'gap'; max: number; inClause: boolean };

/** A pattern ready to match: its steps, and whether it must start at the sentence's first word. */
export interface Matcher {
  nodes: Node[];
  anchored: boolean;
}

function parseWord(token: string): Node {
  const words = new Set<string>();
  const stems: string[] = [];
  for (const w of token.split('/')) {
    if (w.endsWith('*') && w.length > 1) stems.push(w.slice(0, -1));
    else words.add(w);
  }
  return { t: 'word', words, stems };
}

function parseNode(token: string): Node {
  const gap = GAPS[token];
  if (gap && isGap(token)) return { t: 'gap', ...gap };
  const optional = /^\[.+\]$/.test(token);
  if (optional || /^\(.+\)$/.test(token))
    return { t: 'alt', options: splitTop(token.slice(1, -1), '/').map(parseSequence), optional };
  const cls = /^\{([\w-]+)\}$/.exec(token);
  if (cls) {
    if (!wordClasses[cls[1]!]) throw new Error(`Unknown word class {${cls[1]}} in a tone rule`);
    return { t: 'class', name: cls[1]! };
  }
  return parseWord(token);
}

const parseSequence = (pattern: string): Node[] => splitTop(pattern, ' ').map(parseNode);

/** Compiles a pattern of the rule language (see the top of this file). */
export function compilePattern(pattern: string): Matcher {
  const trimmed = pattern.trim();
  const anchored = trimmed.startsWith('^ ');
  return { nodes: parseSequence(anchored ? trimmed.slice(2) : trimmed), anchored };
}

/** A class's entries, indexed by the words (or stems) they can start with. */
interface ClassIndex {
  byWord: Map<string, Node[][]>;
  byStem: [string, Node[]][];
  /** Entries that can start with any word. */
  any: Node[][];
}

const classIndexes = new Map<string, ClassIndex>();

function classIndex(name: string): ClassIndex {
  let index = classIndexes.get(name);
  if (index) return index;
  index = { byWord: new Map(), byStem: [], any: [] };
  classIndexes.set(name, index);
  for (const entry of wordClasses[name] ?? []) {
    const nodes = parseSequence(entry);
    const first = firstOf(entry);
    if (!first) index.any.push(nodes);
    else {
      for (const w of first.words) index.byWord.set(w, [...(index.byWord.get(w) ?? []), nodes]);
      for (const stem of first.stems) index.byStem.push([stem, nodes]);
    }
  }
  return index;
}

// No match: shared, never written to (the lists `ends` returns are only read, and copied when kept).
const NONE: number[] = [];

/** One sentence's words, and what each class matches where (filled as the patterns ask). */
export class Tokens {
  /** Per class, by position: the positions where a match of the class starting there can end. */
  private classEnds = new Map<string, (number[] | undefined)[]>();
  private afterWord: number[][] = [];

  readonly list: string[];

  constructor(list: string[]) {
    this.list = list;
  }

  /** The positions where a match of `nodes` from position `at` can end (several: gaps and options). */
  ends(nodes: Node[], at: number): number[] {
    let positions = [at];
    for (const node of nodes) {
      // One position, the common case: its ends are the next positions as they are (each list has no repeats).
      if (positions.length === 1) {
        positions = this.step(node, positions[0]!);
        if (positions.length === 0) return positions;
        continue;
      }
      const next: number[] = [];
      for (const p of positions) for (const e of this.step(node, p)) if (!next.includes(e)) next.push(e);
      if (next.length === 0) return next;
      positions = next;
    }
    return positions;
  }

  private step(node: Node, at: number): number[] {
    const list = this.list;
    switch (node.t) {
      case 'word': {
        const w = list[at];
        if (w === undefined) return NONE;
        if (node.words.has(w)) return this.after(at);
        for (const s of node.stems) if (w.startsWith(s)) return this.after(at);
        return NONE;
      }
      case 'gap': {
        const out = [at];
        for (let k = at; k < list.length && out.length <= node.max; k++) {
          if (node.inClause && CLAUSE_WORDS.has(list[k]!)) break;
          out.push(k + 1);
        }
        return out;
      }
      case 'alt': {
        const out = node.optional ? [at] : [];
        for (const option of node.options) for (const e of this.ends(option, at)) if (!out.includes(e)) out.push(e);
        return out;
      }
      case 'class':
        return this.classAt(node.name, at);
    }
  }

  /** `[at + 1]`, one array per position: a word matches at thousands of places per text (read-only, like NONE). */
  private after(at: number): number[] {
    return (this.afterWord[at] ??= [at + 1]);
  }

  /** The positions where a match of word class `name` starting at `at` can end; worked out once per sentence. */
  classAt(name: string, at: number): number[] {
    let byPosition = this.classEnds.get(name);
    if (!byPosition) this.classEnds.set(name, (byPosition = []));
    const known = byPosition[at];
    if (known) return known;
    const out: number[] = [];
    byPosition[at] = out; // a class that refers to itself at the same place matches nothing more
    const w = this.list[at];
    const index = classIndex(name);
    for (const nodes of index.any) this.addEnds(out, nodes, at);
    if (w !== undefined) {
      const entries = index.byWord.get(w);
      if (entries) for (const nodes of entries) this.addEnds(out, nodes, at);
      for (const [stem, nodes] of index.byStem) if (w.startsWith(stem)) this.addEnds(out, nodes, at);
    }
    return out;
  }

  private addEnds(out: number[], nodes: Node[], at: number): void {
    for (const e of this.ends(nodes, at)) if (!out.includes(e)) out.push(e);
  }
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
  } else for (const word of w.list) if (needed.words.has(word)) return true;
  if (needed.stems.length === 0) return false;
  let re = stemRes.get(needed);
  if (!re) stemRes.set(needed, (re = new RegExp(` (?:${needed.stems.map(escape).join('|')})`)));
  return re.test(w.text);
}

/** Whether a sentence's words include, for each required token of a pattern, one the token can match. */
export function hasNeeded(needed: Needed[], w: SentenceWords): boolean {
  for (const n of needed) if (!hasOne(n, w)) return false;
  return true;
}
