// Email course signups under load on loopback: its own server (scripts/serve.mjs) with a temporary DATA_DIR, rate
// limits off (every request comes from 127.0.0.1), and the worker delivering to an SMTP sink in this process, as in
// production. 16 clients post distinct addresses until 3,000 signups or 20 seconds, whichever comes first.
// Targets (issue 6): zero errors, and stored rows equal to acknowledged signups.
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { freePort } from '../lib/free-port.ts';
import { startSite } from '../lib/server.ts';
import { startSmtp } from '../lib/smtp.ts';

const MAX_SIGNUPS = 3000;
const MAX_SECONDS = 20;
const CLIENTS = 16;

export default async function courseBench() {
  // Counted, not parsed: parsing 3,000 messages would slow the very worker being measured.
  const smtp = await startSmtp({ parse: false });
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const server = await startSite({
    port,
    showErrors: true,
    env: {
      SITE_URL: baseURL,
      SMTP_URL: smtp.url,
      COURSE_IP_LIMIT: 'off',
      COURSE_ADDRESS_LIMIT: 'off',
      COURSE_WORKER_INTERVAL: '1',
    },
  });
  try {
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

    const db = new DatabaseSync(join(server.dataDir, 'course.sqlite'), { readOnly: true });
    const stored = db.prepare(`SELECT COUNT(*) AS n FROM subscribers WHERE email LIKE 'bench%'`).get().n;
    const queued = db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE kind = 'confirm'`).get().n;
    db.close();
    // Give the worker a few seconds to show how fast the confirmations drain.
    // Up to 10 s for the worker to drain the confirmations: the figure is how many had arrived by then.
    await smtp.waitFor(queued, 10_000).catch(() => {});
    const delivered = smtp.count;

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
    await server.stop();
    await smtp.close();
  }
}
