// The course's SQLite store, on a real database file in a temporary folder.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS as DAY, MINUTE_MS as MINUTE } from '#/lib/time.ts';
import { StoreBusyError, isBusy, whenStoreFree } from '#/server/course/busy.ts';
import { parseLimits } from '#/server/course/config.ts';
import { CourseStore, MIGRATIONS } from '#/server/course/store.ts';
import { hashToken, newToken } from '#/server/course/tokens.ts';
import { removeDir, tempDataDir } from '../support/course.ts';

const T0 = Date.UTC(2026, 11, 1, 9);
const defaults = {
  clientKey: '192.0.2.1',
  ipLimits: parseLimits('ip', '10/10m,50/1d'),
  addressLimits: parseLimits('address', '1/10m,3/1d'),
};

const dirs: string[] = [];
const stores: CourseStore[] = [];
afterEach(() => {
  stores.splice(0).forEach((s) => s.close());
  dirs.splice(0).forEach(removeDir);
});

function openStore(dir = tempDataDir()): CourseStore {
  dirs.push(dir);
  const store = new CourseStore(join(dir, 'course.sqlite'));
  stores.push(store);
  return store;
}

function signup(
  store: CourseStore,
  email: string,
  now = T0,
  extra: Partial<typeof defaults> & { firstName?: string | null } = {},
) {
  return store.signup({ ...defaults, firstName: null, email, now, ...extra });
}

/** Plays the worker's part for a confirmation: lease it, store the link hashes, mark it sent. Returns the raw tokens. */
function sendConfirmation(store: CourseStore, now: number): { confirm: string; unsubscribe: string } {
  const job = store.claimNext('test', now, MINUTE)!;
  expect(job.kind).toBe('confirm');
  const confirm = newToken();
  const unsubscribe = newToken();
  store.prepareSend(job, now, [
    { hash: hashToken(confirm), purpose: 'confirm', expiresAt: now + 7 * DAY },
    { hash: hashToken(unsubscribe), purpose: 'unsubscribe', expiresAt: null },
  ]);
  store.markSent(job.id, now, '<id@test>');
  return { confirm, unsubscribe };
}

