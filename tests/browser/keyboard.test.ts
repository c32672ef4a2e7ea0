// The site can be used with a keyboard alone: skip link, visible focus, and every link reachable with Tab.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/pages.ts';
import { sitemapPaths } from '../../scripts/lib/sitemap.ts';

const browser = useBrowser();

async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      href: el.getAttribute('href'),
      text: el.textContent?.trim() ?? '',
      /** A link forward on a guide's path: the next step, one way of a fork, or the end. */
      forward: el.matches('nav[aria-label="Next step"] a.pager__link--next'),
      outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });
}

describe('keyboard use', () => {
  it('offers a skip link first that moves focus to the main content', async () => {
    const { page } = await openPage(browser(), { path: '/guides/' });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ href: '#main', text: 'Skip to content' });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    const next = await focused(page);
    expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
    expect(next?.outlined).toBe(true);
  });

  it('walks from the home page through every guide to the end using Tab and Enter only, each way of a fork in turn', async () => {
    const { page } = await openPage(browser(), { path: '/' });
    const visited = new Set<string>();
    const tabTo = async (predicate: (f: Awaited<ReturnType<typeof focused>>) => boolean) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        expect(f?.outlined ?? true, `no visible focus on ${f?.tag} ${f?.href}`).toBe(true);
        if (predicate(f)) return f;
      }
      throw new Error(`Tab never reached the wanted link on ${page.url()}`);
    };
    // From the home page's "Start here", on each guide Tab to the way forward (at a fork, to the way not taken yet:
    // the nth forward link on the nth walk) and press Enter, until the path ends on /guides/.
    const onGuide = () => page.url().includes('/guides/') && !page.url().endsWith('/guides/');
    for (let walk = 0; walk < 2; walk++) {
      await page.goto(new URL('/', page.url()).href);
      await tabTo((f) => f?.text.startsWith('Start here') ?? false);
      await Promise.all([page.waitForURL(/\/guides\/.+\//), page.keyboard.press('Enter')]);
      for (let guard = 0; guard < 20 && onGuide(); guard++) {
        const here = new URL(page.url()).pathname;
        visited.add(here);
        const ways = await page.locator('nav[aria-label="Next step"] a.pager__link--next').count();
        let seen = 0;
        const link = await tabTo((f) => f?.forward === true && seen++ === Math.min(walk, ways - 1));
        await Promise.all([page.waitForURL((u) => u.pathname !== here), page.keyboard.press('Enter')]);
        expect(link).toBeTruthy();
      }
      expect(new URL(page.url()).pathname).toBe('/guides/');
    }
    const guides = sitemapPaths([]).filter((p) => /^\/guides\/[^/]+\/$/.test(p));
    expect([...visited].sort()).toEqual(guides.sort());
  });
});
