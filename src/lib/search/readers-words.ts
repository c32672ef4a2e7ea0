// Readers' words: what upset people type ("clothes", "ghosted", "CV", "turned down") mapped to the words the pages
// use ("dress", "reply", "resume", "rejection"). Editors keep the list in src/data/search.json (see the README); this
// finds its words and phrases in a query. Matching compares stems, so one entry covers its other forms ("ghosted",
// "ghosting"), and a phrase still matches with a filler word between its words ("turned me down").
import { queryWords, wordKey } from './query.ts';
import { restoreApostrophe } from './contractions.ts';
import { stem } from './stem.ts';
import { isStopWord } from './stop-words.ts';

export interface ReadersWordGroup {
  /** For editors: what the group is about. */
  about?: string;
  /** Words and phrases readers type. */
  readers: string[];
  /** Words the pages use for the same thing; a search for any of the readers' words looks for these. */
  site: string[];
}

export interface ReadersMatch {
  /** Index of the first and one past the last query word the match covers. */
  start: number;
  end: number;
  site: readonly string[];
}

interface Phrase {
  stems: string[];
  site: readonly string[];
}

/** The words of an entry as the search sees a query's words: apostrophes restored, then stemmed. */
function stems(text: string): string[] {
  return queryWords(text).map((word) => stem(wordKey(restoreApostrophe(word))));
}

export class ReadersWords {
  /** Phrases by the stem of their first word, longest first. */
  private readonly byFirst = new Map<string, Phrase[]>();
  private readonly allStems = new Set<string>();
  /** Every word of every entry, in the word list's form: typos of readers' words are corrected too. */
  readonly words = new Set<string>();

  constructor(groups: readonly ReadersWordGroup[]) {
    for (const group of groups) {
      for (const text of group.readers) {
        const phrase = { stems: stems(text), site: group.site };
        if (phrase.stems.length === 0) continue;
        const list = this.byFirst.get(phrase.stems[0]!) ?? [];
        list.push(phrase);
        list.sort((a, b) => b.stems.length - a.stems.length);
        this.byFirst.set(phrase.stems[0]!, list);
        for (const s of phrase.stems) this.allStems.add(s);
        for (const word of queryWords(text)) this.words.add(wordKey(word));
      }
    }
  }

  /** True when `word` is part of some entry, so spelling must leave it alone. */
  knows(word: string): boolean {
    return this.allStems.has(stem(wordKey(word)));
  }

  /** The entries found in `words` (a query's words), left to right, longest first, never overlapping. */
  match(words: readonly string[]): ReadersMatch[] {
    const queryStems = words.map((word) => stem(wordKey(word)));
    const matches: ReadersMatch[] = [];
    let i = 0;
    while (i < words.length) {
      const found = this.longestAt(words, queryStems, i);
      if (found) {
        matches.push(found);
        i = found.end;
      } else {
        i++;
      }
    }
    return matches;
  }

  private longestAt(words: readonly string[], queryStems: readonly string[], start: number): ReadersMatch | undefined {
    for (const phrase of this.byFirst.get(queryStems[start]!) ?? []) {
      let at = start + 1;
      let ok = true;
      for (const wanted of phrase.stems.slice(1)) {
        // A filler the reader added between the phrase's words is skipped ("turned me down").
        while (at < words.length && queryStems[at] !== wanted && isStopWord(words[at]!)) at++;
        if (queryStems[at] !== wanted) {
          ok = false;
          break;
        }
        at++;
      }
      if (ok) return { start, end: at, site: phrase.site };
    }
    return undefined;
  }
}
