// The feedback-email generator in a real Chromium against the built site.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { recordRequests, requestsCarry, watchProblems } from '../../scripts/lib/browser.ts';
import { expectUsable, openPage, useBrowser, type OpenOptions } from '../support/pages.ts';

const PATH = '/tools/feedback-email/';
const DRAFT_KEY = 'jst:feedback-email:draft';

const browser = useBrowser();

/** The tool ready to use, in a new page of `context`; `errors` collects console errors and CSP reports. */
async function openToolIn(context: BrowserContext, query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = watchProblems(page);
  await page.goto(inject('baseURL') + PATH + query);
  await page.locator('.fe-form button[type="submit"]:not([disabled])').waitFor();
  return { page, errors };
}

/** The tool in a fresh context, closed when the test ends. */
async function openTool(options: OpenOptions & { query?: string } = {}) {
  const { query, ...open } = options;
  const { context } = await openPage(browser(), open);
  return { context, ...(await openToolIn(context, query)) };
}

const field = (page: Page, label: string | RegExp) =>
  page.getByLabel(label, { exact: typeof label === 'string' || undefined });
const body = (page: Page) => page.getByLabel(/^Email text/);

async function fillRequired(
  page: Page,
  values = { name: 'Jordan Lee', company: 'Northwind', role: 'Marketing Assistant', interviewer: 'Sam Patel' },
) {
  await field(page, 'Your name').fill(values.name);
  await field(page, 'Company').fill(values.company);
  await field(page, 'Job you interviewed for').fill(values.role);
  await field(page, /^Interviewer’s name/).fill(values.interviewer);
}

async function compose(page: Page) {
  await page.getByRole('button', { name: 'Write my email' }).click();
  await body(page).waitFor();
}

