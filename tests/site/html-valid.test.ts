// Every built page is valid HTML (html-validate's recommended rules, see tests/support/html-validate.ts). The pages
// rendered on demand are checked against the running server in tests/browser/server-requests.test.ts.
import { describe, expect, it } from 'vitest';
import { htmlProblems } from '../support/html-validate.ts';
import { builtPages } from '../support/site.ts';

const pages = builtPages();

describe('the built pages', () => {
  it('are all there to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages.map((page) => [page.url, page] as const))('%s is valid HTML', async (_url, page) => {
    expect(await htmlProblems(page.html, page.file)).toEqual([]);
  });
});
