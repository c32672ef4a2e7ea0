// Bench module: site search (issue 3). Index size; bytes a first and a later search fetch (every request of the
// browser context, Pagefind's worker included); time from the last keystroke to the first result painted, cold and
// warm; for the built site and for synthetic sites of 1,000 and 5,000 generated pages (written to a temporary folder,
// indexed as the build indexes the site, with its word list, served on loopback, deleted afterwards). At 5,000 pages our UI runs side by side with
// Pagefind's Component UI results list and its JS API alone, and the issue's targets are printed as PASS/FAIL.
// Run on its own after a build: `node_modules/.bin/node scripts/bench/search.mjs` (it starts what it needs).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSearchIndex } from '#/integrations/pagefind.ts';
import { brotliSize } from '../lib/brotli.ts';
import { serveStatic } from '../lib/static-server.ts';
import { median as middle } from '../lib/stats.ts';
import { RESULTS_PER_VIEW } from '#/lib/search/wording.ts';

const searchData = JSON.parse(readFileSync(new URL('../../src/data/search.json', import.meta.url), 'utf8'));

const RUNS = 3;
const TARGETS = { firstSearchKB: 180, componentUiSlowerThanOurs: 5, warmVersusApi: 1.5 };

const median = (values) => Math.round(middle(values));
const kb = (bytes) => Math.round(bytes / 102.4) / 10;

// ---------- what a search fetches ----------

/** Text assets would travel compressed from any real server; Pagefind's own binary files are already gzipped. */
function transferSize(url, body) {
  return /\.(m?js|json|css|html)(\?|$)/.test(url) ? brotliSize(body) : body.length;
}

/** Records every response of the context (pages and workers) with its brotli-equivalent size. */
function recordTransfers(context) {
  const log = [];
  context.on('requestfinished', async (request) => {
    const response = await request.response().catch(() => null);
    const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
    log.push({ url: request.url(), raw: body.length, transfer: transferSize(request.url(), body) });
  });
  return {
    mark: () => log.length,
    since: (mark) => log.slice(mark),
  };
}

const sum = (entries, key) => entries.reduce((total, e) => total + e[key], 0);
/** The word list and start pages the search loads with Pagefind (pagefind/search-data.json): part of the first search. */
const spellingData = (entries) => entries.filter((e) => /\/pagefind\/search-data\.json$/.test(e.url));

async function settle(page, ms = 400) {
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.waitForTimeout(ms);
}

// ---------- timing: last keystroke to first result painted ----------

/** Page-side helpers, injected before any page script (through DevTools, so the page's CSP does not apply). */
function timingProbe() {
  window.__bench = { lastKey: 0 };
  // The term arrives as one input event (see typeAndTime): that moment is the last keystroke.
  addEventListener(
    'input',
    () => {
      window.__bench.lastKey = performance.now();
    },
    true,
  );
  /**
   * Resolves once the frame that first shows an element matching `selector` with text has been painted: the task
   * queued from that frame's requestAnimationFrame runs after its paint.
   */
  window.__benchFirstPaint = (selector) =>
    new Promise((resolve) => {
      const found = () => [...document.querySelectorAll(selector)].some((el) => el.textContent.trim());
      const done = () =>
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - window.__bench.lastKey)));
      if (found()) return done();
      const observer = new MutationObserver(() => {
        if (found()) {
          observer.disconnect();
          done();
        }
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true });
    });
}

/**
 * Enters `term` into the focused field as one input event and returns ms from it to the first painted result.
 * One event rather than key by key: otherwise results for a prefix ("i", "in"…) would count as the first result.
 */
async function typeAndTime(page, term, resultSelector) {
  const painted = page.evaluate((selector) => window.__benchFirstPaint(selector), resultSelector);
  await page.keyboard.insertText(term);
  return painted;
}

async function clearField(page, emptySelector) {
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.waitForFunction((selector) => !document.querySelector(selector), emptySelector);
}

const OURS = { result: 'dialog [role="option"]' };
const COMPONENT = { result: 'pagefind-results .pf-result-link' };

