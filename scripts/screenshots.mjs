// `npm run screenshots`: serves the current build and photographs one page of every type on a phone (390 × 844) and a
// desktop (1280 × 800), in the light and the dark colour scheme, into docs/screenshots/<type>-<device>-<scheme>.png.
// Builds first when there is no build. Options: --full (whole pages, not the first screen), --out=DIR, --only=TYPE,…
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './lib/browser.ts';
import { startSite } from './lib/server.ts';

/** One page of each type. */
const pages = [
  { type: 'home', path: '/' },
  { type: 'guides', path: '/guides/' },
  { type: 'guide', path: '/guides/review-your-resume/' },
  { type: 'article', path: '/article/' },
  { type: 'course', path: '/course/' },
  { type: 'lesson', path: '/course/tailor-your-resume-to-the-job/' },
  { type: 'quiz', path: '/tools/quiz/' },
  { type: 'resume-fit', path: '/tools/resume-fit/' },
  { type: 'feedback-email', path: '/tools/feedback-email/' },
  { type: 'reply', path: '/tools/reply/' },
  { type: 'search', path: '/search/?q=resume' },
  { type: 'style', path: '/style/' },
  { type: '404', path: '/no-such-page/' },
];
const devices = [
  { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
];
const schemes = ['light', 'dark'];

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const outDir = arg('out') ?? 'docs/screenshots';
const only = arg('only')?.split(',');
const fullPage = process.argv.includes('--full');

if (!existsSync('dist/server/entry.mjs')) {
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const site = await startSite({ env: { COURSE_WORKER_INTERVAL: '0' }, showErrors: true });
const baseURL = site.baseURL;

mkdirSync(outDir, { recursive: true });
const browser = await launchChromium();
let count = 0;
try {
  for (const { type, path } of pages.filter((p) => !only || only.includes(p.type))) {
    for (const { name, ...device } of devices) {
      for (const colorScheme of schemes) {
        const context = await browser.newContext({ ...device, colorScheme, serviceWorkers: 'block' });
        const page = await context.newPage();
        await page.goto(baseURL + path, { waitUntil: 'networkidle' });
        // Islands render after load: wait for fonts and two frames so the picture shows the settled page.
        await page.evaluate(() =>
          document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => r()))),
        );
        const file = join(outDir, `${type}-${name}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage });
        await context.close();
        count++;
      }
    }
    process.stdout.write(`${type} `);
  }
} finally {
  await browser.close();
  await site.stop();
}
console.log(`\n${count} screenshots written to ${outDir}/`);
