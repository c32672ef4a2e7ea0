// "My plan" in a real Chromium against the built site, as a new user meets it: from the home page's "Where am I?"
// to the plan, the quiz and the email tool with everything carried over; the plan kept through a reload and
// forgotten; the calendar file read back with ical.js; the page without JavaScript; privacy; and axe in every
// state, light and dark, at 320 px.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { recordRequests, requestsCarry } from '../../scripts/lib/browser.ts';
import { expectUsable, openPage, useBrowser, type OpenOptions } from '../support/pages.ts';
import { answerStepByClicks, sampleAnswers } from '../support/quiz-page.ts';
import { formatDate, suggestSendDate } from '#/lib/feedback-email/send-date.ts';
import { datedPlan } from '#/lib/plan/schedule.ts';
import { planSteps } from '#/lib/plan/steps.ts';
import { newPlan, PLAN_KEY } from '#/lib/plan/store.ts';

/** Polls wait this long: islands may take seconds to load while other tests share the machine. */
const patience = { timeout: 15_000 };
const browser = useBrowser();
const base = () => inject('baseURL');
// Markers a person might type: none of them may ever reach a request.
const COMPANY = 'Quokkaworks Ltd 7Q';
const ROLE = 'Night Shift Wrangler';
const NAME = 'Morwenna Tregothnan';

const openPlan = (path = '/plan/', options: OpenOptions = {}) => openPage(browser(), { ...options, path });

/** The plan is interactive once its fieldset is enabled (the browser knows the date). */
async function planReady(page: Page) {
  await page.locator('.plan-details fieldset:not([disabled])').waitFor(patience);
}
const kept = (page: Page) => page.evaluate((key) => localStorage.getItem(key), PLAN_KEY);
const keptPlan = async (page: Page) => JSON.parse((await kept(page)) ?? 'null') as Record<string, unknown> | null;
const todayTitle = (page: Page) => page.locator('#plan-today-title').textContent();
/** The browser's own calendar day, as the island sees it. */
const browserToday = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

