// Several instances of the built site on one PostgreSQL database, as behind a load balancer: two server processes
// (each with its worker loop) and `npm run course:send` passes, all sending to one real SMTP server on loopback.
// A burst of signups across both servers gives every address exactly one confirmation; a link confirmed on one
// server is seen by the other; lessons go out once; kill -9 of a server mid-burst loses no acknowledged signup; and a
// database out of reach gives 503 with Retry-After while static pages are served.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { BUSY_RETRY_AFTER_SECONDS } from '#/server/course/busy.ts';
import { openPostgres } from '#/server/course/open-store.ts';
import type { CourseStore } from '#/server/course/store.ts';
import { freePort } from '../../scripts/lib/free-port.ts';
import { freshSchema } from '../../scripts/lib/postgres.ts';
import { startSmtp, type ReceivedMail, type TestSmtp } from '../../scripts/lib/smtp.ts';
import { linkIn, postForm, removeDir, runCourseSend, startCourseServer, type CourseServer } from '../support/course.ts';

const serverUrl = inject('postgresUrl');
const CONFIRM_SUBJECT = 'Please confirm: Job Seeker email course';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Cluster {
  databaseUrl: string;
  smtp: TestSmtp;
  store: CourseStore;
  servers: CourseServer[];
}

/** A fresh schema, one SMTP server, and `count` site servers on that schema, started together. */
async function cluster(count: number, env: Record<string, string> = {}): Promise<Cluster> {
  const schema = await freshSchema(serverUrl);
  cleanups.push(() => schema.drop());
  const smtp = await startSmtp();
  cleanups.push(() => smtp.close());
  const servers = await Promise.all(
    Array.from({ length: count }, () =>
      startCourseServer({
        DATABASE_URL: schema.url,
        SMTP_URL: smtp.url,
        // Every request here comes from 127.0.0.1; per-address limits stay at their defaults.
        COURSE_IP_LIMIT: 'off',
        ...env,
      }),
    ),
  );
  for (const server of servers) {
    cleanups.push(async () => {
      await server.stop();
      removeDir(server.dataDir);
    });
  }
  const store = await openPostgres(schema.url, 'cli');
  cleanups.push(() => store.close());
  return { databaseUrl: schema.url, smtp, store, servers };
}

/** Posts each signup with `concurrency` requests in flight; resolves to the addresses answered 200. */
async function burst(
  requests: { baseURL: string; email: string }[],
  onAcknowledged: (baseURL: string) => void = () => {},
  concurrency = 12,
): Promise<{ acknowledged: string[]; failures: string[] }> {
  const acknowledged: string[] = [];
  const failures: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const { baseURL, email } = requests[next++]!;
        try {
          const response = await postForm(`${baseURL}/course/signup/`, { email }, { accept: 'application/json' });
          await response.arrayBuffer();
          if (response.status !== 200) {
            failures.push(`${email}: ${response.status}`);
            continue;
          }
          acknowledged.push(email);
          onAcknowledged(baseURL);
        } catch (error) {
          failures.push(`${email}: ${(error as Error).message}`);
        }
      }
    }),
  );
  return { acknowledged, failures };
}

/** The outbox rows of these people that are due now and not yet sent. */
async function dueRows(store: CourseStore, emails: string[]) {
  const rows = (await Promise.all(emails.map((email) => store.outboxOf(email)))).flat();
  return rows.filter((row) => row.status === 'pending' && row.dueAt <= Date.now());
}

/**
 * Waits until nothing is due for these people: every email queued for now has been sent (what is left waits for a
 * later moment, like a second signup's link, held for the address's 10 minutes).
 */
async function outboxSettled(store: CourseStore, emails: string[]): Promise<void> {
  await expect.poll(async () => (await dueRows(store, emails)).length, { timeout: 60_000, interval: 250 }).toBe(0);
}

function countBy(mails: ReceivedMail[], subject: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mail of mails.filter((m) => m.subject === subject)) counts.set(mail.to, (counts.get(mail.to) ?? 0) + 1);
  return counts;
}