/** Warm searches per cold one: cheap, and these machines are noisy. */
const WARM_REPEATS = 5;

/**
 * Pagefind's JS API on its own, in the same page: pagefind.search() of the module our UI loaded, which is Pagefind's
 * own instance with its default options (searching in its Web Worker; our UI makes an instance of its own). Returns
 * ms for search(term) to resolve, and ms until the data of the first `shown` results has also arrived.
 *
 * Why both: search() alone resolves with ids and scores, nothing a person can see. To show a first result the bare
 * API must also load its data (URL, title, excerpt), and our dialog loads the data of the results it shows (ten)
 * before it paints them. Comparing our time to the first result painted with search() alone compared a whole result
 * list with half of one. The like-with-like figure is search() plus the data of as many results as ours shows;
 * painting stays on our side only (the bare API paints nothing), so the comparison still leans against us.
 */
function timeApiInPage(page, term, shown) {
  return page.evaluate(
    async ({ term, shown }) => {
      const pagefind = await import('/pagefind/pagefind.js');
      const start = performance.now();
      const search = await pagefind.search(term);
      const searched = performance.now();
      await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
      return { search: searched - start, loaded: performance.now() - start };
    },
    { term, shown },
  );
}

/**
 * Our dialog on a content page: cold (a fresh browser context) and warm (the same search entered again). Each warm
 * search is paired with the JS API doing the same search in the same page, so the ratio compares like with like even
 * when the machine is busy; the pair's order alternates, so neither side always runs just after the other's work
 * (and its garbage collection).
 */
async function timeOurUi(browser, baseURL, contentPath, term) {
  const cold = [];
  const warm = [];
  const api = [];
  const apiLoaded = [];
  let first;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript(timingProbe);
    const transfers = recordTransfers(context);
    const page = await context.newPage();
    await page.goto(baseURL + contentPath, { waitUntil: 'networkidle' });
    const beforeIntent = transfers.mark();
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog[open] input');
    cold.push(await typeAndTime(page, term, OURS.result));
    await settle(page);
    first ??= transfers.since(beforeIntent);
    // The API's instance starts on its first call: one search untimed, so both sides are warm when timed.
    await timeApiInPage(page, term, RESULTS_PER_VIEW);
    for (let i = 0; i < WARM_REPEATS; i++) {
      const apiFirst = (run * WARM_REPEATS + i) % 2 === 1;
      const timeApi = async () => {
        const timed = await timeApiInPage(page, term, RESULTS_PER_VIEW);
        api.push(timed.search);
        apiLoaded.push(timed.loaded);
      };
      await clearField(page, OURS.result);
      if (apiFirst) await timeApi();
      warm.push(await typeAndTime(page, term, OURS.result));
      if (!apiFirst) await timeApi();
    }
    await context.close();
  }
  return {
    coldMs: median(cold),
    warmMs: median(warm),
    apiWarmMs: median(api),
    apiWarmLoadedMs: median(apiLoaded),
    coldRunsMs: cold.map(Math.round),
    warmRunsMs: warm.map(Math.round),
    apiWarmRunsMs: api.map(Math.round),
    apiWarmLoadedRunsMs: apiLoaded.map(Math.round),
    first,
  };
}

/** Bytes of a later search: a different word, in the same page after a first search. */
async function laterSearchBytes(browser, baseURL, contentPath, first, later) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(timingProbe);
  const transfers = recordTransfers(context);
  const page = await context.newPage();
  await page.goto(baseURL + contentPath, { waitUntil: 'networkidle' });
  await page.keyboard.press('Control+k');
  await page.waitForSelector('dialog[open] input');
  await typeAndTime(page, first, OURS.result);
  await settle(page);
  await clearField(page, OURS.result);
  const mark = transfers.mark();
  await typeAndTime(page, later, OURS.result);
  await settle(page);
  const entries = transfers.since(mark);
  await context.close();
  return entries;
}

