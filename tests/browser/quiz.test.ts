// The self-assessment quiz in a real Chromium against the built site: keyboard use, focus, saved progress, shared
// links, bad links, privacy, small screens, no JavaScript, and accessibility at every step.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, recordRequests, requestsCarry } from '../../scripts/lib/browser.ts';
import { expectNoAxeViolations, expectUsable, openPage, useBrowser, type OpenOptions } from '../support/pages.ts';
import {
  activeElement,
  answerStepByClicks,
  answerStepByKeyboard,
  sampleAnswers,
  sampleLabels,
} from '../support/quiz-page.ts';

/** Polls wait this long: the island may take seconds to load while other tests share the machine. */
const patience = { timeout: 15_000 };
const browser = useBrowser();
const base = () => inject('baseURL');

const openQuiz = (path = '/tools/quiz/', options: OpenOptions = {}) => openPage(browser(), { ...options, path });

async function completeQuiz(page: Page, answers = sampleAnswers) {
  for (const choices of answers) await answerStepByClicks(page, choices);
  await page.locator('#quiz-results-heading').waitFor();
}

const shareLink = (page: Page) => page.locator('#quiz-share-link').inputValue();
/** What the results say about the answers: the bars, the things to check first and the folded rest. */
const resultsText = (page: Page) => page.locator('.quiz-bars, .quiz-first, .quiz-more').allTextContents();

