// The reply reader page's JavaScript, read from the built files: what loads before interaction (the island with its
// static imports and Preact) stays within 20 KB brotli, and the reader itself (its vocabularies) and the results
// load only when someone uses the form.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const dir = 'dist/client';
const html = readFileSync(join(dir, 'tools/reply/index.html'), 'utf8');
const brotli = (bytes: Buffer) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** A module and everything it imports statically (not `import()`), as /_astro/ paths. */
function closure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(dir, path), 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^"'`()]*?from\s*)?["']\.\/([^"']+\.js)["']/g))
      visit(`/_astro/${m[1]}`);
  };
  entries.forEach(visit);
  return seen;
}

const entries = [...html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]!);
const beforeInteraction = closure(entries);
const lazy = [...beforeInteraction].flatMap((p) =>
  [...readFileSync(join(dir, p), 'utf8').matchAll(/import\(["'`]\.\/([^"'`]+\.js)["'`]\)/g)].map(
    (m) => `/_astro/${m[1]}`,
  ),
);

describe('the reply reader page JavaScript', () => {
  it('hydrates one island, with the reader loaded on demand', () => {
    expect(entries.some((p) => p.includes('ReplyReader'))).toBe(true);
    expect(lazy.some((p) => p.includes('ReplyResults'))).toBe(true);
  });

  it('loads at most 20 KB brotli before interaction', () => {
    const total = [...beforeInteraction].reduce((sum, p) => sum + brotli(readFileSync(join(dir, p))), 0);
    console.log(`reply reader: ${total} B brotli before interaction`);
    expect(total).toBeLessThanOrEqual(20 * 1024);
  });

  it('keeps the reader’s vocabularies out of what loads before interaction', () => {
    for (const p of beforeInteraction) {
      const code = readFileSync(join(dir, p), 'utf8');
      expect(code, p).not.toMatch(/pinch of salt|Reply reader practice/);
    }
    const lazyCode = closure(lazy)
      .values()
      .map((p) => readFileSync(join(dir, p), 'utf8'))
      .toArray()
      .join('\n');
    expect(lazyCode).toMatch(/pinch of salt/);
  });
});
