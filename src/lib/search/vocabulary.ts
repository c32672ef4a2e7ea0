// The site's own words with how often the pages use them: built at `npm run build` from the text Pagefind indexed,
// shipped as one small JSON file next to the index, and loaded with the search code (never by content pages). The
// search uses it to tell a word the pages know from a typo, and to correct typos to words that will find something.
import { queryWords, wordKey } from './query.ts';
import { closestWord, type WordSource } from './spelling.ts';
import { stem } from './stem.ts';

export interface VocabularyData {
  /** The words, grouped by how many times the pages use them: { "14": "feedback resume", "1": "…" }. */
  words: Record<string, string>;
  /**
   * Common English words no page uses that look like a typo of one that does ("messed", "reception"): spelling
   * leaves them alone. Space-separated.
   */
  english?: string;
}

/** Keeps the file small on big sites: the rarest words go first, and long or numeric tokens are no one's typo. */
const MAX_WORDS = 20_000;
const MAX_WORD_LENGTH = 24;

/** Adds the words of `text` to `counts`, in the form Pagefind indexes them (a hyphenated word also as its parts). */
export function countWords(text: string, counts: Map<string, number>): void {
  for (const word of queryWords(text)) {
    const parts = word.includes('-') ? [word, ...word.split('-')] : [word];
    for (const part of parts) {
      const key = wordKey(part);
      if (key.length < 2 || key.length > MAX_WORD_LENGTH || /\d/.test(key)) continue;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
}

/** How many of the most common English words are checked for looking like a typo of a site word. */
export const ENGLISH_WORDS_CHECKED = 20_000;

/**
 * The word list for the search data file. `english` lists common English words, most common first: those that
 * spelling would otherwise "correct" to a site word (or to one of `extraWords`, the readers' words the search also
 * corrects to) are kept, so a reader's real word is never changed.
 */
export function vocabularyData(
  counts: ReadonlyMap<string, number>,
  english: Iterable<string> = [],
  extraWords: Iterable<string> = [],
): VocabularyData {
  const kept = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_WORDS);
  const words: Record<string, string> = {};
  for (const [word, count] of kept) words[count] = words[count] ? `${words[count]} ${word}` : word;
  // The search corrects to readers' words too (vocabulary of the browser): check against the same list.
  const vocabulary = new Vocabulary({ words }, extraWords);
  const lookalikes: string[] = [];
  let checked = 0;
  for (const word of english) {
    if (checked++ >= ENGLISH_WORDS_CHECKED) break;
    if (/^[a-z]{2,}$/.test(word) && !vocabulary.knows(word) && closestWord(word, vocabulary)) lookalikes.push(word);
  }
  // In alphabetical order, which compresses a third smaller; the order means nothing to a lookup.
  return lookalikes.length > 0 ? { words, english: lookalikes.sort().join(' ') } : { words };
}

export class Vocabulary implements WordSource {
  /** Most frequent first. */
  readonly words: readonly string[];
  private readonly counts = new Map<string, number>();
  private readonly stems = new Set<string>();
  private readonly sorted: string[];
  private readonly english: Set<string>;

  constructor(data: VocabularyData, extraWords: Iterable<string> = []) {
    const groups = Object.entries(data.words).sort((a, b) => Number(b[0]) - Number(a[0]));
    for (const [count, list] of groups) for (const word of list.split(' ')) this.counts.set(word, Number(count));
    // Words the search understands although no page uses them (readers' words) can be corrections too.
    for (const word of extraWords) if (!this.counts.has(word)) this.counts.set(word, 1);
    this.words = [...this.counts.keys()];
    for (const word of this.words) this.stems.add(stem(word));
    this.sorted = [...this.words].sort();
    this.english = new Set(data.english ? data.english.split(' ') : []);
  }

  /** A real English word that no page uses: a reader meant it, so spelling must not change it. */
  isEnglish(word: string): boolean {
    return this.english.has(word);
  }

  has(word: string): boolean {
    return this.counts.has(word);
  }

  frequency(word: string): number {
    return this.counts.get(word) ?? 0;
  }

  /** A word the search can find as typed: one of the words, another form of one, or (`prefix`) the start of one. */
  knows(word: string, prefix = false): boolean {
    if (this.counts.has(word) || this.stems.has(stem(word))) return true;
    if (!prefix) return false;
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.sorted[mid]! < word) low = mid + 1;
      else high = mid;
    }
    return this.sorted[low]?.startsWith(word) ?? false;
  }
}
