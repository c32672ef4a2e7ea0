// The frame of every browser test file: one Chromium per file, and pages whose browser context is closed when the
// test ends, passed or failed, so a failing test never leaves a context behind for the next ones.
import { afterAll, beforeAll, expect, inject, onTestFinished } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import {
  axeViolations,
  describeViolations,
  launchChromium,
  newContext,
  watchProblems,
  type ProblemWatchOptions,
} from '../../scripts/lib/browser.ts';

/** Launches Chromium before the file's tests and closes it after them; call at the top of a test file. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('useBrowser(): the browser is only there inside tests and hooks');
    return browser;
  };
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors, CSP reports, uncaught exceptions and dialogs seen so far (see watchProblems). */
  problems: string[];
}

export interface OpenOptions extends BrowserContextOptions {
  /** A site path to open at once, e.g. /tools/quiz/. */
  path?: string;
  /** 320 px wide: the narrowest phone screen the site supports. */
  narrow?: boolean;
  /** Console errors that are expected on this page. */
  allow?: ProblemWatchOptions['allow'];
}

/** A page in a fresh context, closed when the current test finishes. Call inside a test. */
export async function openPage(browser: Browser, options: OpenOptions = {}): Promise<OpenedPage> {
  const { path, allow, narrow, ...contextOptions } = options;
  if (narrow) contextOptions.viewport = { width: 320, height: 640 };
  const context = await newContext(browser, contextOptions);
  onTestFinished(() => context.close());
  const page = await context.newPage();
  const problems = watchProblems(page, { allow });
  if (path !== undefined) await page.goto(inject('baseURL') + path);
  return { context, page, problems };
}

/** axe-core finds no WCAG 2.2 A or AA violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${state}:\n${describeViolations(violations)}`).toEqual([]);
}

/** The page does not scroll sideways; the message names the first elements that stick out. */
export async function expectNoSidewaysScroll(page: Page, state: string): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const outside = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, outside: outside.slice(0, 5) };
  });
  expect(overflow.scrollWidth, `${state}: too wide, ${overflow.outside.join(', ')}`).toBeLessThanOrEqual(
    overflow.width,
  );
}

/** What every state a person can reach must pass: axe, and no sideways scroll (at 320 px in the callers). */
export async function expectUsable(page: Page, state: string): Promise<void> {
  await expectNoAxeViolations(page, state);
  await expectNoSidewaysScroll(page, state);
}
