// The build step that writes the search index, run with the real Pagefind binary on small temporary sites.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '#/integrations/pagefind.ts';
import { SEARCH_DATA_FILE_NAME, type SearchDataFile } from '#/lib/search/data-file.ts';

const made: string[] = [];
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'jst-pagefind-'));
  made.push(dir);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), html);
  }
  return dir;
}
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body><nav>Menu</nav>${body}</body></html>`;

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('building the search index', () => {
  it('indexes only pages that mark their main content, and writes the bundle where it is told', async () => {
    const dir = site({
      'index.html': page('<main data-pagefind-body><h1>Home</h1><p>Welcome</p></main>'),
      'guides/a/index.html': page(
        '<main data-pagefind-body data-type="guide" data-pagefind-filter="type[data-type]"><h1>A</h1></main>',
      ),
      '404.html': page('<main><h1>Not found</h1></main>'),
    });
    const indexed = await buildSearchIndex(dir, join(dir, 'pagefind'));
    expect(indexed.files).toBe(3);
    expect([...indexed.pages].sort()).toEqual(['/', '/guides/a/']);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(2);
  }, 30_000);

  it('indexes declared situations with their page and writes the word list and start pages next to the index', async () => {
    const dir = site({
      'index.html': page('<main data-pagefind-body><h1>Home</h1><p>Welcome back</p></main>'),
      'guides/a/index.html': page(
        '<main data-pagefind-body data-type="guide"><h1>Advice</h1><p>Write to the interviewer.</p></main>',
      ),
    });
    const indexed = await buildSearchIndex(dir, join(dir, 'pagefind'), {
      situations: { '/guides/a/': { situations: ['They ghosted me'], weight: 4 } },
      startPages: ['/guides/a/', '/missing/'],
    });
    // The situation's words are in the index, and so in the word list; the page served is unchanged.
    expect(indexed.words.get('ghosted')).toBe(1);
    expect(readFileSync(join(dir, 'guides/a/index.html'), 'utf8')).not.toContain('ghosted');
    const data: SearchDataFile = JSON.parse(readFileSync(join(dir, 'pagefind', SEARCH_DATA_FILE_NAME), 'utf8'));
    const words = Object.values(data.vocabulary.words).join(' ').split(' ');
    expect(words).toEqual(expect.arrayContaining(['interviewer', 'ghosted', 'welcome']));
    expect(data.start).toEqual([{ url: '/guides/a/', title: 'Advice' }]);
  }, 30_000);

  it('fails when there is no page to index instead of writing an empty index', async () => {
    const dir = site({ 'notes.txt': 'no html here' });
    await expect(buildSearchIndex(dir, join(dir, 'pagefind'))).rejects.toThrow(/found no HTML page to index in/);
  }, 30_000);

  it('fails, rather than hangs, when Pagefind cannot write the index', async () => {
    const dir = site({ 'index.html': page('<main data-pagefind-body><h1>Home</h1></main>') });
    // A file where the output folder should go: the Pagefind binary cannot create its folders there.
    writeFileSync(join(dir, 'blocked'), '');
    await expect(buildSearchIndex(dir, join(dir, 'blocked', 'pagefind'), { stepTimeoutMs: 5_000 })).rejects.toThrow(
      /Pagefind (could|did) not write the index/,
    );
  }, 30_000);
});
