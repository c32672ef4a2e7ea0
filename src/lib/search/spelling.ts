// Spelling that forgives: a word the pages never use is matched to the closest word they do use. Closeness is an
// edit distance whose costs follow how people mistype on phones and keyboards: a slip onto a neighbouring key, two
// letters swapped, a doubled or undoubled letter and a wrong vowel cost less than any other change. Among equally
// close words the more frequent one wins. The word list comes from the pages themselves (vocabulary.ts).
import { areNeighbours } from './keyboard.ts';

const VOWELS = new Set('aeiouy');

export const COSTS = {
  /** Any other letter in place of the right one, a letter too many or too few. */
  edit: 1,
  /** A neighbouring key ("feedbacj"). */
  neighbour: 0.5,
  /** One vowel for another ("tailer", "attitued" is a swap). */
  vowel: 0.7,
  /** Two letters swapped ("qiuz", "thnak"). */
  swap: 0.6,
  /** A letter doubled or undoubled ("resumme", "aplication"). */
  double: 0.5,
};

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (areNeighbours(a, b)) return COSTS.neighbour;
  if (VOWELS.has(a) && VOWELS.has(b)) return COSTS.vowel;
  return COSTS.edit;
}

/** Substitution costs between the letters a to z, worked out once: the inner loop runs millions of times. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const TABLE = new Float64Array(26 * 26);
for (let x = 0; x < 26; x++)
  for (let y = 0; y < 26; y++) TABLE[x * 26 + y] = substitutionCost(LETTERS[x]!, LETTERS[y]!);

function substitution(a: string, b: string): number {
  const x = a.charCodeAt(0) - 97;
  const y = b.charCodeAt(0) - 97;
  return x >= 0 && x < 26 && y >= 0 && y < 26 ? TABLE[x * 26 + y]! : substitutionCost(a, b);
}

/** Rows of the dynamic programme, reused: words longer than this are never corrected. */
const MAX_LENGTH = 40;
const rowA = new Float64Array(MAX_LENGTH + 1);
const rowB = new Float64Array(MAX_LENGTH + 1);
const rowC = new Float64Array(MAX_LENGTH + 1);

/**
 * The cost of typing `typed` when `meant` was meant (optimal string alignment distance with the costs above).
 * Stops early and returns Infinity once the cost must exceed `limit`.
 */