/** Pagefind's Component UI: <pagefind-input> (no debounce, to time the UI and not a wait) and <pagefind-results>. */
async function timeComponentUi(browser, baseURL, term) {
  const cold = [];
  const warm = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript(timingProbe);
    const page = await context.newPage();
    await page.goto(baseURL + '/bench-component-ui.html', { waitUntil: 'networkidle' });
    await page.focus('pagefind-input input');
    cold.push(await typeAndTime(page, term, COMPONENT.result));
    await settle(page, 200);
    await clearField(page, COMPONENT.result);
    warm.push(await typeAndTime(page, term, COMPONENT.result));
    await context.close();
  }
  return {
    coldMs: median(cold),
    warmMs: median(warm),
    coldRunsMs: cold.map(Math.round),
    warmRunsMs: warm.map(Math.round),
  };
}

/** Pagefind's JS API alone, in a blank page: search(), and search() plus the first result's data. */
async function timeJsApi(browser, baseURL, term) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(baseURL + '/bench-blank.html');
  const runs = await page.evaluate(
    async ({ term, runs }) => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.init();
      const out = [];
      for (let i = 0; i <= runs; i++) {
        const start = performance.now();
        const search = await pf.search(term);
        const searched = performance.now();
        await search.results[0]?.data();
        out.push({ search: searched - start, firstData: performance.now() - start, hits: search.results.length });
      }
      return out;
    },
    { term, runs: RUNS },
  );
  await context.close();
  const [cold, ...warm] = runs;
  return {
    hits: cold.hits,
    coldSearchMs: Math.round(cold.search),
    warmSearchMs: median(warm.map((r) => r.search)),
    warmSearchAndFirstDataMs: median(warm.map((r) => r.firstData)),
  };
}

// ---------- index size ----------

function indexSize(pagefindDir) {
  const files = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? files(full) : [full];
    });
  const all = files(pagefindDir);
  const index = all.filter((f) => /\.pf_(index|fragment|filter|meta)$/.test(f));
  // What our search loads of Pagefind: its library and its WebAssembly (not its worker: see pagefind-client.ts).
  const runtime = all.filter((f) => /(^|\/)(pagefind\.js|wasm\.en\.pagefind)$/.test(f));
  const bytes = (list) => list.reduce((total, f) => total + statSync(f).size, 0);
  return {
    indexFiles: index.length,
    indexKB: kb(bytes(index)),
    runtimeKB: kb(bytes(runtime)),
    runtimeTransferKB: kb(runtime.reduce((total, f) => total + transferSize(f, readFileSync(f)), 0)),
  };
}

// ---------- synthetic sites ----------

/** A small deterministic PRNG, so every run indexes the same text. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = 'interview';
const LATER = 'employer';
const BASE_WORDS = (
  'the a to and of you your it is in that for on with as was be at this have from or by not but what all were ' +
  'when we there can an which their if do will each about how up out them then she many some so these would other into has ' +
  'more her two like him see time could no make than first been its who now people my made over did down only way find use ' +
  'may water long little very after words called just where most know job resume feedback attitude appearance company team ' +
  'manager role skills email thanks offer hiring answer question tone voice body language dress culture level'
).split(' ');

/** Writes `count` guide-like pages (about 300 words, "interview" on about 80% of them, "employer" on about 10%). */
function writeSyntheticPages(dir, count) {
  const next = random(count);
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'shi', 'pra', 'den', 'gal', 'tor', 'bel', 'fin', 'sum'];
  const vocabulary = Array.from(
    { length: 3000 },
    (_, i) => syllables[i % 15] + syllables[Math.floor(i / 15) % 15] + syllables[Math.floor(i / 225) % 15],
  );
  const word = () =>
    next() < 0.6
      ? BASE_WORDS[Math.floor(next() * BASE_WORDS.length)]
      : vocabulary[Math.floor(next() * vocabulary.length)];
  const sentence = (length) => Array.from({ length }, word).join(' ');
  for (let i = 0; i < count; i++) {
    const title = `Guide ${i}: ${sentence(4)}`;
    const paragraphs = Array.from({ length: 6 }, () => sentence(45));
    if (next() < 0.8) paragraphs[Math.floor(next() * 6)] += ` ${COMMON}`;
    if (next() < 0.1) paragraphs[Math.floor(next() * 6)] += ` ${LATER}`;
    const html =
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
      `<meta property="og:title" content="${title}" data-pagefind-meta="title[content]"></head><body><main>` +
      `<div data-pagefind-body data-pagefind-meta="type[data-type]" data-pagefind-filter="type[data-type]" data-type="guide">` +
      `<h1>${title}</h1>${paragraphs.map((p, n) => (n === 3 ? `<h2>${sentence(3)}</h2><p>${p}</p>` : `<p>${p}</p>`)).join('')}</div></main></body></html>`;
    mkdirSync(join(dir, 'synthetic', String(i)), { recursive: true });
    writeFileSync(join(dir, 'synthetic', String(i), 'index.html'), html);
  }
}

