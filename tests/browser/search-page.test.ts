// The /search/ page in Chromium: linkable searches, filters, bad input, and accessibility.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { brotliSize } from '../../scripts/lib/brotli.ts';
import { expectNoAxeViolations, expectUsable, openPage, useBrowser, type OpenOptions } from '../support/pages.ts';
import { searchPage, settledResults } from '../support/search.ts';
import { builtPages } from '../support/site.ts';
import { siteConfig } from '#/site.config.ts';

const browser = useBrowser();
let context: BrowserContext;
let page: Page;
let problems: string[];
afterEach(() => {
  expect(problems, 'console errors, CSP violations or uncaught exceptions').toEqual([]);
});

/** A fresh page in its own context (closed when the test ends); its problems are checked after the test. */
async function fresh(options: OpenOptions = {}): Promise<Page> {
  ({ context, page, problems } = await openPage(browser(), options));
  return page;
}

const panel = '[data-search-page]';
const search = (params: Record<string, string>) => searchPage(page, inject('baseURL'), params);

describe('the search page', () => {
  it('opens a ?q= link with its results and the query in the field', async () => {
    await fresh();
    const { hrefs, summary } = await search({ q: 'body language' });
    expect(hrefs[0]).toBe('/guides/review-your-attitude/');
    expect(summary).toMatch(/^\d+ pages? match(es)? “body language”\.$/);
    expect(await page.locator(`${panel} input[name="q"]`).inputValue()).toBe('body language');
  });

  it('narrows the results by type and by topic, from the address', async () => {
    await fresh();
    const all = await search({ q: 'interview' });
    expect(all.types).toContain('Original article');
    expect(all.types).toContain('Guide');
    const articles = await search({ q: 'interview', type: 'article' });
    expect(articles.hrefs).toEqual(['/article/']);
    expect(articles.summary).toContain('with these filters');
    const attitude = await search({ q: 'interview', topic: 'attitude' });
    expect(attitude.hrefs).toEqual(['/guides/review-your-attitude/']);
    expect(await page.locator(`${panel} select[name="topic"]`).inputValue()).toBe('attitude');
  });

  it('narrows as the reader changes a filter, and keeps the address in step so it can be shared', async () => {
    await fresh();
    const before = await search({ q: 'feedback' });
    await page.selectOption(`${panel} select[name="topic"]`, 'feedback');
    await page.waitForFunction(() => location.search.includes('topic=feedback'));
    const after = await settledResults(page, panel, /with these filters/);
    expect(after.hrefs.length).toBeGreaterThan(0);
    expect(after.hrefs.length).toBeLessThan(before.hrefs.length);
    const feedbackPages = builtPages()
      .filter((p) => p.root.querySelector('[data-pagefind-body][data-topic="feedback"]'))
      .map((p) => p.url);
    expect(feedbackPages).toContain('/guides/use-the-feedback/');
    for (const href of after.hrefs) expect(feedbackPages).toContain(href);
    await page.fill(`${panel} input[name="q"]`, 'thank');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'thank');
    expect(new URL(page.url()).search).toBe('?q=thank&topic=feedback');
  });

  it('lists every page of a type when only a filter is chosen', async () => {
    await fresh();
    // Every indexed guide in the build (one more with each guide an editor adds).
    const guides = builtPages().filter(
      (p) => p.root.querySelector('[data-pagefind-body]')?.getAttribute('data-type') === 'guide',
    ).length;
    expect(guides).toBeGreaterThanOrEqual(8);
    const { hrefs, summary } = await search({ type: 'guide' });
    expect(hrefs).toHaveLength(guides);
    expect(hrefs.every((h) => h.startsWith('/guides/'))).toBe(true);
    expect(summary).toBe(`${guides} pages in this selection.`);
  });

  it('offers exactly the filter choices the site has pages for', async () => {
    // The types and topics of the indexed pages, read from the build.
    const indexed = builtPages()
      .map((p) => p.root.querySelector('[data-pagefind-body]'))
      .filter((el) => el !== null);
    const has = {
      type: new Set(indexed.map((el) => el.getAttribute('data-type'))),
      topic: new Set(indexed.map((el) => el.getAttribute('data-topic'))),
    };
    await fresh();
    await search({ q: 'resume' });
    await page.waitForFunction(
      () => document.querySelector('[data-search-page]')?.getAttribute('data-filters-ready') === 'true',
    );
    for (const name of ['type', 'topic'] as const) {
      const options = await page.$$eval(`${panel} select[name="${name}"] option`, (os) =>
        os.map((o) => ({ value: (o as HTMLOptionElement).value, hidden: (o as HTMLOptionElement).hidden })),
      );
      expect(options[0]).toEqual({ value: '', hidden: false });
      for (const option of options.slice(1))
        expect(option.hidden, `${name}=${option.value}`).toBe(!has[name].has(option.value));
    }
  });

  it('shows ten results, then ten more on request', async () => {
    await fresh();
    const { hrefs, summary } = await search({ q: 'you' });
    const total = Number(/^(\d+) pages match/.exec(summary)?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(hrefs).toHaveLength(10);
    expect(summary).toMatch(/Showing the first 10\.$/);
    await page.click(`${panel} [data-search-more]`);
    await page.waitForFunction((sel) => document.querySelectorAll(`${sel} [role="option"]`).length > 10, panel);
    expect(await page.locator(`${panel} [role="option"]`).count()).toBe(Math.min(20, total));
    expect(await page.locator(`${panel} [data-search-more]`).isHidden()).toBe(total <= 20);
    // Focus does not vanish with the button: it goes back to the field, on the first new result.
    const input = page.locator(`${panel} input[name="q"]`);
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await input.getAttribute('aria-activedescendant')).toBe(
      await page.locator(`${panel} [role="option"]`).nth(10).getAttribute('id'),
    );
  });

  it('moves through results with the arrow keys and opens one with Enter', async () => {
    await fresh();
    await search({ q: 'what to wear' });
    await page.focus(`${panel} input[name="q"]`);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator(`${panel} [aria-selected="true"]`).getAttribute('href')).toBe(
      '/guides/review-your-appearance/',
    );
    await page.keyboard.press('Escape');
    expect(await page.locator(`${panel} [aria-selected="true"]`).count(), 'Escape leaves the results').toBe(0);
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL('**/guides/review-your-appearance/'), page.keyboard.press('Enter')]);
  });

  it('sends the header shortcut to the page field instead of opening a dialog', async () => {
    await fresh();
    await search({ q: 'resume' });
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.activeElement?.matches('[data-search-page] input'));
    expect(await page.locator('dialog').count()).toBe(0);
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violation with results, filters and a selection (%s scheme)',
    async (colorScheme) => {
      await fresh({ colorScheme });
      await search({ q: 'feedback', type: 'guide' });
      await page.focus(`${panel} input[name="q"]`);
      await page.keyboard.press('ArrowDown');
      await expectNoAxeViolations(page, 'results with filters and a selection');
    },
  );

  it.each(['light', 'dark'] as const)(
    'fits 320 px and passes axe in the %s scheme: empty, with results and filters, with no results, and on bad input',
    async (colorScheme) => {
      await fresh({ colorScheme, narrow: true });
      await search({});
      await expectUsable(page, 'empty');
      await search({ q: 'feedback', type: 'guide', topic: 'feedback' });
      await expectUsable(page, 'results with filters');
      await search({ q: 'zebra' });
      await expectUsable(page, 'no results');
      await search({ q: '!!! ???' });
      await expectUsable(page, 'symbols only');
    },
  );

  it('loads no more script than its budget, a search included', async () => {
    await fresh();
    const scripts: Promise<number>[] = [];
    context.on('response', (r) => {
      if (r.request().resourceType() === 'script' || /\.m?js(\?|$)/.test(r.url()))
        scripts.push(r.body().then((b) => brotliSize(b)));
    });
    await search({ q: 'resume' });
    await page.waitForLoadState('networkidle');
    const total = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(siteConfig.search.jsBudget);
  });

  it('works as a plain form without JavaScript, and says why it shows no results', async () => {
    await fresh({ javaScriptEnabled: false });
    await page.goto(inject('baseURL') + '/search/');
    await page.fill(`${panel} input[name="q"]`, 'resume');
    await Promise.all([page.waitForURL('**/search/?q=resume*'), page.click(`${panel} button[type="submit"]`)]);
    expect(await page.locator('.search-page__noscript').isVisible()).toBe(true);
    expect(await page.locator('.search-page__noscript a[href="/guides/"]').count()).toBe(1);
  });
});

