// `npm run screenshots`: serves the current build and photographs one page of every type on a phone (390 × 844) and a
// desktop (1280 × 800), in the light and the dark colour scheme, into docs/screenshots/<type>-<device>-<scheme>.png.
// Builds first when there is no build. Options: --full (whole pages, not the first screen), --out=DIR, --only=TYPE,…
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './lib/browser.ts';

/** One page per page type, each with what to do before the picture (a tool shown in use). */
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

const dataDir = mkdtempSync(join(tmpdir(), 'jst-screenshots-'));
const server = spawn(process.execPath, ['scripts/serve.mjs'], {
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, COURSE_WORKER_INTERVAL: '0' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const baseURL = await new Promise((resolve, reject) => {
  let seen = '';
  server.stdout.on('data', (chunk) => {
    seen += chunk;
    const match = /served at (http:\/\/\S+?)\/?\s/.exec(seen);
    if (match) resolve(match[1].replace('localhost', '127.0.0.1'));
  });
  server.on('exit', (code) => reject(new Error(`the server exited with code ${code}`)));
});

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
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(`\n${count} screenshots written to ${outDir}/`);