describe('two instances of the site on one PostgreSQL database', () => {
  it('gives every address of a burst across both servers exactly one confirmation, with two more workers sending', async () => {
    const { databaseUrl, smtp, store, servers } = await cluster(2);
    const [a, b] = servers as [CourseServer, CourseServer];
    const people = Array.from({ length: 60 }, (_, i) => `burst${i}@example.com`);
    // Each address is sent to both servers at about the same moment, the way a double click behind a load balancer is.
    const requests = people.flatMap((email, i) =>
      i % 2
        ? [
            { baseURL: a.baseURL, email },
            { baseURL: b.baseURL, email },
          ]
        : [
            { baseURL: b.baseURL, email },
            { baseURL: a.baseURL, email },
          ],
    );
    const cron = { DATABASE_URL: databaseUrl, SMTP_URL: smtp.url, SITE_URL: a.baseURL };
    const [result, ...passes] = await Promise.all([burst(requests), runCourseSend(cron), runCourseSend(cron)]);
    expect(result.failures).toEqual([]);
    expect(result.acknowledged).toHaveLength(120);
    for (const pass of passes) expect(pass).toMatch(/course:send: sent \d+/);

    await smtp.waitFor(60, 60_000);
    await outboxSettled(store, people);
    const confirmations = countBy(smtp.received, CONFIRM_SUBJECT);
    expect([...confirmations.keys()].sort()).toEqual([...people].sort());
    expect([...confirmations.values()].filter((n) => n !== 1)).toEqual([]);
    expect(await store.counts()).toMatchObject({ subscribers: { pending: 60 }, outbox: { sent: 60 } });

    // A link sent by either server, used on the other: confirmed once, seen by both, lesson 1 sent once.
    const mail = smtp.received.find((m) => m.to === people[7])!;
    const token = new URL(linkIn(mail, '/course/confirm/')).searchParams.get('token')!;
    const confirmed = await postForm(`${b.baseURL}/course/confirm/`, { token });
    expect(confirmed.status).toBe(200);
    const seen = await fetch(`${a.baseURL}/course/confirm/?token=${token}`);
    expect(seen.status).toBe(200);
    expect(await seen.text()).toContain('already on the course');
    expect((await postForm(`${a.baseURL}/course/confirm/`, { token })).status).toBe(200);
    await smtp.waitForMailTo(people[7]!, 2, 60_000);
    await outboxSettled(store, people);
    expect(smtp.received.filter((m) => m.to === people[7]).map((m) => m.subject)).toEqual([
      CONFIRM_SUBJECT,
      expect.stringMatching(/^Lesson 1 of \d+: /),
    ]);
  });

  it('loses no acknowledged signup when one server is killed (kill -9) in the middle of a burst', async () => {
    const { databaseUrl, smtp, store, servers } = await cluster(2);
    const [doomed, survivor] = servers as [CourseServer, CourseServer];
    const people = Array.from({ length: 160 }, (_, i) => `crash${i}@example.com`);
    const requests = people.map((email, i) => ({ baseURL: (i % 2 ? doomed : survivor).baseURL, email }));
    let acknowledgedByDoomed = 0;
    const killed = new Promise<void>((resolve) => {
      // Killed once it has acknowledged 30 signups: requests it holds at that moment fail, and count as not acknowledged.
      const timer = setInterval(() => {
        if (acknowledgedByDoomed >= 30 || doomed.child.exitCode !== null) {
          clearInterval(timer);
          doomed.child.kill('SIGKILL');
          resolve();
        }
      }, 5);
    });
    const { acknowledged } = await burst(requests, (baseURL) => {
      if (baseURL === doomed.baseURL) acknowledgedByDoomed++;
    });
    await killed;
    expect(doomed.child.signalCode).toBe('SIGKILL');
    expect(acknowledgedByDoomed).toBeGreaterThanOrEqual(30);
    // The survivor took its half of the burst.
    expect(acknowledged.length).toBeGreaterThanOrEqual(80 + 30);

    // Every acknowledged signup is in the database with its confirmation queued or sent.
    const missing: string[] = [];
    for (const email of acknowledged) {
      const rows = await store.outboxOf(email);
      if (!rows.some((r) => r.kind === 'confirm' && (r.status === 'pending' || r.status === 'sent')))
        missing.push(email);
    }
    expect(missing).toEqual([]);

    // The survivor sends everything but what the dead worker held (it leases one row at a time).
    const deadWorker = `-${doomed.child.pid}`;
    await expect
      .poll(async () => (await dueRows(store, acknowledged)).filter((row) => !row.leaseOwner?.endsWith(deadWorker)), {
        timeout: 60_000,
        interval: 250,
      })
      .toEqual([]);
    const held = await dueRows(store, acknowledged);
    expect(held.length).toBeLessThanOrEqual(1);
    // At least once after a crash: a cron pass six minutes on takes over the dead worker's lease (five minutes).
    await runCourseSend({
      DATABASE_URL: databaseUrl,
      SMTP_URL: smtp.url,
      SITE_URL: survivor.baseURL,
      COURSE_NOW: new Date(Date.now() + 6 * 60_000).toISOString(),
    });
    await expect
      .poll(() => acknowledged.filter((email) => !smtp.received.some((m) => m.to === email)), { timeout: 60_000 })
      .toEqual([]);
    expect(await dueRows(store, acknowledged)).toEqual([]);
    // The dead worker sent one email at a time: at most that one can have gone out twice.
    const twice = [...countBy(smtp.received, CONFIRM_SUBJECT)].filter(([, n]) => n > 1);
    expect(twice.length).toBeLessThanOrEqual(1);
  });

  it('answers 503 with Retry-After when the database cannot be reached, and keeps serving static pages', async () => {
    const port = await freePort();
    const server = await startCourseServer({
      DATABASE_URL: `postgres://postgres:secret@127.0.0.1:${port}/course`,
      COURSE_WORKER_INTERVAL: '0',
    });
    cleanups.push(async () => {
      await server.stop();
      removeDir(server.dataDir);
    });
    expect(server.output()).toMatch(/cannot be reached.*Course pages answer 503/);
    expect((await fetch(`${server.baseURL}/`)).status).toBe(200);
    const response = await postForm(`${server.baseURL}/course/signup/`, { email: 'ana@example.com' });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe(String(BUSY_RETRY_AFTER_SECONDS));
    expect(await response.text()).toMatch(/busy for a moment/);
    expect((await fetch(`${server.baseURL}/course/confirm/?token=${'x'.repeat(43)}`)).status).toBe(503);
  });
});
