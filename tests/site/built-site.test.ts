// Checks over the built files in dist/client: what search engines and link checkers see.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allFiles, builtPages, findBrokenReferences, sourceHint } from '../support/site.ts';

const origin = 'http://localhost:4321';
const pages = builtPages();
const files = allFiles();
const guideIds = readdirSync('src/content/guides')
  .filter((f) => /^[^_].*\.mdx$/.test(f))
  .map((f) => f.replace(/\.mdx$/, ''));
// Pages the Node server renders on demand; their links are exercised by the browser tests.
const onDemand = ['/course/signup/', '/course/confirm/', '/course/unsubscribe/'];

describe('the built site', () => {
  it('has a page for every guide in src/content/guides', () => {
    expect(guideIds.length).toBeGreaterThanOrEqual(2);
    for (const id of guideIds)
      expect(files, `no page built for src/content/guides/${id}.mdx`).toContain(`guides/${id}/index.html`);
  });

  it.each(pages.filter((p) => p.file !== '404.html').map((p) => [p.url, p] as const))(
    '%s has one h1, a title, a description, a canonical link and JSON-LD that parses',
    (_url, page) => {
      const where = sourceHint(page.file);
      expect(page.root.querySelectorAll('h1'), `${where}: h1 count`).toHaveLength(1);
      expect(page.root.querySelector('title')?.text.trim(), `${where}: title`).toBeTruthy();
      const description = page.root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(description.length, `${where}: meta description`).toBeGreaterThan(30);
      const canonical = page.root.querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (!page.root.querySelector('meta[name="robots"][content="noindex"]')) {
        expect(canonical, `${where}: canonical`).toBe(new URL(page.url, origin).href);
      }
      expect(page.root.querySelector('html')?.getAttribute('lang')).toBe('en');
      for (const script of page.root.querySelectorAll('script[type="application/ld+json"]')) {
        expect(() => JSON.parse(script.text), `${where}: JSON-LD`).not.toThrow();
      }
    },
  );

  it('gives every guide an Article with author and publisher, and a breadcrumb trail', () => {
    for (const id of guideIds) {
      const page = pages.find((p) => p.url === `/guides/${id}/`)!;
      const data = page.root.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.text));
      const article = data.find((d) => d['@type'] === 'Article');
      expect(article?.author?.name, id).toBeTruthy();
      expect(article?.publisher?.name, id).toBe('CRA Resources');
      expect(
        data.some((d) => d['@type'] === 'BreadcrumbList'),
        id,
      ).toBe(true);
    }
  });

  it('credits the original article to Betty Crisp, CRA Resources and Angela Roberts', () => {
    const article = pages.find((p) => p.url === '/article/')!;
    for (const name of ['Betty Crisp', 'CRA Resources', 'Angela Roberts']) expect(article.root.text).toContain(name);
    const ld = article.root.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.text));
    expect(ld.find((d) => d['@type'] === 'Article')?.author).toMatchObject({ '@type': 'Person', name: 'Betty Crisp' });
  });

  it('ends every guide with a checklist and a link onward', () => {
    for (const id of guideIds) {
      const page = pages.find((p) => p.url === `/guides/${id}/`)!;
      expect(page.root.querySelectorAll('.checklist input[type="checkbox"]').length, id).toBeGreaterThanOrEqual(2);
      expect(page.root.querySelector('nav[aria-label="Next step"] a'), id).not.toBeNull();
    }
  });

  it('has no broken internal link or asset', () => {
    expect(findBrokenReferences(pages, files, origin, onDemand)).toEqual([]);
  });

  it('lists every indexable page in the sitemap and nothing that is not built', () => {
    const sitemap = readFileSync('dist/client/sitemap-0.xml', 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    for (const id of guideIds) expect(locs).toContain(`/guides/${id}/`);
    expect(locs).toContain('/article/');
    for (const loc of locs) expect(files.has(loc.slice(1) + 'index.html') || files.has(loc.slice(1)), loc).toBe(true);
  });

  it('serves robots.txt with the absolute sitemap and an RSS feed of the guides', () => {
    const robots = readFileSync('dist/client/robots.txt', 'utf8');
    expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
    const rss = readFileSync('dist/client/rss.xml', 'utf8');
    for (const id of guideIds) expect(rss).toContain(`/guides/${id}/`);
  });

  it('writes a _headers file that refuses framing for static hosts', () => {
    const headers = readFileSync('dist/client/_headers', 'utf8');
    expect(headers).toMatch(/^\/\*\n(?: {2}.+\n)* {2}X-Frame-Options: DENY/m);
    expect(headers).toContain("frame-ancestors 'none'");
  });
});
