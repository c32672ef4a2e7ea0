// "An exact title match ranks first": Pagefind scores words, so a page whose title is exactly what the reader typed
// can still trail a longer page that uses the same words more. Among the results loaded for display, pages whose
// title equals the query (ignoring case, punctuation and spacing) move to the front; the rest keep Pagefind's order.

/** A title or query reduced to its words: lower case, letters and digits only, single spaces. */
export function titleKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function promoteExactTitles<T>(
  items: readonly T[],
  query: string,
  titleOf: (item: T) => string | undefined,
): T[] {
  const key = titleKey(query);
  if (!key) return [...items];
  const exact = items.filter((item) => titleKey(titleOf(item) ?? '') === key);
  return exact.length === 0 ? [...items] : [...exact, ...items.filter((item) => !exact.includes(item))];
}
