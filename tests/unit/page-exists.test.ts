import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageExists } from '#/server/page-exists.ts';

const pages = mkdtempSync(join(tmpdir(), 'jst-pages-'));
afterAll(() => rmSync(pages, { recursive: true, force: true }));
mkdirSync(join(pages, 'tools/feedback-email'), { recursive: true });
writeFileSync(join(pages, 'tools/feedback-email/index.astro'), '');
writeFileSync(join(pages, 'course.astro'), '');
writeFileSync(join(pages, 'index.astro'), '');

describe('checking that a page exists before linking to it', () => {
  it('finds pages written as a folder index or as a file named after the route', () => {
    expect(pageExists('/tools/feedback-email/', pages)).toBe(true);
    expect(pageExists('/course/', pages)).toBe(true);
    expect(pageExists('/', pages)).toBe(true);
  });

  it('says no for a page that is not there', () => {
    expect(pageExists('/tools/resume-fit/', pages)).toBe(false);
  });
});
