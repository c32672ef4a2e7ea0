// Bench module: the resume fit check. Precision and recall of extraction and matching on the labelled evaluation set
// (tests/fixtures/resume-fit, the same figures as `npm run resume-fit:eval`), the median time to check a typical pair
// (each pair of the set, target < 300 ms) and a 1,500-word description against a 1,000-word resume (in Node and in
// the page, worker included), and the JavaScript the page loads before a file is chosen against the 30 KB target.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyseFit } from '#/lib/resume-fit/index.ts';
import { evaluate } from '../lib/resume-fit-evaluation.ts';
import { toolAt } from '#/site.config.ts';
import { brotliSize } from '../lib/brotli.ts';
import { EVALUATION_NOW, loadCases } from '../lib/resume-fit-cases.ts';
import { median } from '../lib/stats.ts';

const TARGET_JS = toolAt('/tools/resume-fit/').jsBudget;
const round = (x) => Math.round(x * 1000) / 1000;

/** Exactly `count` words of realistic text, taken in turn from the evaluation set's jobs or resumes. */
function words(texts, count) {
  const lines = [];
  let total = 0;
  for (let i = 0; total < count; i++) {
    for (const line of texts[i % texts.length].split('\n')) {
      const n = line.split(/\s+/).filter(Boolean).length;
      if (total + n > count) {
        lines.push(
          line
            .split(/\s+/)
            .filter(Boolean)
            .slice(0, count - total)
            .join(' '),
        );
        total = count;
        break;
      }
      lines.push(line);
      total += n;
    }
  }
  return lines.join('\n');
}

function rates(figures) {
  return {
    extraction: {
      precision: round(figures.extraction.precision),
      recall: round(figures.extraction.recall),
      levelAccuracy: round(figures.level.accuracy),
    },
    matching: {
      precision: round(figures.matching.precision),
      recall: round(figures.matching.recall),
      accuracy: round(figures.matching.accuracy),
    },
  };
}

function accuracy(cases) {
  const evaluation = evaluate(cases, (job, resume) => analyseFit(job, resume, { now: EVALUATION_NOW }));
  const splits = Object.fromEntries(
    Object.entries(evaluation.splits).map(([name, figures]) => [name, { pairs: figures.pairs, ...rates(figures) }]),
  );
  return { pairs: cases.length, all: rates(evaluation.overall), ...splits };
}

/** Median time to check one pair of the set, each pair once after a warm-up: a typical description and resume. */
function typicalPairMs(cases) {
  for (const c of cases.slice(0, 3)) analyseFit(c.job, c.resume, { now: EVALUATION_NOW });
  const times = cases.map((c) => {
    const started = performance.now();
    analyseFit(c.job, c.resume, { now: EVALUATION_NOW });
    return performance.now() - started;
  });
  return Math.round(median(times));
}

function nodeTiming(job, resume) {
  analyseFit(job, resume, { now: EVALUATION_NOW });
  const times = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    analyseFit(job, resume, { now: EVALUATION_NOW });
    times.push(performance.now() - started);
  }
  return Math.round(median(times));
}

