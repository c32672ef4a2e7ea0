// What each page costs in JavaScript before the reader asks for anything interactive: content pages fetch no script
// file; a tool's page stays within its budget (brotli bytes of the script files it fetches and the scripts inlined in
// its HTML, from siteConfig). Bytes are deterministic, so this is a test; the bench prints the same figures with
// timings. Printing a guide is clean.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { brotliSize } from '../../scripts/lib/brotli.ts';
import { openPage, useBrowser } from '../support/pages.ts';
import { sitemapPaths } from '../../scripts/lib/sitemap.ts';
import { scriptBudgets } from '#/site.config.ts';
import { clientDir } from '../support/site.ts';

const browser = useBrowser();
const budgets = scriptBudgets();
const paths = [...new Set([...sitemapPaths(), ...budgets.keys()])];

/** The script files a page fetches from loading until the network is idle, with no interaction, and its inline code. */
async function scriptsOnLoad(path: string): Promise<{ files: string[]; inline: string }> {
  const { context, page } = await openPage(browser());
  const files = new Set<string>();
  context.on('request', (r) => {
    if (r.resourceType() === 'script' || /\.m?js(\?|$)/.test(r.url())) files.add(new URL(r.url()).pathname);
  });
  await page.goto(inject('baseURL') + path, { waitUntil: 'networkidle' });
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')]
      .map((s) => s.textContent ?? '')
      .join('\n'),
  );
  return { files: [...files], inline };
}

describe('JavaScript before any interaction', () => {
  it.each(paths.filter((p) => !budgets.has(p)))('%s is a content page and fetches no script file', async (path) => {
    expect((await scriptsOnLoad(path)).files).toEqual([]);
  });

  it.each([...budgets])('%s stays within its budget of %i brotli bytes', async (path, budget) => {
    const { files, inline } = await scriptsOnLoad(path);
    const sizes: [string, number][] = [
      ...files.map((file): [string, number] => [file, brotliSize(readFileSync(join(clientDir, file)))]),
      ['inline scripts', brotliSize(inline)],
    ];
    const total = sizes.reduce((sum, [, size]) => sum + size, 0);
    const detail = sizes.map(([what, size]) => `${size} B ${what}`).join('\n');
    expect(files.length + inline.length, 'the page runs its tool').toBeGreaterThan(0);
    expect(total, detail).toBeLessThanOrEqual(budget);
  });
});

describe('printing a guide', () => {
  it('prints the guide and its checklist without the site header, footer or step links', async () => {
    const { page } = await openPage(browser(), { path: '/guides/someone-else-got-the-job/' });
    await page.emulateMedia({ media: 'print' });
    const shown = async (selector: string) => page.locator(selector).first().isVisible();
    expect(await shown('.site-header')).toBe(false);
    expect(await shown('.site-footer')).toBe(false);
    expect(await shown('nav[aria-label="Next step"]')).toBe(false);
    expect(await shown('h1')).toBe(true);
    expect(await shown('.checklist')).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
  });
});
