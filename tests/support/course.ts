// Helpers for the email course's tests: a course web server of our own (scripts/serve.mjs with its own DATA_DIR and
// SMTP_URL), the one-pass CLI (scripts/course-send.ts), and requests shaped like a browser's or a mail provider's.
// The SMTP server they send to is scripts/lib/smtp.ts.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../scripts/lib/free-port.ts';
import type { ReceivedMail } from '../../scripts/lib/smtp.ts';
import { startSite, type RunningSite } from '../../scripts/lib/server.ts';

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'jst-course-'));
}

export type CourseServer = RunningSite;

/**
 * Starts the built site with the course configured by `env`, on a port chosen first so that SITE_URL can be the
 * server's real origin (links in emails must work). The worker runs every second unless `env` says otherwise.
 */
export async function startCourseServer(env: Record<string, string>): Promise<CourseServer> {
  const { DATA_DIR: dataDir = tempDataDir(), ...rest } = env;
  const port = await freePort();
  return startSite({
    port,
    dataDir,
    env: { SITE_URL: `http://127.0.0.1:${port}`, COURSE_WORKER_INTERVAL: '1', ...rest },
  });
}

/**
 * One pass of `npm run course:send` with the given environment; resolves to its output. Asynchronous on purpose:
 * the test's SMTP server runs in this process and must keep answering while the CLI sends.
 */
export async function runCourseSend(env: Record<string, string>): Promise<string> {
  const { code, output } = await runCourseCli('scripts/course-send.ts', [], env);
  if (code !== 0) throw new Error(`course:send failed (${code}):\n${output}`);
  return output;
}

/** `npm run course:admin -- …args` with the given environment; resolves to its exit code and output. */
export function runCourseAdmin(args: string[], env: Record<string, string> = {}) {
  return runCourseCli('scripts/course-admin.ts', args, env);
}

function runCourseCli(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string; stdout: string }> {
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stdout += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output, stdout })));
}

/** POSTs a form the way a browser on `origin` would (no Origin header when origin is null). */
export function postForm(
  url: string,
  fields: Record<string, string>,
  options: { origin?: string | null; accept?: string } = {},
): Promise<Response> {
  const origin = options.origin === undefined ? new URL(url).origin : options.origin;
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (origin !== null) headers.origin = origin;
  if (options.accept) headers.accept = options.accept;
  return fetch(url, { method: 'POST', headers, body: new URLSearchParams(fields).toString(), redirect: 'manual' });
}

/** The first link in an email's plain text whose path starts with `path` (e.g. /course/confirm/). */
export function linkIn(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`https?://[^\\s)>]+${path.replace(/\//g, '\\/')}[^\\s)>]*`).exec(mail.text);
  if (!match) throw new Error(`No ${path} link in "${mail.subject}":\n${mail.text}`);
  return match[0];
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * An HTTP request with exactly the headers given: unlike fetch, nothing is added (no Origin), and Host can be set.
 * Mail providers' one-click unsubscribes look like this.
 */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers = { ...options.headers };
    // Node frames a DELETE body only with an explicit length.
    if (options.body !== undefined) headers['content-length'] = String(Buffer.byteLength(options.body));
    const request = httpRequest(url, { method: options.method ?? 'POST', headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

export interface RawExchange {
  /** The first final (non-1xx) status the server answered, if any. */
  status?: number;
  /** The status line and headers of that answer. */
  head: string;
  /** How the exchange ended: an answer, the server closing without one, the client leaving, or nobody moving. */
  ended: 'answered' | 'closed' | 'left' | 'timeout';
  ms: number;
}

/**
 * Writes bytes exactly as given to the server (pieces `gapMs` apart), as no HTTP client library would, and waits for
 * the status line and headers of the answer. With `leaveAfterMs` the client hangs up at that moment (a person
 * closing the tab mid-upload); otherwise it waits up to `timeoutMs`.
 */
export function rawExchange(
  baseURL: string,
  pieces: (string | Buffer)[],
  options: { gapMs?: number; timeoutMs?: number; leaveAfterMs?: number } = {},
): Promise<RawExchange> {
  const { hostname, port } = new URL(baseURL);
  const started = performance.now();
  return new Promise((resolve) => {
    let seen = '';
    let done = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = (ended: RawExchange['ended'], status?: number, head = '') => {
      if (done) return;
      done = true;
      timers.forEach(clearTimeout);
      socket.destroy();
      resolve({ status, head, ended, ms: performance.now() - started });
    };
    const socket = connect(Number(port), hostname, async () => {
      for (const [i, piece] of pieces.entries()) {
        if (done || socket.destroyed) return;
        if (i > 0 && options.gapMs) await new Promise((r) => setTimeout(r, options.gapMs));
        if (done || socket.destroyed) return;
        socket.write(piece);
      }
    });
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      seen += chunk;
      // Skip interim answers (100 Continue); stop at the first final status line with its headers.
      for (const match of seen.matchAll(/HTTP\/1\.[01] (\d{3})[^\r\n]*\r\n[\s\S]*?\r\n\r\n/g)) {
        if (!match[1]!.startsWith('1')) return finish('answered', Number(match[1]), match[0]);
      }
    });
    socket.on('error', () => finish('closed'));
    socket.on('close', () => finish('closed'));
    if (options.leaveAfterMs !== undefined) timers.push(setTimeout(() => finish('left'), options.leaveAfterMs));
    timers.push(setTimeout(() => finish('timeout'), options.timeoutMs ?? 5000));
  });
}
