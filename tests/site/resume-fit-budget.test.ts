// The resume fit page's JavaScript, read from the built files: what loads before a file is chosen (the island with
// its static imports, and the analysis worker) stays within its budget (siteConfig.tools), and the file readers are
// not part of it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brotliSize } from '../../scripts/lib/brotli.ts';
import { toolAt } from '#/site.config.ts';

const dir = 'dist/client';
const html = readFileSync(join(dir, 'tools/resume-fit/index.html'), 'utf8');
const budget = toolAt('/tools/resume-fit/').jsBudget;

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

const island = [...html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]!);
const loaded = closure(island);
const workerPaths = [...loaded].flatMap((p) =>
  [...readFileSync(join(dir, p), 'utf8').matchAll(/new Worker\(new URL\(`([^`]+)`/g)].map((m) => m[1]!),
);
const beforeFile = closure([...island, ...workerPaths]);
// The engine and its part-of-speech tagger: imported by the worker on the first check.
const engine = workerPaths.flatMap((p) =>
  [...readFileSync(join(dir, p), 'utf8').matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map(
    (m) => `/_astro/${m[1]}`,
  ),
);
const engineBytes = [...closure(engine)]
  .filter((p) => !beforeFile.has(p))
  .reduce((sum, p) => sum + brotliSize(readFileSync(join(dir, p))), 0);

describe('the resume fit page JavaScript', () => {
  it('hydrates one island that starts the analysis worker from this site', () => {
    expect(island.some((p) => p.includes('ResumeFit'))).toBe(true);
    expect(workerPaths).toHaveLength(1);
    expect(workerPaths[0]).toMatch(/^\/_astro\/analysis\.worker-[\w-]+\.js$/);
    expect(existsSync(join(dir, workerPaths[0]!))).toBe(true);
  });

  it('loads no more than its budget (30 KB brotli) before a file is chosen, worker included', () => {
    const total = [...beforeFile].reduce((sum, p) => sum + brotliSize(readFileSync(join(dir, p))), 0);
    expect(total).toBeLessThanOrEqual(budget);
  });

  it('loads the analysis engine (with compromise) only when a check runs, within 150 KB brotli', () => {
    expect(engine).toHaveLength(1);
    expect([...beforeFile].some((p) => engine.includes(p))).toBe(false);
    expect(engineBytes).toBeGreaterThan(30 * 1024);
    expect(engineBytes).toBeLessThanOrEqual(150 * 1024);
  });

  it('leaves pdf.js and fflate out until a file is chosen', () => {
    for (const p of beforeFile) {
      const code = readFileSync(join(dir, p), 'utf8');
      expect(code, p).not.toMatch(/GlobalWorkerOptions|unzipSync/);
    }
    expect([...beforeFile].some((p) => /pdf|read-file/.test(p))).toBe(false);
  });
});
