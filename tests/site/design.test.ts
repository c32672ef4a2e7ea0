// The design as built: link-preview images, one primary action and one credit on the home page, the reader's place
// on the path, the article's words quoted with credit, decorative pictures hidden from screen readers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, clientDir } from '../support/site.ts';

const pages = builtPages();
const page = (url: string) => pages.find((p) => p.url === url)!;
const guides = pages.filter((p) => /^\/guides\/[^/]+\/$/.test(p.url));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the built design', () => {
  it.each(pages.map((p) => [p.url, p] as const))(
    '%s names its own 1200 × 630 link-preview image, and it is built',
    (_url, p) => {
      const image = p.root.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      const path = new URL(image).pathname;
      expect(path).toMatch(/^\/og\/.+\.png$/);
      expect(pngSize(join(clientDir, path))).toEqual({ width: 1200, height: 630 });
      expect(p.root.querySelector('meta[name="twitter:image"]')?.getAttribute('content')).toBe(image);
    },
  );

  it('gives every page a different link-preview image', () => {
    const images = pages
      .filter((p) => !p.url.startsWith('/embed/'))
      .map((p) => p.root.querySelector('meta[property="og:image"]')?.getAttribute('content'));
    expect(new Set(images).size).toBe(images.length);
  });

  it('offers one primary action on the home page, in words other than its heading', () => {
    const home = page('/');
    const primary = home.root.querySelectorAll('main .button:not(.button--secondary)');
    expect(primary).toHaveLength(1);
    const heading = home.root.querySelector('h1')!.text.trim();
    expect(primary[0]!.text).not.toContain(heading);
    expect(primary[0]!.getAttribute('href')).toMatch(/^\/guides\/.+\/$/);
  });

  it('shows the seven steps and the tools as cards on the home page, and credits the article once, in the footer', () => {
    const home = page('/');
    expect(home.root.querySelectorAll('main .steps .steps__item')).toHaveLength(7);
    expect(home.root.querySelectorAll('main .card .card__link').length).toBeGreaterThanOrEqual(4);
    expect(home.root.querySelector('main')!.text).not.toContain('Betty Crisp');
    expect(home.root.querySelector('footer')!.text).toContain('Betty Crisp');
    expect(home.html.match(/Betty Crisp/g)).toHaveLength(1);
  });

  it.each(guides.map((g) => [g.url, g] as const))(
    '%s shows its place on the path and quotes the article with credit',
    (_url, g) => {
      const progress = g.root.querySelector('main .progress')!.text;
      expect(progress).toMatch(/Step [1-7] of 7|the whole path in 7 steps/);
      expect(g.root.querySelectorAll('main .guide__side .steps__item')).toHaveLength(7);
      const quote = g.root.querySelector('main figure.quote');
      expect(quote?.querySelector('blockquote')?.text.trim().length).toBeGreaterThan(40);
      expect(quote?.querySelector('figcaption')?.text).toContain('Betty Crisp');
      expect(quote?.querySelector('figcaption a')?.getAttribute('href')).toBe('/article/');
      expect(g.root.querySelectorAll('nav.pager a').length).toBeGreaterThanOrEqual(1);
    },
  );

  it('hides every decorative illustration from screen readers and names the others', () => {
    for (const p of pages) {
      for (const svg of p.root.querySelectorAll('svg')) {
        const named = svg.getAttribute('role') === 'img' && !!svg.getAttribute('aria-label');
        expect(svg.getAttribute('aria-hidden') === 'true' || named, `${p.url}: ${svg.toString().slice(0, 80)}`).toBe(
          true,
        );
      }
    }
  });

  it('keeps the style guide out of search engines, the sitemap and site search', () => {
    const style = page('/style/');
    expect(style.root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(style.root.querySelector('[data-pagefind-body]')).toBeNull();
    expect(readFileSync(join(clientDir, 'sitemap-0.xml'), 'utf8')).not.toContain('/style/');
  });
});
