// `npm run search:eval`: top-3 accuracy of site search on the labelled queries (tests/fixtures/search/), typed into
// the built site's /search/ page in Chromium. Prints the figures of both splits and the misses of the development
// split only: the unseen split is for reporting, never for tuning. Run after `npm run build`.
// Options: --split dev|unseen|unseen2 (one split only).
import { parseArgs } from 'node:util';
import { launchChromium, newContext } from './lib/browser.ts';
import { builtPaths, evaluateSplit, formatMisses, formatScore, SPLITS, type Split } from './lib/search-quality.ts';
import { serveStatic } from './lib/static-server.ts';

const { values } = parseArgs({ options: { split: { type: 'string' } } });
const isSplit = (name: string | undefined): name is Split => (SPLITS as readonly (string | undefined)[]).includes(name);
const splits: Split[] = isSplit(values.split) ? [values.split] : [...SPLITS];
if (values.split && splits.length !== 1) {
  console.error(`--split must be one of ${SPLITS.join(', ')}, not "${values.split}"`);
  process.exit(2);
}

const existing = builtPaths();
const server = await serveStatic('dist/client');
const browser = await launchChromium();
try {
  const context = await newContext(browser);
  const page = await context.newPage();
  for (const split of splits) {
    const score = await evaluateSplit(page, server.baseURL, split, existing);
    console.log(formatScore(score));
    if (split === 'dev' && score.misses.length) console.log(formatMisses(score));
  }
} finally {
  await browser.close();
  await server.close();
}
