// Faults around the email course: the server killed mid-burst, the mail server down and back, abusive clients,
// and the admin CLI. Each test runs its own built server (scripts/serve.mjs) with its own data folder.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '#/server/course/sqlite/store.ts';
import { freePort } from '../../scripts/lib/free-port.ts';
import { startSmtp, type TestSmtp } from '../../scripts/lib/smtp.ts';
import {
  linkIn,
  postForm,
  rawRequest,
  removeDir,
  runCourseSend,
  startCourseServer,
  type CourseServer,
} from '../support/course.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function server(env: Record<string, string>): Promise<CourseServer> {
  const started = await startCourseServer(env);
  cleanups.push(
    () => removeDir(started.dataDir),
    () => started.stop(),
  );
  return started;
}

async function smtpOn(port = 0): Promise<TestSmtp> {
  const smtp = await startSmtp({ port });
  cleanups.push(() => smtp.close());
  return smtp;
}

function openStore(dataDir: string): SqliteStore {
  const store = new SqliteStore(join(dataDir, 'course.sqlite'));
  cleanups.push(() => store.close());
  return store;
}

function runAdmin(
  dataDir: string,
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['scripts/course-admin.ts', ...args], {
    env: { ...process.env, DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('the email course under faults', () => {
  it('keeps every acknowledged signup, with its confirmation queued, when the server is killed with SIGKILL mid-burst', async () => {
    const smtp = await smtpOn();
    const web = await server({ SMTP_URL: smtp.url, COURSE_IP_LIMIT: 'off' });
    const acknowledged: string[] = [];
    let next = 0;
    let killed = false;
    const client = async () => {
      while (next < 2000 && !killed) {
        const email = `burst${next++}@example.com`;
        try {
          const response = await postForm(`${web.baseURL}/course/signup/`, { email });
          if (response.status === 200) acknowledged.push(email);
          else throw new Error(`${email}: ${response.status}`);
        } catch (error) {
          if (!killed) throw error;
        }
      }
    };
    const clients = Array.from({ length: 16 }, client);
    await expect.poll(() => acknowledged.length, { timeout: 30_000, interval: 5 }).toBeGreaterThanOrEqual(300);
    killed = true;
    web.child.kill('SIGKILL');
    await Promise.all(clients);
    await new Promise((resolve) =>
      web.child.exitCode !== null || web.child.signalCode !== null ? resolve(null) : web.child.once('exit', resolve),
    );
    expect(web.child.signalCode).toBe('SIGKILL');

    const db = new DatabaseSync(join(web.dataDir, 'course.sqlite'));
    expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    db.close();
    const store = openStore(web.dataDir);
    const missing = [];
    for (const email of acknowledged) {
      const rows = await store.outboxOf(email);
      if (
        (await store.findSubscriber(email))?.status !== 'pending' ||
        !rows.some((r) => r.kind === 'confirm' && (r.status === 'pending' || r.status === 'sent'))
      )
        missing.push(email);
    }
    expect(missing).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);
  });

  it('loses no email while the mail server is down, and delivers each exactly once when it is back', async () => {
    const port = await freePort();
    const web = await server({ SMTP_URL: `smtp://127.0.0.1:${port}`, COURSE_IP_LIMIT: 'off' });
    const people = ['down1@example.com', 'down2@example.com', 'down3@example.com'];
    for (const email of people) expect((await postForm(`${web.baseURL}/course/signup/`, { email })).status).toBe(200);
    const store = openStore(web.dataDir);
    // The server's worker tries each one (a pass stops at the first unreachable send, the next pass takes the next).
    const failed = async () => {
      const rows = await Promise.all(people.map((email) => store.outboxOf(email)));
      return rows.filter((r) => r[0]?.lastError);
    };
    await expect.poll(async () => (await failed()).length, { timeout: 10_000 }).toBe(3);
    for (const email of people) {
      expect((await store.outboxOf(email))[0], email).toMatchObject({
        status: 'pending',
        lastError: expect.stringMatching(/ECONNREFUSED|ECONNECTION|ESOCKET/),
      });
    }
    expect(web.output()).toMatch(/will retry confirm/);

    const smtp = await smtpOn(port);
    // Five minutes later (the first retry waits one), a cron pass finds the mail server back.
    const env = {
      DATA_DIR: web.dataDir,
      SMTP_URL: smtp.url,
      SITE_URL: web.baseURL,
      COURSE_NOW: new Date(Date.now() + 5 * 60_000).toISOString(),
    };
    expect(await runCourseSend(env)).toMatch(/sent 3,/);
    expect(await runCourseSend(env)).toMatch(/sent 0,/);
    await smtp.waitFor(3);
    expect(smtp.received.map((m) => m.to).sort()).toEqual(people);
    expect((await store.counts()).outbox).toMatchObject({ pending: 0, sent: 3 });
  });

  it('limits signups per client address, believing X-Forwarded-For only when TRUST_PROXY says a proxy is in front', async () => {
    const post = (baseURL: string, email: string, forwardedFor: string) =>
      rawRequest(`${baseURL}/course/signup/`, {
        headers: {
          origin: baseURL,
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': forwardedFor,
        },
        body: `email=${encodeURIComponent(email)}`,
      });
    const direct = await server({ COURSE_IP_LIMIT: '2/1h', COURSE_WORKER_INTERVAL: '0' });
    // Without TRUST_PROXY a client cannot dodge the limit by inventing X-Forwarded-For values.
    expect((await post(direct.baseURL, 'a1@example.com', '198.51.100.1')).status).toBe(200);
    expect((await post(direct.baseURL, 'a2@example.com', '198.51.100.2')).status).toBe(200);
    const limited = await post(direct.baseURL, 'a3@example.com', '198.51.100.3');
    expect(limited.status).toBe(429);
    // It says when to come back, in words and in Retry-After: the first signup leaves the hour's window then.
    expect(limited.body).toMatch(
      /too many signups from your network in a short time\. Please try again in about an hour\./,
    );
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(59 * 60);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60 * 60);
    expect(await openStore(direct.dataDir).findSubscriber('a3@example.com')).toBeUndefined();

    const proxied = await server({ COURSE_IP_LIMIT: '2/1h', COURSE_WORKER_INTERVAL: '0', TRUST_PROXY: '1' });
    // Behind one trusted proxy, the last X-Forwarded-For entry is the client; what the client typed before it is ignored.
    expect((await post(proxied.baseURL, 'b1@example.com', 'forged, 198.51.100.1')).status).toBe(200);
    expect((await post(proxied.baseURL, 'b2@example.com', 'other, 198.51.100.1')).status).toBe(200);
    expect((await post(proxied.baseURL, 'b3@example.com', '198.51.100.1')).status).toBe(429);
    expect((await post(proxied.baseURL, 'b4@example.com', '198.51.100.2')).status).toBe(200);
    // Other spellings of 198.51.100.1 (a port, leading zeros, IPv4-mapped IPv6) are the same client, not a fresh allowance.
    const spellings = ['198.51.100.1:5555', '198.051.100.001', '[::ffff:198.51.100.1]:443', '::FFFF:c633:6401'];
    for (const [i, spelling] of spellings.entries()) {
      expect((await post(proxied.baseURL, `c${i}@example.com`, spelling)).status, spelling).toBe(429);
    }
    // One IPv6 client: the same /64 in any spelling.
    expect((await post(proxied.baseURL, 'd1@example.com', '[2001:db8:aa:1::10]:443')).status).toBe(200);
    expect((await post(proxied.baseURL, 'd2@example.com', '2001:DB8:AA:1:0:0:0:20')).status).toBe(200);
    expect((await post(proxied.baseURL, 'd3@example.com', '2001:db8:aa:1:ffff::30')).status).toBe(429);
  });

  it('keeps the client addresses it counts as keyed hashes, and the files owner-only', async () => {
    const web = await server({ COURSE_WORKER_INTERVAL: '0' });
    expect((await postForm(`${web.baseURL}/course/signup/`, { email: 'private@example.com' })).status).toBe(200);
    const db = new DatabaseSync(join(web.dataDir, 'course.sqlite'));
    const keys = db
      .prepare('SELECT key FROM rate_events')
      .all()
      .map((row) => String(row.key));
    db.close();
    expect(keys.some((key) => key.startsWith('ip:'))).toBe(true);
    expect(keys.join(' ')).not.toContain('127.0.0.1');
    expect(statSync(web.dataDir).mode & 0o777).toBe(0o700);
    for (const file of readdirSync(web.dataDir)) {
      expect(statSync(join(web.dataDir, file)).mode & 0o777, file).toBe(0o600);
    }
  });

  it('writes emails as .eml files into DATA_DIR/outbox and logs where when SMTP_URL is not set', async () => {
    const web = await server({});
    expect((await postForm(`${web.baseURL}/course/signup/`, { email: 'eml@example.com' })).status).toBe(200);
    const folder = join(web.dataDir, 'outbox');
    const emails = () => (existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.eml')) : []);
    await expect.poll(() => emails().length, { timeout: 10_000 }).toBe(1);
    // The log line travels through a pipe and can trail the file by a moment.
    await expect
      .poll(() => web.output(), { timeout: 10_000 })
      .toContain(`was written to ${join(folder, emails()[0]!)}`);
  });

  it('stops cleanly on SIGTERM', async () => {
    const web = await startCourseServer({});
    cleanups.push(() => removeDir(web.dataDir));
    expect(await web.stop()).toBe(0);
  });

  it('exports subscribers as CSV and deletes a person with all their data from the command line', async () => {
    const smtp = await smtpOn();
    const web = await server({ SMTP_URL: smtp.url, COURSE_IP_LIMIT: 'off' });
    for (const email of ['keep@example.com', 'forget@example.com'])
      await postForm(`${web.baseURL}/course/signup/`, { email, firstName: 'Sam' });
    await smtp.waitFor(2);
    const confirm = linkIn(
      smtp.received.find((m) => m.to === 'forget@example.com')!,
      '/course/confirm/',
    );
    await postForm(`${web.baseURL}/course/confirm/`, { token: new URL(confirm).searchParams.get('token')! });
    await smtp.waitFor(3);

    const exported = await runAdmin(web.dataDir, 'export');
    expect(exported.code).toBe(0);
    const lines = exported.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('email,first_name,status,signed_up,confirmed,unsubscribed,lessons_sent,bounced');
    // A name is the person's only once they confirm: until then it travels with the confirmation link.
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',').slice(0, 3).join(','))
        .sort(),
    ).toEqual(['forget@example.com,Sam,confirmed', 'keep@example.com,,pending']);
    expect(lines.find((l) => l.startsWith('forget@'))!.split(',')[6]).toBe('1');

    const deleted = await runAdmin(web.dataDir, 'delete', 'Forget@Example.com');
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toContain('Deleted Forget@example.com: their subscriber record');
    const store = openStore(web.dataDir);
    expect(await store.findSubscriber('forget@example.com')).toBeUndefined();
    expect(await store.outboxOf('forget@example.com')).toEqual([]);
    expect(await store.findSubscriber('keep@example.com')).toBeDefined();
    // The old confirmation link is dead: the person is gone, not just unsubscribed.
    expect((await fetch(confirm)).status).toBe(404);
    expect((await runAdmin(web.dataDir, 'delete', 'forget@example.com')).code).toBe(1);
    expect((await runAdmin(web.dataDir, 'delete', 'not an address')).code).toBe(2);
    expect((await runAdmin(web.dataDir)).stderr).toContain('Usage: npm run course:admin');
  });
});
