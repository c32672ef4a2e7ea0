// The course's SQLite store, on a real database file in a temporary folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS as DAY, MINUTE_MS as MINUTE } from '#/lib/time.ts';
import { parseLimits } from '#/server/course/config.ts';
import { CourseStore } from '#/server/course/store.ts';
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
    expect(store.schemaVersion).toBe(1);
    const db = new DatabaseSync(join(dir, 'course.sqlite'));
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    db.close();
    // Opening again runs no migration twice.
    const again = new CourseStore(join(dir, 'course.sqlite'));
    expect(again.schemaVersion).toBe(1);
    again.close();
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
    expect(signup(store, 'ana@example.com', T0, { firstName: 'Ana' })).toBe('queued');
    expect(store.findSubscriber('ana@example.com')).toMatchObject({
      status: 'pending',
      firstName: 'Ana',
      confirmedAt: null,
    });
    expect(store.outboxOf('ana@example.com')).toEqual([
      expect.objectContaining({ kind: 'confirm', status: 'pending', dueAt: T0 }),
    ]);
  });

  it('treats addresses that differ only in letter case as the same person', () => {
    const store = openStore();
    signup(store, 'Ana@example.com');
    expect(signup(store, 'ana@example.com', T0 + MINUTE)).toBe('already-queued');
    expect(store.counts().subscribers.pending).toBe(1);
  });

  it('queues no second confirmation while the first is still waiting to be sent', () => {
    const store = openStore();
    signup(store, 'ana@example.com');
    expect(signup(store, 'ana@example.com', T0 + 20 * MINUTE)).toBe('already-queued');
    expect(store.outboxOf('ana@example.com')).toHaveLength(1);
  });

  it('sends at most one confirmation per 10 minutes and three per day to an address', () => {
    const store = openStore();
    const outcomes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const now = T0 + i * 6 * MINUTE;
      outcomes.push(signup(store, 'ana@example.com', now));
      if (store.outboxOf('ana@example.com').some((r) => r.status === 'pending')) sendConfirmation(store, now);
    }
    // 0 min queued, 6 min limited (within 10), 12 min queued, 18 limited, 24 queued, 30: three already today.
    expect(outcomes).toEqual(['queued', 'address-limited', 'queued', 'address-limited', 'queued', 'address-limited']);
    expect(signup(store, 'ana@example.com', T0 + DAY + MINUTE)).toBe('queued');
  });

  it('limits signups from one client address, whatever addresses they use', () => {
    const store = openStore();
    const limits = { ipLimits: parseLimits('ip', '3/1h') };
    const outcomes = [1, 2, 3, 4].map((i) => signup(store, `person${i}@example.com`, T0 + i, limits));
    expect(outcomes).toEqual(['queued', 'queued', 'queued', 'ip-limited']);
    expect(store.findSubscriber('person4@example.com')).toBeUndefined();
    expect(signup(store, 'person5@example.com', T0 + 5, { ...limits, clientKey: '198.51.100.7' })).toBe('queued');
    expect(signup(store, 'person6@example.com', T0 + 61 * MINUTE, limits)).toBe('queued');
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
    // The link is used up, and a second click changes nothing.
    expect(store.confirm(hashToken(confirm), T0 + 3 * MINUTE)).toBe('invalid');
    expect(store.outboxOf('ana@example.com').filter((r) => r.kind === 'lesson')).toHaveLength(1);
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
    expect(signup(store, 'ana@example.com', T0 + DAY, { firstName: 'Mallory' })).toBe('already-confirmed');
    expect(store.findSubscriber('ana@example.com')).toMatchObject({ status: 'confirmed', firstName: null });
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
    expect(signup(store, 'ana@example.com', T0 + 2 * DAY)).toBe('queued');
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
    expect(signup(store, 'ana@example.com', T0 + MINUTE)).toBe('queued');
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
