// Shared helpers for browser tests and the bench: Chromium through playwright-core, axe-core, request recording and
// a watch for console errors.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type LaunchOptions,
  type Page,
} from 'playwright-core';

const require = createRequire(import.meta.url);

/** Debian's Chromium: what most developers here have, and faster to start than the registry one. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

// Background networking is off: these machines have no network, and Chromium's own calls must not blur request logs.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumChoice {
  /** Where it came from, in words for the log. */
  source: string;
  executablePath: string;
  /** Environment for the browser process, when it needs more than this process's own. */
  env?: Record<string, string | undefined>;
}

/**
 * Which Chromium runs: CHROME_PATH, else Debian's /usr/bin/chromium, else the one the @sparticuz/chromium package
 * ships (unpacked to the temporary folder on first use). JST_BROWSER=registry picks the registry one whatever is
 * installed, to try that path on a machine that has a system Chromium.
 */
export async function chooseChromium(): Promise<ChromiumChoice> {
  const forced = process.env.JST_BROWSER === 'registry';
  if (!forced && process.env.CHROME_PATH) return { source: 'CHROME_PATH', executablePath: process.env.CHROME_PATH };
  if (!forced && existsSync(SYSTEM_CHROMIUM)) return { source: 'the system Chromium', executablePath: SYSTEM_CHROMIUM };
  const { default: packaged } = await import('@sparticuz/chromium');
  // Its own flags (packaged.args) suit serverless hosts and not tests: --single-process crashed here once a first
  // context closed, and --disable-web-security would void the tests of frames and origins. Ours work with it. Its
  // fonts are unpacked beside it: use them, so a machine with no fonts installed still lays text out.
  return {
    source: 'Chromium from the @sparticuz/chromium package',
    executablePath: await packaged.executablePath(),
    env: { ...process.env, FONTCONFIG_PATH: process.env.FONTCONFIG_PATH ?? join(tmpdir(), 'fonts') },
  };
}

let choice: Promise<ChromiumChoice> | undefined;

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const { executablePath, env } = await (choice ??= chooseChromium());
  return chromium.launch({ executablePath, args: ARGS, env, ...options });
}

/** One line for logs: which browser a run used and its version. */
export async function describeChromium(): Promise<string> {
  const { source, executablePath } = await (choice ??= chooseChromium());
  const browser = await launchChromium();
  try {
    return `Browser: ${source}, ${executablePath} (Chromium ${browser.version()})`;
  } finally {
    await browser.close();
  }
}

export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ serviceWorkers: 'block', ...options });
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core for WCAG 2.0, 2.1 and 2.2 A and AA rules on the page as it is now. */
export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  // Evaluated through DevTools rather than a <script> tag, so the page's CSP neither blocks axe nor is loosened.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (selector) => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(selector ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    });
    return result.violations.map((v: AxeViolation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, include);
}

/** A readable summary for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n');
}

export interface RecordedRequest {
  url: string;
  method: string;
  postData: string | null;
  headers: Record<string, string>;
}

/**
 * Records every request the context makes, pages and workers alike (Pagefind fetches from a Web Worker, which
 * page-level listeners miss). Use it to prove that what a person types never leaves the browser.
 */
export function recordRequests(context: BrowserContext): RecordedRequest[] {
  const seen: RecordedRequest[] = [];
  context.on('request', (request) => {
    seen.push({
      url: request.url(),
      method: request.method(),
      postData: request.postData(),
      headers: request.headers(),
    });
  });
  return seen;
}

/** True when any recorded request carries `text` in its URL (raw or encoded), headers or body. */
export function requestsCarry(requests: RecordedRequest[], text: string): boolean {
  const forms = [text, encodeURIComponent(text), encodeURIComponent(text).replace(/%20/g, '+')];
  return requests.some((r) => {
    const haystack = [r.url, decodeSafe(r.url), r.postData ?? '', JSON.stringify(r.headers)].join('\n');
    return forms.some((f) => haystack.includes(f));
  });
}

function decodeSafe(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

export interface ProblemWatchOptions {
  /** Console errors that are expected, e.g. the failed request of a refused form. */
  allow?: RegExp[];
}

/**
 * Console errors, Content-Security-Policy reports, uncaught exceptions and dialogs (an injected alert() would show
 * here) on a page, as lines to assert empty at the end of a test.
 */
export function watchProblems(page: Page, options: ProblemWatchOptions = {}): string[] {
  const problems: string[] = [];
  const allowed = (text: string) => options.allow?.some((pattern) => pattern.test(text)) ?? false;
  page.on('console', (m) => {
    const text = m.text();
    if ((m.type() === 'error' || /Content.Security.Policy/i.test(text)) && !allowed(text))
      problems.push(`console: ${text}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return problems;
}
