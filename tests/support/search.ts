// Helpers for the search browser tests: the guides' own titles and topics, and reading the results as a person sees them.
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface GuideFacts {
  id: string;
  title: string;
  topic: string;
}

/** Title and topic of every published guide, read from its frontmatter. */
export function guideFacts(): GuideFacts[] {
  return readdirSync('src/content/guides')
    .filter((file) => /^[^_].*\.mdx$/.test(file))
    .map((file) => {
      const source = readFileSync(`src/content/guides/${file}`, 'utf8');
      const field = (name: string) => new RegExp(`^${name}:\\s*(['"]?)(.+)\\1\\s*$`, 'm').exec(source)?.[2] ?? '';
      return { id: file.replace(/\.mdx$/, ''), title: field('title').replace(/''/g, "'"), topic: field('topic') };
    });
}

/** A summary line that ends a search (not "Searching…" or "Loading search…"). */
export const SETTLED = /match|Nothing matches|in this selection|Type a|Search could not load/;

/** Waits until the panel under `scope` shows a settled summary matching `pattern`, then returns what it shows. */
export async function settledResults(page: Page, scope: string, pattern: RegExp = SETTLED) {
  await page.waitForFunction(
    ([selector, source]) =>
      new RegExp(source).test(document.querySelector(`${selector} [data-search-summary]`)?.textContent ?? ''),
    [scope, pattern.source] as const,
  );
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)!;
    return {
      summary: root.querySelector('[data-search-summary]')!.textContent ?? '',
      hrefs: [...root.querySelectorAll('[role="option"]')].map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      types: [...root.querySelectorAll('[role="option"] .search-result__type')].map((el) => el.textContent),
    };
  }, scope);
}

/** Opens /search/ with the given address parameters and returns the settled results. */
export async function searchPage(page: Page, baseURL: string, params: Record<string, string>) {
  await page.goto(`${baseURL}/search/?${new URLSearchParams(params)}`);
  return settledResults(page, '[data-search-page]');
}