async function pageFigures({ baseURL, distDir, browser }, job, resume, typicalPair) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const scripts = new Set();
  context.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (/\.m?js$/.test(path)) scripts.add(path);
  });
  const bytes = (paths) =>
    [...paths].reduce((sum, p) => {
      const file = join(distDir, p);
      return sum + (existsSync(file) ? brotliSize(readFileSync(file)) : 0);
    }, 0);
  await page.goto(baseURL + '/tools/resume-fit/', { waitUntil: 'networkidle' });
  await page.locator('button[type=submit]:not([disabled])').waitFor();
  const onLoad = new Set(scripts);
  // A typical pair in the page: the first check (worker and engine loaded), then the same pair again, warm.
  const typical = [];
  for (let i = 0; i < 5; i++) {
    await page.fill('#rf-job', typicalPair.job);
    await page.fill('#rf-resume', typicalPair.resume + '\n'.repeat(i));
    const at = Date.now();
    await page.click('button[type=submit]');
    await page.locator('#rf-results-heading').waitFor();
    await page.waitForFunction(() => !document.querySelector('button[type=submit]')?.hasAttribute('disabled'));
    typical.push(Date.now() - at);
  }
  const beforeCheck = new Set([...scripts].filter((p) => !/resume-fit-|compromise/.test(p) || onLoad.has(p)));
  await page.fill('#rf-job', job);
  await page.fill('#rf-resume', resume);
  const started = Date.now();
  await page.click('button[type=submit]');
  await page.locator('#rf-results-heading').waitFor();
  const pageMs = Date.now() - started;
  // A second check: the worker is warm, so this is the analysis and rendering alone.
  await page.fill('#rf-resume', resume + '\n');
  const again = Date.now();
  await page.click('button[type=submit]');
  await page.waitForFunction(() => !document.querySelector('button[type=submit]')?.hasAttribute('disabled'));
  const warmMs = Date.now() - again;
  const beforeFile = new Set(scripts);
  const engine = [...beforeFile].filter((p) => !beforeCheck.has(p));
  await page.setInputFiles('#rf-resume-file', {
    name: 'resume.pdf',
    mimeType: 'application/pdf',
    buffer: readFileSync(new URL('../../tests/fixtures/resume-fit/files/resume.pdf', import.meta.url)),
  });
  await page.locator('#rf-resume-file-status:has-text("Read resume.pdf")').waitFor({ timeout: 30_000 });
  await context.close();
  const loadBytes = bytes(onLoad);
  // Before a file is chosen: the page and the worker; the engine loaded by the first check is reported apart.
  const beforeFileBytes = bytes([...beforeFile].filter((p) => !engine.includes(p)));
  return {
    pageTypicalPairMs: { first: typical[0], warmMedian: median(typical.slice(1)) },
    engineLoadedOnCheck: { files: engine.length, brotliBytes: bytes(engine) },
    pageFirstCheckMs: pageMs,
    pageWarmCheckMs: warmMs,
    jsOnLoad: { files: onLoad.size, brotliBytes: loadBytes },
    jsBeforeFileChosen: {
      files: beforeFile.size,
      brotliBytes: beforeFileBytes,
      target: TARGET_JS,
      result: beforeFileBytes <= TARGET_JS ? 'PASS' : 'FAIL',
    },
    jsAfterPdfChosen: { files: scripts.size, brotliBytes: bytes(scripts) },
  };
}

export default async function resumeFit(harness) {
  const cases = loadCases();
  const job = words(
    cases.map((c) => c.job),
    1500,
  );
  const resume = words(
    cases.map((c) => c.resume),
    1000,
  );
  const figures = {
    evaluation: accuracy(cases),
    typicalPairMs: { pairs: cases.length, median: typicalPairMs(cases), target: 300 },
    nodeAnalyseMs: { words: { job: 1500, resume: 1000 }, median: nodeTiming(job, resume) },
  };
  if (harness?.browser)
    Object.assign(
      figures,
      await pageFigures(harness, job, resume, cases.find((c) => c.id === 'cafe-shift-lead') ?? cases[0]),
    );
  console.log(`Evaluation set: ${figures.evaluation.pairs} pairs (unseen = written before the rules, never tuned on)`);
  for (const [name, r] of Object.entries(figures.evaluation).filter(([, v]) => typeof v === 'object')) {
    console.log(
      `  ${name.padEnd(11)} extraction P ${r.extraction.precision} R ${r.extraction.recall} (level ${r.extraction.levelAccuracy}); matching P ${r.matching.precision} R ${r.matching.recall}`,
    );
  }
  console.log(
    `Check a typical pair: ${figures.typicalPairMs.median} ms median over the ${cases.length} pairs in Node (target < 300 ms: ${figures.typicalPairMs.median < 300 ? 'PASS' : 'FAIL'})`,
  );
  console.log(
    `Analyse 1,500-word description + 1,000-word resume: ${figures.nodeAnalyseMs.median} ms in Node (median of 7)`,
  );
  if (figures.jsBeforeFileChosen) {
    console.log(
      `  in the page: ${figures.pageFirstCheckMs} ms first check (worker start included), ${figures.pageWarmCheckMs} ms again`,
    );
    console.log(
      `JS on load ${figures.jsOnLoad.brotliBytes} B; before a file is chosen (load + analysis worker, engine apart) ${figures.jsBeforeFileChosen.brotliBytes} B brotli, target ${TARGET_JS}: ${figures.jsBeforeFileChosen.result}`,
    );
    console.log(
      `  typical pair in the page: ${figures.pageTypicalPairMs.first} ms first check, ${figures.pageTypicalPairMs.warmMedian} ms median after; engine loaded on the first check: ${figures.engineLoadedOnCheck.brotliBytes} B brotli`,
    );
    console.log(
      `  after choosing a PDF (pdf.js and its worker, loaded only then): ${figures.jsAfterPdfChosen.brotliBytes} B`,
    );
  }
  return figures;
}

// Run on its own (accuracy and Node timing only): `node_modules/.bin/node scripts/bench/resume-fit.mjs`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await resumeFit();
