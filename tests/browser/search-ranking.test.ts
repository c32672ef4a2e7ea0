// Reader phrases and page titles find the right page first, through the real search page in Chromium.
// Expectations come from the guides' frontmatter and the built pages' titles, so they follow the content as editors
// change it.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { newContext } from '../../scripts/lib/browser.ts';
import { useBrowser } from '../support/pages.ts';
import { guideFacts, searchPage } from '../support/search.ts';
import { builtPages } from '../support/site.ts';

const browser = useBrowser();
/** One context for every search here (closed with the browser); each search gets its own page. */
let context: BrowserContext;
beforeAll(async () => {
  context = await newContext(browser());
});

const guides = guideFacts();
/**
 * Every indexed page whose heading is its title (the title is then part of what Pagefind indexes), by title: guides,
 * lessons, tools, the article. Searching for a title exactly should list that page first.
 */
const titledPages = builtPages()
  .filter((p) => p.root.querySelector('[data-pagefind-body]'))
  .map((p) => ({
    url: p.url,
    title: p.root.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '',
    h1: p.root.querySelector('h1')?.text.trim(),
  }))
  .filter((p) => p.title && p.title === p.h1);
/** Topics that only one guide has: searching for the topic's name should find that guide first. */
const singleTopicGuides = guides.filter((g) => guides.filter((other) => other.topic === g.topic).length === 1);

/** What upset readers type, and the guide that answers it. */
const readerPhrases: [string, string][] = [
  ['body language', 'review-your-attitude'],
  ['did my body language put them off', 'review-your-attitude'],
  ['was I too arrogant', 'review-your-attitude'],
  ['what should I have worn', 'review-your-appearance'],
  ['what to wear to an interview', 'review-your-appearance'],
  ['should I call them', 'ask-for-feedback-by-email'],
  ['should I phone the interviewer', 'ask-for-feedback-by-email'],
  ['was my resume tailored to the job', 'review-your-resume'],
  ['was my CV tailored to the job', 'review-your-resume'],
  ['how long should I wait before I contact them', 'take-time-before-you-act'],
  ['I did my best', 'when-you-did-your-best'],
  ['what do I do with their tips', 'use-the-feedback'],
];

async function firstResult(query: string) {
  const page = await context.newPage();
  try {
    return await searchPage(page, inject('baseURL'), { q: query });
  } finally {
    await page.close();
  }
}

describe('search ranking', () => {
  it('has guides to check, read from src/content/guides', () => {
    expect(guides.length).toBeGreaterThanOrEqual(8);
    expect(guides.every((g) => g.title && g.topic)).toBe(true);
    for (const [, id] of readerPhrases)
      expect(
        guides.map((g) => g.id),
        `phrase table names ${id}`,
      ).toContain(id);
  });

  it('finds a titled page for every guide', () => {
    for (const guide of guides)
      expect(
        titledPages.map((p) => p.url),
        guide.id,
      ).toContain(`/guides/${guide.id}/`);
  });

  it.each(titledPages.map((p) => [p.title, p.url] as const))(
    'the exact title “%s” lists %s first',
    async (title, url) => {
      const { hrefs } = await firstResult(title);
      expect(hrefs[0]).toBe(url);
    },
  );

  it.each(singleTopicGuides.map((g) => [g.topic, g.id] as const))(
    'the topic word “%s” lists /guides/%s/ first',
    async (topic, id) => {
      const { hrefs } = await firstResult(topic);
      expect(hrefs[0]).toBe(`/guides/${id}/`);
    },
  );

  // The guide, or the course lesson that retells it just above it (a lesson's title can match a reader's word best).
  it.each(readerPhrases)('the reader phrase “%s” lists /guides/%s/ in the first two', async (phrase, id) => {
    const { hrefs } = await firstResult(phrase);
    expect(hrefs.slice(0, 2)).toContain(`/guides/${id}/`);
  });
});