describe('the feedback email generator', () => {
  it('can be filled in and submitted with the keyboard alone, and moves focus to the email', async () => {
    const { page, errors } = await openTool();
    // Tab from the top of the page to the first field, as a keyboard user would.
    for (let i = 0; i < 25 && !(await page.evaluate(() => document.activeElement?.id.endsWith('-yourName'))); i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/-yourName$/);
    await page.keyboard.type('Jordan Lee');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Northwind');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Marketing Assistant');
    await page.keyboard.press('Tab'); // interview date or stage (optional)
    await page.keyboard.type('second round');
    await page.keyboard.press('Tab'); // the checked radio: the interviewer
    await page.keyboard.press('Tab');
    await page.keyboard.type('Sam Patel');
    await page.keyboard.press('Enter');

    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Your email');
    const text = await body(page).inputValue();
    expect(text).toMatch(/^(Hi|Dear|Hello) Sam,/);
    expect(text).toContain('Marketing Assistant role at Northwind (second round)');
    expect(text).toMatch(/2 or 3 (tips|pointers|suggestions|things)/);
    expect(text.endsWith('Jordan Lee')).toBe(true);
    await expect(page.locator('.fe-tone .fe-ok').textContent()).resolves.toMatch(/^No problems found/);
    expect(errors).toEqual([]);
  });

  it('says what is missing in an empty form and puts the cursor on the first field to fix', async () => {
    const { page } = await openTool();
    await page.getByRole('button', { name: 'Write my email' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toBe('4 fields need your attention.');
    expect(await page.locator('.fe-error').allTextContents()).toEqual([
      'Enter your name as you sign your emails.',
      'Enter the name of the company you interviewed with.',
      'Enter the job you interviewed for, for example Marketing Assistant.',
      'Enter the interviewer’s name as you would greet them, for example Sam or Dr Patel.',
    ]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/-yourName$/);
    expect(await page.locator('.fe-output').count()).toBe(0);
  });

  it('copies the subject and the email text to the clipboard', async () => {
    const { page } = await openTool({ permissions: ['clipboard-read', 'clipboard-write'] });
    await fillRequired(page);
    await compose(page);
    await page.getByRole('button', { name: 'Copy subject' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Subject copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await field(page, 'Subject').inputValue());
    await page.getByRole('button', { name: 'Copy email text' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Email text copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await body(page).inputValue());
  });

  it('builds an email-app link that decodes to exactly the email on screen', async () => {
    const { page } = await openTool();
    await fillRequired(page, { name: 'Jo & Co', company: 'Smith+Sons', role: 'Analyst #2', interviewer: 'Ana 🙂' });
    await field(page, /^Their email address/).fill('ana@example.com');
    await compose(page);
    const href = (await page.getByRole('link', { name: 'Open in your email app' }).getAttribute('href'))!;
    expect(href.startsWith('mailto:ana@example.com?subject=')).toBe(true);
    expect(href).not.toMatch(/[ +\n]/);
    const params = Object.fromEntries(
      href
        .split('?')[1]!
        .split('&')
        .map((p) => p.split('='))
        .map(([k, v]) => [k, decodeURIComponent(v!)]),
    );
    expect(params.subject).toBe(await field(page, 'Subject').inputValue());
    expect(params.body).toBe((await body(page).inputValue()).replace(/\n/g, '\r\n'));
    expect(params.body).toContain('Smith+Sons');
  });

  it('copies instead of linking the body when the email is too long for an email link', async () => {
    const { page } = await openTool();
    await fillRequired(page);
    await compose(page);
    await body(page).fill((await body(page).inputValue()) + '\n\nÉté à Zürich. '.repeat(120));
    const href = (await page.getByRole('link', { name: 'Open in your email app' }).getAttribute('href'))!;
    expect(href).not.toContain('body=');
    await expect(page.getByText('too long for an email link').count()).resolves.toBe(1);
  });

  it('arrives from a quiz result with the area chosen and asks about it', async () => {
    const { context, page } = await openTool({ query: '?area=attitude' });
    await expect(field(page, /^Ask about one area/).inputValue()).resolves.toBe('attitude');
    await expect(page.getByText('Chosen from your quiz result').count()).resolves.toBe(1);
    await fillRequired(page);
    await compose(page);
    expect(await body(page).inputValue()).toMatch(/how I came across/);
    const other = await openToolIn(context, '?area=<script>');
    await expect(field(other.page, /^Ask about one area/).inputValue()).resolves.toBe('');
  });

  it('flags a rude sentence as it is typed, explains why, and replaces it on request', async () => {
    const { page } = await openTool();
    await fillRequired(page);
    await compose(page);
    const polite = await body(page).inputValue();
    await body(page).fill(polite.replace('\n\n', '\n\nWhy wasn’t I chosen? The process was unfair!!! '));
    const flags = page.locator('.fe-flag');
    await expect.poll(() => flags.count()).toBe(2);
    await expect(page.locator('.fe-tone .fe-warn').textContent()).resolves.toBe(
      '2 things to look at before you send it.',
    );
    expect(await flags.nth(0).locator('blockquote').textContent()).toBe('Why wasn’t I chosen?');
    // The email already asks for tips, so the better wording does not ask a second time.
    expect(await flags.nth(0).textContent()).toMatch(
      /Try instead: “I understand the decision, and I’m keen to learn from it.”/,
    );
    // Every kind a sentence has is shown.
    expect(await flags.nth(1).locator('.fe-flag-kind').allTextContents()).toEqual([
      'Blames them or the process.',
      'Reads as shouting.',
    ]);
    // The flagged words are marked on the text itself, behind the textarea.
    expect(await page.locator('.fe-editor-copy .fe-mark').allTextContents()).toEqual([
      'Why wasn’t I chosen?',
      'The process was unfair!!!',
    ]);
    await flags.nth(0).getByRole('button', { name: 'Use this wording' }).click();
    await expect.poll(() => flags.count()).toBe(1);
    expect(await body(page).inputValue()).toContain(
      'I understand the decision, and I’m keen to learn from it. The process',
    );
    // Focus goes to the email, with the new words selected.
    expect(
      await body(page).evaluate((el: HTMLTextAreaElement) => [
        document.activeElement === el,
        el.value.slice(el.selectionStart, el.selectionEnd),
      ]),
    ).toEqual([true, 'I understand the decision, and I’m keen to learn from it.']);
    // Edits survive a change to the form, with an offer to rewrite.
    await field(page, 'Company').fill('Northwind Traders');
    await expect(page.getByText('You changed the form after editing the email').count()).resolves.toBe(1);
    expect(await body(page).inputValue()).toContain('The process was unfair');
    await page.getByRole('button', { name: /^Rewrite from the form/ }).click();
    expect(await body(page).inputValue()).toContain('Northwind Traders');
    await expect.poll(() => flags.count()).toBe(0);
  });

  it('offers another wording and cycles back to the first', async () => {
    const { page } = await openTool();
    await fillRequired(page);
    await compose(page);
    const first = await body(page).inputValue();
    const seen = new Set([first]);
    for (let i = 0; i < 2; i++) {
      await page.getByRole('button', { name: 'Another wording' }).click();
      seen.add(await body(page).inputValue());
    }
    expect(seen.size).toBe(3);
    await page.getByRole('button', { name: 'Another wording' }).click();
    expect(await body(page).inputValue()).toBe(first);
  });

  it('suggests a send date two working days on and downloads a calendar reminder for it', async () => {
    const { context } = await openPage(browser(), { acceptDownloads: true });
    // A fixed "today" (a Wednesday), so the suggestion does not depend on when the test runs.
    await context.clock.setFixedTime(new Date('2026-11-25T10:00:00'));
    const { page } = await openToolIn(context);
    await fillRequired(page);
    await compose(page);
    await field(page, 'When did they tell you?').fill('2026-11-27');
    await expect(page.locator('.fe-date strong').textContent()).resolves.toMatch(/^Tuesday 1 December/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Add a reminder to your calendar/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('send-feedback-email-20261201.ics');
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('\r\nDTSTART:20261201T093000\r\n');
    expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:Send your feedback request to Northwind\r\n');
  });

  it('keeps a draft only when asked, restores it, and forgets it on request', async () => {
    const { page } = await openTool();
    await fillRequired(page);
    await compose(page);
    expect(await page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY)).toBeNull();
    await page.reload();
    await page.locator('.fe-form button[type="submit"]:not([disabled])').waitFor();
    await expect(field(page, 'Your name').inputValue()).resolves.toBe('');

    await fillRequired(page);
    await compose(page);
    await body(page).fill('Hi Sam,\n\nThank you. Could you share 2 or 3 tips? Please keep me in mind.\n\nJordan');
    await page.getByLabel('Keep this draft on this device').check();
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY)).toContain('Jordan Lee');
    await page.reload();
    await body(page).waitFor();
    await expect(field(page, 'Your name').inputValue()).resolves.toBe('Jordan Lee');
    await expect(body(page).inputValue()).resolves.toContain('Could you share 2 or 3 tips?');
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/kept draft is back/);

    await page.getByRole('button', { name: 'Forget this draft' }).click();
    expect(await page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY)).toBeNull();
    await expect(page.getByLabel('Keep this draft on this device').isChecked()).resolves.toBe(false);
    await page.reload();
    await page.locator('.fe-form button[type="submit"]:not([disabled])').waitFor();
    await expect(field(page, 'Your name').inputValue()).resolves.toBe('');
  });

  it('shows markup typed in any field as text, never as HTML', async () => {
    // An alert() run by injected markup would be one of the errors (a dialog).
    const { page, errors } = await openTool();
    const markup = '<img src=x onerror=alert(1)>';
    await fillRequired(page, {
      name: markup,
      company: '<b>Bold</b> Ltd',
      role: '<script>alert(2)</script>',
      interviewer: 'Sam "><svg onload=alert(3)>',
    });
    await field(page, /^One thing you appreciated/).fill('<i>the tour</i>');
    await compose(page);
    expect(await body(page).inputValue()).toContain(markup);
    expect(await page.locator('.fe img, .fe b, .fe svg, .fe i, .fe script').count()).toBe(0);
    expect(await page.locator('.fe-sample .fe-email').first().textContent()).toContain('<b>Bold</b> Ltd');
    expect(errors).toEqual([]);
  });

  it('is usable with a very long paste and emoji on a 320 px screen: a clear message, no broken email', async () => {
    const { page } = await openTool({ narrow: true });
    await fillRequired(page, { name: 'Jo 🙂', company: 'N'.repeat(300), role: 'Designer 🎨', interviewer: 'Sam' });
    await page.getByRole('button', { name: 'Write my email' }).click();
    await expect(page.locator('.fe-error').allTextContents()).resolves.toEqual([
      'Shorten this to 60 characters or fewer (it has 240).',
    ]);
    await field(page, 'Company').fill('Northwind 🌬️');
    await compose(page);
    const text = await body(page).inputValue();
    expect(text).toContain('Designer 🎨 role at Northwind 🌬️');
    expect(text.endsWith('Jo 🙂')).toBe(true);
    await body(page).fill(text + '\n' + 'Unbreakable'.repeat(40) + '!!!');
    await page.locator('.fe-flag').first().waitFor();
    await expectUsable(page, 'a long unbreakable word, flagged');
  });

  it.each(['light', 'dark'] as const)(
    'fits 320 px and passes axe in the %s scheme: empty, with errors, and with an email and flags',
    async (colorScheme) => {
      const { page, errors } = await openTool({ colorScheme, narrow: true });
      await expectUsable(page, 'empty');
      await page.getByRole('button', { name: 'Write my email' }).click();
      await page.locator('.fe-error').first().waitFor();
      await expectUsable(page, 'with errors');
      await fillRequired(page);
      await page.getByLabel('A recruiter at a staffing agency').check();
      await field(page, /^Recruiter’s name/).fill('Alex Kim');
      await compose(page);
      await body(page).fill((await body(page).inputValue()) + '\nI DESERVED THIS!!!');
      await page.locator('.fe-flag').first().waitFor();
      await expectUsable(page, 'with an email and flags');
      expect(errors).toEqual([]);
    },
  );

  it('sends nothing anyone typed anywhere, even after every button is used', async () => {
    const { context } = await openPage(browser(), {
      permissions: ['clipboard-read', 'clipboard-write'],
      acceptDownloads: true,
    });
    const requests = recordRequests(context);
    const { page, errors } = await openToolIn(context, '?area=resume');
    const secrets = {
      name: 'Zephyrine Quillfeather',
      company: 'Ostrowhaven Widgets',
      role: 'Chief Marmalade Officer',
      interviewer: 'Balthazar Yewdale',
    };
    await fillRequired(page, secrets);
    await field(page, /^Interview date or stage/).fill('Thursdayish Kettleround');
    await field(page, /^One thing you appreciated/).fill('the glimmerwick tour');
    await field(page, /^Their email address/).fill('balthazar@ostrowhaven.example');
    await page.getByLabel('Keep this draft on this device').check();
    await compose(page);
    await body(page).fill((await body(page).inputValue()) + '\nWhy wasn’t I chosen, Snorkelberry?');
    for (const name of [
      'Another wording (replaces your edits)',
      'Copy subject',
      'Copy email text',
      'Copy the short thank-you reply',
      'Copy the gentle follow-up',
    ]) {
      await page.getByRole('button', { name }).click();
    }
    await field(page, 'Subject').fill('Plumtangle subject');
    await body(page).fill((await body(page).inputValue()) + '\nWhy wasn’t I chosen?');
    await page.getByRole('button', { name: 'Use this wording' }).click();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Add a reminder/ }).click()]);
    await page.getByRole('link', { name: 'Open in your email app' }).click();
    await page.getByRole('button', { name: 'Forget this draft' }).click();
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.reload();
    await page.locator('.fe-form button[type="submit"]:not([disabled])').waitFor();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    // The mailto: link hands the email to the person's own email app: that is the one place it may go.
    expect(requests.filter((r) => r.url.startsWith('mailto:'))).toHaveLength(1);
    const network = requests.filter((r) => !r.url.startsWith('mailto:'));
    expect(network.length).toBeGreaterThan(0);
    for (const typed of [
      ...Object.values(secrets),
      'Thursdayish',
      'glimmerwick',
      'ostrowhaven.example',
      'Snorkelberry',
      'Plumtangle',
    ]) {
      expect(requestsCarry(network, typed), typed).toBe(false);
    }
    // Every request went to this site; nothing to third parties.
    for (const r of network) expect(new URL(r.url).origin, r.url).toBe(new URL(inject('baseURL')).origin);
    expect(errors).toEqual([]);
  });

  it('marks flags as the person types, announces them politely once typing pauses, and never takes focus', async () => {
    const { page } = await openTool();
    await fillRequired(page);
    await compose(page);
    await body(page).focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' I expect a reply by Friday.');
    await page.locator('.fe-mark').first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fe-out-body');
    // The copy that draws the marks is hidden from screen readers; the list describes each flag instead.
    expect(await page.locator('.fe-editor-copy').getAttribute('aria-hidden')).toBe('true');
    // The announcement waits for typing to pause (1.2 s), so the poll waits longer than its default second.
    await expect
      .poll(() => page.locator('.fe-tone [aria-live="polite"]').textContent(), { timeout: 10_000 })
      .toBe('Tone check: One thing to look at before you send it.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fe-out-body');
  });

  it('adds a missing part where it belongs, once', async () => {
    const { page } = await openTool();
    await fillRequired(page);
    await compose(page);
    const text = await body(page).inputValue();
    const withoutFuture = text.replace(/\n\n[^\n]*future[^\n]*/, '');
    expect(withoutFuture).not.toMatch(/future/);
    await body(page).fill(withoutFuture);
    const flag = page.locator('.fe-flag');
    await expect.poll(() => flag.count()).toBe(1);
    expect(await flag.locator('.fe-flag-kind').textContent()).toBe('Missing: interest in future openings.');
    await flag.getByRole('button', { name: 'Use this wording' }).click();
    await expect.poll(() => flag.count()).toBe(0);
    const fixed = await body(page).inputValue();
    expect(fixed.match(/considered for future openings/g)).toHaveLength(1);
    expect(fixed).toMatch(/future openings\.\n\n[^\n]+\n\n[^\n]+,\nJordan Lee$/);
  });

  it('greets someone whose full name was typed in the form the person chooses', async () => {
    const { page } = await openTool();
    await fillRequired(page, { name: 'jordan lee', company: 'Northwind', role: 'Analyst', interviewer: 'sam patel' });
    await field(page, 'Greet them as').selectOption({ label: 'Ms Patel' });
    await compose(page);
    const text = await body(page).inputValue();
    expect(text).toMatch(/^Dear Ms Patel,/);
    expect(text.endsWith('\nJordan Lee')).toBe(true);
  });

  it('lets “Start over” be undone', async () => {
    const { page } = await openTool();
    await fillRequired(page);
    await compose(page);
    await body(page).fill((await body(page).inputValue()) + '\nP.S. My own line.');
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(field(page, 'Your name').inputValue()).resolves.toBe('');
    expect(await page.locator('.fe-output').count()).toBe(0);
    await page.getByRole('button', { name: 'Undo start over' }).click();
    await expect(field(page, 'Your name').inputValue()).resolves.toBe('Jordan Lee');
    await expect(body(page).inputValue()).resolves.toContain('P.S. My own line.');
    expect(await page.getByRole('button', { name: 'Undo start over' }).count()).toBe(0);
  });

  it('loads the tone check only when the form is first focused', async () => {
    // The page's budget is held by no-javascript.test.ts; here: the check is not part of it.
    const { context, page } = await openTool({ serviceWorkers: 'block' });
    const scripts = new Set<string>();
    context.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
    });
    await page.reload();
    await page.locator('.fe-form button[type="submit"]:not([disabled])').waitFor();
    await page.waitForLoadState('networkidle');
    const before = [...scripts];
    const code = (path: string) => readFileSync(join('dist/client', path), 'utf8');
    expect(before.length).toBeGreaterThan(0);
    for (const path of before) expect(code(path)).not.toMatch(/asking-who-was-hired/);
    await page.focus('.fe-form input');
    await page.waitForLoadState('networkidle');
    const after = [...scripts].filter((p) => !before.includes(p));
    expect(after.some((p) => code(p).includes('asking-who-was-hired'))).toBe(true);
  });

  it('is useful without JavaScript: the advice and a sample email as text', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false, path: PATH });
    await expect(page.locator('h1').textContent()).resolves.toBe('Write a feedback request email');
    const advice = await page.locator('.advice').textContent();
    expect(advice).toMatch(/Ask politely for 2 or 3 tips/);
    expect(await page.locator('.sample-email').textContent()).toMatch(
      /^(Hi|Dear|Hello) Sam,[\s\S]+2 or 3 (tips|pointers|suggestions|things)[\s\S]+future/,
    );
    await expect(page.getByText('The generator needs JavaScript').count()).resolves.toBe(1);
    await expect(page.locator('.fe-form fieldset[disabled]').count()).resolves.toBe(3);
  });
});
