// Bench module: the JavaScript the quiz page and the embed page load (brotli, quality 11), against the target
// of 15 KB for the quiz island including Preact, and how long the island takes to show its first step.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig, toolAt } from '#/site.config.ts';
import { brotliSize } from '../lib/brotli.ts';

const quizTool = toolAt('/tools/quiz/');
const budget = quizTool.jsBudget;
const pages = [quizTool.href, siteConfig.quizEmbedHref];

async function measure({ baseURL, distDir, browser }, path) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const files = [];
  context.on('request', (r) => {
    if (r.resourceType() === 'script') files.push(new URL(r.url()).pathname);
  });
  const started = Date.now();
  await page.goto(baseURL + path);
  await page.locator('.quiz h2').waitFor();
  const firstStepMs = Date.now() - started;
  await page.waitForLoadState('networkidle');
  // Inline scripts (Astro's island loader) arrive with the HTML; counted apart from the files.
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].map(
      (s) => s.textContent ?? '',
    ),
  );
  await context.close();
  const perFile = Object.fromEntries(
    files.map((f) => [f.replace(/^\/_astro\//, ''), brotliSize(readFileSync(join(distDir, f)))]),
  );
  const jsBrotli = Object.values(perFile).reduce((a, b) => a + b, 0);
  const inlineBrotli = inline.length ? brotliSize(Buffer.from(inline.join('\n'))) : 0;
  const html = readFileSync(join(distDir, path, 'index.html'));
  return {
    path,
    jsFiles: files.length,
    jsBrotli,
    inlineScriptBrotli: inlineBrotli,
    htmlBrotli: brotliSize(html),
    firstStepMs,
    perFile,
    result: jsBrotli <= budget ? 'PASS' : 'FAIL',
  };
}

export default async function quiz(env) {
  const measured = [];
  for (const path of pages) measured.push(await measure(env, path));
  console.log(
    `Quiz JavaScript loaded before interaction (brotli bytes, target ≤ ${budget} for the island including Preact)`,
  );
  for (const m of measured) {
    console.log(
      `  ${m.result}  ${m.path.padEnd(14)} ${String(m.jsBrotli).padStart(6)} B in ${m.jsFiles} files (+ ${m.inlineScriptBrotli} B inline loader)  HTML ${m.htmlBrotli} B  first step shown after ${m.firstStepMs} ms`,
    );
  }
  return { budget, pages: measured, pass: measured.every((m) => m.result === 'PASS') };
}
