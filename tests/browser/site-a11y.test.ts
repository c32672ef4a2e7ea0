// Every page in the sitemap, as a person meets it: axe-core in both colour schemes, 320 px wide, and no CSP errors.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, describeViolations, launchChromium, newContext } from '../../scripts/lib/browser.ts';
import { sitemapPaths } from '../support/sitemap.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const paths = sitemapPaths();

describe.each(['light', 'dark'] as const)('every page in the %s colour scheme', (colorScheme) => {
  it.each(paths)('%s has no WCAG 2.2 A or AA violation', async (path) => {
    const context = await newContext(browser, { colorScheme });
    const page = await context.newPage();
    const cspErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content.Security.Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    await page.goto(inject('baseURL') + path);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(cspErrors).toEqual([]);
    await context.close();
  });
});

describe('at 320 px wide', () => {
  it.each(paths)('%s does not scroll sideways', async (path) => {
    const context = await newContext(browser, { viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(inject('baseURL') + path);
    const overflow = await page.evaluate(() => {
      const widest = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((el) => `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''}`);
      return {
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        widest: widest.slice(0, 5),
      };
    });
    expect(overflow.scrollWidth, `too wide: ${overflow.widest.join(', ')}`).toBeLessThanOrEqual(overflow.clientWidth);
    await context.close();
  });
});
