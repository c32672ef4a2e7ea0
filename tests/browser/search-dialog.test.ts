// The header's search dialog in Chromium: loaded only on intent, keyboard-first, accessible, and CSP-clean.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { recordRequests } from '../../scripts/lib/browser.ts';
import { expectNoAxeViolations, expectUsable, openPage, useBrowser, type OpenOptions } from '../support/pages.ts';
import { settledResults } from '../support/search.ts';

const browser = useBrowser();
let problems: string[];
afterEach(() => {
  expect(problems, 'console errors, CSP violations or uncaught exceptions').toEqual([]);
});

const guide = '/guides/review-your-resume/';
const dialog = 'dialog.search-dialog';

/** A fresh page; console errors (CSP violations included) and uncaught exceptions are collected for afterEach. */
async function open(path: string, options: OpenOptions = {}): Promise<Page> {
  const opened = await openPage(browser(), { ...options, path });
  problems = opened.problems;
  return opened.page;
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase(),
      id: el?.id,
      text: el?.textContent?.trim(),
      inDialog: !!el?.closest('dialog'),
    };
  });

describe('the search dialog', () => {
  it('fetches no script before intent, then the search code and index on hover, all from this site', async () => {
    const opened = await openPage(browser());
    problems = opened.problems;
    const requests = recordRequests(opened.context);
    const page = opened.page;
    await page.goto(inject('baseURL') + guide, { waitUntil: 'networkidle' });
    const scripts = () => requests.filter((r) => /\.m?js(\?|$)/.test(r.url)).map((r) => new URL(r.url).pathname);
    expect(scripts()).toEqual([]);
    await page.hover('header button.search-trigger');
    await page.waitForResponse((r) => r.url().includes('/pagefind/pagefind-entry.json'));
    expect(scripts().some((p) => /^\/_astro\/search-ui\.[\w-]+\.js$/.test(p))).toBe(true);
    expect(scripts()).toContain('/pagefind/pagefind.js');
    const origin = new URL(inject('baseURL')).origin;
    expect(requests.filter((r) => !r.url.startsWith(origin)).map((r) => r.url)).toEqual([]);
  });

  it('opens with Ctrl+K, ⌘+K and /, with the field focused', async () => {
    const page = await open(guide);
    for (const shortcut of ['Control+k', 'Meta+k', '/']) {
      await page.keyboard.press(shortcut);
      await page.waitForSelector(`${dialog}[open]`);
      expect(await focused(page), shortcut).toMatchObject({ tag: 'input', inDialog: true });
      await page.keyboard.press('Escape');
      await page.waitForSelector(`${dialog}:not([open])`, { state: 'attached' });
    }
  });

  it('goes from shortcut to guide with the keyboard alone: type, arrows, Enter', async () => {
    const page = await open(guide);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('body language');
    const { hrefs } = await settledResults(page, dialog);
    expect(hrefs[0]).toBe('/guides/review-your-attitude/');
    const input = page.locator(`${dialog} input[role="combobox"]`);
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    const active = async () => {
      const id = await input.getAttribute('aria-activedescendant');
      return id
        ? page.locator(`#${id}`).evaluate((el) => ({
            href: new URL((el as HTMLAnchorElement).href).pathname,
            selected: el.getAttribute('aria-selected'),
          }))
        : null;
    };
    expect(await active()).toBeNull();
    await page.keyboard.press('ArrowDown');
    expect(await active()).toEqual({ href: hrefs[0], selected: 'true' });
    await page.keyboard.press('ArrowDown');
    expect((await active())?.href).toBe(hrefs[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect((await active())?.href, 'Up from the first result wraps to the last').toBe(hrefs.at(-1));
    await page.keyboard.press('ArrowDown');
    expect((await active())?.href, 'Down from the last result wraps to the first').toBe(hrefs[0]);
    expect(await page.locator(`${dialog} [aria-selected="true"]`).count()).toBe(1);
    expect(await focused(page), 'focus stays in the field while arrows move the selection').toMatchObject({
      tag: 'input',
    });
    await Promise.all([page.waitForURL('**/guides/review-your-attitude/'), page.keyboard.press('Enter')]);
  });

  it('clears the selection when the reader types again', async () => {
    const page = await open(guide);
    await page.keyboard.press('/');
    await page.keyboard.type('attitude');
    await settledResults(page, dialog);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type('s');
    expect(await page.locator(`${dialog} input`).getAttribute('aria-activedescendant')).toBeNull();
    expect(await page.locator(`${dialog} input`).inputValue()).toBe('attitudes');
  });

  it('closes with Escape and gives focus back to where the reader was', async () => {
    const page = await open(guide);
    const link = page.locator('nav[aria-label="Next step"] a').first();
    await link.focus();
    await page.keyboard.press('/');
    await page.waitForSelector(`${dialog}[open]`);
    await page.keyboard.type('resume');
    await settledResults(page, dialog);
    await page.keyboard.press('Escape');
    expect(await page.locator(dialog).evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('opens from the header button and its Close button returns focus to it', async () => {
    const page = await open(guide);
    const button = page.locator('header button.search-trigger');
    await button.click();
    await page.waitForSelector(`${dialog}[open]`);
    expect(await focused(page)).toMatchObject({ tag: 'input', inDialog: true });
    await page.locator(`${dialog} [data-search-close]`).click();
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('keeps "/" as text once the reader is typing in the field', async () => {
    const page = await open(guide);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('and/or');
    expect(await page.locator(`${dialog} input`).inputValue()).toBe('and/or');
  });

  it('announces the result count politely once typing pauses', async () => {
    const page = await open(guide);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('tone of voice');
    await page.waitForFunction(
      (sel) => /pages? match/.test(document.querySelector(`${sel} [role="status"]`)?.textContent ?? ''),
      dialog,
    );
    const status = page.locator(`${dialog} [role="status"]`);
    expect(await status.textContent()).toMatch(/^\d+ pages? match(es)? “tone of voice”\.$/);
  });

  it('offers the pages that help most readers when nothing matches, as results to pick', async () => {
    const page = await open(guide);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('zebra');
    const { summary, hrefs } = await settledResults(page, dialog);
    expect(summary).toBe('Nothing matches “zebra”. These pages help most readers:');
    // The editors' list in src/data/search.json, in its order.
    expect(hrefs).toEqual(['/guides/someone-else-got-the-job/', '/guides/take-time-before-you-act/', '/tools/quiz/']);
    expect(await page.locator(`${dialog} input`).getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/guides/someone-else-got-the-job/');
  });

  it('shows an error with a retry when the index cannot load, and recovers', async () => {
    // The failed load is reported in the console on purpose; nothing else may go wrong.
    const page = await open(guide, { allow: [/pagefind|Failed to fetch|Search failed|ERR_FAILED/i] });
    // Every attempt fails while the route is in place, including the retries the loader makes with a new address
    // (a keystroke can start one before the error shows).
    await page.route('**/pagefind/pagefind.js*', (route) => route.abort());
    await page.keyboard.press('Control+k');
    await page.keyboard.type('resume');
    const { summary } = await settledResults(page, dialog);
    expect(summary).toMatch(/^Search could not load\./);
    await page.unroute('**/pagefind/pagefind.js*');
    await page.locator(`${dialog} button.search-panel__retry`).click();
    const { hrefs } = await settledResults(page, dialog, /pages? match/);
    expect(hrefs[0]).toBe('/guides/review-your-resume/');
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violation when open with results and a selection (%s scheme)',
    async (colorScheme) => {
      const page = await open(guide, { colorScheme });
      await page.keyboard.press('Control+k');
      await page.keyboard.type('feedback');
      await settledResults(page, dialog);
      await page.keyboard.press('ArrowDown');
      await expectNoAxeViolations(page, 'results with a selection');
    },
  );

  it('has no axe violation in the empty and no-results states', async () => {
    const page = await open(guide);
    await page.keyboard.press('Control+k');
    await page.waitForSelector(`${dialog}[open]`);
    await expectNoAxeViolations(page, 'empty');
    await page.keyboard.type('zebra');
    await settledResults(page, dialog);
    await expectNoAxeViolations(page, 'no results');
  });

  it('fills a phone screen and scrolls within it', async () => {
    const page = await open(guide, { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    await page.locator('header button.search-trigger').tap();
    await page.keyboard.type('interview');
    await settledResults(page, dialog);
    const box = await page.locator(dialog).boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 320, height: 640 });
    await expectUsable(page, 'results on a phone');
  });

  it('is a plain link to the search page without JavaScript', async () => {
    const page = await open(guide, { javaScriptEnabled: false });
    const link = page.locator('header a.search-trigger');
    expect(await link.getAttribute('href')).toBe('/search/');
    expect(await page.locator('header button.search-trigger').isVisible()).toBe(false);
    await Promise.all([page.waitForURL('**/search/'), link.click()]);
    expect(await page.locator('noscript').count()).toBe(1);
  });
});
