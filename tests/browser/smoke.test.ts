import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, newContext } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

describe('the built server', () => {
  it('serves the home page with a heading and refuses to be framed', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const response = await page.goto(inject('baseURL') + '/');
    expect(response?.status()).toBe(200);
    expect(response?.headers()['x-frame-options']).toBe('DENY');
    await expect(page.locator('h1').textContent()).resolves.toContain('Someone else got the job');
    await context.close();
  });
});
