// Content pages cost no JavaScript download until the reader asks for something interactive; printing is clean.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, newContext } from '../../scripts/lib/browser.ts';
import { sitemapPaths } from '../support/sitemap.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('content pages before any interaction', () => {
  it.each(sitemapPaths())('%s fetches no script file unless it is a tool page with a JS budget', async (path) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const scripts: string[] = [];
    context.on('request', (r) => {
      if (r.resourceType() === 'script' || /\.m?js(\?|$)/.test(r.url())) scripts.push(r.url());
    });
    await page.goto(inject('baseURL') + path, { waitUntil: 'networkidle' });
    const isTool = (await page.locator('meta[name="jst-js-budget"]').count()) > 0;
    if (!isTool) expect(scripts).toEqual([]);
    await context.close();
  });
});

describe('printing a guide', () => {
  it('prints the guide and its checklist without the site header, footer or step links', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(inject('baseURL') + '/guides/someone-else-got-the-job/');
    await page.emulateMedia({ media: 'print' });
    const shown = async (selector: string) => page.locator(selector).first().isVisible();
    expect(await shown('.site-header')).toBe(false);
    expect(await shown('.site-footer')).toBe(false);
    expect(await shown('nav[aria-label="Next step"]')).toBe(false);
    expect(await shown('h1')).toBe(true);
    expect(await shown('.checklist')).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
    await context.close();
  });
});
