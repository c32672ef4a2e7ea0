// The embeddable quiz as another site would use it: the snippet from /tools/quiz/embed-code/ pasted into a page served from a
// different origin (a small server on 127.0.0.2 started here), with the optional resize script.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { newContext } from '../../scripts/lib/browser.ts';
import { expectNoAxeViolations, openPage, useBrowser } from '../support/pages.ts';
import { answerStepByClicks, sampleAnswers } from '../support/quiz-page.ts';

/** Polls wait this long: the island may take seconds to load while other tests share the machine. */
const patience = { timeout: 15_000 };
const browser = useBrowser();
let host: http.Server;
let hostOrigin = '';
let snippet = '';
/** Pages the other site serves, by path. */
const hostPages = new Map<string, string>();
const base = () => inject('baseURL');

beforeAll(async () => {
  host = http.createServer((req, res) => {
    const body = hostPages.get(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.2', resolve));
  hostOrigin = `http://127.0.0.2:${(host.address() as AddressInfo).port}`;

  // The snippet exactly as the quiz page offers it, pointed at the test server instead of the canonical origin.
  const context = await newContext(browser());
  const offered = await context
    .newPage()
    .then(async (page) => {
      await page.goto(base() + '/tools/quiz/embed-code/');
      return (await page.locator('#embed-snippet').textContent()) ?? '';
    })
    .finally(() => context.close());
  const origin = /src="(https?:\/\/[^/"]+)\/embed\/quiz\//.exec(offered)?.[1];
  expect(origin, offered).toBeTruthy();
  snippet = offered.replaceAll(origin!, base());
});

afterAll(async () => {
  await new Promise((resolve) => host?.close(resolve));
});

function hostPage(path: string, body: string): string {
  hostPages.set(
    path,
    `<!doctype html><html lang="en"><head><title>Careers centre</title><link rel="icon" href="data:,"></head><body><h1>Careers centre</h1>${body}<p>After the quiz.</p></body></html>`,
  );
  return hostOrigin + path;
}

async function quizFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('/embed/quiz/')), patience).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('/embed/quiz/'))!;
  await frame.locator('.quiz h2').waitFor();
  return frame;
}

/** The iframe's height on the host page, the height of the content inside, and whether the frame scrolls inside. */
async function fit(page: Page, frame: Frame) {
  const frameHeight = await page.locator('iframe[data-jst-quiz]').evaluate((el) => el.getBoundingClientRect().height);
  const inside = await frame.evaluate(() => ({
    content: document.body.getBoundingClientRect().height,
    scrolls:
      document.documentElement.scrollHeight > document.documentElement.clientHeight ||
      document.documentElement.scrollWidth > document.documentElement.clientWidth,
  }));
  return { frameHeight, ...inside };
}

async function expectFitted(page: Page, frame: Frame) {
  await expect
    .poll(async () => {
      const f = await fit(page, frame);
      return Math.abs(f.frameHeight - Math.ceil(f.content)) <= 1 && !f.scrolls;
    }, patience)
    .toBe(true);
}