describe('the self-assessment quiz', () => {
  it('can be completed with the keyboard alone, moving focus to each new step’s heading and announcing the results', async () => {
    const { page, problems } = await openQuiz();
    await page.locator('#quiz-step-heading').waitFor();
    await expectNoAxeViolations(page, 'step 1');

    await answerStepByKeyboard(page, sampleAnswers[0]!);
    await expect.poll(() => activeElement(page), patience).toMatchObject({ tag: 'h2', text: 'Step 2 of 3: Attitude' });
    await expectNoAxeViolations(page, 'step 2');

    await answerStepByKeyboard(page, sampleAnswers[1]!);
    await expect
      .poll(() => activeElement(page), patience)
      .toMatchObject({ tag: 'h2', text: 'Step 3 of 3: Appearance' });
    await expectNoAxeViolations(page, 'step 3');

    await answerStepByKeyboard(page, sampleAnswers[2]!);
    await expect.poll(() => activeElement(page), patience).toMatchObject({ tag: 'h2', text: 'Your results' });
    await expect
      .poll(() => page.locator('.quiz > [role=status]').textContent(), patience)
      .toBe('Your results are ready. Start with appearance.');
    expect(await page.locator('.quiz-bars li').allTextContents()).toEqual([
      'Resume: a few things to check, 5 of 8 points',
      'Attitude: looks solid, 8 of 8 points',
      'Appearance: most to check, 1 of 6 points',
    ]);
    expect(await page.locator('.quiz-first').textContent()).toContain('You answered: “Probably not”');
    await expectNoAxeViolations(page, 'results');

    // Back with the keyboard: "Change my answers" returns to step 1 with the answers kept.
    await page.getByRole('button', { name: 'Change my answers' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => activeElement(page), patience).toMatchObject({ tag: 'h2', text: 'Step 1 of 3: Resume' });
    expect(await page.locator('form.quiz-step input:checked').count()).toBe(4);
    expect(problems).toEqual([]);
  });

  it('says which questions still need an answer, puts focus on the first of them, and passes axe in that state', async () => {
    const { page, problems } = await openQuiz();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect
      .poll(() => page.locator('.quiz-error').textContent(), patience)
      .toContain('4 questions still need an answer');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(
      'quiz-resume.tailored-to-the-job',
    );
    expect(await page.locator('fieldset.is-missing').count()).toBe(4);
    await expectNoAxeViolations(page, 'missing answers');
    await page.locator('label.quiz-option').first().click();
    expect(await page.locator('fieldset.is-missing').count()).toBe(3);
    expect(problems).toEqual([]);
  });

  it('keeps its progress through a reload, and goes back a step with the Back button', async () => {
    const { page } = await openQuiz();
    await answerStepByClicks(page, sampleAnswers[0]!);
    await page.locator('form.quiz-step fieldset label.quiz-option').first().click();
    // Progress is saved in an effect after the next paint: reload once the tab's storage holds the new answer.
    const saved = () =>
      page.evaluate(() => {
        const key = Object.keys(sessionStorage).find((k) => k.startsWith('jst-quiz:'));
        const progress = key ? (JSON.parse(sessionStorage.getItem(key)!) as { step: number; answers: object }) : null;
        return progress && { step: progress.step, answers: Object.keys(progress.answers).length };
      });
    await expect.poll(saved, patience).toEqual({ step: 1, answers: 5 });
    await page.reload();
    await expect.poll(() => page.locator('#quiz-step-heading').textContent(), patience).toBe('Step 2 of 3: Attitude');
    expect(await page.locator('form.quiz-step input:checked').count()).toBe(1);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => activeElement(page), patience).toMatchObject({ text: 'Step 1 of 3: Resume' });
    expect(await page.locator('form.quiz-step input:checked').count()).toBe(4);
  });

  it('gives a link that reproduces the same result in a fresh browser, with the answers in the fragment only', async () => {
    const first = await openQuiz();
    await completeQuiz(first.page);
    const link = await shareLink(first.page);
    const expected = await resultsText(first.page);

    const url = new URL(link);
    expect(url.pathname).toBe('/tools/quiz/');
    expect(url.search).toBe('');
    expect(url.hash).toMatch(/^#r=1\.[0-9a-z]+\.[0-9_]+$/);

    const second = await openQuiz(url.pathname + url.hash);
    await second.page.locator('#quiz-results-heading').waitFor();
    expect(await second.page.locator('#quiz-results-heading').textContent()).toBe('Shared results');
    // Same areas, scores and tips; only the quoted answers are introduced as given rather than as yours.
    expect(await resultsText(second.page)).toEqual(expected.map((t) => t.replaceAll('You answered:', 'Answer given:')));
    await expectNoAxeViolations(second.page, 'shared results');

    // Taking the quiz yourself starts empty and leaves the shared link behind.
    await second.page.getByRole('button', { name: 'Take the quiz yourself' }).click();
    await expect
      .poll(() => second.page.locator('#quiz-step-heading').textContent(), patience)
      .toBe('Step 1 of 3: Resume');
    expect(await second.page.locator('input:checked').count()).toBe(0);
    expect(new URL(second.page.url()).hash).toBe('');
    expect(second.problems).toEqual([]);
  });

  it('hands the area to check first to the feedback email tool in the fragment, and the tool preselects it', async () => {
    const { page, problems } = await openQuiz();
    await completeQuiz(page);
    const link = page.locator('.quiz-next a', { hasText: 'Write your feedback email' });
    expect(await link.getAttribute('href')).toBe('/tools/feedback-email/#area=appearance');
    await Promise.all([page.waitForURL(/\/tools\/feedback-email\//), link.click()]);
    await expect.poll(() => page.locator('select[id$="-area"]').inputValue(), patience).toBe('appearance');
    expect(problems).toEqual([]);
  });

  it('copies the result link to the clipboard, and says so', async () => {
    const { page } = await openQuiz('/tools/quiz/', { permissions: ['clipboard-read', 'clipboard-write'] });
    await completeQuiz(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.locator('.quiz-copy-status').textContent(), patience).toBe('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await shareLink(page));
  });

  it('shows three things to check first, folds the rest, and offers the next steps as buttons', async () => {
    const { page, problems } = await openQuiz();
    await completeQuiz(page);
    expect(await page.locator('.quiz-first > li').count()).toBe(3);
    const more = page.locator('details.quiz-more');
    expect(await more.getAttribute('open')).toBeNull();
    // Resume has 3 tips and appearance 3: the three first are counted out of the folded list.
    expect(await more.locator('summary').textContent()).toBe('3 more things to check, area by area');
    expect(await more.locator('.quiz-tips > li').count()).toBe(3);
    const buttons = page.locator('.quiz-next a');
    expect(await buttons.allTextContents()).toEqual([
      'Write your feedback email',
      'Make a plan with dates',
      'Join the free email course',
    ]);
    expect(await buttons.evaluateAll((links) => links.map((a) => a.className))).toEqual([
      'button',
      'button button--secondary',
      'button button--secondary',
    ]);
    expect(await page.locator('.quiz-next a', { hasText: 'plan' }).getAttribute('href')).toBe('/plan/#area=appearance');
    // The article's branch for someone with things to improve, and no webmaster's code under the result.
    expect(await page.locator('.quiz-results a[href="/guides/when-you-could-have-done-better/"]').count()).toBe(1);
    expect(await page.locator('#embed-snippet').count()).toBe(0);
    expect(await page.locator('.quiz-footer a').getAttribute('href')).toBe('/tools/quiz/embed-code/');
    expect(problems).toEqual([]);
  });

  it('on a tie names every tied area and never one area "where your answers point the most"', async () => {
    const { page } = await openQuiz();
    // Resume 4 of 8, attitude 4 of 8, appearance 6 of 6.
    await completeQuiz(page, [
      [1, 1, 1, 1],
      [1, 1, 1, 1],
      [0, 0, 0],
    ]);
    const summary = await page.locator('.quiz-results').textContent();
    expect(await page.locator('.quiz-headline').textContent()).toBe('Start with resume and attitude');
    expect(summary).toContain('Your answers point to resume and attitude equally, so no one area comes first.');
    expect(summary).not.toMatch(/point to the most|where your answers point/);
  });

  it('offers the "I did my best" guide when every area looks solid, and an email with no area chosen', async () => {
    const { page } = await openQuiz();
    await completeQuiz(page, [
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0],
    ]);
    expect(await page.locator('.quiz-results a[href="/guides/when-you-did-your-best/"]').count()).toBe(1);
    expect(await page.locator('.quiz-next a', { hasText: 'Write your feedback email' }).getAttribute('href')).toBe(
      '/tools/feedback-email/',
    );
    expect(await page.locator('.quiz-first').count()).toBe(0);
  });

  it('never sends the answers anywhere: no request carries them, while answering, on the results, or when a shared link opens', async () => {
    const { context, page } = await openPage(browser());
    const requests = recordRequests(context);
    await page.goto(base() + '/tools/quiz/');
    await completeQuiz(page);
    const link = await shareLink(page);
    const code = new URL(link).hash.slice('#r='.length);
    await page.goto(link);
    await page.reload();
    await page.locator('#quiz-results-heading').waitFor();

    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
    for (const secret of [code, code.split('.').pop()!, ...sampleLabels, 'resume.tailored-to-the-job']) {
      expect(requestsCarry(requests, secret), secret).toBe(false);
    }
  });

  describe('given a bad link', () => {
    let good = '';
    beforeAll(async () => {
      const context = await newContext(browser());
      try {
        const page = await context.newPage();
        await page.goto(base() + '/tools/quiz/');
        await completeQuiz(page);
        good = new URL(await shareLink(page)).hash;
      } finally {
        await context.close();
      }
    });

    it.each([
      ['a tampered link', (h: string) => h.slice(0, -1) + '9', 'incomplete or has been changed'],
      ['a truncated link', (h: string) => h.slice(0, -3), 'incomplete or has been changed'],
      ['a foreign value', () => '#r=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'incomplete or has been changed'],
      [
        'a link from an earlier version of the quiz',
        (h: string) => h.replace(/^#r=1\.[0-9a-z]+\./, '#r=1.abc123.'),
        'The questions have changed since',
      ],
      ['a link in a newer format', (h: string) => h.replace(/^#r=1\./, '#r=2.'), 'The questions have changed since'],
      ['an unknown area', () => '?area=hobbies', 'here is the whole quiz'],
      ['markup as the area', () => '?area=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'here is the whole quiz'],
    ])('shows a clear message and an empty quiz for %s', async (_name, spoil, message) => {
      const path = '/tools/quiz/' + spoil(good);
      const { page, problems } = await openQuiz(path);
      await expect.poll(() => page.locator('.quiz-notice[role=alert]').textContent(), patience).toContain(message);
      expect(await page.locator('#quiz-step-heading').textContent()).toBe('Step 1 of 3: Resume');
      expect(await page.locator('input:checked').count()).toBe(0);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      await expectNoAxeViolations(page, path);
      expect(problems).toEqual([]);
    });
  });

  it.each(['light', 'dark'] as const)(
    'fits a 320 px screen and passes axe in the %s scheme at a step, with missing answers and on the results',
    async (colorScheme) => {
      const { page, problems } = await openQuiz('/tools/quiz/', { narrow: true, colorScheme });
      await page.locator('#quiz-step-heading').waitFor();
      await expectUsable(page, 'step 1');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.locator('.quiz-error').waitFor();
      await expectUsable(page, 'missing answers');
      await page.locator('label.quiz-option').first().click();
      await completeQuiz(page);
      await expectUsable(page, 'results');
      expect(problems).toEqual([]);
    },
  );

  it('shows every question as a printable checklist when JavaScript is off', async () => {
    const { page } = await openQuiz('/tools/quiz/', { javaScriptEnabled: false });
    const checklist = page.locator('.quiz-checklist');
    expect(await checklist.isVisible()).toBe(true);
    expect(await checklist.locator('fieldset legend').count()).toBe(11);
    expect(await checklist.locator('h2').allTextContents()).toEqual(['Resume', 'Attitude', 'Appearance']);
    expect(await checklist.locator('a[href^="/guides/"]').count()).toBe(11);
    expect(await page.locator('.quiz-slot').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await checklist.isVisible()).toBe(true);
  });

  it('has a checklist that passes axe (checked with its markup moved out of <noscript>, as axe needs JavaScript)', async () => {
    const { context, page } = await openPage(browser());
    await context.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(base() + '/tools/quiz/');
    await page.evaluate(() => {
      document.querySelector('.quiz-slot')?.remove();
      for (const noscript of document.querySelectorAll('noscript')) {
        const template = document.createElement('template');
        template.innerHTML = noscript.textContent ?? '';
        noscript.replaceWith(template.content);
      }
    });
    expect(await page.locator('.quiz-checklist fieldset').count()).toBe(11);
    await expectNoAxeViolations(page, 'checklist');
  });
});
