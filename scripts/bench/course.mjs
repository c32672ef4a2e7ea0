// Email course signups under load on loopback: its own server (scripts/serve.mjs) with a temporary DATA_DIR, rate
// limits off (every request comes from 127.0.0.1), and the worker delivering to an SMTP sink in this process, as in
// production. 16 clients post distinct addresses until 3,000 signups or 20 seconds, whichever comes first.
// Targets (issue 6): zero errors, and stored rows equal to acknowledged signups.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';

const MAX_SIGNUPS = 3000;
const MAX_SECONDS = 20;
const CLIENTS = 16;

export default async function courseBench() {
  const dataDir = mkdtempSync(join(tmpdir(), 'jst-bench-course-'));
  let delivered = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    disableReverseLookup: true,
    onData(stream, _session, callback) {
      stream.on('end', () => {
        delivered++;
        callback();
      });
      stream.resume();
    },
  });
  // A client that goes away mid-session (the server stopping with its pooled connection open) is not a bench error.
  smtp.on('error', () => {});
  await new Promise((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [fileURLToPath(new URL('../serve.mjs', import.meta.url))], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      SITE_URL: baseURL,
      DATA_DIR: dataDir,
      SMTP_URL: `smtp://127.0.0.1:${smtp.server.address().port}`,
      COURSE_IP_LIMIT: 'off',
      COURSE_ADDRESS_LIMIT: 'off',
      COURSE_WORKER_INTERVAL: '1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise((resolve, reject) => {
      let seen = '';
      server.stdout.on('data', (chunk) => {
        seen += chunk;
        if (seen.includes('being served at')) resolve();
      });
      server.once('exit', (code) => reject(new Error(`course bench server exited with ${code}`)));
    });
    server.stdout.resume();

    const latencies = [];
    const errors = [];
    let next = 0;
    const started = performance.now();
    const deadline = started + MAX_SECONDS * 1000;
    const client = async () => {
      while (next < MAX_SIGNUPS && performance.now() < deadline) {
        const email = `bench${next++}@example.com`;
        const t0 = performance.now();
        try {
          const response = await fetch(`${baseURL}/course/signup/`, {
            method: 'POST',
            headers: {
              origin: baseURL,
              'content-type': 'application/x-www-form-urlencoded',
              accept: 'application/json',
            },
            body: `email=${encodeURIComponent(email)}&firstName=Bench`,
          });
          await response.arrayBuffer();
          if (response.status === 200) latencies.push(performance.now() - t0);
          else errors.push(`${email}: HTTP ${response.status}`);
        } catch (error) {
          errors.push(`${email}: ${error.message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    const seconds = (performance.now() - started) / 1000;

    const db = new DatabaseSync(join(dataDir, 'course.sqlite'), { readOnly: true });
    const stored = db.prepare(`SELECT COUNT(*) AS n FROM subscribers WHERE email LIKE 'bench%'`).get().n;
    const queued = db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE kind = 'confirm'`).get().n;
    db.close();
    // Give the worker a few seconds to show how fast the confirmations drain.
    const drainStart = performance.now();
    while (delivered < queued && performance.now() - drainStart < 10_000) await new Promise((r) => setTimeout(r, 100));

    latencies.sort((a, b) => a - b);
    const pick = (q) =>
      Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 10) / 10;
    const figures = {
      signups: latencies.length,
      clients: CLIENTS,
      seconds: Math.round(seconds * 100) / 100,
      signupsPerSecond: Math.round(latencies.length / seconds),
      p50ms: pick(0.5),
      p99ms: pick(0.99),
      maxMs: Math.round(latencies.at(-1) * 10) / 10,
      errors: errors.length,
      storedRows: stored,
      confirmationsQueued: queued,
      confirmationsDeliveredWithin10s: delivered,
    };
    const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
    console.log(
      `course: ${figures.signups} signups in ${figures.seconds} s from ${CLIENTS} clients = ${figures.signupsPerSecond}/s, p50 ${figures.p50ms} ms, p99 ${figures.p99ms} ms, max ${figures.maxMs} ms`,
    );
    console.log(
      `course: ${verdict(errors.length === 0)} zero errors (${errors.length}${errors.length ? `, first: ${errors[0]}` : ''})`,
    );
    console.log(
      `course: ${verdict(stored === latencies.length && queued === latencies.length)} stored rows ${stored} and queued confirmations ${queued} = acknowledged signups ${latencies.length}`,
    );
    console.log(
      `course: the worker delivered ${delivered} of ${queued} confirmations over SMTP within 10 s of the burst`,
    );
    return figures;
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)));
    await new Promise((resolve) => smtp.close(resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