describe('the embedded quiz on another site', () => {
  it('resizes its iframe to the content at every step, so there is no inner scroll bar', async () => {
    const { page, problems } = await openPage(browser(), { viewport: { width: 390, height: 700 } });
    await page.goto(hostPage('/fitted', snippet));
    const frame = await quizFrame(page);

    await expectFitted(page, frame);
    const first = await fit(page, frame);
    expect(first.frameHeight).not.toBe(760);

    await answerStepByClicks(frame, sampleAnswers[0]!);
    await expect.poll(() => frame.locator('#quiz-step-heading').textContent(), patience).toBe('Step 2 of 3: Attitude');
    await expectFitted(page, frame);
    await answerStepByClicks(frame, sampleAnswers[1]!);
    await answerStepByClicks(frame, sampleAnswers[2]!);
    await frame.locator('#quiz-results-heading').waitFor();
    await expectFitted(page, frame);
    expect((await fit(page, frame)).frameHeight).toBeGreaterThan(first.frameHeight);

    // A narrower host column makes the content taller; the frame follows.
    const before = (await fit(page, frame)).frameHeight;
    await page.setViewportSize({ width: 320, height: 700 });
    await expectFitted(page, frame);
    expect((await fit(page, frame)).frameHeight).toBeGreaterThan(before);
    expect(problems).toEqual([]);
  });

  it('ignores height messages from any other origin and messages of the wrong shape', async () => {
    const { page } = await openPage(browser());
    await page.goto(hostPage('/spoofed', snippet));
    const frame = await quizFrame(page);
    await expectFitted(page, frame);
    const fitted = (await fit(page, frame)).frameHeight;
    // Every height the resize script gives the frame from now on.
    await page.evaluate(() => {
      const iframe = document.querySelector('iframe[data-jst-quiz]')!;
      const heights: string[] = [];
      (window as unknown as { heights: string[] }).heights = heights;
      new MutationObserver(() => heights.push(iframe.getAttribute('height') ?? '')).observe(iframe, {
        attributeFilter: ['height'],
      });
    });

    // From the host page itself: right shape, wrong origin.
    await page.evaluate(() => window.postMessage({ type: 'jst-quiz:height', height: 123 }, '*'));
    // From the quiz's origin, wrong shapes; then one good message, which arrives after them (a window's messages
    // are delivered in order), so once it has been applied the others have all been read.
    const sentinel = fitted + 7;
    await frame.evaluate((good) => {
      parent.postMessage({ type: 'jst-quiz:height', height: '123px' }, '*');
      parent.postMessage({ type: 'jst-quiz:height', height: 1e9 }, '*');
      parent.postMessage({ type: 'something-else', height: 123 }, '*');
      parent.postMessage('jst-quiz:height 123', '*');
      parent.postMessage({ type: 'jst-quiz:height', height: good }, '*');
    }, sentinel);
    const heights = () => page.evaluate(() => (window as unknown as { heights: string[] }).heights);
    await expect.poll(heights, patience).toContain(String(sentinel));
    expect((await heights()).filter((h) => h !== String(fitted) && h !== String(sentinel))).toEqual([]);
  });

  it('limits itself to the area the link asks for, and opens the full site in a new tab carrying the source label', async () => {
    const { context, page, problems } = await openPage(browser());
    const limited = snippet.replace(
      '/embed/quiz/?source=your-site',
      '/embed/quiz/?area=resume&amp;source=Careers%20Centre',
    );
    await page.goto(hostPage('/limited', limited));
    const frame = await quizFrame(page);
    expect(await frame.locator('#quiz-step-heading').textContent()).toBe('Resume');
    await answerStepByClicks(frame, sampleAnswers[0]!);
    await frame.locator('#quiz-results-heading').waitFor();
    expect(await frame.locator('.quiz-bars li').allTextContents()).toEqual([
      'Resume: a few things to check, 5 of 8 points',
    ]);

    const links = await frame
      .locator('a')
      .evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, target: a.getAttribute('target') })));
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) {
      expect(link.target, link.href).toBe('_blank');
      expect(new URL(link.href).origin).toBe(base());
    }
    const quizLinks = await frame.locator('.quiz a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(quizLinks.length).toBeGreaterThanOrEqual(2);
    for (const href of quizLinks) expect(href).toContain('source=Careers+Centre');
    const share = await frame.locator('#quiz-share-link').inputValue();
    expect(share.startsWith(base() + '/tools/quiz/#r=')).toBe(true);

    const [popup] = await Promise.all([context.waitForEvent('page'), frame.locator('.quiz-first a').first().click()]);
    expect(new URL(popup.url()).origin).toBe(base());
    expect(page.url()).toBe(hostOrigin + '/limited');
    // Back to the host's tab, as a reader would: a page left in the background may not get input or frames.
    await popup.close();
    await page.bringToFront();

    await frame.getByRole('button', { name: 'Check the other areas too' }).click();
    await expect.poll(() => frame.locator('#quiz-step-heading').textContent(), patience).toBe('Step 2 of 3: Attitude');
    expect(problems).toEqual([]);
  });

  it('is the only page another site can frame: the quiz page itself refuses', async () => {
    const { page } = await openPage(browser());
    // The host page's load event waits for its frame to finish, refused or not.
    await page.goto(hostPage('/framing', `<iframe title="full quiz" src="${base()}/tools/quiz/"></iframe>`), {
      waitUntil: 'load',
    });
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    expect(await frame.evaluate(() => location.href).catch(() => 'blocked')).not.toContain('/tools/quiz/');
    expect(await page.frameLocator('iframe').locator('.quiz').count()).toBe(0);
  });
});

describe('the embed page', () => {
  it('passes axe at a step and on the results, and keeps out of search engines', async () => {
    const { page, problems } = await openPage(browser());
    const response = await page.goto(base() + '/embed/quiz/');
    expect(response?.headers()['content-security-policy']).toBe('frame-ancestors *');
    expect(response?.headers()['x-frame-options']).toBeUndefined();
    expect(await page.locator('meta[name=robots]').getAttribute('content')).toBe('noindex');
    await page.locator('#quiz-step-heading').waitFor();
    await expectNoAxeViolations(page, 'a step');
    for (const choices of sampleAnswers) await answerStepByClicks(page, choices);
    await page.locator('#quiz-results-heading').waitFor();
    await expectNoAxeViolations(page, 'the results');
    expect(problems).toEqual([]);
  });
});