describe('search that forgives', () => {
  it('corrects a typo, says so, and searches as typed on request, in the address too', async () => {
    await fresh();
    const { hrefs, summary } = await search({ q: 'feeback emial' });
    expect(hrefs[0]).toMatch(/feedback/);
    expect(summary).toMatch(/match(es)? “feedback email”\./);
    const notice = page.locator(`${panel} [data-search-spelling]`);
    expect(await notice.textContent()).toBe('Showing results for feedback email. Search instead for feeback emial');
    await notice.getByRole('button', { name: 'feeback emial' }).click();
    const asTyped = await settledResults(page, panel, /Nothing matches “feeback emial”/);
    expect(asTyped.summary).toBe('Nothing matches “feeback emial”. These pages help most readers:');
    expect(await notice.isHidden()).toBe(true);
    expect(new URL(page.url()).search).toBe('?q=feeback+emial&verbatim=1');
    // Focus stays in the field, where the reader can go on typing.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
  });

  it('finds pages for readers’ words and missing apostrophes, without calling them typos', async () => {
    await fresh();
    const outfit = await search({ q: 'my outfit was wrong' });
    expect(outfit.hrefs.slice(0, 3)).toContain('/guides/review-your-appearance/');
    const ghosted = await search({ q: 'hiring manager ghosted me' });
    expect(ghosted.hrefs.slice(0, 3)).toEqual(expect.arrayContaining([expect.stringMatching(/feedback/)]));
    await search({ q: 'wasnt picked' });
    expect(await page.locator(`${panel} [data-search-spelling]`).isHidden()).toBe(true);
  });
});

