// The email course end to end over HTTP: the built server (scripts/serve.mjs) with its own data folder, a real SMTP
// server on loopback, the one-pass CLI for "time moves on", and the SQLite file read back to check what was stored.
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtp, type ReceivedMail, type TestSmtp } from '../../scripts/lib/smtp.ts';
import { DAY_MS as DAY, HOUR_MS as HOUR } from '#/lib/time.ts';
import { SqliteStore } from '#/server/course/sqlite/store.ts';
import {
  linkIn,
  postForm,
  rawRequest,
  removeDir,
  runCourseSend,
  startCourseServer,
  type CourseServer,
} from '../support/course.ts';

let smtp: TestSmtp;
let server: CourseServer;
let store: SqliteStore;

beforeAll(async () => {
  smtp = await startSmtp();
  // Per-IP limit raised: every request here comes from 127.0.0.1. Per-address limits stay at their defaults.
  server = await startCourseServer({ SMTP_URL: smtp.url, COURSE_IP_LIMIT: '1000/10m' });
  store = new SqliteStore(join(server.dataDir, 'course.sqlite'));
});

afterAll(async () => {
  await store?.close();
  await server?.stop();
  await smtp?.close();
  if (server) removeDir(server.dataDir);
});

const signupUrl = () => `${server.baseURL}/course/signup/`;
const mailsTo = (address: string) => smtp.received.filter((m) => m.to === address);
const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;
const cliEnv = (now: number) => ({
  DATA_DIR: server.dataDir,
  SMTP_URL: smtp.url,
  SITE_URL: server.baseURL,
  COURSE_NOW: new Date(now).toISOString(),
});

const waitForMail = (address: string, count: number) => smtp.waitForMailTo(address, count);

/**
 * Waits until nothing is due for these addresses: every email queued for now was sent (so it has arrived) or
 * cancelled, and what is left waits for a later day. Anything the server could still send would be a pending row
 * due now, so after this "nothing more was sent" is a fact, not a guess.
 */
async function outboxSettled(...addresses: string[]): Promise<void> {
  const due = async () =>
    (await Promise.all(addresses.map((a) => store.outboxOf(a))))
      .flat()
      .filter((row) => row.status === 'pending' && row.dueAt <= Date.now());
  await expect.poll(async () => (await due()).length, { timeout: 15_000 }).toBe(0);
}

/** Signs an address up and confirms it; returns the lesson 1 email. */
async function subscribe(address: string): Promise<ReceivedMail> {
  expect((await postForm(signupUrl(), { email: address })).status).toBe(200);
  const [confirmation] = await waitForMail(address, 1);
  expect(
    (await postForm(`${server.baseURL}/course/confirm/`, { token: tokenOf(linkIn(confirmation!, '/course/confirm/')) }))
      .status,
  ).toBe(200);
  return (await waitForMail(address, 2))[1]!;
}

/** Moves every per-address and per-client signup record by `ms`: time passing, as far as the windows can tell. */
function shiftSignupHistory(ms: number): void {
  const db = new DatabaseSync(join(server.dataDir, 'course.sqlite'));
  db.exec('PRAGMA busy_timeout = 5000');
  db.prepare('UPDATE rate_events SET at = at + ?').run(ms);
  db.close();
}

async function oneClickUnsubscribe(mail: ReceivedMail) {
  const target = /^<(.+)>$/.exec(mail.header('List-Unsubscribe') ?? '')![1]!;
  // Exactly what a mail provider sends: no Origin, no cookies, the RFC 8058 body.
  return rawRequest(target, {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  });
}

