// The search page's address: ?q= and the filters, read from and written to the URL so a search can be linked,
// bookmarked and shared. Values that are not known filter values are dropped, never echoed. A long query is kept
// whole here, so the search can say it used only the start of it.
import { cleanQuery } from './query.ts';

export interface SearchFilters {
  type?: string;
  topic?: string;
}

export interface SearchState extends SearchFilters {
  q: string;
  /** Search for the words as typed, without spelling correction ("Search instead for …"): `&verbatim=1`. */
  verbatim?: boolean;
}

export interface KnownFilters {
  type: readonly string[];
  topic: readonly string[];
}

export function readSearchParams(search: string | URLSearchParams, known: KnownFilters): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const pick = (name: keyof KnownFilters) => {
    const value = params.get(name) ?? '';
    return known[name].includes(value) ? value : undefined;
  };
  const state: SearchState = { q: cleanQuery(params.get('q') ?? ''), type: pick('type'), topic: pick('topic') };
  if (params.get('verbatim') === '1') state.verbatim = true;
  return state;
}

/** `?q=…&type=…&topic=…`, leaving out what is empty; '' when nothing is set. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.type) params.set('type', state.type);
  if (state.topic) params.set('topic', state.topic);
  if (state.verbatim && state.q.trim()) params.set('verbatim', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The filters in the shape Pagefind's search() takes. */
export function pagefindFilters(state: SearchFilters): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.type) filters.type = state.type;
  if (state.topic) filters.topic = state.topic;
  return filters;
}
