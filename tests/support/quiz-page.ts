// Helpers for browser tests of the quiz: answering steps by keyboard or by clicks.
import { expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';

export async function activeElement(page: Page | Frame): Promise<{ tag: string; text: string; type: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: el?.textContent?.trim() ?? '',
      type: el?.getAttribute('type') ?? null,
    };
  });
}

/** Presses Tab until the focused element matches `selector`. */
export async function tabUntil(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Answers the step on screen with the keyboard: Tab into the first radio group, Space for the first answer or the
 * arrow keys for a later one, Tab to the next group, and finally Enter on the button after the last group.
 */
export async function answerStepByKeyboard(page: Page, choices: number[]): Promise<void> {
  await tabUntil(page, 'form.quiz-step input[type=radio]');
  for (const choice of choices) {
    if (choice === 0) await page.keyboard.press('Space');
    for (let i = 0; i < choice; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
  }
  const focused = await activeElement(page);
  expect(focused.tag).toBe('button');
  expect(focused.text).toMatch(/^(Next|See my results)$/);
  await page.keyboard.press('Enter');
}

/** Answers the step on screen by clicking the labels: choices[i] is the answer index for question i. */
export async function answerStepByClicks(page: Page | Frame, choices: number[]): Promise<void> {
  const groups = page.locator('form.quiz-step fieldset');
  await groups.first().waitFor();
  expect(await groups.count()).toBe(choices.length);
  for (let i = 0; i < choices.length; i++) await groups.nth(i).locator('label.quiz-option').nth(choices[i]!).click();
  await page.locator('form.quiz-step button[type=submit]').click();
}

/** The answers used by most tests: resume has things to check, attitude looks solid, appearance has most to check. */
export const sampleAnswers = [
  [1, 1, 0, 1],
  [0, 0, 0, 0],
  [2, 2, 1],
];
export const sampleLabels = ['I changed a few things', 'Some of them, or they were hard to spot', 'Probably not'];