describe('a new user’s journey', () => {
  it('goes from "I just heard" on the home page to the plan, the quiz and the email tool, with the company, role, area and send date carried over', async () => {
    const { context, page, problems } = await openPage(browser());
    const requests = recordRequests(context);
    await page.goto(base() + '/');
    await page.getByRole('link', { name: 'I just heard' }).click();
    await page.waitForURL('**/plan/#step-pause');
    await planReady(page);
    expect(await todayTitle(page)).toBe('Take a couple of days');
    expect(await kept(page), 'nothing is kept before the person changes something').toBeNull();

    await page.getByLabel('Company').fill(COMPANY);
    await page.getByLabel('Job you interviewed for').fill(ROLE);
    await expect.poll(() => keptPlan(page), patience).toMatchObject({ company: COMPANY, role: ROLE });
    const today = await browserToday(page);
    const sendOn = formatDate(suggestSendDate(today, today), today);

    // The review step opens the quiz; the quiz's result opens the email tool.
    await page.locator('#step-review a', { hasText: 'Take the quiz' }).click();
    await page.waitForURL('**/tools/quiz/');
    for (const choices of sampleAnswers) await answerStepByClicks(page, choices);
    await page.locator('.quiz-next a', { hasText: 'Write your feedback email' }).click();
    await page.waitForURL('**/tools/feedback-email/#area=appearance');

    await expect.poll(() => page.getByLabel('Company', { exact: true }).inputValue(), patience).toBe(COMPANY);
    expect(await page.getByLabel('Job you interviewed for').inputValue()).toBe(ROLE);
    expect(await page.locator('select[id$="-area"]').inputValue()).toBe('appearance');
    expect(await page.locator('.fe-hint', { hasText: 'come from your plan' }).count()).toBe(1);
    await page.getByLabel('Your name').fill(NAME);
    await page.getByLabel('Interviewer’s name').fill('Sam');
    await page.getByRole('button', { name: 'Write my email' }).click();
    const suggested = page.locator('p', { hasText: 'Suggested send date' }).locator('strong');
    await expect.poll(() => suggested.textContent(), patience).toBe(sendOn);
    expect(await page.locator('input[id$="-heard"]').inputValue()).toBe(today);

    // Back on the plan: a reload keeps it; "Forget my plan" leaves this device's storage empty.
    await page.goto(base() + '/plan/');
    await page.reload();
    await planReady(page);
    expect(await page.getByLabel('Company').inputValue()).toBe(COMPANY);
    expect(await page.getByLabel('Job you interviewed for').inputValue()).toBe(ROLE);
    await page.getByRole('button', { name: 'Forget my plan' }).click();
    await expect.poll(() => page.evaluate(() => localStorage.length), patience).toBe(0);
    expect(await page.getByLabel('Company').inputValue()).toBe('');
    await page.reload();
    await planReady(page);
    expect(await page.getByLabel('Company').inputValue()).toBe('');

    // Nothing typed left the browser, and no hand-off used a query string.
    expect(requests.length).toBeGreaterThan(5);
    for (const marker of [COMPANY, ROLE, NAME]) expect(requestsCarry(requests, marker), marker).toBe(false);
    expect(requests.filter((r) => new URL(r.url).search.includes('area='))).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('the plan', () => {
  it('keeps the day of the news and the steps marked done through a reload, and says what is next today', async () => {
    const { page, problems } = await openPlan();
    await planReady(page);
    await page.locator('#step-pause input[type=checkbox]').check();
    await expect.poll(() => keptPlan(page), patience).toMatchObject({ done: { pause: await browserToday(page) } });
    await expect.poll(() => page.locator('.plan-status').textContent(), patience).toContain('marked done');
    expect(await page.locator('#step-pause').getAttribute('class')).toContain('steps__item--done');
    await page.reload();
    await planReady(page);
    expect(await page.locator('#step-pause input[type=checkbox]').isChecked()).toBe(true);
    expect(await page.locator('#step-pause .plan-tag').textContent()).toBe('Done today');
    // With the first step done, today has nothing left: the box names the next step and its day.
    expect(await todayTitle(page)).toBe('Next: Look back at your resume, attitude and appearance');
    expect(await page.locator('.plan-today .card__eyebrow').textContent()).toBe('Nothing to do today');
    expect(await page.locator('[aria-current="step"]').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('dates each step from the day the person heard, as the email tool does', async () => {
    const { page } = await openPlan();
    await planReady(page);
    const today = await browserToday(page);
    const heard = new Date(`${today}T00:00:00Z`);
    heard.setUTCDate(heard.getUTCDate() - 3);
    const heardIso = heard.toISOString().slice(0, 10);
    await page.getByLabel('The day you heard').fill(heardIso);
    await expect.poll(() => keptPlan(page), patience).toMatchObject({ heard: heardIso });
    const expected = datedPlan(newPlan(heardIso), today).map((s) => s.when);
    await expect
      .poll(() => page.locator('.plan-when').evaluateAll((els) => els.map((e) => e.lastChild?.textContent?.trim())))
      .toEqual(expected);
  });

  it('turns the whole plan into a calendar file that a standard iCalendar parser reads, one event per step', async () => {
    const { page } = await openPlan('/plan/', { acceptDownloads: true });
    await planReady(page);
    await page.getByLabel('Company').fill(COMPANY);
    await page.getByLabel('Job you interviewed for').fill(ROLE);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Add to my calendar (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('my-plan.ics');
    const ics = readFileSync((await download.path())!, 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const today = await browserToday(page);
    const steps = datedPlan(newPlan(today), today);
    expect(events.map((e) => e.startDate.toString())).toEqual(steps.map((s) => s.start));
    expect(events.map((e) => e.summary)).toEqual(planSteps.map((s) => `${s.title} (${ROLE} at ${COMPANY})`));
    const id = (await keptPlan(page))!.id as string;
    // UIDs and links use the site's public origin (SITE_URL), not the address the test server happens to have.
    const site = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!);
    expect(events[0]!.uid).toBe(`${id}-pause@${site.host}`);
    expect(events[2]!.description).toContain(`${site.origin}/tools/feedback-email/`);
    await expect.poll(() => page.locator('.plan-status').textContent()).toContain('my-plan.ics');
  });

  it('prints as a dated list of steps, without the form and buttons', async () => {
    const { page } = await openPlan();
    await planReady(page);
    await page.getByLabel('Company').fill(COMPANY);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.plan-steps').isVisible()).toBe(true);
    expect(await page.locator('.plan-print-only').textContent()).toContain(COMPANY);
    expect(await page.locator('.plan-details').isVisible()).toBe(false);
    expect(await page.locator('.plan-keep').isVisible()).toBe(false);
    expect(await page.locator('.where').isVisible()).toBe(false);
    expect((await page.pdf({ format: 'A4' })).byteLength).toBeGreaterThan(1000);
  });
});

describe('"Where am I?"', () => {
  it('leads "I’ve sent my email" to the wait for a reply, dated from the answer, without keeping anything yet', async () => {
    const { page, problems } = await openPage(browser(), { path: '/' });
    await page.getByRole('link', { name: 'I’ve sent my email' }).click();
    await page.waitForURL('**/plan/#step-reply');
    await planReady(page);
    await expect.poll(() => todayTitle(page), patience).toBe('Wait for their reply');
    expect(await page.locator('.plan-notice').textContent()).toContain('“I’ve sent my email”');
    expect(await page.locator('#step-email .plan-tag').textContent()).toBe('Done today');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('li')?.id), patience)
      .toBe('step-reply');
    expect(await kept(page)).toBeNull();
    expect(problems).toEqual([]);
  });

  it('leads "No reply after a week" to the follow-up today, and "They replied" to the reply reader', async () => {
    const { page } = await openPlan();
    await planReady(page);
    await page.locator('.where').getByRole('link', { name: 'No reply after a week' }).click();
    await expect.poll(() => todayTitle(page), patience).toBe('No reply after a week? Send one follow-up');
    expect(await page.locator('#step-follow-up .plan-when').textContent()).toContain('Today');
    expect(await page.locator('.plan-today a.button').getAttribute('href')).toBe('/tools/feedback-email/');
    expect(await page.locator('.where').getByRole('link', { name: 'They replied' }).getAttribute('href')).toBe(
      '/tools/reply/',
    );
  });

  it('never re-dates a plan the person already keeps', async () => {
    const { page } = await openPlan();
    await planReady(page);
    await page.getByLabel('Company').fill(COMPANY);
    await expect.poll(() => kept(page), patience).not.toBeNull();
    const before = await kept(page);
    await page.locator('.where').getByRole('link', { name: 'No reply after a week' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('li')?.id), patience)
      .toBe('step-follow-up');
    expect(await kept(page)).toBe(before);
    expect(await todayTitle(page)).toBe('Take a couple of days');
  });

  it('takes the quiz’s area into the plan, whose email step then hands it on', async () => {
    const { page } = await openPlan('/plan/#area=attitude');
    await planReady(page);
    await expect
      .poll(() => page.locator('#step-email .plan-area').textContent(), patience)
      .toBe('From your quiz: ask about how you came across.');
    expect(new URL(page.url()).hash).toBe('#step-email');
    // At the fork, someone with things to improve starts with that area's guide.
    expect(await page.locator('#step-review .plan-area').textContent()).toBe(
      'From your quiz: start with how you came across (Review your attitude).',
    );
    expect(await page.locator('#step-review .plan-area a').getAttribute('href')).toBe('/guides/review-your-attitude/');
    expect(await page.locator('#step-email a', { hasText: 'Write my email' }).getAttribute('href')).toBe(
      '/tools/feedback-email/#area=attitude',
    );
  });
});

describe('without JavaScript', () => {
  it('reads as a plan: the same steps in order, with relative days and their links', async () => {
    const { page } = await openPlan('/plan/', { javaScriptEnabled: false });
    expect(await page.locator('.plan-steps h3').allTextContents()).toEqual(planSteps.map((s) => s.title));
    expect(await page.locator('.plan-when').allTextContents()).toEqual(planSteps.map((s) => s.relative));
    expect(await page.locator('.plan-when').allTextContents()).toContain('Day 3, or the next working day');
    expect(await page.locator('#step-review a', { hasText: 'Take the quiz' }).getAttribute('href')).toBe(
      '/tools/quiz/',
    );
    expect(await page.locator('#step-review a', { hasText: 'I found things to improve' }).getAttribute('href')).toBe(
      '/guides/when-you-could-have-done-better/',
    );
    // What needs the script is not shown; the today box says where to start.
    expect(await page.locator('.plan-details').isVisible()).toBe(false);
    expect(await page.locator('.plan-done').first().isVisible()).toBe(false);
    expect(await page.locator('.plan-keep').isVisible()).toBe(false);
    expect(await todayTitle(page)).toBe('Start with the step that fits you');
  });

  it('lets "Where am I?" on the home page lead to the right step with plain links', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false, path: '/' });
    const links = page.locator('.where a');
    expect(await links.evaluateAll((as) => as.map((a) => [a.textContent?.trim(), a.getAttribute('href')]))).toEqual([
      ['I just heard', '/plan/#step-pause'],
      ['I heard a few days ago', '/plan/#step-review'],
      ['I’ve sent my email', '/plan/#step-reply'],
      ['They replied', '/tools/reply/'],
      ['No reply after a week', '/plan/#step-follow-up'],
    ]);
    await links.filter({ hasText: 'No reply after a week' }).click();
    await page.waitForURL('**/plan/#step-follow-up');
    expect(await page.locator('#step-follow-up h3').textContent()).toBe('No reply after a week? Send one follow-up');
    expect(await page.locator('#step-follow-up .plan-when').textContent()).toBe('About a week after your email');
  });
});

describe.each(['light', 'dark'] as const)('at 320 px in the %s scheme', (colorScheme) => {
  it('passes axe and does not scroll sideways in every state of the plan', async () => {
    const { page, problems } = await openPlan('/plan/', { narrow: true, colorScheme });
    await planReady(page);
    await expectUsable(page, 'a new plan');

    await page.getByLabel('Company').fill(COMPANY);
    await page.locator('#step-review input[type=checkbox]').check();
    await expect.poll(() => keptPlan(page), patience).toMatchObject({ done: { review: await browserToday(page) } });
    await expectUsable(page, 'kept, with a step done');

    await page.getByLabel('The day you heard').fill('2099-01-01');
    await page.locator('.plan-error').waitFor();
    await expectUsable(page, 'a day after today');

    for (const step of ['pause', 'email', 'reply', 'next'])
      await page.locator(`#step-${step} input[type=checkbox]`).check();
    await expect.poll(() => todayTitle(page), patience).toBe('You have followed your plan to the end');
    expect(await page.locator('#step-follow-up .plan-tag').textContent()).toBe('Not needed: they replied');
    await expectUsable(page, 'finished');

    await page.getByRole('button', { name: 'Forget my plan' }).click();
    await page.locator('.plan-status', { hasText: 'forgotten' }).waitFor();
    await expectUsable(page, 'forgotten');

    await page.locator('.where').getByRole('link', { name: 'I’ve sent my email' }).click();
    await page.locator('.plan-notice').waitFor();
    await expectUsable(page, 'dated from "I’ve sent my email"');

    await page.evaluate(() => (location.hash = 'area=appearance'));
    await page.locator('#step-review .plan-area').waitFor();
    await expectUsable(page, 'with the quiz’s area');
    expect(problems).toEqual([]);
  });
});