describe('bad input on the search page', () => {
  const injected = () =>
    page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: boolean }).__pwned === true,
      foreign: document.querySelectorAll(
        '[data-search-page] img, [data-search-page] script, [data-search-page] svg, [data-search-page] iframe, [data-search-page] b',
      ).length,
    }));

  it.each([
    ['empty', '', /^Type a worry or a few words/],
    ['whitespace only', '   \t  ', /^Type a worry or a few words/],
    ['symbols only', '!!! ??? @#$% ***', /^Type a word or two/],
    ['10,000 characters', 'interview '.repeat(1000), /only its first 300 characters were used\.$/],
    ['one 10,000-character word', 'x'.repeat(10_000), /^Nothing matches “x{300}”/],
    ['markup', '<img src=x onerror="window.__pwned=true">', /“<img src=x onerror="window\.__pwned=true">”/],
    ['a script tag', '<script>window.__pwned=true</script>resume', /“<script>window\.__pwned=true<\/script>resume”/],
    ['an attribute break-out', '"><svg onload="window.__pwned=true">', /“"><svg onload="window\.__pwned=true">”/],
  ])('%s in ?q= shows a clear state, never an error or injected markup', async (_name, q, expected) => {
    await fresh();
    const { summary } = await search({ q });
    expect(summary).toMatch(expected);
    expect(await injected()).toEqual({ pwned: false, foreign: 0 });
  });

  it('treats the same inputs typed into the field alike', async () => {
    await fresh();
    await search({});
    const field = page.locator(`${panel} input[name="q"]`);
    await field.fill('   ');
    expect((await settledResults(page, panel, /Type a worry/)).hrefs).toEqual([]);
    await field.fill('%%%');
    expect((await settledResults(page, panel, /Type a word or two/)).hrefs).toEqual([]);
    await field.fill('<img src=x onerror="window.__pwned=true"> resume');
    expect((await settledResults(page, panel, /match(es)?.*“<img|every word of “<img/)).summary).toContain(
      '“<img src=x onerror="window.__pwned=true"> resume”',
    );
    expect(await injected()).toEqual({ pwned: false, foreign: 0 });
  });

  it('ignores unknown filter values in the address', async () => {
    await fresh();
    const { hrefs } = await search({ q: 'resume', type: '<script>', topic: 'nope' });
    expect(hrefs[0]).toBe('/guides/review-your-resume/');
    expect(await page.locator(`${panel} select[name="type"]`).inputValue()).toBe('');
  });
});
