// The design as a person meets it: a one-row header on phones with a menu that needs no script, checklist ticks that
// stay on the device, the email tool side by side on wide screens, no layout shift, and a clean style guide.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  expectNoSidewaysScroll,
  openPage,
  useBrowser,
  type OpenOptions,
} from '../support/pages.ts';
import { pausedPage } from '../support/paused-page.ts';
import { sitemapPaths } from '../../scripts/lib/sitemap.ts';

const browser = useBrowser();

const phones = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
];

/** A page at `path`, in a context closed when the test ends. */
const open = (path: string, options: OpenOptions = {}) => openPage(browser(), { ...options, path });

const box = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .boundingBox()
    .then((b) => b!);

describe('the header', () => {
  it.each(
    phones.flatMap((viewport) =>
      ['/', '/guides/review-your-resume/', '/tools/feedback-email/'].map(
        (path) => [viewport.width, path, viewport] as const,
      ),
    ),
  )('is one row at most 64 px tall at %i px wide on %s', async (_width, path, viewport) => {
    const { page } = await open(path, { viewport });
    const header = await box(page, '.site-header');
    expect(header.height).toBeLessThanOrEqual(64);
    // Name, Menu and Search share one row.
    const rows = await Promise.all(['.brand', '.menu summary', '[data-search-button]'].map((s) => box(page, s)));
    for (const item of rows) expect(item.y + item.height).toBeLessThanOrEqual(header.y + header.height);
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
  });

  it('opens its menu without JavaScript, and Tab goes from the Menu button into its links', async () => {
    const { page } = await open('/guides/', { viewport: phones[1], javaScriptEnabled: false });
    const menu = page.locator('.menu summary');
    expect(await menu.getAttribute('aria-expanded')).toBeNull();
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.menu').getAttribute('open')).toBe('');
    expect(await page.locator('.site-nav').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Guides');
  });

  it.each(['light', 'dark'] as const)('has no WCAG violation with its menu open (%s)', async (colorScheme) => {
    // axe needs timers, which a page without JavaScript does not run: the open menu is checked with scripts on.
    const { page } = await open('/guides/', { viewport: phones[1], colorScheme });
    await page.locator('.menu summary').click();
    expect(await page.locator('.site-nav').isVisible()).toBe(true);
    await expectNoAxeViolations(page, `menu open, ${colorScheme}`);
  });

  it('shows the links inline and no Menu button on a wide screen', async () => {
    const { page } = await open('/', { viewport: { width: 1280, height: 800 } });
    expect(await page.locator('.menu').isVisible()).toBe(false);
    expect(await page.locator('.site-nav a').count()).toBeGreaterThanOrEqual(5);
    for (const link of await page.locator('.site-nav a').all()) expect(await link.isVisible()).toBe(true);
    expect((await box(page, '.site-header')).height).toBeLessThanOrEqual(64);
  });
});

describe('a guide’s checklist', () => {
  it('keeps ticks on this device across a reload, fetching no script, and forgets them when unticked', async () => {
    const { context, page } = await openPage(browser());
    const scripts: string[] = [];
    context.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const url = inject('baseURL') + '/guides/review-your-resume/';
    await page.goto(url);
    const boxes = page.locator('.checklist input[type="checkbox"]');
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await page.reload();
    expect(await Promise.all((await boxes.all()).map((b) => b.isChecked()))).toEqual([true, false, true, false]);
    const label = page.locator('.checklist li').nth(0).locator('label');
    expect(await label.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
    // Another guide keeps its own list.
    await page.goto(inject('baseURL') + '/guides/review-your-attitude/');
    expect(await page.locator('.checklist input:checked').count()).toBe(0);
    await page.goto(url);
    await boxes.nth(0).uncheck();
    await boxes.nth(2).uncheck();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    expect(scripts).toEqual([]);
  });

  it('says "All done" only when every item is ticked', async () => {
    const { page } = await open('/guides/someone-else-got-the-job/');
    const done = page.locator('.checklist__done');
    const boxes = await page.locator('.checklist input').all();
    for (const b of boxes.slice(0, -1)) await b.check();
    expect(await done.isVisible()).toBe(false);
    await boxes.at(-1)!.check();
    expect(await done.isVisible()).toBe(true);
  });
});

describe('the feedback email tool page', () => {
  it('puts the form and the email side by side on a wide screen', async () => {
    const { page } = await open('/tools/feedback-email/', { viewport: { width: 1280, height: 800 } });
    await page.waitForSelector('.fe-form fieldset:not([disabled])');
    const form = await box(page, '.fe-form');
    const sample = await box(page, '.tool-split__preview');
    expect(sample.x).toBeGreaterThanOrEqual(form.x + form.width);
    expect(sample.y).toBeLessThan(form.y + 200);
    await page.getByLabel('Your name').fill('Jordan Lee');
    await page.getByLabel('Company', { exact: true }).fill('Northwind');
    await page.getByLabel('Job you interviewed for').fill('Marketing Assistant');
    await page.getByLabel('Interviewer’s name').fill('Sam');
    await page.getByRole('button', { name: 'Write my email' }).click();
    const output = await box(page, '.fe-output');
    expect(output.x).toBeGreaterThanOrEqual(form.x + form.width);
    expect(await page.locator('.tool-split__preview').isVisible()).toBe(false);
  });

  it('keeps "Write my email" in reach at the bottom of a phone screen while the form scrolls', async () => {
    const { page } = await open('/tools/feedback-email/', { viewport: phones[0] });
    await page.waitForSelector('.fe-form fieldset:not([disabled])');
    await page.getByLabel('Company', { exact: true }).scrollIntoViewIfNeeded();
    const button = await box(page, '.fe-form .fe-actions');
    expect(button.y + button.height).toBeLessThanOrEqual(phones[0]!.height + 1);
    expect(button.y).toBeGreaterThan(phones[0]!.height / 2);
  });
});

/** The page's layout shift so far, once two more frames have been drawn. */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as PerformanceEntry & { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
      }),
  );

