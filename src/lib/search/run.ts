// Running a planned query (plan.ts) against the index, and what to show when nothing matches. Pure: the search itself
// is passed in (Pagefind in the browser, a table in tests), so the whole fallback logic is tested without a browser.
import { rankByCoverage, type Scored } from './coverage.ts';
import type { QueryPlan } from './plan.ts';

/** A page offered when nothing matches: the build fills in its title from the index (see StartPage in the README). */
export interface StartPage {
  url: string;
  title: string;
  type?: string;
  description?: string;
}

export interface SearchBackend<T extends Scored> {
  /** The results for one term, best first; `null` lists every page the filters allow. Nothing found: []. */
  search(term: string | null): Promise<readonly T[]>;
}

type SearchPlan = Extract<QueryPlan, { kind: 'search' }>;

export type SearchOutcome<T> =
  | Exclude<QueryPlan, SearchPlan>
  /** No words but a filter: every page of that type or topic. */
  | { kind: 'listing'; results: readonly T[] }
  /** `partial`: no page answers every part of the query; these answer some. */
  | { kind: 'results'; plan: SearchPlan; results: readonly T[]; partial: boolean }
  /** Nothing matched: `start` holds the pages that help most readers (none when filters narrowed the search). */
  | { kind: 'nothing'; plan: SearchPlan; start: StartPage[] };

export interface RunOptions {
  /** A type or topic filter is set. */
  filtered: boolean;
  /** Pages to offer when nothing matches. */
  start: readonly StartPage[];
}

export async function runSearch<T extends Scored>(
  plan: QueryPlan,
  backend: SearchBackend<T>,
  { filtered, start }: RunOptions,
): Promise<SearchOutcome<T>> {
  if (plan.kind === 'empty' && filtered) return { kind: 'listing', results: await backend.search(null) };
  if (plan.kind !== 'search') return plan;
  const terms = [...new Set(plan.concepts.flatMap((concept) => concept.terms))];
  const found = new Map(await Promise.all(terms.map(async (term) => [term, await backend.search(term)] as const)));
  const { ranked, complete } = rankByCoverage(
    plan.concepts.map((concept) => ({
      perTerm: concept.terms.map((term) => found.get(term) ?? []),
      expanded: concept.expanded,
    })),
  );
  if (ranked.length > 0) return { kind: 'results', plan, results: ranked, partial: !complete };
  return { kind: 'nothing', plan, start: filtered ? [] : [...start] };
}
