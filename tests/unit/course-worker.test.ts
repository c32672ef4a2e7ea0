// The sending worker against a real SMTP server on loopback and a real SQLite file, with the clock passed in.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS as DAY, MINUTE_MS as MINUTE } from '#/lib/time.ts';
import { parseLimits } from '#/server/course/config.ts';
import type { RenderedLesson } from '#/server/course/emails.ts';
import { createMailer } from '#/server/course/mail.ts';
import { SqliteStore } from '#/server/course/sqlite/store.ts';
import type { CourseStore } from '#/server/course/store.ts';
import { hashToken } from '#/server/course/tokens.ts';
import { MAX_ATTEMPTS, runWorkerPass, type WorkerDeps } from '#/server/course/worker.ts';
import { freePort } from '../../scripts/lib/free-port.ts';
import { startSmtp, type ReceivedMail, type TestSmtp } from '../../scripts/lib/smtp.ts';
import { linkIn, removeDir, tempDataDir } from '../support/course.ts';

const T0 = Date.UTC(2026, 11, 1, 9);
const SITE = 'https://jobs.example.org';
const lessons: RenderedLesson[] = [
  {
    id: 'first',
    order: 1,
    subject: 'Breathe first',
    daysAfterConfirmation: 0,
    summary: 's',
    html: '<p>Take <strong>two days</strong>. See <a href="/guides/take-time-before-you-act/">the guide</a>.</p>',
  },
  {
    id: 'second',
    order: 2,
    subject: 'Your resume',
    daysAfterConfirmation: 2,
    summary: 's',
    html: '<h2 id="x">Match the job</h2><ul><li>Mark the skills</li><li>Check your resume</li></ul>',
  },
  {
    id: 'third',
    order: 3,
    subject: 'Ask for tips',
    daysAfterConfirmation: 5,
    summary: 's',
    html: '<p>Email, do not call.</p>',
  },
];

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Setup {
  store: CourseStore;
  dataDir: string;
  worker(options?: {
    smtpUrl?: string;
    store?: CourseStore;
    owner?: string;
  }): WorkerDeps & { at(time: number): WorkerDeps };
}

function setUp(smtpUrl: string | undefined): Setup {
  const dataDir = tempDataDir();
  const store = new SqliteStore(join(dataDir, 'course.sqlite'));
  cleanups.push(
    () => removeDir(dataDir),
    () => store.close(),
  );
  return {
    store,
    dataDir,
    worker(options = {}) {
      const mailer = createMailer({
        smtpUrl: options.smtpUrl ?? smtpUrl,
        mailFrom: 'Course <course@jobs.example.org>',
        dataDir,
        log: () => {},
      });
      cleanups.push(() => mailer.close());
      const deps: WorkerDeps = {
        store: options.store ?? store,
        mailer,
        siteUrl: SITE,
        mailFrom: 'Course <course@jobs.example.org>',
        now: () => T0,
        lessons: () => lessons,
        owner: options.owner ?? 'test',
        log: () => {},
      };
      return { ...deps, at: (time: number) => ({ ...deps, now: () => time }) };
    },
  };
}

async function smtp(): Promise<TestSmtp> {
  const server = await startSmtp();
  cleanups.push(() => server.close());
  return server;
}

function signup(store: CourseStore, email: string, now = T0, firstName: string | null = null) {
  return store.signup({
    email,
    firstName,
    clientKey: '192.0.2.1',
    now,
    ipLimits: parseLimits('ip', 'off'),
    addressLimits: parseLimits('a', 'off'),
  });
}

function tokenOf(link: string): string {
  return new URL(link).searchParams.get('token')!;
}

function countByRecipient(mails: ReceivedMail[]): Record<string, number> {
  return mails.reduce<Record<string, number>>((acc, m) => ({ ...acc, [m.to]: (acc[m.to] ?? 0) + 1 }), {});
}

