// Shared helpers for browser tests: Debian's Chromium through playwright-core, axe-core, and request recording.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** Chromium is found through CHROME_PATH, else Debian's /usr/bin/chromium. */
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath,
    // Background networking is off: this machine has no network, and Chromium's own calls must not blur request logs.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
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
