// Loads what search needs, once, on first intent: Pagefind's browser API (/pagefind/pagefind.js, written by the
// build; it searches with WebAssembly) and, alongside it, the site's word list, readers' words and start pages
// (/pagefind/search-data.json). All from this site: no third-party request. Without that file (an old build, a failed
// request) search still works, only without spelling correction and readers' words.
//
// Pagefind runs on the page's own thread, not in its Web Worker. Measured at 5,000 pages (npm run bench), a warm
// search for a common word took 23 ms in the worker and 12 ms here: the worker copies every result (4,040 of them)
// across to the page, answers each result's data() with another message, and releases each result with one more
// message once it is garbage. The work on this thread is the same search without those copies (about 10 ms at 5,000
// pages, between two keystrokes), so a reader sees results sooner. It needs 'wasm-unsafe-eval' in the pages'
// script-src (astro.config.mjs); on the worker's thread it did not.
import { SEARCH_DATA_FILE_NAME, type SearchDataFile } from '#/lib/search/data-file.ts';
import { ReadersWords } from '#/lib/search/readers-words.ts';
import type { SearchBackend, StartPage } from '#/lib/search/run.ts';
import { Vocabulary } from '#/lib/search/vocabulary.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

export interface PagefindApi {
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface PagefindModule {
  /** An instance of its own, with these options (the module's shared instance is left to anyone else). */
  createInstance(options: { noWorker?: boolean; excerptLength?: number }): PagefindApi;
}

export interface LoadedSearch {
  pagefind: PagefindApi;
  readers: ReadersWords;
  vocabulary?: Vocabulary;
  start: StartPage[];
}

const BASE = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;

let loading: Promise<LoadedSearch> | undefined;
let loaded = false;
/** Failed loads so far: some browsers remember a failed import() (Chromium 153 does), so a retry needs a new URL. */
let failures = 0;

export function isSearchLoaded(): boolean {
  return loaded;
}

async function loadData(): Promise<SearchDataFile | undefined> {
  try {
    const response = await fetch(BASE + SEARCH_DATA_FILE_NAME);
    return response.ok ? ((await response.json()) as SearchDataFile) : undefined;
  } catch {
    return undefined;
  }
}

/** Pagefind and the search data, loaded in parallel; a failed load is forgotten so the next try starts afresh. */
export function loadSearch(): Promise<LoadedSearch> {
  loading ??= (async () => {
    const data = loadData();
    const pagefindUrl = `${BASE}pagefind.js`;
    const url = failures ? `${pagefindUrl}?retry=${failures}` : pagefindUrl;
    const module = (await import(/* @vite-ignore */ url)) as PagefindModule;
    const pagefind = module.createInstance({ noWorker: true, excerptLength: 24 });
    await pagefind.init();
    const file = await data;
    const readers = new ReadersWords(file?.readersWords ?? []);
    loaded = true;
    return {
      pagefind,
      readers,
      vocabulary: file && new Vocabulary(file.vocabulary, readers.words),
      start: file?.start ?? [],
    };
  })();
  loading.catch(() => {
    loading = undefined;
    failures++;
  });
  return loading;
}

/** Pagefind as the pure search runner (src/lib/search/run.ts) sees it: one term, these filters. */
export function pagefindBackend(search: LoadedSearch, filters: Record<string, string>): SearchBackend<PagefindResult> {
  const options = Object.keys(filters).length > 0 ? { filters } : undefined;
  return { search: async (term) => (await search.pagefind.search(term, options))?.results ?? [] };
}