describe('layout stability', () => {
  it.each(['/', '/guides/review-your-resume/', '/course/', '/article/', '/tools/feedback-email/'])(
    '%s does not shift as it loads',
    async (path) => {
      const { page } = await open(path, { viewport: phones[0] });
      await page.waitForLoadState('networkidle');
      expect(await layoutShift(page)).toBe(0);
    },
  );

  // A busy phone or a slow network paints a page before all of it has arrived. Each case stops the page at one
  // point, lets the browser draw what it has, then sends the rest: nothing already drawn may move.
  const wide = { width: 1280, height: 800 };
  it.each([
    { path: '/course/', where: 'the menu before its button', markers: ['class="menu"', '>'], viewport: phones[0]! },
    { path: '/course/', where: 'the menu before Search', markers: ['class="site-nav"'], viewport: phones[0]! },
    {
      path: '/',
      where: 'the name before "Toolkit"',
      markers: ['class="brand__name"', 'Job Seeker'],
      viewport: phones[0]!,
    },
    { path: '/', where: 'the links before Search', markers: ['class="site-nav"', '</nav>'], viewport: wide },
    { path: '/', where: 'the heading alone', markers: ['class="hero"', '</h1>'], viewport: phones[0]! },
    { path: '/', where: 'the heading alone', markers: ['class="hero"', '</h1>'], viewport: wide },
  ])('$path does not shift when drawn with $where, $viewport.width px wide', async ({ path, markers, viewport }) => {
    const paused = await pausedPage(inject('baseURL'), path, markers);
    try {
      const { page } = await openPage(browser(), { viewport });
      await page.goto(paused.url, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.body !== null);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      paused.release();
      await page.waitForLoadState('load');
      expect(await layoutShift(page)).toBe(0);
    } finally {
      await paused.close();
    }
  });
});

describe('at 320 px, in both colour schemes', () => {
  // site-a11y.test.ts checks every page at the default width; the phone header and menu change the page below 72 rem.
  it.each(
    [...sitemapPaths(), '/style/'].flatMap((path) =>
      (['light', 'dark'] as const).map((scheme) => [path, scheme] as const),
    ),
  )('%s (%s) has no WCAG 2.2 A or AA violation', async (path, colorScheme) => {
    const { page } = await open(path, { narrow: true, colorScheme });
    await expectNoAxeViolations(page, `${path} at 320 px, ${colorScheme}`);
  });
});

describe('the style guide', () => {
  it.each(['light', 'dark'] as const)(
    'has no WCAG violation at 1280 px in the %s scheme, and no sideways scroll at 320 px',
    async (colorScheme) => {
      const wide = await open('/style/', { viewport: { width: 1280, height: 800 }, colorScheme });
      await expectNoAxeViolations(wide.page, `/style/ at 1280 px, ${colorScheme}`);
      const narrow = await open('/style/', { narrow: true, colorScheme });
      await expectNoSidewaysScroll(narrow.page, `/style/ at 320 px, ${colorScheme}`);
    },
  );
});
