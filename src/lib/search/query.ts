// What a reader typed, made safe and split into words. Everything after this (spelling, readers' words, ranking)
// works on these words, and so does the word list built from the pages, so both sides split text the same way.

/** Longer queries are cut here: a long message to a friend fits, a pasted page would only slow the search down. */
export const MAX_QUERY_LENGTH = 300;

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

/**
 * The words of a text, lower-cased: split at anything but letters, digits, apostrophes and hyphens, with curly
 * apostrophes made straight and the punctuation around each word removed. "e-mail" stays one word here.
 */
export function queryWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘ʼ`´]/g, "'")
    .split(/[^\p{L}\p{M}\p{N}'-]+/u)
    .map((word) => word.replace(/^['-]+|['-]+$/g, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * The form a word takes in the word list, as Pagefind indexes it: accents folded ("résumé" → "resume") and
 * apostrophes and hyphens dropped ("don't" → "dont", "e-mail" → "email").
 */
export function wordKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/['-]/g, '');
}
