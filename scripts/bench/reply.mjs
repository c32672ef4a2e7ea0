// Bench module: the reply reader. Time to read a 1,000-word reply (median of 21 runs, in Node and in the page), its
// figures on the labelled replies (dev, extra, dev batches 3 and 4, and the unseen batches), and the JavaScript the page loads before interaction against
// its 20 KB budget. Target: reading under 50 ms.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { evaluate } from '#/lib/reply/evaluation.ts';
import { readReply, toOutside } from '#/lib/reply/read.ts';
import { hasReplies, loadReplies, SPLITS } from '../lib/reply-cases.ts';
import { brotliSize } from '../lib/brotli.ts';

const TARGET_MS = 50;
const TARGET_JS = 20 * 1024;

/** A realistic reply of 1,000 body words (plus greeting and sign-off): the body paragraphs of the dev replies, in turn, under one greeting. */
export function thousandWordReply() {
  const bodies = loadReplies('dev').map((r) =>
    r.text
      .split(/\n\s*\n/)
      .slice(1, -1)
      .join('\n\n'),
  );
  const paragraphs = [];
  let words = 0;
  for (let i = 0; words < 1000; i++) {
    for (const paragraph of bodies[i % bodies.length].split(/\n\s*\n/)) {
      const w = paragraph.split(/\s+/).filter(Boolean);
      if (words + w.length >= 1000) {
        paragraphs.push(w.slice(0, 1000 - words).join(' '));
        words = 1000;
        break;
      }
      paragraphs.push(paragraph);
      words += w.length;
    }
  }
  return `Dear Sam,\n\n${paragraphs.join('\n\n')}\n\nBest wishes,\nJo`;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function nodeTiming(text) {
  readReply(text);
  const times = [];
  for (let i = 0; i < 21; i++) {
    const started = performance.now();
    readReply(text);
    times.push(performance.now() - started);
  }
  return Math.round(median(times) * 10) / 10;
}

function figures() {
  const read = (text) => toOutside(readReply(text));
  const round = (x) => Math.round(x * 1000) / 1000;
  return Object.fromEntries(
    SPLITS.filter(hasReplies).map((split) => {
      const f = evaluate(loadReplies(split), read);
      return [
        split,
        {
          replies: f.replies,
          kindAccuracy: round(f.kindAccuracy),
          pointRecall: round(f.pointRecall),
          unexpectedShare: round(f.falseShare),
          areaAccuracy: round(f.areaAccuracy),
        },
      ];
    }),
  );
}

async function pageFigures({ baseURL, distDir, browser }, text) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const scripts = new Set();
  context.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (/\.m?js$/.test(path)) scripts.add(path);
  });
  await page.goto(baseURL + '/tools/reply/', { waitUntil: 'networkidle' });
  await page.locator('button[type=submit]:not([disabled])').waitFor();
  const onLoad = [...scripts];
  const bytes = onLoad.reduce((sum, p) => {
    const file = join(distDir, p);
    return sum + (existsSync(file) ? brotliSize(readFileSync(file)) : 0);
  }, 0);
  await page.fill('#rr-reply', text);
  const first = Date.now();
  await page.click('button[type=submit]');
  await page.locator('#rr-out').waitFor();
  const firstMs = Date.now() - first;
  // Again, with the reader loaded: reading and rendering alone.
  await page.fill('#rr-reply', text + '\n');
  const again = Date.now();
  await page.click('button[type=submit]');
  await page.waitForFunction(() => document.activeElement?.id === 'rr-out');
  const warmMs = Date.now() - again;
  await context.close();
  return {
    jsBeforeInteraction: {
      files: onLoad.length,
      brotliBytes: bytes,
      target: TARGET_JS,
      result: bytes <= TARGET_JS ? 'PASS' : 'FAIL',
    },
    pageFirstReadMs: firstMs,
    pageWarmReadMs: warmMs,
  };
}

export default async function reply(harness) {
  const text = thousandWordReply();
  const ms = nodeTiming(text);
  const result = {
    read1000Words: {
      words: text.split(/\s+/).filter(Boolean).length,
      medianMs: ms,
      target: TARGET_MS,
      result: ms < TARGET_MS ? 'PASS' : 'FAIL',
    },
    evaluation: figures(),
  };
  if (harness?.browser) Object.assign(result, await pageFigures(harness, text));
  console.log(
    `Read a ${result.read1000Words.words}-word reply: ${ms} ms median of 21 (target < ${TARGET_MS} ms): ${result.read1000Words.result}`,
  );
  for (const [split, f] of Object.entries(result.evaluation))
    console.log(
      `  ${split.padEnd(7)} kind ${f.kindAccuracy} · points found ${f.pointRecall} · unexpected ${f.unexpectedShare} · area ${f.areaAccuracy}`,
    );
  if (result.jsBeforeInteraction)
    console.log(
      `JS before interaction ${result.jsBeforeInteraction.brotliBytes} B brotli, target ${TARGET_JS}: ${result.jsBeforeInteraction.result}`,
    );
  return result;
}

// Run on its own (timing and figures only): `node_modules/.bin/node scripts/bench/reply.mjs`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await reply();
