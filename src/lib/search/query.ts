// What a reader typed, made safe and useful for Pagefind. Pagefind returns only pages holding every known word of a
// query, so common question words ("should I…") would hide the answer; words nobody on the site uses are ignored by
// Pagefind, so a reader's word with a different form ("worn") is mapped to the site's word ("wear").

/** Longer queries are cut here: nobody types more, and a pasted page would only slow the search down. */
export const MAX_QUERY_LENGTH = 100;

/** Question and filler words that carry no topic. */
const STOP_WORDS = new Set(
  (
    'a about after am an and any are as at be been before but by can could did do does doing for from had has have how i ' +
    "i'm if in into is it its me my of on or our should so than that the their them then there they this to too was we " +
    'were what when where which who why will with would you your'
  ).split(' '),
);

export type PreparedQuery =
  /** Nothing to search for: show the starting hints. */
  | { kind: 'empty' }
  /** Only symbols or punctuation: ask for a word. */
  | { kind: 'no-words'; text: string }
  /** `text` is what the reader sees; `term` is what Pagefind searches for. */
  | { kind: 'search'; text: string; term: string; shortened: boolean };

/** Drops control characters, collapses runs of spaces and trims. */
export function cleanQuery(raw: string): string {
  return raw
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** cleanQuery, then cut to MAX_QUERY_LENGTH at a word boundary. */
export function normalizeQuery(raw: string): { text: string; shortened: boolean } {
  const text = cleanQuery(raw);
  if (text.length <= MAX_QUERY_LENGTH) return { text, shortened: false };
  const cut = text.slice(0, MAX_QUERY_LENGTH);
  const space = cut.lastIndexOf(' ');
  return { text: (space > MAX_QUERY_LENGTH / 2 ? cut.slice(0, space) : cut).trim(), shortened: true };
}

/** The words of a query, lower-cased, with the punctuation around them removed. */
export function queryWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(' ')
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/[’‘]/g, "'"))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * The query as Pagefind should see it: words mapped through `synonyms`, question words dropped (unless the query
 * is nothing but question words), duplicates removed.
 */
export function prepareQuery(raw: string, synonyms: Readonly<Record<string, string>> = {}): PreparedQuery {
  const { text, shortened } = normalizeQuery(raw);
  if (!text) return { kind: 'empty' };
  const words = queryWords(text);
  if (words.length === 0) return { kind: 'no-words', text };
  const mapped = words.map((word) => synonyms[word] ?? word);
  const meaningful = mapped.filter((word) => !STOP_WORDS.has(word));
  const term = [...new Set(meaningful.length > 0 ? meaningful : mapped)].join(' ');
  return { kind: 'search', text, term, shortened };
}
