// Every page in the sitemap, as a person meets it: axe-core in both colour schemes, 320 px wide, and no CSP errors.
// Each tool's later states (results, errors) are checked the same way in its own test file.
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectNoSidewaysScroll, openPage, useBrowser } from '../support/pages.ts';
import { sitemapPaths } from '../../scripts/lib/sitemap.ts';
import { siteConfig } from '#/site.config.ts';

const browser = useBrowser();
/** The sitemap, and the pages kept out of it that people still reach. */
const paths = [...sitemapPaths(), siteConfig.search.href, siteConfig.quizEmbedHref];

describe.each(['light', 'dark'] as const)('every page in the %s colour scheme', (colorScheme) => {
  it.each(paths)('%s has no WCAG 2.2 A or AA violation and no console error', async (path) => {
    const { page, problems } = await openPage(browser(), { colorScheme, path });
    await expectNoAxeViolations(page, path);
    expect(problems).toEqual([]);
  });
});

describe('at 320 px wide', () => {
  it.each(paths)('%s does not scroll sideways', async (path) => {
    const { page } = await openPage(browser(), { narrow: true, path });
    await expectNoSidewaysScroll(page, path);
  });
});
