// A second chance for long questions. Pagefind only returns pages holding every word, so one word a guide does not
// use ("did my body language put them off") empties the results. Then each word is searched on its own, and pages
// are ranked by the sum, over the words, of their score relative to that word's best page: a page that is the best
// match for two words (1 + 1) beats one that merely contains three (0.3 + 0.4 + 1). Counting matched words alone
// would favour long pages that happen to hold small words like "off".

export interface Scored {
  id: string;
  score: number;
}

/** Merges one result list per word into one ranking; each page appears once, as the first result object seen. */
export function rankByCoverage<T extends Scored>(perWord: readonly (readonly T[])[]): T[] {
  const merged = new Map<string, { result: T; total: number }>();
  for (const results of perWord) {
    const best = Math.max(...results.map((r) => r.score));
    for (const result of results) {
      const share = best > 0 ? result.score / best : 1;
      const seen = merged.get(result.id);
      if (seen) seen.total += share;
      else merged.set(result.id, { result, total: share });
    }
  }
  return [...merged.values()].sort((a, b) => b.total - a.total).map((entry) => entry.result);
}
