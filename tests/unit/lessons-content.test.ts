// Editorial checks on every lesson of the email course, read straight from the MDX files (the schema and the
// timetable are checked at build).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade, mdxToPlainText } from '../../scripts/lib/readability.ts';

const lessonsDir = new URL('../../src/content/lessons/', import.meta.url);
const lessons = readdirSync(lessonsDir)
  .filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))
  .map((file) => {
    const source = readFileSync(new URL(file, lessonsDir), 'utf8');
    return { id: file.replace(/\.mdx$/, ''), source, body: source.replace(/^---\n[\s\S]*?\n---\n/, '') };
  });
const guides = new Set(
  readdirSync(new URL('../../src/content/guides/', import.meta.url)).map((f) => `/guides/${f.replace(/\.mdx$/, '')}/`),
);
const otherPages = new Set(['/', '/guides/', '/article/', '/course/', ...lessons.map((l) => `/course/${l.id}/`)]);

describe('email course lessons', () => {
  it('has five to seven lessons', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(5);
    expect(lessons.length).toBeLessThanOrEqual(7);
  });

  describe.each(lessons)('$id', ({ body }) => {
    it('reads at a Flesch–Kincaid grade of 8 or lower', () => {
      expect(fleschKincaidGrade(mdxToPlainText(body))).toBeLessThanOrEqual(8);
    });

    it('links only to pages of this site that exist, with the trailing slash', () => {
      for (const [, target] of body.matchAll(/\]\(([^)\s]+)\)/g)) {
        expect(target!.startsWith('/'), `${target} should be a site path (emails make it absolute)`).toBe(true);
        expect(guides.has(target!) || otherPages.has(target!), `${target} is not a page of the site`).toBe(true);
      }
    });

    it('quotes no statistics or studies the article does not give', () => {
      expect(body).not.toMatch(/\d+\s*(%|percent)|\bstud(y|ies)\b|\bresearch\b|\bsurvey\b/i);
    });
  });
});
