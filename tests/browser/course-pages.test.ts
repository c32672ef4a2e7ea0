// The course pages in Chromium against the shared built server, which has no SMTP_URL: its emails land as .eml
// files in its data folder, where these tests read the links a person would click.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { recordRequests } from '../../scripts/lib/browser.ts';
import { expectNoAxeViolations, expectUsable, openPage, useBrowser } from '../support/pages.ts';

const browser = useBrowser();
const base = () => inject('baseURL');

/** A page whose console errors are collected; a refused signup is a 4xx on purpose, which Chromium logs. */
const open = (options: { javaScript?: boolean; narrow?: boolean } = {}) =>
  openPage(browser(), {
    javaScriptEnabled: options.javaScript ?? true,
    narrow: options.narrow,
    allow: [/^Failed to load resource: the server responded with a status of 4/],
  });

/** The .eml the server wrote for `address`, parsed; waits for it to appear. */
async function emailTo(address: string, subject: RegExp): Promise<{ text: string; unsubscribe: string }> {
  const folder = join(inject('dataDir'), 'outbox');
  // The server writes the file when its worker sends: poll the folder until it is there.
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const name of existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.eml')) : []) {
      const mail = await simpleParser(readFileSync(join(folder, name)));
      const to = mail.to && 'text' in mail.to ? mail.to.text : '';
      if (to === address && subject.test(mail.subject ?? '')) {
        const header = mail.headerLines.find((h) => h.key === 'list-unsubscribe')!.line.replace(/\s+/g, '');
        return { text: mail.text ?? '', unsubscribe: /<(.+)>/.exec(header)![1]! };
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No email to ${address} matching ${subject} in ${folder}`);
}

/** The server builds links from SITE_URL; the shared test server runs elsewhere, so point them at it. */
function onTestServer(link: string): string {
  const url = new URL(link);
  return base() + url.pathname + url.search;
}

/**
 * axe needs JavaScript, so the page a person without it gets is checked by posting the same fields from
 * /course/signup/, whose form has no enhancing script: the server answers with the very same page.
 */
async function expectResultAccessible(fields: { email: string; firstName: string }, where: string) {
  const { page } = await open({ narrow: true });
  await page.goto(`${base()}/course/signup/`);
  await page.getByLabel('Email address').fill(fields.email);
  await page.getByLabel('First name (optional)').fill(fields.firstName);
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Send me the course' }).click()]);
  await page.locator('h1').waitFor();
  await expectUsable(page, where);
}

const expectAccessible = (page: Page, where: string) => expectNoAxeViolations(page, where);

describe('the course pages in a browser', () => {
  it('signs a person up without JavaScript: the form posts and a page tells them to check their inbox', async () => {
    const { page, problems } = await open({ javaScript: false });
    await page.goto(`${base()}/course/`);
    await page.getByLabel('Email address').fill('nojs@example.com');
    await page.getByLabel('First name (optional)').fill('Noa');
    await Promise.all([
      page.waitForURL(`${base()}/course/signup/`),
      page.getByRole('button', { name: 'Send me the course' }).click(),
    ]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Check your inbox');
    await expect(page.getByRole('status').textContent()).resolves.toContain('we have sent you a link to confirm');
    await expectResultAccessible(
      { email: 'nojs2@example.com', firstName: 'Noa' },
      '/course/signup/ after a successful POST',
    );
    expect((await emailTo('nojs@example.com', /Please confirm/)).text).toContain('/course/confirm/?token=');
    expect(problems).toEqual([]);
  });

  it('keeps what was typed and shows the message next to the field when the server refuses an address without JavaScript', async () => {
    const { page } = await open({ javaScript: false });
    await page.goto(`${base()}/course/`);
    await page.getByLabel('Email address').fill('nojs@localhost');
    await page.getByLabel('First name (optional)').fill('Noa');
    const [response] = await Promise.all([
      page.waitForResponse(`${base()}/course/signup/`),
      page.getByRole('button', { name: 'Send me the course' }).click(),
    ]);
    expect(response.status()).toBe(400);
    await page.waitForURL(`${base()}/course/signup/`);
    const email = page.getByLabel('Email address');
    await expect(email.inputValue()).resolves.toBe('nojs@localhost');
    await expect(page.getByLabel('First name (optional)').inputValue()).resolves.toBe('Noa');
    await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
    const errorId = (await email.getAttribute('aria-describedby'))!;
    await expect(page.locator(`#${errorId}`).textContent()).resolves.toMatch(/does not look like a domain/);
    await expectResultAccessible({ email: 'nojs@localhost', firstName: 'Noa' }, '/course/signup/ after a refused POST');
  });

  it('signs a person up in place with JavaScript: "Sending…", then "check your inbox", without leaving the page', async () => {
    const { page, problems } = await open({ narrow: true });
    await page.goto(`${base()}/course/`);
    // Hold the request until the sending state has been seen, then let it through.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/course/signup/', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByLabel('Email address').fill('js@example.com');
    await page.getByRole('button', { name: 'Send me the course' }).click();
    const status = page.locator('form[data-course-signup] [role="status"]');
    await expect.poll(() => status.textContent()).toBe('Sending…');
    await expect(page.getByRole('button', { name: 'Send me the course' }).isDisabled()).resolves.toBe(true);
    release();
    await page.waitForFunction(() =>
      document.querySelector('[data-status]')?.textContent?.includes('check your inbox'),
    );
    expect(page.url()).toBe(`${base()}/course/`);
    await expect(page.getByLabel('Email address').inputValue()).resolves.toBe('');
    await expectUsable(page, '/course/ after an enhanced signup, 320 px wide');
    expect((await emailTo('js@example.com', /Please confirm/)).text).toContain('/course/confirm/?token=');
    expect(problems).toEqual([]);
  });

  it("shows the server's message next to the field and moves focus there when JavaScript submits a refused address", async () => {
    const { page, problems } = await open({ narrow: true });
    await page.goto(`${base()}/course/`);
    const email = page.getByLabel('Email address');
    await email.fill('js@localhost');
    await page.getByRole('button', { name: 'Send me the course' }).click();
    await page.waitForFunction(() => document.querySelector('[data-status]')?.getAttribute('data-state') === 'error');
    await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator(`#${await email.getAttribute('aria-describedby')}`).textContent()).resolves.toMatch(
      /does not look like a domain/,
    );
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(await email.getAttribute('id'));
    expect(page.url()).toBe(`${base()}/course/`);
    await expectUsable(page, '/course/ with a field error, 320 px wide');
    expect(problems).toEqual([]);
  });

  it('has no accessibility violations or console errors on the course, lesson, confirm and unsubscribe pages', async () => {
    await fetch(`${base()}/course/signup/`, {
      method: 'POST',
      headers: { origin: base(), 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=axe%40example.com',
    });
    const confirmation = await emailTo('axe@example.com', /Please confirm/);
    const confirmLink = onTestServer(/https?:\/\/\S+\/course\/confirm\/\?token=[\w-]+/.exec(confirmation.text)![0]);
    const { page, problems } = await open();
    const visit = async (url: string, heading: string | RegExp) => {
      await page.goto(url);
      await expect(page.locator('h1').textContent()).resolves.toMatch(heading);
      await expectAccessible(page, url);
    };
    await visit(`${base()}/course/`, /free email course/);
    await visit(`${base()}/course/give-yourself-a-couple-of-days/`, 'Give yourself a couple of days');
    await visit(`${base()}/course/signup/`, 'Sign up for the free email course');
    await visit(confirmLink, 'Confirm your signup');
    await Promise.all([
      page.waitForURL(`${base()}/course/confirm/`),
      page.getByRole('button', { name: 'Yes, start the course' }).click(),
    ]);
    await expect(page.locator('h1').textContent()).resolves.toBe('You are on the course');
    await expectAccessible(page, 'confirm page after the button');
    // The same link opened again from the email: not an error, but where the person stands.
    await visit(confirmLink, "You're already on the course");
    await expect(page.getByRole('link', { name: 'Did your resume fit this job?' }).count()).resolves.toBe(1);
    await visit(`${base()}/course/confirm/?token=not-a-token`, 'This link does not work');
    const lesson = await emailTo('axe@example.com', /Lesson 1 of 7/);
    await visit(onTestServer(lesson.unsubscribe), 'Unsubscribe from the email course');
    await Promise.all([
      page.waitForURL(`${base()}/course/unsubscribe/`),
      page.getByRole('button', { name: 'Unsubscribe' }).click(),
    ]);
    await expect(page.locator('h1').textContent()).resolves.toBe('You are unsubscribed');
    await expectAccessible(page, 'unsubscribe page after the button');
    expect(problems).toEqual([]);
  });

  it('ends each guide with the signup form, which works with JavaScript off and loads no script file there', async () => {
    const { context, page } = await open();
    const requests = recordRequests(context);
    await page.goto(`${base()}/guides/take-time-before-you-act/`, { waitUntil: 'networkidle' });
    await expect(page.locator('form[data-course-signup]').getAttribute('action')).resolves.toBe('/course/signup/');
    expect(requests.filter((r) => /\.m?js(\?|$)/.test(new URL(r.url).pathname)).map((r) => r.url)).toEqual([]);

    const noScript = await open({ javaScript: false });
    await noScript.page.goto(`${base()}/guides/take-time-before-you-act/`);
    await noScript.page
      .locator('form[data-course-signup]')
      .getByLabel('Email address')
      .fill('from-a-guide@example.com');
    await Promise.all([
      noScript.page.waitForURL(`${base()}/course/signup/`),
      noScript.page.getByRole('button', { name: 'Send me the course' }).click(),
    ]);
    await expect(noScript.page.locator('h1').textContent()).resolves.toBe('Check your inbox');
  });
});