/** The built site's assets and one of its content pages, plus `count` generated pages, indexed by Pagefind. */
export async function makeSyntheticSite(distDir, contentPath, count) {
  const dir = mkdtempSync(join(tmpdir(), `jst-search-bench-${count}-`));
  cpSync(join(distDir, '_astro'), join(dir, '_astro'), { recursive: true });
  mkdirSync(join(dir, contentPath), { recursive: true });
  cpSync(join(distDir, contentPath, 'index.html'), join(dir, contentPath, 'index.html'));
  writeSyntheticPages(dir, count);
  const started = performance.now();
  // The site's own indexer, so the generated site gets its word list (search-data.json) like the real one.
  const indexed = await buildSearchIndex(join(dir, 'synthetic'), join(dir, 'pagefind'), {
    readersWords: searchData.readersWords,
  });
  const indexSeconds = Math.round((performance.now() - started) / 100) / 10;
  writeFileSync(
    join(dir, 'bench-blank.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>API</title></head><body></body></html>',
  );
  writeFileSync(
    join(dir, 'bench-component-ui.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Component UI</title>' +
      '<link rel="stylesheet" href="/pagefind/pagefind-component-ui.css"><script type="module" src="/pagefind/pagefind-component-ui.js"></script>' +
      '</head><body><pagefind-input debounce="0"></pagefind-input><pagefind-results></pagefind-results></body></html>',
  );
  return { dir, pages: indexed.pages.size, indexSeconds };
}

// ---------- the module ----------

const pass = (ok) => (ok ? 'PASS' : 'FAIL');

/** Index size, bytes of a first and a later search, and our UI's timings on the site served at `baseURL`. */
async function siteFigures(browser, baseURL, pagefindDir, contentPath, later) {
  const ours = await timeOurUi(browser, baseURL, contentPath, COMMON);
  const laterBytes = await laterSearchBytes(browser, baseURL, contentPath, COMMON, later);
  return {
    ours,
    figures: {
      index: indexSize(pagefindDir),
      word: COMMON,
      firstSearchKB: kb(sum(ours.first, 'transfer')),
      spellingDataKB: kb(sum(spellingData(ours.first), 'transfer')),
      firstSearchRawKB: kb(sum(ours.first, 'raw')),
      firstSearchRequests: ours.first.length,
      laterSearchKB: kb(sum(laterBytes, 'transfer')),
      ourColdMs: ours.coldMs,
      ourWarmMs: ours.warmMs,
    },
  };
}

export default async function search({ baseURL, distDir, browser }) {
  const contentPath = '/guides/review-your-resume/';
  const figures = {};

  figures.builtSite = (await siteFigures(browser, baseURL, join(distDir, 'pagefind'), contentPath, 'resume')).figures;
  console.log(
    `Built site: index ${figures.builtSite.index.indexKB} KB in ${figures.builtSite.index.indexFiles} files; ` +
      `first search ${figures.builtSite.firstSearchKB} KB (${figures.builtSite.firstSearchRequests} requests), later search ${figures.builtSite.laterSearchKB} KB; ` +
      `last keystroke → first result ${figures.builtSite.ourColdMs} ms cold, ${figures.builtSite.ourWarmMs} ms warm`,
  );

  for (const count of [1000, 5000]) {
    const site = await makeSyntheticSite(distDir, contentPath, count);
    const server = await serveStatic(site.dir);
    try {
      const measured = await siteFigures(browser, server.baseURL, join(site.dir, 'pagefind'), contentPath, LATER);
      const ours = measured.ours;
      const entry = {
        pages: site.pages,
        pagefindIndexSeconds: site.indexSeconds,
        ...measured.figures,
        ourRunsMs: { cold: ours.coldRunsMs, warm: ours.warmRunsMs },
        jsApiInPageRunsMs: { search: ours.apiWarmRunsMs, searchAndData: ours.apiWarmLoadedRunsMs },
        jsApiInPageWarmMs: ours.apiWarmMs,
        jsApiInPageWarmLoadedMs: ours.apiWarmLoadedMs,
      };
      if (count === 5000) {
        const component = await timeComponentUi(browser, server.baseURL, COMMON);
        const api = await timeJsApi(browser, server.baseURL, COMMON);
        const coldRatio = Math.round((component.coldMs / ours.coldMs) * 10) / 10;
        const warmRatio = Math.round((component.warmMs / ours.warmMs) * 10) / 10;
        const searchOnlyRatio = Math.round((ours.warmMs / ours.apiWarmMs) * 100) / 100;
        const apiRatio = Math.round((ours.warmMs / ours.apiWarmLoadedMs) * 100) / 100;
        Object.assign(entry, {
          hits: api.hits,
          componentUi: component,
          jsApi: api,
          targets: {
            firstSearch: `${entry.firstSearchKB} KB (spelling data ${entry.spellingDataKB} KB included) ≤ ${TARGETS.firstSearchKB} KB: ${pass(entry.firstSearchKB <= TARGETS.firstSearchKB && entry.spellingDataKB > 0)}`,
            versusComponentUi: `Component UI ${component.coldMs} ms / ours ${ours.coldMs} ms cold = ${coldRatio}× (warm ${component.warmMs} / ${ours.warmMs} = ${warmRatio}×), target ≥ ${TARGETS.componentUiSlowerThanOurs}×: ${pass(coldRatio >= TARGETS.componentUiSlowerThanOurs && warmRatio >= TARGETS.componentUiSlowerThanOurs)}`,
            warmVersusJsApi: `ours warm ${ours.warmMs} ms (to the first result painted) / JS API search() and the data of the first ${RESULTS_PER_VIEW} results ${ours.apiWarmLoadedMs} ms (same page, same moment) = ${apiRatio}×, target ≤ ${TARGETS.warmVersusApi}×: ${pass(apiRatio <= TARGETS.warmVersusApi)} (against search() alone, ${ours.apiWarmMs} ms: ${searchOnlyRatio}×)`,
          },
        });
      }
      figures[`synthetic${count}`] = entry;
      console.log(
        `${count} pages: index ${entry.index.indexKB} KB in ${entry.index.indexFiles} files (Pagefind ${entry.pagefindIndexSeconds} s); ` +
          `first search ${entry.firstSearchKB} KB, later ${entry.laterSearchKB} KB; ours ${entry.ourColdMs} ms cold, ${entry.ourWarmMs} ms warm`,
      );
      if (entry.targets) for (const line of Object.values(entry.targets)) console.log(`  ${line}`);
    } finally {
      await server.close();
      rmSync(site.dir, { recursive: true, force: true });
    }
  }
  return figures;
}

// Run on its own after `npm run build`: serves dist/ itself and prints the figures.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { describeChromium, launchChromium } = await import('../lib/browser.ts');
  const { startSite } = await import('../lib/server.ts');
  const site = await startSite({ showErrors: true });
  console.log(await describeChromium());
  const browser = await launchChromium();
  try {
    console.log(JSON.stringify(await search({ baseURL: site.baseURL, distDir: 'dist/client', browser }), null, 2));
  } finally {
    await browser.close();
    await site.stop();
  }
}
