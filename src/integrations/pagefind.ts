// Builds the Pagefind search index over the static pages after `astro build`. Any Pagefind error fails the build:
// a site whose search silently lost pages is worse than a failed deploy. The service is always closed, so a failed
// build does not leave the Pagefind binary running.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export interface IndexOptions {
  /**
   * How long one Pagefind step may take. When its binary crashes (it panics on an unwritable output folder, for
   * one) the Node API never answers, so without a limit the build would hang instead of failing.
   */
  stepTimeoutMs?: number;
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

/** Indexes the HTML files in `siteDir` into `outputDir`; returns how many HTML files Pagefind read. */
export async function buildSearchIndex(
  siteDir: string,
  outputDir: string,
  { stepTimeoutMs = 120_000 }: IndexOptions = {},
): Promise<number> {
  try {
    const { index } = await step('start', pagefind.createIndex({ forceLanguage: 'en' }), stepTimeoutMs);
    if (!index) throw new Error('Pagefind returned no index.');
    const added = await step(`index ${siteDir}`, index.addDirectory({ path: siteDir }), stepTimeoutMs);
    if (added.page_count === 0) throw new Error(`Pagefind found no HTML page to index in ${siteDir}.`);
    await step(`write the index to ${outputDir}`, index.writeFiles({ outputPath: outputDir }), stepTimeoutMs);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

export function pagefindIndex(): AstroIntegration {
  let clientDir: URL | undefined;
  return {
    name: 'jst:pagefind',
    hooks: {
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
        const files = await buildSearchIndex(fileURLToPath(dir), fileURLToPath(new URL('pagefind/', dir)));
        logger.info(`read ${files} HTML files into the search index in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
