// The reply reader in a real Chromium against the built site: reading specific, general and template replies, the
// thank-you with its tone check, the calendar file, "keep on this device", privacy, and accessibility at 320 px in
// light and dark.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import {
  axeViolations,
  describeViolations,
  launchChromium,
  newContext,
  recordRequests,
  requestsCarry,
} from '../../scripts/lib/browser.ts';
import { KEEP_KEY } from '#/lib/reply/keep.ts';

const SPECIFIC = `Hi Connor,

Cheers for the email. Happy to give you a bit of feedback.

Your CV didn't say anything about your Gas Safe registration — you only mentioned it when I rang you. Half the jobs we do are boilers, so put it right at the top where it can't be missed.

Also, you said on the phone you'd be free to start in two weeks, then at the interview it was six weeks because of your notice period. We needed someone sooner, so that was really what decided it in the end.

Good lad though, you clearly know your stuff on unvented cylinders.

Mick`;

const TEMPLATE = `Dear Applicant,

Thank you for your interest in the Relationship Manager position. After careful consideration, we have decided to pursue other candidates whose qualifications more closely match the requirements of the position.

Your application will remain on file for twelve months. We wish you success in your career search.

Sincerely,
Human Resources`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(options: BrowserContextOptions = {}) {
  const context = await newContext(browser, { viewport: { width: 320, height: 700 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(inject('baseURL') + '/tools/reply/');
  await page.locator('button[type=submit]:not([disabled])').waitFor();
  return { context, page, problems };
}

async function readIt(page: Page, text: string) {
  await page.fill('#rr-reply', text);
  await page.click('button[type=submit]');
  await page.locator('#rr-out').waitFor();
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('the reply reader', () => {
  it('reads a specific reply: its kind, each point in their words under its area with a task and a guide, strengths apart', async () => {
    const { context, page, problems } = await open();
    await readIt(page, SPECIFIC);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rr-out');
    await expect(page.locator('#rr-out').textContent()).resolves.toBe('Specific feedback');
    const areas = await page.locator('.rr-area h3').allTextContents();
    expect(areas).toEqual(['Resume and application', 'Skills, experience and circumstances']);
    const resume = page.locator('.rr-area').first();
    await expect(resume.locator('blockquote').textContent()).resolves.toMatch(
      /^Your CV didn't say anything about your Gas Safe registration/,
    );
    await expect(resume.locator('.rr-point').textContent()).resolves.toContain('Practise:');
    await expect(resume.locator('a').getAttribute('href')).resolves.toBe('/guides/review-your-resume/');
    await expect(page.locator('.rr-area').nth(1).locator('blockquote').textContent()).resolves.toContain(
      'free to start in two weeks',
    );
    const strengths = await page.locator('.rr-strengths li').allTextContents();
    expect(strengths.join(' ')).toContain('you clearly know your stuff on unvented cylinders');
    expect(await page.locator('.rr-point', { hasText: 'unvented' }).count()).toBe(0);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(320);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says kindly that a standard reply is common and not a verdict, and points to the self-review', async () => {
    const { context, page } = await open();
    await readIt(page, TEMPLATE);
    await expect(page.locator('#rr-out').textContent()).resolves.toBe('A standard reply, with no feedback about you');
    await expect(page.locator('.rr-kind').textContent()).resolves.toMatch(/common, and it is not a verdict on you/);
    expect(await page.locator('.rr-point').count()).toBe(0);
    for (const href of [
      '/guides/review-your-resume/',
      '/guides/review-your-attitude/',
      '/guides/review-your-appearance/',
    ])
      expect(await page.locator(`.rr-results a[href="${href}"]`).count(), href).toBe(1);
    await context.close();
  });

  it('asks for the reply when the box is empty, marking the field and keeping focus there', async () => {
    const { context, page } = await open();
    await page.click('button[type=submit]');
    await expect(page.locator('#rr-reply-error').textContent()).resolves.toBe('Paste the reply you received first.');
    expect(await page.getAttribute('#rr-reply', 'aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rr-reply');
    expect(await page.locator('#rr-out').count()).toBe(0);
    await context.close();
  });

  it('shows pasted markup as text, never as HTML', async () => {
    const { context, page } = await open();
    await readIt(
      page,
      'Hi,\n\nYour CV lists <img src=x id=injected onerror="document.title=1"> twice, which was confusing.\n\nBest',
    );
    expect(await page.locator('#injected').count()).toBe(0);
    await expect(page.locator('.rr-point blockquote').first().textContent()).resolves.toContain('<img src=x');
    await context.close();
  });

  it('writes a thank-you for the chosen point, checks its tone, and hands it to the email app', async () => {
    const { context, page } = await open();
    await readIt(page, SPECIFIC);
    await page.getByLabel('Their name, for the greeting').fill('Mick');
    await page.getByLabel('Your name').fill('Connor Hale');
    await page.getByLabel('Company (optional)').fill('M. Doyle Plumbing');
    const body = page.locator('#rr-out-body');
    await expect(body.inputValue()).resolves.toMatch(
      /^Dear Mick,\n\nThank you for taking the time to share your feedback/,
    );
    expect(await body.inputValue()).toContain('future openings at M. Doyle Plumbing');
    expect(await body.inputValue()).toMatch(/Connor Hale$/);
    await page.getByLabel(/you said on the phone/).check();
    await expect(body.inputValue()).resolves.toContain('Your point about my availability');
    await expect(page.locator('#rr-out-tone').textContent()).resolves.toMatch(/argues with nothing/);
    const href = await page.getByRole('link', { name: 'Open in your email app' }).getAttribute('href');
    expect(href).toMatch(/^mailto:\?subject=Thank%20you%20for%20your%20feedback&body=Dear%20Mick%2C%0D%0A/);

    await body.fill((await body.inputValue()) + '\nTo be fair, I did mention it in the interview.');
    await expect(page.locator('#rr-out-tone').textContent()).resolves.toMatch(/one thing to look at/);
    await expect(page.locator('.rr-issues').textContent()).resolves.toContain('argues with their feedback');
    await page.getByRole('button', { name: 'Start the thank-you again' }).click();
    await expect(page.locator('#rr-out-tone').textContent()).resolves.toMatch(/argues with nothing/);
    await context.close();
  });

  it('downloads the practice tasks as a calendar file, one event a day from tomorrow', async () => {
    const { context, page } = await open();
    await readIt(page, SPECIFIC);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Add the practice to your calendar (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^practice-from-feedback-\d{8}\.ics$/);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    await expect(page.locator('.rr-status').textContent()).resolves.toMatch(/2 practice sessions/);
    await context.close();
  });

  it('stores nothing unless "Keep on this device" is ticked, and forgets it when unticked', async () => {
    const { context, page } = await open();
    await readIt(page, SPECIFIC);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.getByLabel('Keep on this device').check();
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), KEEP_KEY)).toContain('Gas Safe');
    await page.reload();
    await page.locator('button[type=submit]:not([disabled])').waitFor();
    expect(await page.inputValue('#rr-reply')).toBe(SPECIFIC);
    expect(await page.isChecked('#rr-keep')).toBe(true);
    await page.getByLabel('Keep on this device').uncheck();
    await expect.poll(() => page.evaluate(() => localStorage.length)).toBe(0);
    await page.reload();
    await page.locator('button[type=submit]:not([disabled])').waitFor();
    expect(await page.inputValue('#rr-reply')).toBe('');
    await context.close();
  });

  it('sends nothing anywhere: no request from the page or its workers carries what was typed', async () => {
    const context = await newContext(browser);
    const requests = recordRequests(context);
    const page = await context.newPage();
    await page.goto(inject('baseURL') + '/tools/reply/');
    await page.locator('button[type=submit]:not([disabled])').waitFor();
    const marker = 'Quillfeather-Private-5530';
    await readIt(page, SPECIFIC.replace('Connor', marker));
    await page.getByLabel('Their name, for the greeting').fill('Zorblat');
    await page.getByLabel('Your name').fill('Vexmoor Private 8812');
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Add the practice to your calendar (.ics)' }).click(),
    ]);
    await page.getByRole('button', { name: 'Copy the thank-you' }).click();
    await page.getByRole('link', { name: 'Open in your email app' }).click();
    // The mailto: link hands the thank-you to the person's own email app: that is the one place it may go.
    const network = requests.filter((r) => !r.url.startsWith('mailto:'));
    expect(network.length).toBeGreaterThan(0);
    for (const typed of [marker, 'Gas Safe', 'Zorblat', 'Vexmoor Private 8812'])
      expect(requestsCarry(network, typed), typed).toBe(false);
    const origin = new URL(inject('baseURL')).origin;
    for (const r of network) {
      expect(new URL(r.url).origin, r.url).toBe(origin);
      expect(r.method).toBe('GET');
    }
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await context.close();
  });

  it('has no accessibility violations in any state, light and dark, at 320 px', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page } = await open({ colorScheme });
      const check = async (state: string) =>
        expect(describeViolations(await axeViolations(page)), `${colorScheme}: ${state}`).toBe('');
      await check('empty form');
      await page.click('button[type=submit]');
      await page.locator('#rr-reply-error').waitFor();
      await check('empty reply error');
      await readIt(page, TEMPLATE);
      await check('template reply');
      await readIt(page, SPECIFIC);
      await check('specific reply');
      await page.locator('#rr-out-body').fill('Hi,\nTo be fair, I did mention it. Please reconsider!!');
      await page.locator('.rr-issues').waitFor();
      await check('thank-you with tone issues');
      await page.getByLabel('Keep on this device').check();
      await check('kept on this device');
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(320);
      await context.close();
    }
  });
});
