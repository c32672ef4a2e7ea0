// Editorial checks on every guide's words, read straight from the MDX files (the schema checks the frontmatter at build).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade, mdxToPlainText } from '../../scripts/lib/readability.ts';

const guidesDir = new URL('../../src/content/guides/', import.meta.url);
const guides = readdirSync(guidesDir)
  .filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))
  .map((file) => {
    const source = readFileSync(new URL(file, guidesDir), 'utf8');
    const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
    return { id: file.replace(/\.mdx$/, ''), source, body };
  });
const ids = new Set(guides.map((guide) => guide.id));

// Pages outside the guides that a guide may link to: the URL contract in the project brief (tools included; the
// built-site test checks that each one really exists).
const otherPages = new Set([
  '/',
  '/guides/',
  '/article/',
  '/search/',
  '/tools/quiz/',
  '/tools/feedback-email/',
  '/tools/resume-fit/',
  '/tools/reply/',
  '/plan/',
]);

/** Targets of Markdown links in a body, e.g. `[text](/article/)` → `/article/`. */
const linkTargets = (body: string) => [...body.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? '');

describe('guide content', () => {
  it('has the nine guides of the reader path (step 5 forks in two)', () => {
    expect([...ids].sort()).toEqual(
      [
        'ask-for-feedback-by-email',
        'review-your-appearance',
        'review-your-attitude',
        'review-your-resume',
        'someone-else-got-the-job',
        'take-time-before-you-act',
        'use-the-feedback',
        'when-you-could-have-done-better',
        'when-you-did-your-best',
      ].sort(),
    );
  });

  describe.each(guides)('$id', ({ id, body }) => {
    it('reads at a Flesch–Kincaid grade of 8 or lower', () => {
      const grade = fleschKincaidGrade(mdxToPlainText(body));
      expect(
        grade,
        `${id}.mdx reads at grade ${grade.toFixed(1)}; use shorter sentences and words`,
      ).toBeLessThanOrEqual(8);
    });

    it('cites the original article by Betty Crisp for CRA Resources with a link to /article/', () => {
      expect(linkTargets(body), `${id}.mdx has no link to /article/`).toContain('/article/');
      expect(body).toContain('Betty Crisp');
      expect(body).toContain('CRA Resources');
    });

    it('states no percentages (the article gives none, so any would be invented)', () => {
      expect(body, `${id}.mdx contains a percentage`).not.toMatch(/\d\s*(%|per ?cent)/i);
    });

    it('links only to guides that exist and to pages in the site URL list, with a trailing slash', () => {
      for (const target of linkTargets(body)) {
        if (/^https?:/.test(target)) continue;
        const guide = /^\/guides\/([^/]+)\/$/.exec(target)?.[1];
        expect(
          guide ? ids.has(guide) : otherPages.has(target),
          `${id}.mdx links to ${target}, which does not exist`,
        ).toBe(true);
      }
    });

    it('uses only second-level and deeper headings, since the layout renders the title as the h1', () => {
      expect(body, `${id}.mdx has a level-1 heading`).not.toMatch(/^#\s/m);
    });

    it('avoids what MDX cannot parse: HTML comments, <url> autolinks and unescaped braces', () => {
      expect(body).not.toContain('<!--');
      expect(body).not.toMatch(/<https?:/);
      expect(body).not.toMatch(/(^|[^\\])\{/);
    });
  });
});
