// `npm run bench`: builds the site, serves it, and prints figures (not a test). For every page: HTML and CSS bytes
// (brotli, quality 11), the JavaScript it loads before any interaction, and PASS/FAIL against the page budgets. Then
// every module in scripts/bench/ adds its own figures. Everything is also written to bench-results/bench.json.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { launchChromium } from './lib/browser.ts';

const distDir = 'dist/client';
/** 10 TCP segments of 1,460 bytes: what arrives in the first round trip of a new connection. */
const FIRST_ROUND_TRIP = 14_600;

export function brotliSize(bytes) {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

function build() {
  if (process.argv.includes('--no-build')) return;
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0) throw new Error('astro build failed');
}

async function startServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'jst-bench-'));
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const baseURL = await new Promise((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = /served at (http:\/\/\S+?)\/?\s/.exec(seen);
      if (match) resolve(match[1].replace('localhost', '127.0.0.1'));
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return {
    baseURL,
    stop: () => {
      child.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function pagePaths() {
  const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  return [...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname), '/404.html'];
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
  // Read at once: a locator would wait its full timeout on the many pages that have no budget.
  const budget = await page.evaluate(
    () => document.querySelector('meta[name="jst-js-budget"]')?.getAttribute('content') ?? null,
  );
  await context.close();
  const html = readFileSync(fileForUrl(baseURL + path));
  const sizeOf = (urls) => [...urls].reduce((sum, url) => sum + brotliSize(readFileSync(fileForUrl(url))), 0);
  const htmlBrotli = brotliSize(html);
  const cssFiles = sizeOf(styles);
  const jsBrotli = sizeOf(scripts);
  const jsBudget = budget === null ? 0 : Number(budget);
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
const server = await startServer();
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
      results[name] = await run({ baseURL: server.baseURL, distDir, browser, brotliSize });
      console.log(JSON.stringify(results[name], null, 2));
    } catch (error) {
      results[name] = { error: String(error) };
      console.log(`FAILED: ${error.stack ?? error}`);
    }
  }
} finally {
  await browser.close();
  server.stop();
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nFigures written to bench-results/bench.json');