describe('the course store', () => {
  it('creates its schema through versioned migrations, in WAL mode with synchronous=FULL', () => {
    const dir = tempDataDir();
    const store = openStore(dir);
    expect(store.schemaVersion).toBe(2);
    const db = new DatabaseSync(join(dir, 'course.sqlite'));
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    db.close();
    // Opening again runs no migration twice.
    const again = new CourseStore(join(dir, 'course.sqlite'));
    expect(again.schemaVersion).toBe(2);
    again.close();
  });

  it('brings a version 1 file to version 2 without losing anyone, and keeps each pending name with its link', () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const file = join(dir, 'course.sqlite');
    const old = new DatabaseSync(file);
    old.exec(MIGRATIONS[0]!);
    old.exec('PRAGMA user_version = 1');
    old.exec(`INSERT INTO subscribers (id, email, first_name, status, created_at, updated_at, confirmed_at)
              VALUES (1, 'ana@example.com', 'Ana', 'pending', ${T0}, ${T0}, NULL),
                     (2, 'bo@example.com', 'Bo', 'confirmed', ${T0}, ${T0}, ${T0})`);
    const token = newToken();
    old.exec(`INSERT INTO tokens (hash, subscriber_id, purpose, created_at, expires_at)
              VALUES ('${hashToken(token)}', 1, 'confirm', ${T0}, ${T0 + 7 * DAY})`);
    old.exec(`INSERT INTO outbox (subscriber_id, kind, lesson, status, due_at, created_at)
              VALUES (2, 'lesson', 2, 'pending', ${T0 + DAY}, ${T0})`);
    old.close();

    const store = openStore(dir);
    expect(store.schemaVersion).toBe(2);
    expect(store.exportSubscribers().map((r) => [r.email, r.firstName, r.status, r.bouncedAt])).toEqual([
      ['ana@example.com', 'Ana', 'pending', null],
      ['bo@example.com', 'Bo', 'confirmed', null],
    ]);
    expect(store.confirm(hashToken(token), T0 + MINUTE)).toBe('confirmed');
    expect(store.findSubscriber('ana@example.com')?.firstName).toBe('Ana');
    // References survived the rebuilt table: deleting a person still takes their emails with them.
    expect(store.deleteSubscriber('bo@example.com')).toBe(true);
    expect(store.counts().outbox.pending).toBe(1);
  });

  it('creates the database readable by its owner only, in a folder only its owner can enter', () => {
    const dir = join(tempDataDir(), 'data');
    openStore(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    for (const file of ['course.sqlite', 'course.sqlite-wal', 'course.sqlite-shm']) {
      expect(statSync(join(dir, file)).mode & 0o777, file).toBe(0o600);
    }
  });

  it('opens without waiting while another process holds the write lock, and writes once the lock is free', async () => {
    const dir = tempDataDir();
    openStore(dir).close();
    const holder = new DatabaseSync(join(dir, 'course.sqlite'));
    holder.exec('BEGIN IMMEDIATE');
    const started = performance.now();
    const store = new CourseStore(join(dir, 'course.sqlite'), { busyTimeoutMs: 0 });
    stores.push(store);
    // Nothing to migrate: opening only read the schema version.
    expect(performance.now() - started).toBeLessThan(1000);
    let thrown: unknown;
    try {
      signup(store, 'ana@example.com');
    } catch (error) {
      thrown = error;
    }
    expect(isBusy(thrown)).toBe(true);
    // Retried on timers: it gives up with StoreBusyError, or succeeds once the holder lets go.
    await expect(whenStoreFree(() => signup(store, 'ana@example.com'), 50)).rejects.toBeInstanceOf(StoreBusyError);
    const waiting = whenStoreFree(() => signup(store, 'ana@example.com'), 5000);
    setTimeout(() => holder.exec('COMMIT'), 100);
    expect((await waiting).outcome).toBe('queued');
    holder.close();
  });

  it('refuses to open a database written by newer code', () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const db = new DatabaseSync(join(dir, 'course.sqlite'));
    db.exec('PRAGMA user_version = 99');
    db.close();
    expect(() => new CourseStore(join(dir, 'course.sqlite'))).toThrow(/schema version 99, newer than this code knows/);
  });

  it('writes a new signup as pending together with its confirmation email', () => {
    const store = openStore();
    expect(signup(store, 'ana@example.com', T0, { firstName: 'Ana' })).toEqual({ outcome: 'queued', at: T0 });
    // The name travels with the confirmation email; the person is named only when a link is used.
    expect(store.findSubscriber('ana@example.com')).toMatchObject({
      status: 'pending',
      firstName: null,
      confirmedAt: null,
    });
    expect(store.outboxOf('ana@example.com')).toEqual([
      expect.objectContaining({ kind: 'confirm', status: 'pending', dueAt: T0 }),
    ]);
  });

  it('treats addresses that differ only in letter case as the same person', () => {
    const store = openStore();
    signup(store, 'Ana@example.com');
    expect(signup(store, 'ana@example.com', T0 + MINUTE).outcome).toBe('already-queued');
    expect(store.counts().subscribers.pending).toBe(1);
  });

  it('queues no second confirmation while the first is still waiting to be sent', () => {
    const store = openStore();
    signup(store, 'ana@example.com');
    expect(signup(store, 'ana@example.com', T0 + 20 * MINUTE).outcome).toBe('already-queued');
    expect(store.outboxOf('ana@example.com')).toHaveLength(1);
  });

  it('sends at most one confirmation per 10 minutes and three per day to an address, queuing the rest for when the window opens', () => {
    const store = openStore();
    const ana = 'ana@example.com';
    expect(signup(store, ana, T0)).toEqual({ outcome: 'queued', at: T0 });
    sendConfirmation(store, T0);
    // 6 minutes later: within 10 minutes of the last one, so it waits until T0 + 10 min (not dropped).
    expect(signup(store, ana, T0 + 6 * MINUTE)).toEqual({ outcome: 'queued', at: T0 + 10 * MINUTE });
    // Asking again while it waits changes nothing: one email, same moment.
    expect(signup(store, ana, T0 + 7 * MINUTE)).toEqual({ outcome: 'already-queued', at: T0 + 10 * MINUTE });
    expect(store.claimNext('w', T0 + 10 * MINUTE - 1, MINUTE)).toBeUndefined();
    sendConfirmation(store, T0 + 10 * MINUTE);
    expect(signup(store, ana, T0 + 12 * MINUTE)).toEqual({ outcome: 'queued', at: T0 + 20 * MINUTE });
    sendConfirmation(store, T0 + 20 * MINUTE);
    // Three today already: the next one waits until the first leaves the day's window.
    expect(signup(store, ana, T0 + 25 * MINUTE)).toEqual({ outcome: 'queued', at: T0 + DAY });
    expect(store.claimNext('w', T0 + DAY - 1, MINUTE)).toBeUndefined();
    expect(store.claimNext('w', T0 + DAY, MINUTE)).toMatchObject({ kind: 'confirm' });
    expect(store.outboxOf(ana).map((r) => r.kind)).toEqual(['confirm', 'confirm', 'confirm', 'confirm']);
  });

  it('answers a confirmed address exactly as a pending one, window for window, so the answer names nobody', () => {
    const store = openStore();
    signup(store, 'pending@example.com');
    sendConfirmation(store, T0);
    signup(store, 'confirmed@example.com');
    store.confirm(hashToken(sendConfirmation(store, T0).confirm), T0);
    const later = T0 + 2 * DAY;
    const times = (email: string) => [later, later + MINUTE, later + 2 * MINUTE].map((t) => signup(store, email, t).at);
    const pending = times('pending@example.com');
    expect(pending).toEqual([later, later + 10 * MINUTE, later + 10 * MINUTE]);
    expect(times('confirmed@example.com')).toEqual(pending);
    // The confirmed person gets no confirmation email out of it.
    expect(store.outboxOf('confirmed@example.com').filter((r) => r.kind === 'confirm')).toHaveLength(1);
  });

  it('limits signups from one client address, whatever addresses they use', () => {
    const store = openStore();
    const limits = { ipLimits: parseLimits('ip', '3/1h') };
    const outcomes = [1, 2, 3, 4].map((i) => signup(store, `person${i}@example.com`, T0 + i, limits));
    expect(outcomes.map((o) => o.outcome)).toEqual(['queued', 'queued', 'queued', 'ip-limited']);
    // It says when the client may try again: when its first signup leaves the hour.
    expect(outcomes[3]!.at).toBe(T0 + 1 + 60 * MINUTE);
    expect(store.findSubscriber('person4@example.com')).toBeUndefined();
    expect(signup(store, 'person5@example.com', T0 + 5, { ...limits, clientKey: '198.51.100.7' }).outcome).toBe(
      'queued',
    );
    expect(signup(store, 'person6@example.com', T0 + 61 * MINUTE, limits).outcome).toBe('queued');
  });

  it('keeps only hashes of link tokens: the raw token is nowhere in the database file', () => {
    const dir = tempDataDir();
    const store = openStore(dir);
    signup(store, 'ana@example.com');
    const { confirm, unsubscribe } = sendConfirmation(store, T0);
    store.close();
    const bytes = ['course.sqlite', 'course.sqlite-wal']
      .map((f) => {
        try {
          return readFileSync(join(dir, f)).toString('latin1');
        } catch {
          return '';
        }
      })
      .join('');
    expect(bytes).toContain(hashToken(confirm));
    expect(bytes).not.toContain(confirm);
    expect(bytes).not.toContain(unsubscribe);
  });

  it('confirms with a valid link and queues lesson 1 for now, in the same transaction', () => {
    const store = openStore();
    signup(store, 'ana@example.com');
    const { confirm } = sendConfirmation(store, T0);
    expect(store.peekConfirm(hashToken(confirm), T0 + MINUTE)).toBe('valid');
    expect(store.findSubscriber('ana@example.com')?.status).toBe('pending');
    expect(store.confirm(hashToken(confirm), T0 + 2 * MINUTE)).toBe('confirmed');
    expect(store.findSubscriber('ana@example.com')).toMatchObject({
      status: 'confirmed',
      confirmedAt: T0 + 2 * MINUTE,
    });
    expect(store.outboxOf('ana@example.com').at(-1)).toMatchObject({
      kind: 'lesson',
      lesson: 1,
      status: 'pending',
      dueAt: T0 + 2 * MINUTE,
    });
    // Opened again (people do, from the same email), it says "already on the course" and changes nothing.
    expect(store.peekConfirm(hashToken(confirm), T0 + 3 * MINUTE)).toBe('already-confirmed');
    expect(store.confirm(hashToken(confirm), T0 + 3 * MINUTE)).toBe('already-confirmed');
    expect(store.outboxOf('ana@example.com').filter((r) => r.kind === 'lesson')).toHaveLength(1);
    expect(store.progressByConfirmToken(hashToken(confirm))).toEqual({
      lessonsSent: 0,
      next: { lesson: 1, dueAt: T0 + 2 * MINUTE },
    });
    // Even after the link's 7 days, as long as the person is on the course.
    expect(store.peekConfirm(hashToken(confirm), T0 + 8 * DAY)).toBe('already-confirmed');
  });

  it('refuses a confirmation link older than 7 days and an unknown one', () => {
    const store = openStore();
    signup(store, 'ana@example.com');
    const { confirm } = sendConfirmation(store, T0);
    expect(store.peekConfirm(hashToken(confirm), T0 + 7 * DAY + 1)).toBe('expired');
    expect(store.confirm(hashToken(confirm), T0 + 7 * DAY + 1)).toBe('expired');
    expect(store.confirm(hashToken(newToken()), T0)).toBe('invalid');
    expect(store.findSubscriber('ana@example.com')?.status).toBe('pending');
  });

  it('leaves a confirmed subscriber alone when the address signs up again', () => {
    const store = openStore();
    signup(store, 'ana@example.com');
    store.confirm(hashToken(sendConfirmation(store, T0).confirm), T0);
    expect(signup(store, 'ana@example.com', T0 + DAY, { firstName: 'Mallory' }).outcome).toBe('already-confirmed');
    expect(store.findSubscriber('ana@example.com')).toMatchObject({ status: 'confirmed', firstName: null });
  });

  it('keeps the name given at the signup that gets confirmed, whatever a stranger types meanwhile', () => {
    const store = openStore();
    signup(store, 'ana@example.com', T0, { firstName: 'Ana' });
    const own = sendConfirmation(store, T0);
    // A stranger signs the same address up under another name: queued for later, with its own link and name.
    expect(signup(store, 'ana@example.com', T0 + MINUTE, { firstName: 'Mallory' }).outcome).toBe('queued');
    expect(store.findSubscriber('ana@example.com')?.firstName).toBeNull();
    const strangers = sendConfirmation(store, T0 + 10 * MINUTE);
    // Ana confirms with her own link: she is Ana, and the stranger's link can no longer rename her.
    expect(store.confirm(hashToken(own.confirm), T0 + 11 * MINUTE)).toBe('confirmed');
    expect(store.findSubscriber('ana@example.com')?.firstName).toBe('Ana');
    expect(store.confirm(hashToken(strangers.confirm), T0 + 12 * MINUTE)).toBe('already-confirmed');
    expect(store.findSubscriber('ana@example.com')?.firstName).toBe('Ana');
  });

  it('names the person after the link they used when two signups with different names are waiting', () => {
    const store = openStore();
    signup(store, 'ana@example.com', T0, { firstName: 'Mallory' });
    const strangers = sendConfirmation(store, T0);
    signup(store, 'ana@example.com', T0 + 20 * MINUTE, { firstName: 'Ana' });
    const own = sendConfirmation(store, T0 + 20 * MINUTE);
    expect(store.confirm(hashToken(own.confirm), T0 + 21 * MINUTE)).toBe('confirmed');
    expect(store.findSubscriber('ana@example.com')?.firstName).toBe('Ana');
    expect(strangers.confirm).not.toBe(own.confirm);
  });

  it('marks a person bounced after a permanent failure, queues nothing more, and lets a new signup start again', () => {
    const store = openStore();
    signup(store, 'gone@example.com', T0, { firstName: 'Gus' });
    store.confirm(hashToken(sendConfirmation(store, T0).confirm), T0);
    const lesson = store.claimNext('w', T0, MINUTE)!;
    store.prepareSend(lesson, T0, []);
    store.markFailed(lesson.id, '550 5.1.1 No such user', T0 + MINUTE);
    expect(store.findSubscriber('gone@example.com')).toMatchObject({ status: 'bounced', bouncedAt: T0 + MINUTE });
    expect(store.outboxOf('gone@example.com').filter((r) => r.status === 'pending')).toEqual([]);
    expect(store.exportSubscribers()[0]).toMatchObject({ status: 'bounced', bouncedAt: T0 + MINUTE, lessonsSent: 0 });
    // Signing up again works (it did nothing while the person still counted as confirmed) and needs a new confirmation.
    expect(signup(store, 'gone@example.com', T0 + DAY).outcome).toBe('queued');
    expect(store.findSubscriber('gone@example.com')?.status).toBe('pending');
    store.confirm(hashToken(sendConfirmation(store, T0 + DAY).confirm), T0 + DAY);
    expect(store.findSubscriber('gone@example.com')?.status).toBe('confirmed');
    expect(store.outboxOf('gone@example.com').at(-1)).toMatchObject({ kind: 'lesson', lesson: 1, status: 'pending' });
  });

  it('marks a pending person bounced when the confirmation itself fails for good', () => {
    const store = openStore();
    signup(store, 'typo@exmaple.com');
    const job = store.claimNext('w', T0, MINUTE)!;
    store.markFailed(job.id, '550 no such domain', T0);
    expect(store.findSubscriber('typo@exmaple.com')?.status).toBe('bounced');
    // Bounced before confirming: forgotten after 30 days, like any unconfirmed address.
    store.prune(T0 + 31 * DAY);
    expect(store.findSubscriber('typo@exmaple.com')).toBeUndefined();
  });

  it('unsubscribes at once, cancels everything queued and old confirmation links, and is idempotent', () => {
    const store = openStore();
    signup(store, 'ana@example.com');
    const { confirm, unsubscribe } = sendConfirmation(store, T0);
    store.confirm(hashToken(confirm), T0);
    expect(store.peekUnsubscribe(hashToken(unsubscribe))).toBe('valid');
    expect(store.unsubscribe(hashToken(unsubscribe), T0 + MINUTE)).toBe('unsubscribed');
    expect(store.outboxOf('ana@example.com').filter((r) => r.status === 'pending')).toEqual([]);
    expect(store.unsubscribe(hashToken(unsubscribe), T0 + 2 * MINUTE)).toBe('already-unsubscribed');
    expect(store.unsubscribe(hashToken(newToken()), T0)).toBe('invalid');
  });

  it('sends a re-subscribing person through double opt-in again', () => {
    const store = openStore();
    signup(store, 'ana@example.com');
    const first = sendConfirmation(store, T0);
    store.confirm(hashToken(first.confirm), T0);
    store.unsubscribe(hashToken(first.unsubscribe), T0 + DAY);
    expect(signup(store, 'ana@example.com', T0 + 2 * DAY).outcome).toBe('queued');
    expect(store.findSubscriber('ana@example.com')).toMatchObject({ status: 'pending', confirmedAt: null });
    const second = sendConfirmation(store, T0 + 2 * DAY);
    expect(store.confirm(hashToken(second.confirm), T0 + 2 * DAY)).toBe('confirmed');
  });

  it('leases each due email to one worker at a time, and lets another take it over when the lease runs out', () => {
    const dir = tempDataDir();
    const a = openStore(dir);
    const b = new CourseStore(join(dir, 'course.sqlite'));
    stores.push(b);
    signup(a, 'one@example.com');
    signup(a, 'two@example.com');
    const first = a.claimNext('worker-a', T0, 5 * MINUTE)!;
    const second = b.claimNext('worker-b', T0, 5 * MINUTE)!;
    expect(first.id).not.toBe(second.id);
    expect(a.claimNext('worker-a', T0, 5 * MINUTE)).toBeUndefined();
    const takeover = b.claimNext('worker-b', T0 + 5 * MINUTE, 5 * MINUTE);
    expect([first.id, second.id]).toContain(takeover?.id);
    expect(takeover?.attempts).toBe(2);
  });

  it('does not hand out emails before they are due', () => {
    const store = openStore();
    signup(store, 'ana@example.com', T0 + DAY);
    expect(store.claimNext('w', T0, MINUTE)).toBeUndefined();
    expect(store.claimNext('w', T0 + DAY, MINUTE)).toBeDefined();
  });

  it('cancels a claimed email instead of sending it when the person unsubscribed after it was queued', () => {
    const store = openStore();
    signup(store, 'ana@example.com');
    const { confirm, unsubscribe } = sendConfirmation(store, T0);
    store.confirm(hashToken(confirm), T0);
    const job = store.claimNext('w', T0, MINUTE)!;
    expect(job).toMatchObject({ kind: 'lesson', lesson: 1 });
    store.unsubscribe(hashToken(unsubscribe), T0 + 1);
    expect(store.prepareSend(job, T0 + 2, [])).toBeUndefined();
    expect(store.outboxOf('ana@example.com').at(-1)?.status).toBe('cancelled');
  });

  it('schedules the next lesson once, even when a lesson is recorded as sent twice', () => {
    const store = openStore();
    signup(store, 'ana@example.com');
    store.confirm(hashToken(sendConfirmation(store, T0).confirm), T0);
    const job = store.claimNext('w', T0, MINUTE)!;
    store.prepareSend(job, T0, []);
    store.markSent(job.id, T0, '<a@test>', { lesson: 2, dueAt: T0 + 2 * DAY });
    store.markSent(job.id, T0 + 1, '<a@test>', { lesson: 2, dueAt: T0 + 2 * DAY });
    expect(store.outboxOf('ana@example.com').filter((r) => r.kind === 'lesson')).toEqual([
      expect.objectContaining({ lesson: 1, status: 'sent' }),
      expect.objectContaining({ lesson: 2, status: 'pending', dueAt: T0 + 2 * DAY }),
    ]);
  });

  it('deletes a person with their links, emails and rate-limit records, and exports everyone else', () => {
    const store = openStore();
    signup(store, 'ana@example.com', T0, { firstName: 'Ana' });
    signup(store, 'bo@example.com', T0, { firstName: 'Bo' });
    sendConfirmation(store, T0);
    expect(store.deleteSubscriber('ANA@example.com')).toBe(true);
    expect(store.findSubscriber('ana@example.com')).toBeUndefined();
    expect(store.outboxOf('ana@example.com')).toEqual([]);
    // The address's rate-limit history went too: signing up again is not limited.
    expect(signup(store, 'ana@example.com', T0 + MINUTE)).toEqual({ outcome: 'queued', at: T0 + MINUTE });
    expect(store.deleteSubscriber('nobody@example.com')).toBe(false);
    expect(store.exportSubscribers().map((r) => r.email)).toEqual(['bo@example.com', 'ana@example.com']);
  });

  it('forgets signups that were never confirmed after 30 days, but keeps everyone else', () => {
    const store = openStore();
    signup(store, 'ana@example.com');
    signup(store, 'bo@example.com');
    sendConfirmation(store, T0);
    sendConfirmation(store, T0);
    store.prune(T0 + 29 * DAY);
    expect(store.counts().subscribers.pending).toBe(2);
    store.prune(T0 + 31 * DAY);
    expect(store.counts().subscribers.pending).toBe(0);
  });
});
