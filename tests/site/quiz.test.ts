// The quiz pages as built: what search engines, static hosts and embedding sites get before any JavaScript runs.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { builtPages } from '../support/site.ts';

const pages = builtPages();
const page = (url: string) => pages.find((p) => p.url === url)!;
const sitemap = readFileSync('dist/client/sitemap-0.xml', 'utf8');

describe('the built quiz', () => {
  it('is a tool page with a JavaScript budget of 15 KB, in the sitemap and the navigation', () => {
    const quiz = page('/tools/quiz/');
    expect(quiz.root.querySelector('meta[name="jst-js-budget"]')?.getAttribute('content')).toBe('15360');
    expect(sitemap).toMatch(/<loc>[^<]+\/tools\/quiz\/<\/loc>/);
    expect(page('/').root.querySelector('nav[aria-label="Main"] a[href="/tools/quiz/"]')).not.toBeNull();
  });

  it('ships every question in the HTML as a checklist for readers without JavaScript', () => {
    const noscript = page('/tools/quiz/').html.match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1] ?? '';
    const questions = ['resume', 'attitude', 'appearance'].flatMap((area) =>
      [...readFileSync(`src/content/quiz/${area}.yaml`, 'utf8').matchAll(/^ {4}prompt: (.+)$/gm)].map((m) => m[1]!),
    );
    expect(questions.length).toBeGreaterThanOrEqual(9);
    for (const q of questions) expect(noscript, q).toContain(q);
  });

  it('offers an embed snippet on a page of its own, linked from the quiz page, with the site’s own origin', () => {
    // node-html-parser keeps <pre> as raw text, so the code element is read from the HTML and its entities decoded.
    const raw =
      /<code id="embed-snippet"[^>]*>([\s\S]*?)<\/code>/.exec(page('/tools/quiz/embed-code/').html)?.[1] ?? '';
    const snippet = parse(raw).text;
    const origin = new URL(page('/').root.querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
    expect(snippet).toContain(`<iframe src="${origin}/embed/quiz/?source=your-site"`);
    expect(snippet).toContain(`<script src="${origin}/embed/quiz-resize.js" async></script>`);
    expect(page('/tools/quiz/').html).not.toContain('embed-snippet');
    expect(page('/tools/quiz/').root.querySelector('a[href="/tools/quiz/embed-code/"]')).not.toBeNull();
    // For site owners only: not in the main navigation.
    expect(page('/').root.querySelector('nav[aria-label="Main"] a[href="/tools/quiz/embed-code/"]')).toBeNull();
    // Nor in site search, where job seekers look; search engines may still list it for site owners.
    expect(page('/tools/quiz/embed-code/').root.querySelector('[data-pagefind-body]')).toBeNull();
    expect(page('/tools/quiz/embed-code/').root.querySelector('meta[name="robots"][content*="noindex"]')).toBeNull();
  });

  it('offers a snippet whose frame and script exist, and keeps the embed page out of search engines', () => {
    const raw =
      /<code id="embed-snippet"[^>]*>([\s\S]*?)<\/code>/.exec(page('/tools/quiz/embed-code/').html)?.[1] ?? '';
    const snippet = parse(raw).text;
    expect(snippet).toMatch(/<iframe src="https?:\/\/[^"]+\/embed\/quiz\/\?source=your-site" title="[^"]+"/);
    expect(snippet).toMatch(/height="\d+"/);
    expect(snippet).toMatch(/<script src="https?:\/\/[^"]+\/embed\/quiz-resize\.js" async><\/script>/);
    expect(existsSync('dist/client/embed/quiz/index.html')).toBe(true);
    expect(existsSync('dist/client/embed/quiz-resize.js')).toBe(true);
    const embed = page('/embed/quiz/');
    expect(embed.root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(embed.root.querySelector('link[rel="canonical"]')).toBeNull();
    expect(sitemap).not.toContain('/embed/');
  });

  it('lets static hosts frame /embed/ pages only', () => {
    const headers = readFileSync('dist/client/_headers', 'utf8');
    expect(headers).toMatch(
      /^\/embed\/\*\n(?: {2}.+\n)* {2}Content-Security-Policy: frame-ancestors \*\n(?: {2}.+\n)* {2}! X-Frame-Options/m,
    );
  });
});
