// The search as built: what Pagefind indexed, and the header's search control on every page.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/site.ts';
import { sitemapPaths } from '../../scripts/lib/sitemap.ts';

const pages = builtPages();
const pageAt = (url: string) => pages.find((p) => p.url === url)!;
const guides = readdirSync('src/content/guides')
  .filter((f) => /^[^_].*\.mdx$/.test(f))
  .map((file) => ({
    id: file.replace(/\.mdx$/, ''),
    topic: /^topic:\s*['"]?(\w+)/m.exec(readFileSync(`src/content/guides/${file}`, 'utf8'))?.[1],
  }));
/** The inline scripts of a page, except JSON-LD. */
const inlineScripts = (url: string) =>
  pageAt(url).root.querySelectorAll('script:not([src]):not([type="application/ld+json"])');

describe('the search index', () => {
  const entry = JSON.parse(readFileSync('dist/client/pagefind/pagefind-entry.json', 'utf8'));
  const indexed = pages.filter((p) => p.root.querySelector('[data-pagefind-body]'));

  it('holds every page that marks its main content, and only those', () => {
    expect(entry.languages.en.page_count).toBe(indexed.length);
    for (const url of ['/', '/article/', '/guides/', ...guides.map((g) => `/guides/${g.id}/`)]) {
      expect(
        indexed.map((p) => p.url),
        url,
      ).toContain(url);
    }
  });

  it('leaves out the 404 page and the search page itself', () => {
    for (const url of ['/404.html', '/search/'])
      expect(pageAt(url).root.querySelector('[data-pagefind-body]'), url).toBeNull();
  });

  it('indexes the main content only: header, navigation and footer sit outside the indexed element', () => {
    for (const page of indexed) {
      const body = page.root.querySelector('[data-pagefind-body]')!;
      const chrome = body.querySelectorAll(
        '.site-header, .site-footer, .skip-link, nav[aria-label="Main"], .search-trigger',
      );
      expect(
        chrome.map((el) => el.tagName),
        page.url,
      ).toEqual([]);
      expect(body.closest('main') !== null, page.url).toBe(true);
    }
  });

  it('tags every guide with type guide and the topic from its file, and the article with type article', () => {
    for (const guide of guides) {
      const body = pageAt(`/guides/${guide.id}/`).root.querySelector('[data-pagefind-body]')!;
      expect(body.getAttribute('data-type'), guide.id).toBe('guide');
      expect(body.getAttribute('data-topic'), guide.id).toBe(guide.topic);
      expect(body.getAttribute('data-pagefind-filter'), guide.id).toBe('type[data-type], topic[data-topic]');
    }
    expect(pageAt('/article/').root.querySelector('[data-pagefind-body]')?.getAttribute('data-type')).toBe('article');
  });

  it('gives every indexed page a title and a description for its result', () => {
    for (const page of indexed) {
      expect(
        page.root.querySelector('meta[property="og:title"][data-pagefind-meta="title[content]"]'),
        page.url,
      ).not.toBeNull();
      expect(
        page.root.querySelector('meta[name="description"][data-pagefind-meta="description[content]"]'),
        page.url,
      ).not.toBeNull();
    }
  });
});

describe('the header search control', () => {
  const withHeader = pages.filter((p) => p.root.querySelector('.site-header'));
  const contentPages = withHeader.filter((p) => !p.root.querySelector('meta[name="jst-js-budget"]'));
  const loaderOf = (page: (typeof pages)[number]) =>
    inlineScripts(page.url).filter((s) => s.innerHTML.includes('/_astro/search-ui.'));

  it('is a link to /search/ on every page with the site header, which a script turns into a dialog button', () => {
    expect(withHeader.length).toBeGreaterThan(10);
    for (const page of withHeader) {
      expect(page.root.querySelector('header a.search-trigger[href="/search/"]'), page.url).not.toBeNull();
      const button = page.root.querySelector('header button.search-trigger')!;
      expect(button.hasAttribute('hidden'), page.url).toBe(true);
      expect(button.getAttribute('aria-keyshortcuts')).toBe('Control+K Meta+K /');
      expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    }
  });

  it('loads the search code with one tiny inline script, hashed in the CSP, and content pages with no script file', () => {
    for (const page of withHeader) {
      const loaders = loaderOf(page);
      expect(loaders, page.url).toHaveLength(1);
      const code = loaders[0]!.innerHTML;
      expect(code).toMatch(/import\(`\/_astro\/search-ui\.[\w-]+\.js`\)/);
      expect(Buffer.byteLength(code), `${page.url}: inline search loader size`).toBeLessThan(600);
      const hash = createHash('sha256').update(code).digest('base64');
      const csp = page.root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      expect(csp, page.url).toContain(`'sha256-${hash}'`);
    }
    expect(contentPages.length).toBeGreaterThan(10);
    for (const page of contentPages)
      expect(
        page.root.querySelectorAll('script[src]').map((s) => s.getAttribute('src')),
        page.url,
      ).toEqual([]);
  });

  it('points the home page SearchAction at /search/?q=', () => {
    const data = pageAt('/')
      .root.querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.text));
    const site = data.find((d) => d['@type'] === 'WebSite');
    expect(site?.potentialAction?.target?.urlTemplate).toMatch(
      /^https?:\/\/[^/]+\/search\/\?q=\{search_term_string\}$/,
    );
    expect(site?.potentialAction?.['query-input']).toBe('required name=search_term_string');
  });

  it('keeps the search page out of search engines and the sitemap', () => {
    expect(pageAt('/search/').root.querySelector('meta[name="robots"][content="noindex"]')).not.toBeNull();
    expect(sitemapPaths([])).not.toContain('/search/');
  });
});
