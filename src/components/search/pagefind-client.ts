// Loads Pagefind's browser API (/pagefind/pagefind.js, written by the build) once, on first intent. It searches in a
// Web Worker with WebAssembly, all from this site: no third-party request.

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
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGEFIND_URL = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;

let loading: Promise<PagefindApi> | undefined;
let loaded = false;
/** Failed loads so far: some browsers remember a failed import() (Chromium 153 does), so a retry needs a new URL. */
let failures = 0;

export function isPagefindLoaded(): boolean {
  return loaded;
}

/** Pagefind, loaded and initialised; a failed load is forgotten so the next try starts afresh. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = failures ? `${PAGEFIND_URL}?retry=${failures}` : PAGEFIND_URL;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    loaded = true;
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
    failures++;
  });
  return loading;
}
