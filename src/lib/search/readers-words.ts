// Readers' words: what upset people type ("clothes", "ghosted", "CV", "turned down") mapped to the words the pages
// use ("dress", "reply", "resume", "rejection"). Editors keep the list in src/data/search.json (see the README); this
// finds its words and phrases in a query. Matching compares stems, so one entry covers its other forms ("ghosted",
// "ghosting"); a phrase still matches with a filler word between its words ("turned me down") or, when it has four
// words or more, without a filler it has inside ("didn't get the job" matches "didnt get job"); and
// every negation is one word to it, so "not replied" also matches "never replied", "haven't replied" and "no reply".
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

interface Part {
  stem: string;
  /** A filler inside a phrase: the reader may leave it out. */
  optional: boolean;
}

interface Phrase {
  parts: Part[];
  site: readonly string[];
}

/** Ways of saying no, in the word list's form (apostrophes dropped): a phrase compares them as one word. */
const NEGATIONS = new Set(
  (
    'no not never nothing none nobody noone neither nor without cannot dont doesnt didnt isnt arent wasnt werent ' +
    'havent hasnt hadnt cant couldnt wont wouldnt shouldnt'
  ).split(' '),
);

/** A query word as phrases compare it: its stem, and every negation as "not". */
function matchKey(word: string): string {
  const key = wordKey(word);
  return NEGATIONS.has(key) ? 'not' : stem(key);
}

/** The words of an entry as the search sees a query's words: apostrophes restored, then stemmed. */
function parts(text: string): Part[] {
  const words = queryWords(text).map(restoreApostrophe);
  const filler = (word: string) => isStopWord(word) && !NEGATIONS.has(wordKey(word));
  // Only a phrase of four words or more may lose a filler: "got the news" without "the" would also match "got new"
  // (stems fold "news" into "new").
  const loose = words.length >= 4;
  return words.map((word, i) => ({
    stem: matchKey(word),
    optional: loose && i > 0 && i < words.length - 1 && filler(word),
  }));
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
        const phrase = { parts: parts(text), site: group.site };
        if (phrase.parts.length === 0) continue;
        const first = phrase.parts[0]!.stem;
        const list = this.byFirst.get(first) ?? [];
        list.push(phrase);
        list.sort((a, b) => b.parts.length - a.parts.length);
        this.byFirst.set(first, list);
        for (const part of phrase.parts) this.allStems.add(part.stem);
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
    const queryStems = words.map(matchKey);
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
      for (const { stem: wanted, optional } of phrase.parts.slice(1)) {
        // A filler the reader added between the phrase's words is skipped ("turned me down").
        let next = at;
        while (next < words.length && queryStems[next] !== wanted && isStopWord(words[next]!)) next++;
        if (queryStems[next] === wanted) {
          at = next + 1;
        } else if (!optional) {
          ok = false;
          break;
        }
      }
      if (ok) return { start, end: at, site: phrase.site };
    }
    return undefined;
  }
}
