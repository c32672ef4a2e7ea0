// Bench module: the resume fit check. Precision and recall of extraction and matching on the labelled evaluation set
// (tests/fixtures/resume-fit), time to analyse a 1,500-word description against a 1,000-word resume (in Node and in
// the page, worker included), and the JavaScript the page loads before a file is chosen against the 30 KB target.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyseFit } from '#/lib/resume-fit/index.ts';
import { evaluate } from '#/lib/resume-fit/evaluation.ts';
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

function rates(evaluation) {
  return {
    extraction: {
      precision: round(evaluation.extraction.precision),
      recall: round(evaluation.extraction.recall),
      levelAccuracy: round(evaluation.level.accuracy),
    },
    matching: {
      precision: round(evaluation.matching.precision),
      recall: round(evaluation.matching.recall),
      accuracy: round(evaluation.matching.accuracy),
    },
  };
}

function accuracy(cases) {
  const run = (subset) => rates(evaluate(subset, (job, resume) => analyseFit(job, resume, { now: EVALUATION_NOW })));
  const splits = Object.fromEntries(
    [...new Set(cases.map((c) => c.split))].map((s) => [
      s,
      { pairs: cases.filter((c) => c.split === s).length, ...run(cases.filter((c) => c.split === s)) },
    ]),
  );
  return { pairs: cases.length, all: run(cases), ...splits };
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

async function pageFigures({ baseURL, distDir, browser }, job, resume) {
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
  await page.setInputFiles('#rf-resume-file', {
    name: 'resume.pdf',
    mimeType: 'application/pdf',
    buffer: readFileSync(new URL('../../tests/fixtures/resume-fit/files/resume.pdf', import.meta.url)),
  });
  await page.locator('#rf-resume-file-status:has-text("Read resume.pdf")').waitFor({ timeout: 30_000 });
  await context.close();
  const loadBytes = bytes(onLoad);
  const beforeFileBytes = bytes(beforeFile);
  return {
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
    nodeAnalyseMs: { words: { job: 1500, resume: 1000 }, median: nodeTiming(job, resume) },
  };
  if (harness?.browser) Object.assign(figures, await pageFigures(harness, job, resume));
  console.log(`Evaluation set: ${figures.evaluation.pairs} pairs (unseen = written after tuning, run once)`);
  for (const [name, r] of Object.entries(figures.evaluation).filter(([, v]) => typeof v === 'object')) {
    console.log(
      `  ${name.padEnd(11)} extraction P ${r.extraction.precision} R ${r.extraction.recall} (level ${r.extraction.levelAccuracy}); matching P ${r.matching.precision} R ${r.matching.recall}`,
    );
  }
  console.log(
    `Analyse 1,500-word description + 1,000-word resume: ${figures.nodeAnalyseMs.median} ms in Node (median of 7)`,
  );
  if (figures.jsBeforeFileChosen) {
    console.log(
      `  in the page: ${figures.pageFirstCheckMs} ms first check (worker start included), ${figures.pageWarmCheckMs} ms again`,
    );
    console.log(
      `JS on load ${figures.jsOnLoad.brotliBytes} B; before a file is chosen (load + analysis worker) ${figures.jsBeforeFileChosen.brotliBytes} B brotli, target ${TARGET_JS}: ${figures.jsBeforeFileChosen.result}`,
    );
    console.log(
      `  after choosing a PDF (pdf.js and its worker, loaded only then): ${figures.jsAfterPdfChosen.brotliBytes} B`,
    );
  }
  return figures;
}

// Run on its own (accuracy and Node timing only): `node_modules/.bin/node scripts/bench/resume-fit.mjs`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await resumeFit();