describe('the email course over HTTP', () => {
  it('takes a person from signup to the lessons they asked for, on schedule, and sends nothing after a one-click unsubscribe', async () => {
    const address = 'journey@example.com';
    const signup = await postForm(signupUrl(), { email: address, firstName: 'Jo' });
    expect(signup.status).toBe(200);
    expect(await signup.text()).toContain('Check your inbox');

    const [confirmation] = await waitForMail(address, 1);
    expect(confirmation!.subject).toBe('Please confirm: Job Seeker email course');
    const confirmLink = linkIn(confirmation!, '/course/confirm/');
    expect(confirmLink.startsWith(`${server.baseURL}/course/confirm/?token=`)).toBe(true);

    // Opening the link (as a mail scanner would) shows a button and changes nothing.
    const page = await fetch(confirmLink);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    expect(await page.text()).toContain('Yes, start the course');
    expect((await store.findSubscriber(address))?.status).toBe('pending');
    expect((await store.outboxOf(address)).filter((r) => r.kind === 'lesson')).toEqual([]);

    const confirmed = await postForm(`${server.baseURL}/course/confirm/`, { token: tokenOf(confirmLink) });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('You are on the course');
    const lesson1 = (await waitForMail(address, 2))[1]!;
    expect(lesson1.subject).toBe('Lesson 1 of 7: Give yourself a couple of days');
    expect(lesson1.text).toContain('Hi Jo,');
    expect(lesson1.text).toContain('do nothing rash');
    expect(lesson1.html).toContain('<strong>do nothing rash</strong>');
    expect(lesson1.text).toContain(`${server.baseURL}/guides/take-time-before-you-act/`);

    // Two days and an hour later, the cron pass sends lesson 2 (and only that).
    const confirmedAt = (await store.findSubscriber(address))!.confirmedAt!;
    expect(await runCourseSend(cliEnv(confirmedAt + 2 * DAY + HOUR))).toMatch(/sent 1,/);
    const lesson2 = (await waitForMail(address, 3))[2]!;
    expect(lesson2.subject).toBe('Lesson 2 of 7: Did your resume fit this job?');

    const left = await oneClickUnsubscribe(lesson2);
    expect(left.status).toBe(200);
    expect((await store.findSubscriber(address))?.status).toBe('unsubscribed');

    expect(await runCourseSend(cliEnv(confirmedAt + 30 * DAY))).toMatch(/sent 0,/);
    // The unsubscribe cancelled what was queued (lesson 3), so neither the cron pass nor the server's worker can send.
    await outboxSettled(address);
    expect((await store.outboxOf(address)).map((row) => row.status)).not.toContain('pending');
    expect(mailsTo(address).map((m) => m.subject)).toEqual([confirmation!.subject, lesson1.subject, lesson2.subject]);
  });

  it('answers the same, word for word, for a new, pending, confirmed or unsubscribed address and a filled honeypot', async () => {
    await postForm(signupUrl(), { email: 'pending@example.com' });
    await waitForMail('pending@example.com', 1);
    await subscribe('confirmed@example.com');
    expect((await oneClickUnsubscribe(await subscribe('left@example.com'))).status).toBe(200);
    // Two hours pass for the per-address windows, so these earlier signups no longer hold anything back.
    shiftSignupHistory(-2 * HOUR);

    const people = ['new@example.com', 'pending@example.com', 'confirmed@example.com', 'left@example.com'];
    const answer = async (fields: Record<string, string>, accept?: string) => {
      const response = await postForm(signupUrl(), fields, accept ? { accept } : {});
      return { status: response.status, body: accept ? await response.json() : await response.text() };
    };
    // First signup of each: the same page for all four and for a bot that filled the honeypot.
    const first = [];
    for (const email of people) first.push(await answer({ email }));
    first.push(await answer({ email: 'bot@example.com', website: 'http://spam.example' }));
    for (const page of first.slice(1)) expect(page).toEqual(first[0]);
    expect(first[0]!.body).toContain('check your inbox');
    // Signing up again at once: the same "your link will go out in about 10 minutes" for all four.
    const again = [];
    for (const email of people) again.push(await answer({ email }, 'application/json'));
    for (const json of again.slice(1)) expect(json).toEqual(again[0]);
    expect(again[0]).toMatchObject({ status: 200, body: { ok: true } });
    expect(again[0]!.body.message).toMatch(/Your link will go out in about 10 minutes/);

    await outboxSettled('new@example.com', 'pending@example.com', 'confirmed@example.com', 'left@example.com');
    await waitForMail('new@example.com', 1);
    await waitForMail('left@example.com', 3);
    expect(await store.findSubscriber('bot@example.com')).toBeUndefined();
    expect(mailsTo('bot@example.com')).toEqual([]);
    // The unsubscribed person is asked to confirm again (double opt-in); the confirmed one gets nothing new.
    expect((await store.findSubscriber('left@example.com'))?.status).toBe('pending');
    expect(mailsTo('confirmed@example.com').map((m) => m.subject)).toEqual([
      'Please confirm: Job Seeker email course',
      'Lesson 1 of 7: Give yourself a couple of days',
    ]);
    expect((await store.outboxOf('confirmed@example.com')).filter((r) => r.status === 'pending')).toEqual([
      expect.objectContaining({ kind: 'lesson', lesson: 2 }),
    ]);
  });

  it('queues a signup the address window holds back, says when it goes, and sends it then', async () => {
    const address = 'mistake@example.com';
    const lesson1 = await subscribe(address);
    expect((await oneClickUnsubscribe(lesson1)).status).toBe(200);
    // Unsubscribed by mistake, signed up again a moment later: within 10 minutes of the last confirmation email.
    const posted = Date.now();
    const page = await postForm(signupUrl(), { email: address });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Check your inbox');
    expect(html).toMatch(/Your link will go out in about (9|10) minutes/);
    const queued = (await store.outboxOf(address)).at(-1)!;
    expect(queued).toMatchObject({ kind: 'confirm', status: 'pending' });
    expect(queued.dueAt - posted).toBeGreaterThan(8 * 60_000);
    expect(queued.dueAt - posted).toBeLessThanOrEqual(10 * 60_000);
    // Not a moment before the window opens (the course clock a minute early), then at once.
    await runCourseSend(cliEnv(queued.dueAt - 60_000));
    expect((await store.outboxOf(address)).at(-1)?.status).toBe('pending');
    await runCourseSend(cliEnv(queued.dueAt));
    expect((await store.outboxOf(address)).at(-1)?.status).toBe('sent');
    const confirmation = (await waitForMail(address, 3))[2]!;
    expect(confirmation.subject).toBe('Please confirm: Job Seeker email course');
  });

  it('answers a confirmation link opened again with 200 "You\'re already on the course" and what comes next', async () => {
    const address = 'twice@example.com';
    expect((await postForm(signupUrl(), { email: address })).status).toBe(200);
    const [confirmation] = await waitForMail(address, 1);
    const link = linkIn(confirmation!, '/course/confirm/');
    expect((await postForm(`${server.baseURL}/course/confirm/`, { token: tokenOf(link) })).status).toBe(200);
    await waitForMail(address, 2);

    const reopened = await fetch(link);
    expect(reopened.status).toBe(200);
    const html = await reopened.text();
    expect(html).toContain("You're already on the course");
    expect(html).toContain('there is nothing more to do');
    expect(html).toMatch(
      /Next: lesson 2 of 7,\s+<a href="\/course\/tailor-your-resume-to-the-job\/">[^<]+<\/a>,\s+arrives in about (23|24) hours/,
    );
    expect(html).not.toContain('This link does not work');
    // Pressing the button again is just as harmless.
    const pressed = await postForm(`${server.baseURL}/course/confirm/`, { token: tokenOf(link) });
    expect(pressed.status).toBe(200);
    expect(await pressed.text()).toContain("You're already on the course");
    expect((await store.outboxOf(address)).filter((r) => r.kind === 'lesson')).toHaveLength(2);
  });

  it('greets a person by the name they confirmed with, not one a stranger typed for their address', async () => {
    const address = 'owner@example.com';
    expect((await postForm(signupUrl(), { email: address, firstName: 'Ana' })).status).toBe(200);
    const [own] = await waitForMail(address, 1);
    // A stranger signs the same address up as "Mallory" before Ana confirms.
    expect((await postForm(signupUrl(), { email: address, firstName: 'Mallory' })).status).toBe(200);
    const due = (await store.outboxOf(address)).at(-1)!.dueAt;
    await runCourseSend(cliEnv(due));
    const [, strangers] = await waitForMail(address, 2);
    expect(linkIn(strangers!, '/course/confirm/')).not.toBe(linkIn(own!, '/course/confirm/'));
    expect(
      (await postForm(`${server.baseURL}/course/confirm/`, { token: tokenOf(linkIn(own!, '/course/confirm/')) }))
        .status,
    ).toBe(200);
    // The stranger's link now only says "already on the course", and renames nobody.
    const late = await postForm(`${server.baseURL}/course/confirm/`, {
      token: tokenOf(linkIn(strangers!, '/course/confirm/')),
    });
    expect(await late.text()).toContain("You're already on the course");
    const lesson1 = (await waitForMail(address, 3))[2]!;
    expect(lesson1.text).toContain('Hi Ana,');
    expect((await store.findSubscriber(address))?.firstName).toBe('Ana');
  });

  it('marks an address bounced after a permanent failure, sends it nothing more, and lets it sign up again', async () => {
    const address = 'bounce@example.com';
    await subscribe(address);
    smtp.answer = (to) => (to === address ? { code: 550, message: '5.1.1 Mailbox unavailable' } : 'accept');
    try {
      const confirmedAt = (await store.findSubscriber(address))!.confirmedAt!;
      expect(await runCourseSend(cliEnv(confirmedAt + 2 * DAY))).toMatch(/failed 1,/);
      expect(await store.findSubscriber(address)).toMatchObject({ status: 'bounced' });
      expect((await store.outboxOf(address)).filter((r) => r.status === 'pending')).toEqual([]);
    } finally {
      smtp.answer = () => 'accept';
    }
    const exported = (await store.exportSubscribers()).find((row) => row.email === address);
    expect(exported).toMatchObject({ status: 'bounced', lessonsSent: 1, bouncedAt: expect.any(Number) });
    // Signing up again is no longer a silent no-op: a new confirmation email comes (when the window allows).
    shiftSignupHistory(-2 * HOUR);
    expect((await postForm(signupUrl(), { email: address })).status).toBe(200);
    const again = (await waitForMail(address, 3))[2]!;
    expect(again.subject).toBe('Please confirm: Job Seeker email course');
    expect((await store.findSubscriber(address))?.status).toBe('pending');
  });

  it('refuses a signup from another site with 403 and stores nothing, but accepts one-click unsubscribes without Origin', async () => {
    const forged = await postForm(signupUrl(), { email: 'victim@example.com' }, { origin: 'https://evil.example' });
    expect(forged.status).toBe(403);
    const noOrigin = await postForm(signupUrl(), { email: 'victim@example.com' }, { origin: null });
    expect(noOrigin.status).toBe(403);
    const json = await fetch(signupUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: '{"email":"victim@example.com"}',
    });
    expect(json.status).toBe(403);
    const confirmForged = await rawRequest(`${server.baseURL}/course/confirm/`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'token=x',
    });
    expect(confirmForged.status).toBe(403);
    expect(await store.findSubscriber('victim@example.com')).toBeUndefined();

    const lesson1 = await subscribe('oneclick@example.com');
    const multipart = new FormData();
    multipart.set('List-Unsubscribe', 'One-Click');
    const target = /^<(.+)>$/.exec(lesson1.header('List-Unsubscribe')!)![1]!;
    const response = await fetch(target, { method: 'POST', body: multipart, redirect: 'manual' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('Unsubscribed. No more emails will be sent.');
    expect((await store.findSubscriber('oneclick@example.com'))?.status).toBe('unsubscribed');
  });

  it('builds every link from SITE_URL, whatever Host header the request carried', async () => {
    const response = await rawRequest(signupUrl(), {
      headers: { host: 'evil.example', origin: server.baseURL, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=host%40example.com',
    });
    expect(response.status).toBe(200);
    const [mail] = await waitForMail('host@example.com', 1);
    expect(mail!.text).not.toContain('evil.example');
    expect(linkIn(mail!, '/course/confirm/').startsWith(`${server.baseURL}/`)).toBe(true);
  });

  it('refuses malformed addresses and bodies with a 4xx and a message, stores nothing, sends nothing, and never answers 5xx', async () => {
    const subscribersBefore = (await store.exportSubscribers()).length;
    const form = 'application/x-www-form-urlencoded';
    const origin = server.baseURL;
    const cases: {
      name: string;
      headers: Record<string, string>;
      body: string | Buffer;
      status: number;
      says: RegExp;
    }[] = [
      {
        name: 'no email field',
        headers: { 'content-type': form },
        body: 'firstName=Ana',
        status: 400,
        says: /Enter your email address/,
      },
      {
        name: 'no @',
        headers: { 'content-type': form },
        body: 'email=ana.example.com',
        status: 400,
        says: /needs an @/,
      },
      {
        name: 'display name',
        headers: { 'content-type': form },
        body: `email=${encodeURIComponent('Ana <ana@example.com>')}`,
        status: 400,
        says: /just the address/,
      },
      {
        name: 'two addresses',
        headers: { 'content-type': form },
        body: `email=${encodeURIComponent('a@example.com, b@example.com')}`,
        status: 400,
        says: /one email address only/,
      },
      {
        name: 'two email fields',
        headers: { 'content-type': form },
        body: 'email=a%40example.com&email=b%40example.com',
        status: 400,
        says: /one email address only/,
      },
      {
        name: 'header injection',
        headers: { 'content-type': form },
        body: `email=${encodeURIComponent('a@example.com\r\nBcc: b@example.com')}`,
        status: 400,
        says: /one email address only/,
      },
      {
        name: 'too long',
        headers: { 'content-type': form },
        body: `email=${'a'.repeat(250)}%40example.com`,
        status: 400,
        says: /at most 64/,
      },
      {
        name: 'bad domain',
        headers: { 'content-type': form },
        body: 'email=a%40localhost',
        status: 400,
        says: /does not look like a domain/,
      },
      {
        name: 'name with a link',
        headers: { 'content-type': form },
        body: 'email=ok%40example.com&firstName=www.spam.example',
        status: 400,
        says: /first name/,
      },
      {
        name: 'broken percent-encoding',
        headers: { 'content-type': form },
        body: 'email=%E0%A4%A',
        status: 400,
        says: /\S/,
      },
      {
        name: 'JSON',
        headers: { 'content-type': 'application/json' },
        body: '{"email":"a@example.com"}',
        status: 415,
        says: /web form/,
      },
      { name: 'no content type', headers: {}, body: 'email=a%40example.com', status: 415, says: /web form/ },
      {
        name: 'broken multipart',
        headers: { 'content-type': 'multipart/form-data; boundary=zzz' },
        body: 'not multipart',
        status: 400,
        says: /could not be read/,
      },
      {
        name: 'large body',
        headers: { 'content-type': form },
        body: `email=a%40example.com&x=${'y'.repeat(40_000)}`,
        status: 413,
        says: /at most 16 KB/,
      },
      {
        name: 'binary',
        headers: { 'content-type': form },
        body: Buffer.from([0xff, 0xfe, 0x00, 0x3d, 0x01]),
        status: 400,
        says: /\S/,
      },
    ];
    for (const c of cases) {
      const response = await rawRequest(signupUrl(), { headers: { origin, ...c.headers }, body: c.body });
      expect(response.status, c.name).toBe(c.status);
      expect(response.body, c.name).toMatch(c.says);
    }
    // A body with no Content-Length (chunked) is cut off at the limit too.
    const chunked = await fetch(signupUrl(), {
      method: 'POST',
      headers: { origin, 'content-type': form },
      body: new ReadableStream({
        start(c) {
          for (let i = 0; i < 5; i++) c.enqueue(new TextEncoder().encode('x'.repeat(10_000)));
          c.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      expect(
        (
          await rawRequest(signupUrl(), {
            method,
            headers: { origin, 'content-type': form },
            body: 'email=a%40example.com',
          })
        ).status,
        method,
      ).toBe(405);
    }
    const json = await postForm(
      signupUrl(),
      { email: 'Ana <ana@example.com>', firstName: 'http://x' },
      { accept: 'application/json' },
    );
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({
      ok: false,
      errors: { email: expect.stringMatching(/just the address/), firstName: expect.stringMatching(/first name/) },
    });

    // Nothing stored and nothing queued for any address tried here, so nothing can be sent.
    expect(await store.exportSubscribers()).toHaveLength(subscribersBefore);
    for (const address of ['a@example.com', 'b@example.com', 'ana@example.com', 'ok@example.com'])
      expect(await store.outboxOf(address), address).toEqual([]);
    expect(server.output()).not.toMatch(/Could not render|Internal Server Error/);
  });

  it('shows a clear way to sign up again when a confirmation link is older than 7 days', async () => {
    expect((await postForm(signupUrl(), { email: 'late@example.com' })).status).toBe(200);
    const [confirmation] = await waitForMail('late@example.com', 1);
    const link = linkIn(confirmation!, '/course/confirm/');
    // The same data, read by a server whose clock is 8 days ahead.
    const later = await startCourseServer({
      DATA_DIR: server.dataDir,
      COURSE_NOW: new Date(Date.now() + 8 * DAY).toISOString(),
      COURSE_WORKER_INTERVAL: '0',
    });
    try {
      const opened = await fetch(link.replace(server.baseURL, later.baseURL));
      expect(opened.status).toBe(410);
      const html = await opened.text();
      expect(html).toContain('This link has expired');
      expect(html).toContain('action="/course/signup/"');
      const pressed = await postForm(`${later.baseURL}/course/confirm/`, { token: tokenOf(link) });
      expect(pressed.status).toBe(410);
      expect((await store.findSubscriber('late@example.com'))?.status).toBe('pending');
    } finally {
      await later.stop();
    }
  });

  it('shows a page with a button for an unsubscribe link, unsubscribes on POST, and keeps the link working', async () => {
    const lesson1 = await subscribe('button@example.com');
    const link = linkIn(lesson1, '/course/unsubscribe/');
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('>Unsubscribe</button>');
    expect((await store.findSubscriber('button@example.com'))?.status).toBe('confirmed');
    const pressed = await postForm(`${server.baseURL}/course/unsubscribe/`, { token: tokenOf(link) });
    expect(pressed.status).toBe(200);
    expect(await pressed.text()).toContain('You are unsubscribed');
    expect((await store.findSubscriber('button@example.com'))?.status).toBe('unsubscribed');
    expect(await (await fetch(link)).text()).toContain('You are already unsubscribed');
    expect((await fetch(`${server.baseURL}/course/unsubscribe/?token=${'x'.repeat(43)}`)).status).toBe(404);
  });
});