// Real SMTP exchanges on loopback: on a machine shared by several test runs they can take seconds, not milliseconds.
describe('the course worker', { timeout: 30_000 }, () => {
  it('sends the confirmation to exactly the subscriber, with a 7-day link, one-click unsubscribe headers and nothing they typed', async () => {
    const server = await smtp();
    const { store, worker } = setUp(server.url);
    await signup(store, 'ana@example.com', T0, 'Ana');
    expect(await runWorkerPass(worker())).toEqual({ sent: 1, retried: 0, failed: 0, cancelled: 0 });
    const [mail] = await server.waitFor(1);
    expect(mail!.to).toBe('ana@example.com');
    expect(mail!.subject).toBe('Please confirm: Job Seeker email course');
    expect(mail!.text).not.toContain('Ana');
    expect(mail!.html).not.toContain('Ana');
    const confirm = linkIn(mail!, '/course/confirm/');
    expect(confirm.startsWith(`${SITE}/course/confirm/?token=`)).toBe(true);
    expect(mail!.html).toContain(confirm);
    expect(mail!.header('List-Unsubscribe')).toBe(`<${linkIn(mail!, '/course/unsubscribe/')}>`);
    expect(mail!.header('List-Unsubscribe')).toMatch(
      /^<https:\/\/jobs\.example\.org\/course\/unsubscribe\/\?token=[\w-]{43}>$/,
    );
    expect(mail!.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(mail!.messageId).toMatch(/^<course-\d+-\d+@jobs\.example\.org>$/);
    expect(await store.peekConfirm(hashToken(tokenOf(confirm)), T0 + 7 * DAY - 1)).toBe('valid');
    expect(await store.peekConfirm(hashToken(tokenOf(confirm)), T0 + 7 * DAY)).toBe('expired');
  });

  it('sends lesson 1 as soon as the person confirms, each later lesson on its day, and then stops', async () => {
    const server = await smtp();
    const { store, worker } = setUp(server.url);
    await signup(store, 'ana@example.com', T0, 'Ana');
    await runWorkerPass(worker());
    const [confirmation] = await server.waitFor(1);
    const confirmedAt = T0 + 10 * MINUTE;
    expect(await store.confirm(hashToken(tokenOf(linkIn(confirmation!, '/course/confirm/'))), confirmedAt)).toBe(
      'confirmed',
    );

    await runWorkerPass(worker().at(confirmedAt));
    const [, lesson1] = await server.waitFor(2);
    expect(lesson1!.subject).toBe('Lesson 1 of 3: Breathe first');
    expect(lesson1!.text).toContain('Hi Ana,');
    expect(lesson1!.text).toContain(
      'Take two days. See the guide (https://jobs.example.org/guides/take-time-before-you-act/).',
    );
    expect(lesson1!.html).toContain('<strong>two days</strong>');
    expect(lesson1!.html).toContain('href="https://jobs.example.org/guides/take-time-before-you-act/"');
    expect(lesson1!.text).toContain(`${SITE}/course/first/`);

    expect((await runWorkerPass(worker().at(confirmedAt + 2 * DAY - MINUTE))).sent).toBe(0);
    expect((await runWorkerPass(worker().at(confirmedAt + 2 * DAY))).sent).toBe(1);
    const lesson2 = (await server.waitFor(3))[2]!;
    expect(lesson2.subject).toBe('Lesson 2 of 3: Your resume');
    expect(lesson2.text).toContain('Match the job\n-------------\n\n- Mark the skills\n- Check your resume');

    expect((await runWorkerPass(worker().at(confirmedAt + 5 * DAY))).sent).toBe(1);
    expect((await runWorkerPass(worker().at(confirmedAt + 60 * DAY))).sent).toBe(0);
    expect(server.received.map((m) => m.subject)).toEqual([
      'Please confirm: Job Seeker email course',
      'Lesson 1 of 3: Breathe first',
      'Lesson 2 of 3: Your resume',
      'Lesson 3 of 3: Ask for tips',
    ]);
  });

  it('sends nothing more after an unsubscribe, although the next lesson was already queued', async () => {
    const server = await smtp();
    const { store, worker } = setUp(server.url);
    await signup(store, 'ana@example.com');
    await runWorkerPass(worker());
    await store.confirm(hashToken(tokenOf(linkIn((await server.waitFor(1))[0]!, '/course/confirm/'))), T0);
    await runWorkerPass(worker());
    const lesson1 = (await server.waitFor(2))[1]!;
    expect((await store.outboxOf('ana@example.com')).at(-1)).toMatchObject({ lesson: 2, status: 'pending' });
    expect(await store.unsubscribe(hashToken(tokenOf(linkIn(lesson1, '/course/unsubscribe/'))), T0 + DAY)).toBe(
      'unsubscribed',
    );
    expect((await runWorkerPass(worker().at(T0 + 30 * DAY))).sent).toBe(0);
    expect(server.received).toHaveLength(2);
  });

  it('loses nothing while the mail server is down and delivers each email exactly once when it is back', async () => {
    const port = await freePort();
    const { store, worker } = setUp(`smtp://127.0.0.1:${port}`);
    const people = ['a', 'b', 'c', 'd', 'e'].map((n) => `${n}@example.com`);
    for (const email of people) await signup(store, email);

    const down = await runWorkerPass(worker());
    // The first send finds nobody listening; the pass stops rather than fail the other four the same way.
    expect(down).toEqual({ sent: 0, retried: 1, failed: 0, cancelled: 0 });
    expect((await store.counts()).outbox).toMatchObject({ pending: 5, sent: 0 });
    expect((await store.outboxOf('a@example.com'))[0]!.lastError).toMatch(/ECONNECTION|ECONNREFUSED|ESOCKET/);

    const server = await startSmtp({ port });
    cleanups.push(() => server.close());
    // Still within the first retry delay (1 minute) the failed row waits; the others go.
    expect((await runWorkerPass(worker().at(T0 + 30_000))).sent).toBe(4);
    expect((await runWorkerPass(worker().at(T0 + 2 * MINUTE))).sent).toBe(1);
    expect((await runWorkerPass(worker().at(T0 + 10 * MINUTE))).sent).toBe(0);
    await server.waitFor(5);
    expect(countByRecipient(server.received)).toEqual(Object.fromEntries(people.map((p) => [p, 1])));
  });

  it('retries after a temporary 4xx answer and gives up after a permanent 5xx, without stopping other mail', async () => {
    const server = await smtp();
    const { store, worker } = setUp(server.url);
    await signup(store, 'flaky@example.com');
    await signup(store, 'fine@example.com');
    server.answer = (to) => (to === 'flaky@example.com' ? { code: 451, message: 'Try again later' } : 'accept');
    expect(await runWorkerPass(worker())).toEqual({ sent: 1, retried: 1, failed: 0, cancelled: 0 });
    expect((await store.outboxOf('flaky@example.com'))[0]).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: expect.stringContaining('451'),
    });

    server.answer = (to) => (to === 'flaky@example.com' ? { code: 550, message: 'No such mailbox' } : 'accept');
    expect(await runWorkerPass(worker().at(T0 + MINUTE))).toEqual({ sent: 0, retried: 0, failed: 1, cancelled: 0 });
    expect((await store.outboxOf('flaky@example.com'))[0]).toMatchObject({
      status: 'failed',
      attempts: 2,
      lastError: expect.stringContaining('550'),
    });
    server.answer = () => 'accept';
    expect((await runWorkerPass(worker().at(T0 + DAY))).sent).toBe(0);
    expect(server.received.map((m) => m.to)).toEqual(['fine@example.com']);
  });

  it('stops the course of a person whose lesson bounces for good, and starts it again after a new signup', async () => {
    const server = await smtp();
    const { store, worker } = setUp(server.url);
    await signup(store, 'moved@example.com', T0, 'Mo');
    await runWorkerPass(worker());
    await store.confirm(hashToken(tokenOf(linkIn((await server.waitFor(1))[0]!, '/course/confirm/'))), T0);
    server.answer = () => ({ code: 550, message: '5.1.1 Mailbox does not exist' });
    expect(await runWorkerPass(worker().at(T0 + MINUTE))).toMatchObject({ failed: 1 });
    expect(await store.findSubscriber('moved@example.com')).toMatchObject({
      status: 'bounced',
      bouncedAt: T0 + MINUTE,
    });
    expect((await store.exportSubscribers())[0]).toMatchObject({ status: 'bounced', lessonsSent: 0 });
    // Nothing more is attempted, even days later.
    server.answer = () => 'accept';
    expect(await runWorkerPass(worker().at(T0 + 10 * DAY))).toEqual({ sent: 0, retried: 0, failed: 0, cancelled: 0 });

    // The mailbox works again: a new signup asks for confirmation again, then the course starts over.
    await signup(store, 'moved@example.com', T0 + 11 * DAY, 'Mo');
    await runWorkerPass(worker().at(T0 + 11 * DAY));
    const again = (await server.waitFor(2))[1]!;
    expect(again.subject).toBe('Please confirm: Job Seeker email course');
    await store.confirm(hashToken(tokenOf(linkIn(again, '/course/confirm/'))), T0 + 11 * DAY);
    await runWorkerPass(worker().at(T0 + 11 * DAY));
    expect((await server.waitFor(3))[2]!.subject).toBe('Lesson 1 of 3: Breathe first');
    expect((await store.findSubscriber('moved@example.com'))?.status).toBe('confirmed');
  });

  it('sends a confirmation the address window held back as soon as the window opens, and not before', async () => {
    const server = await smtp();
    const { store, worker } = setUp(server.url);
    const limited = (now: number) =>
      store.signup({
        email: 'again@example.com',
        firstName: null,
        clientKey: '192.0.2.1',
        now,
        ipLimits: [],
        addressLimits: parseLimits('a', '1/10m,3/1d'),
      });
    expect(await limited(T0)).toEqual({ outcome: 'queued', at: T0 });
    await runWorkerPass(worker());
    // Unsubscribed by mistake and signed up again 3 minutes later: the link is due at T0 + 10 min.
    expect(await limited(T0 + 3 * MINUTE)).toEqual({ outcome: 'queued', at: T0 + 10 * MINUTE });
    expect((await runWorkerPass(worker().at(T0 + 9 * MINUTE))).sent).toBe(0);
    expect((await runWorkerPass(worker().at(T0 + 10 * MINUTE))).sent).toBe(1);
    const mails = await server.waitFor(2);
    expect(mails.map((m) => m.subject)).toEqual([
      'Please confirm: Job Seeker email course',
      'Please confirm: Job Seeker email course',
    ]);
    expect(linkIn(mails[1]!, '/course/confirm/')).not.toBe(linkIn(mails[0]!, '/course/confirm/'));
  });

  it(`gives up on an email after ${MAX_ATTEMPTS} temporary failures (about two days)`, async () => {
    const port = await freePort();
    const { store, worker } = setUp(`smtp://127.0.0.1:${port}`);
    await signup(store, 'ana@example.com');
    let time = T0;
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await runWorkerPass(worker().at(time));
      time = (await store.outboxOf('ana@example.com'))[0]!.dueAt;
    }
    expect((await store.outboxOf('ana@example.com'))[0]).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    expect(time - T0).toBeGreaterThan(36 * 60 * MINUTE);
  });

  it('sends every email exactly once when two workers run at the same time on the same database', async () => {
    const server = await smtp();
    const { store, dataDir, worker } = setUp(server.url);
    const people = Array.from({ length: 30 }, (_, i) => `person${i}@example.com`);
    for (const email of people) await signup(store, email);
    const second = new SqliteStore(join(dataDir, 'course.sqlite'));
    cleanups.push(() => second.close());
    const [a, b] = await Promise.all([
      runWorkerPass(worker({ owner: 'web' })),
      runWorkerPass(worker({ owner: 'cron', store: second })),
    ]);
    expect(a.sent + b.sent).toBe(30);
    await server.waitFor(30);
    expect(countByRecipient(server.received)).toEqual(Object.fromEntries(people.map((p) => [p, 1])));
  });

  it('writes .eml files into DATA_DIR/outbox and says where, when no SMTP server is configured', async () => {
    const { store, dataDir } = setUp(undefined);
    const logged: string[] = [];
    const mailer = createMailer({
      smtpUrl: undefined,
      mailFrom: 'Course <course@jobs.example.org>',
      dataDir,
      log: (m) => logged.push(m),
    });
    await signup(store, 'ana@example.com');
    await runWorkerPass({
      store,
      mailer,
      siteUrl: SITE,
      mailFrom: 'course@jobs.example.org',
      now: () => T0,
      lessons: () => lessons,
      log: () => {},
    });
    const files = readdirSync(join(dataDir, 'outbox'));
    expect(files).toHaveLength(1);
    expect(logged).toEqual([expect.stringContaining(join(dataDir, 'outbox', files[0]!))]);
    const mail = await simpleParser(readFileSync(join(dataDir, 'outbox', files[0]!)));
    expect(mail.subject).toBe('Please confirm: Job Seeker email course');
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('ana@example.com');
  });
});