export function typingDistance(typed: string, meant: string, limit = Infinity): number {
  const n = typed.length;
  const m = meant.length;
  if (n > MAX_LENGTH || m > MAX_LENGTH) return Infinity;
  if (Math.abs(n - m) * COSTS.double > limit) return Infinity;
  // Three rows: two back (for swaps), one back, and the current one.
  let before = rowA;
  let previous = rowB;
  let current = rowC;
  previous[0] = 0;
  for (let j = 1; j <= m; j++) previous[j] = previous[j - 1]! + insertCost(meant, j);
  // A swap reaches back two rows, so the search stops only when two rows in a row are over the limit.
  let previousMin = 0;
  for (let i = 1; i <= n; i++) {
    const deletion = deleteCost(typed, i);
    current[0] = previous[0]! + deletion;
    let rowMin = current[0]!;
    const t = typed[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const u = meant[j - 1]!;
      let cost = previous[j]! + deletion;
      const inserted = current[j - 1]! + insertCost(meant, j);
      if (inserted < cost) cost = inserted;
      const substituted = previous[j - 1]! + (t === u ? 0 : substitution(t, u));
      if (substituted < cost) cost = substituted;
      if (i > 1 && j > 1 && t === meant[j - 2] && typed[i - 2] === u && t !== u) {
        const swapped = before[j - 2]! + COSTS.swap;
        if (swapped < cost) cost = swapped;
      }
      current[j] = cost;
      if (cost < rowMin) rowMin = cost;
    }
    if (rowMin > limit && previousMin > limit) return Infinity;
    previousMin = rowMin;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return previous[m]!;
}

/** Typing the i-th letter (1-based) of `typed` although it is not in the word: cheap when it repeats a neighbour. */
function deleteCost(typed: string, i: number): number {
  return typed[i - 1] === typed[i - 2] || typed[i - 1] === typed[i] ? COSTS.double : COSTS.edit;
}

/** Leaving out the j-th letter (1-based) of `meant`: cheap when it is one of a double letter. */
function insertCost(meant: string, j: number): number {
  return meant[j - 1] === meant[j - 2] || meant[j - 1] === meant[j] ? COSTS.double : COSTS.edit;
}

/** How far a word of this length may be from its correction: short words allow only a slip, long ones two. */
export function allowedDistance(length: number): number {
  if (length <= 3) return COSTS.swap;
  if (length <= 5) return COSTS.edit;
  if (length <= 8) return 1.6;
  return 2.1;
}

export interface Correction {
  word: string;
  distance: number;
}

export interface WordSource {
  /** Every word that can be a correction, most frequent first. */
  readonly words: readonly string[];
  frequency(word: string): number;
  has(word: string): boolean;
}

/** Letter counts (a to z) of each word of a source, side by side, computed once per source. */
const letterCounts = new WeakMap<WordSource, Uint8Array>();

function countsOf(source: WordSource): Uint8Array {
  let counts = letterCounts.get(source);
  if (!counts) {
    counts = new Uint8Array(source.words.length * 26);
    source.words.forEach((word, w) => countLetters(word, counts!, w * 26));
    letterCounts.set(source, counts);
  }
  return counts;
}

function countLetters(word: string, into: Uint8Array, at: number): void {
  for (let i = 0; i < word.length; i++) {
    const letter = word.charCodeAt(i) - 97;
    if (letter >= 0 && letter < 26) into[at + letter]!++;
  }
}

/**
 * A cheap lower bound of the typing distance: letters one word has and the other lacks each need an edit of at
 * least the cheapest cost. Skips most of the word list before the full comparison.
 */
function letterGap(typed: Uint8Array, counts: Uint8Array, at: number): number {
  let extra = 0;
  let missing = 0;
  for (let i = 0; i < 26; i++) {
    const d = typed[i]! - counts[at + i]!;
    if (d > 0) extra += d;
    else missing -= d;
  }
  return Math.max(extra, missing) * COSTS.double;
}

/**
 * The closest word to `typed` within its allowed distance, the more frequent on a tie, among the words `accept`
 * allows; undefined when none is.
 */
export function closestWord(
  typed: string,
  source: WordSource,
  accept: (word: string) => boolean = () => true,
): Correction | undefined {
  const limit = allowedDistance(typed.length);
  const bonus = (word: string) => 0.1 * Math.log10(1 + source.frequency(word));
  // No word can gain more from its frequency than the most frequent one, which comes first.
  const maxBonus = source.words.length ? bonus(source.words[0]!) : 0;
  const counts = countsOf(source);
  const own = new Uint8Array(26);
  countLetters(typed, own, 0);
  let best: Correction | undefined;
  let bestScore = Infinity;
  source.words.forEach((word, w) => {
    if (Math.abs(word.length - typed.length) > 3) return;
    const bound = Math.min(limit, bestScore + maxBonus);
    if (letterGap(own, counts, w * 26) > bound) return;
    const distance = typingDistance(typed, word, bound);
    if (distance > limit || !accept(word)) return;
    // Frequency breaks near-ties: a tenth of a typo per tenfold more uses.
    const score = distance - bonus(word);
    if (score < bestScore) {
      best = { word, distance };
      bestScore = score;
    }
  });
  return best;
}

/**
 * A word typed without its space ("bodylanguage"), as the two words the pages use, the most frequent pair first;
 * undefined when no split gives two known words of three letters or more that `accept` allows.
 */
export function splitJoined(
  typed: string,
  source: WordSource,
  accept: (word: string) => boolean = () => true,
): [string, string] | undefined {
  let best: [string, string] | undefined;
  let bestScore = 0;
  for (let i = 3; i <= typed.length - 3; i++) {
    const left = typed.slice(0, i);
    const right = typed.slice(i);
    if (!source.has(left) || !source.has(right) || !accept(left) || !accept(right)) continue;
    const score = Math.min(source.frequency(left), source.frequency(right));
    if (score > bestScore) {
      best = [left, right];
      bestScore = score;
    }
  }
  return best;
}

/**
 * Two words typed as one with a slip in one of them ("bodylanguge"): one side a known word of three letters or more,
 * the other, of four or more, the closest word within its own allowed distance; the split with the smaller slip
 * wins. Tried only when neither splitJoined nor closestWord found anything, as each side costs a closestWord.
 */
export function splitJoinedWithSlip(
  typed: string,
  source: WordSource,
  accept: (word: string) => boolean = () => true,
): [string, string] | undefined {
  let best: [string, string] | undefined;
  let bestDistance = Infinity;
  const known = (word: string) => word.length >= 3 && source.has(word) && accept(word);
  for (let i = 3; i <= typed.length - 3; i++) {
    const left = typed.slice(0, i);
    const right = typed.slice(i);
    if (known(left) && right.length >= 4) {
      const fix = closestWord(right, source, accept);
      if (fix && fix.distance < bestDistance) [best, bestDistance] = [[left, fix.word], fix.distance];
    }
    if (known(right) && left.length >= 4) {
      const fix = closestWord(left, source, accept);
      if (fix && fix.distance < bestDistance) [best, bestDistance] = [[fix.word, right], fix.distance];
    }
  }
  return best;
}
