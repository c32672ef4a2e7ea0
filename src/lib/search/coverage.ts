// Ranks pages for a query of several concepts (plan.ts). Pagefind alone returns only pages holding every word, so
// one word no page uses ("did my body language put them off") would empty the results, and a reader's word expanded
// into the site's words would demand all of them. Instead each term is searched on its own and the scores are added
// up: Pagefind's score for one term already weighs how often a page uses it, where (title, headings, declared
// situations), how rare the word is across the site and how long the page is, so the sum ranks like a search for
// any of the words, with pages that answer more of them first. Within one concept any of its terms counts, and
// more than one counts a little more (1 − Π(1 − share)); a concept found through a reader's word counts slightly
// less than a word the reader typed.

export interface Scored {
  id: string;
  score: number;
}

export interface ConceptResults<T extends Scored> {
  /** One result list per term of the concept. */
  perTerm: readonly (readonly T[])[];
  /** The concept came from a reader's word: its terms are the site's words for it, a step removed. */
  expanded: boolean;
}

/** How much a concept found through a reader's word counts, next to a word the reader typed. */
export const EXPANDED_WEIGHT = 0.9;

export interface Ranking<T> {
  /** Each page once, best first, as the result object of the term where it scored best. */
  ranked: readonly T[];
  /** The best page answers every concept that any page answers (always true for one concept). */
  complete: boolean;
}

interface Entry<T> {
  result: T;
  best: number;
  total: number;
  concepts: number;
}

export function rankByCoverage<T extends Scored>(concepts: readonly ConceptResults<T>[]): Ranking<T> {
  // One word: Pagefind's own order is the answer (and a common word on a big site has thousands of results).
  if (concepts.length === 1 && concepts[0]!.perTerm.length === 1)
    return { ranked: concepts[0]!.perTerm[0]!, complete: true };
  // Scores are scaled by the best score of the whole query, so shares stay between 0 and 1 for the "any of" sum.
  let scale = 0;
  for (const concept of concepts)
    for (const results of concept.perTerm) for (const result of results) scale = Math.max(scale, result.score);
  const merged = new Map<string, Entry<T>>();
  let answered = 0;
  for (const concept of concepts) {
    const scores = conceptScores(concept, scale);
    if (scores.size > 0) answered++;
    const weight = concept.expanded ? EXPANDED_WEIGHT : 1;
    for (const { result, share, top } of scores.values()) {
      const entry = merged.get(result.id);
      if (!entry) {
        merged.set(result.id, { result, best: top, total: weight * share, concepts: 1 });
        continue;
      }
      entry.total += weight * share;
      entry.concepts++;
      if (top > entry.best) {
        entry.best = top;
        entry.result = result;
      }
    }
  }
  const ranked = [...merged.values()].sort((a, b) => b.total - a.total);
  return {
    ranked: ranked.map((entry) => entry.result),
    complete: ranked.length > 0 && ranked[0]!.concepts === answered,
  };
}

/**
 * Per page: how well it answers the concept, and the result that scored best. A term's scores are taken relative to
 * its best page, and a page's share is its average over the concept's terms (a page using most of the site's words
 * for an idea is about that idea), scaled by how strongly the concept's best term matched at all.
 */
function conceptScores<T extends Scored>({ perTerm }: ConceptResults<T>, scale: number) {
  const pages = new Map<string, { result: T; share: number; top: number }>();
  const bests = perTerm.map((results) => results.reduce((best, r) => Math.max(best, r.score), 0));
  const strength = scale > 0 ? Math.max(0, ...bests) / scale : 1;
  perTerm.forEach((results, t) => {
    for (const result of results) {
      const relative = bests[t]! > 0 ? result.score / bests[t]! : 1;
      const share = (strength * relative) / perTerm.length;
      const page = pages.get(result.id);
      if (!page) {
        pages.set(result.id, { result, share, top: relative });
        continue;
      }
      page.share += share;
      if (relative > page.top) {
        page.top = relative;
        page.result = result;
      }
    }
  });
  return pages;
}
