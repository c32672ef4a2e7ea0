// `npm run bench`: builds the site, serves it, and prints figures (not a test). For every page: HTML and CSS bytes
// (brotli, quality 11), the JavaScript it loads before any interaction, and PASS/FAIL against the page budgets. Then
// every module in scripts/bench/ adds its own figures. Everything is also written to bench-results/bench.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { scriptBudgets } from '#/site.config.ts';
import { brotliSize } from './lib/brotli.ts';
import { describeChromium, launchChromium } from './lib/browser.ts';
import { startSite } from './lib/server.ts';
import { sitemapPaths } from './lib/sitemap.ts';

const distDir = 'dist/client';
/** 10 TCP segments of 1,460 bytes: what arrives in the first round trip of a new connection. */
const FIRST_ROUND_TRIP = 14_600;

const { values: options } = parseArgs({
  options: { 'no-build': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
});
if (options.help) {
  console.log('Usage: npm run bench [-- --no-build]   (--no-build measures the build already in dist/)');
  process.exit(0);
}

function build() {
  if (options['no-build']) return;
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0) throw new Error('astro build failed');
}

/** Every page: the sitemap, and the pages with a script budget that are kept out of it (search, the embed). */
function pagePaths() {
  return [...new Set([...sitemapPaths(), ...scriptBudgets().keys()])];
}

function fileForUrl(url) {
  const path = decodeURIComponent(new URL(url).pathname);
  const candidates = [path, join(path, 'index.html')].map((p) => join(distDir, p));
  return candidates.find((p) => existsSync(p) && !p.endsWith('/'));
}

async function measurePage(browser, baseURL, path) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const scripts = new Set();
  const styles = new Set();
  context.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.add(r.url());
    if (r.resourceType() === 'stylesheet') styles.add(r.url());
  });
  await page.goto(baseURL + path, { waitUntil: 'networkidle' });
  await context.close();
  const budget = scriptBudgets().get(path) ?? null;
  const html = readFileSync(fileForUrl(baseURL + path));
  const sizeOf = (urls) => [...urls].reduce((sum, url) => sum + brotliSize(readFileSync(fileForUrl(url))), 0);
  const htmlBrotli = brotliSize(html);
  const cssFiles = sizeOf(styles);
  const jsBrotli = sizeOf(scripts);
  const jsBudget = budget ?? 0;
  return {
    path,
    kind: budget === null ? 'content' : 'tool',
    htmlBrotli,
    cssFileBrotli: cssFiles,
    htmlCssBrotli: htmlBrotli + cssFiles,
    jsFiles: scripts.size,
    jsBrotli,
    jsBudget,
    firstRoundTrip: htmlBrotli + cssFiles <= FIRST_ROUND_TRIP ? 'PASS' : 'FAIL',
    javascript: budget === null ? (scripts.size === 0 ? 'PASS' : 'FAIL') : jsBrotli <= jsBudget ? 'PASS' : 'FAIL',
  };
}

function table(rows, columns) {
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');
  return [
    line(columns),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(columns.map((c) => r[c]))),
  ].join('\n');
}

build();
const server = await startSite({ showErrors: true });
console.log(await describeChromium());
const browser = await launchChromium();
const results = {
  measuredAt: new Date().toISOString(),
  budgets: { htmlCssBrotli: FIRST_ROUND_TRIP, contentPageJsFiles: 0 },
  pages: [],
};
try {
  for (const path of pagePaths()) {
    process.stderr.write(`measuring ${path}\n`);
    results.pages.push(await measurePage(browser, server.baseURL, path));
  }
  console.log(
    `\nPages (brotli bytes; HTML+CSS budget ${FIRST_ROUND_TRIP}; content pages load no JS file before interaction)\n`,
  );
  console.log(
    table(results.pages, [
      'path',
      'kind',
      'htmlBrotli',
      'cssFileBrotli',
      'htmlCssBrotli',
      'firstRoundTrip',
      'jsFiles',
      'jsBrotli',
      'jsBudget',
      'javascript',
    ]),
  );
  const failures = results.pages.filter((p) => p.firstRoundTrip === 'FAIL' || p.javascript === 'FAIL').length;
  console.log(
    `\n${results.pages.length - failures} of ${results.pages.length} pages within budget${failures ? `: ${failures} FAIL` : ''}`,
  );

  const modules = existsSync('scripts/bench')
    ? readdirSync('scripts/bench')
        .filter((f) => f.endsWith('.mjs'))
        .sort()
    : [];
  for (const file of modules) {
    const name = file.replace(/\.mjs$/, '');
    console.log(`\n== ${name} ==`);
    const { default: run } = await import(`./bench/${file}`);
    try {
      results[name] = await run({ baseURL: server.baseURL, distDir, browser });
      console.log(JSON.stringify(results[name], null, 2));
    } catch (error) {
      results[name] = { error: String(error) };
      console.log(`FAILED: ${error.stack ?? error}`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nFigures written to bench-results/bench.json');
