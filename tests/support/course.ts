// Helpers for the email course's tests: a real SMTP server on loopback (smtp-server) that parses what arrives
// (mailparser), a course web server of our own (scripts/serve.mjs with its own DATA_DIR and SMTP_URL), and the
// one-pass CLI (scripts/course-send.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerError } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Raw header values by lower-case name (mailparser folds List-* headers into one object otherwise). */
  header: (name: string) => string | undefined;
  messageId: string | undefined;
}

/** How the SMTP server answers the next message: accept it, or fail with an SMTP code (451 temporary, 550 permanent). */
export type SmtpAnswer = 'accept' | { code: number; message: string };

export interface TestSmtp {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** Decides the answer for each message before it is stored; default: accept everything. */
  answer: (to: string) => SmtpAnswer;
  /** Resolves when at least `count` messages have arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 (no TLS, no auth). Pass a port to come back on the same one after close(). */
export async function startSmtp(port = 0): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => boolean>();
  const state: TestSmtp = {
    port: 0,
    url: '',
    received,
    answer: () => 'accept',
    waitFor(count, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length < count) return false;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(received);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `Expected ${count} emails within ${timeoutMs} ms, got ${received.length}: ${received.map((m) => m.subject).join(' | ')}`,
            ),
          );
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    onRcptTo(address, _session, callback) {
      const answer = state.answer(address.address);
      if (answer === 'accept') return callback();
      const error: SMTPServerError = new Error(answer.message);
      error.responseCode = answer.code;
      callback(error);
    },
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address).join(','),
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          html: typeof mail.html === 'string' ? mail.html : '',
          header: (name) => {
            const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;
            return line
              ?.slice(line.indexOf(':') + 1)
              .replace(/\r?\n\s+/g, ' ')
              .trim();
          },
          messageId: mail.messageId,
        });
        callback();
        for (const check of [...waiters]) check();
      }, callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  // After start-up, a client dropping its connection (a server killed mid-send) must not crash the test process.
  server.on('error', () => {});
  const address = server.server.address();
  state.port = typeof address === 'object' && address ? address.port : port;
  state.url = `smtp://127.0.0.1:${state.port}`;
  return state;
}

/** A loopback port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'jst-course-'));
}

export interface CourseServer {
  baseURL: string;
  dataDir: string;
  child: ChildProcess;
  output: () => string;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<number | null>;
}

/**
 * Starts the built site with the course configured by `env`, on a port chosen first so that SITE_URL can be the
 * server's real origin (links in emails must work).
 */
export async function startCourseServer(env: Record<string, string>): Promise<CourseServer> {
  if (!existsSync('dist/server/entry.mjs'))
    throw new Error('No build in dist/: run `npm run build` first (npm test does).');
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const dataDir = env.DATA_DIR ?? tempDataDir();
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      SITE_URL: baseURL,
      COURSE_WORKER_INTERVAL: '1',
      ...env,
      DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The course server did not start within 20 s:\n${output}`)),
      20_000,
    );
    const poll = setInterval(() => {
      if (output.includes('being served at')) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve();
      }
    }, 20);
    child.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`The course server exited with code ${code}:\n${output}`));
    });
  });
  return {
    baseURL,
    dataDir,
    child,
    output: () => output,
    stop() {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
      child.kill('SIGTERM');
      return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    },
  };
}

/**
 * One pass of `npm run course:send` with the given environment; resolves to its output. Asynchronous on purpose:
 * the test's SMTP server runs in this process and must keep answering while the CLI sends.
 */
export function runCourseSend(env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, ['scripts/course-send.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`course:send failed (${code}):\n${output}`)),
    );
  });
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
