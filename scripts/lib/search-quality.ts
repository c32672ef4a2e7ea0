// Measures site search on the labelled queries in tests/fixtures/search/ (see its README): each query is typed into
// the real /search/ page of the built site in Chromium, and passes when one of its expected pages that exists in the
// build is among the first three results. Used by `npm run search:eval` and by the browser test that holds the
// thresholds in `npm test`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';

export interface LabelledQuery {
  q: string;
  expect: string[];
  kind: string;
}

/** The development split, the unseen one, and the second unseen batch written before the second round of rules. */
export const SPLITS = ['dev', 'unseen', 'unseen2'] as const;
export type Split = (typeof SPLITS)[number];

/** How many results count: the issue's "among the first 3". */
export const TOP = 3;

export function readQueries(split: Split): LabelledQuery[] {
  return JSON.parse(readFileSync(`tests/fixtures/search/queries.${split}.json`, 'utf8')) as LabelledQuery[];
}

/** URL paths of the built pages (dist/client/**∕index.html and the like), to tell which expected pages exist yet. */
export function builtPaths(clientDir = 'dist/client'): Set<string> {
  if (!existsSync(clientDir)) throw new Error(`No built site in ${clientDir}: run \`npm run build\` first.`);
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
  return new Set(
    walk(clientDir)
      .filter((file) => file.endsWith('index.html'))
      .map((file) => `/${relative(clientDir, file).split(sep).join('/')}`.replace(/index\.html$/, '')),
  );
}

/**
 * The result paths /search/ shows for `q`, in order, once the search has settled (no results: []). The query is
 * typed into the page's field, as a reader would; the page is loaded once and kept for the next query.
 */
export async function searchResults(page: Page, baseURL: string, q: string): Promise<string[]> {
  if (!page.url().startsWith(`${baseURL}/search/`)) await page.goto(`${baseURL}/search/`);
  const field = page.locator('[data-search-page] input[name="q"]');
  await field.fill(q);
  await page.waitForFunction(
    (text) => document.querySelector<HTMLElement>('[data-search-page] form')?.dataset.searchSettled === text,
    q,
  );
  return page.$$eval('[data-search-page] [role="option"]', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

export interface Outcome {
  query: LabelledQuery;
  /** The expected pages that exist in this build. */
  expected: string[];
  results: string[];
  passed: boolean;
}

export interface SplitScore {
  split: Split;
  total: number;
  /** Queries whose expected pages do not exist yet in this build. */
  unscorable: number;
  scored: number;
  passed: number;
  /** passed / scored, 0 to 1. */
  accuracy: number;
  /** Of the scored queries, how many showed no result at all. */
  empty: number;
  byKind: Record<string, { scored: number; passed: number }>;
  misses: Outcome[];
}

export function scoreOutcomes(split: Split, outcomes: Outcome[]): SplitScore {
  const scored = outcomes.filter((o) => o.expected.length > 0);
  const byKind: SplitScore['byKind'] = {};
  for (const o of scored) {
    const kind = (byKind[o.query.kind] ??= { scored: 0, passed: 0 });
    kind.scored++;
    if (o.passed) kind.passed++;
  }
  const passed = scored.filter((o) => o.passed).length;
  return {
    split,
    total: outcomes.length,
    unscorable: outcomes.length - scored.length,
    scored: scored.length,
    passed,
    accuracy: scored.length ? passed / scored.length : 0,
    empty: scored.filter((o) => o.results.length === 0).length,
    byKind,
    misses: scored.filter((o) => !o.passed),
  };
}

/** Runs every query of a split through /search/ in `page` and scores it. */
export async function evaluateSplit(
  page: Page,
  baseURL: string,
  split: Split,
  existing: Set<string> = builtPaths(),
): Promise<SplitScore> {
  const outcomes: Outcome[] = [];
  for (const query of readQueries(split)) {
    const results = await searchResults(page, baseURL, query.q);
    const expected = query.expect.filter((path) => existing.has(path));
    outcomes.push({ query, expected, results, passed: results.slice(0, TOP).some((r) => expected.includes(r)) });
  }
  return scoreOutcomes(split, outcomes);
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

/** One line of figures: accuracy, how many had no result, how many could not be scored yet, and by kind. */
export function formatScore(score: SplitScore): string {
  const kinds = Object.entries(score.byKind)
    .map(([kind, k]) => `${kind} ${k.passed}/${k.scored}`)
    .join(', ');
  return (
    `${score.split}: top-${TOP} accuracy ${percent(score.accuracy)} (${score.passed} of ${score.scored} scored; ` +
    `${score.empty} with no result; ${score.unscorable} not scorable yet, their pages not built)\n  by kind: ${kinds}`
  );
}

/** The misses, one per line: query, kind, what was shown first, what was expected. */
export function formatMisses(score: SplitScore): string {
  return score.misses
    .map(
      (m) =>
        `  ✗ "${m.query.q}" (${m.query.kind})\n      got:      ${m.results.slice(0, TOP).join(' ') || '(no results)'}\n` +
        `      expected: ${m.expected.join(' ')}`,
    )
    .join('\n');
}
