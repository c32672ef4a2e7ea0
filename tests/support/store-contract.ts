// The course store's contract, as one suite run against each engine: tests/unit/course-store.test.ts (SQLite) and
// tests/postgres/course-store.test.ts (PostgreSQL). Every test gets a new, empty database.
import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS as DAY, MINUTE_MS as MINUTE } from '#/lib/time.ts';
import { parseLimits } from '#/server/course/config.ts';
import type { CourseStore, SignupInput } from '#/server/course/store.ts';
import { hashToken, newToken } from '#/server/course/tokens.ts';

export const T0 = Date.UTC(2026, 11, 1, 9);

const defaults = {
  clientKey: '192.0.2.1',
  ipLimits: parseLimits('ip', '10/10m,50/1d'),
  addressLimits: parseLimits('address', '1/10m,3/1d'),
};

/** A new, empty database of one engine: open() connects to it (again for a second connection). */
export interface TestDatabase {
  open(): Promise<CourseStore>;
  drop(): Promise<void>;
}

export function signup(
  store: CourseStore,
  email: string,
  now = T0,
  extra: Partial<Omit<SignupInput, 'email' | 'now'>> = {},
) {
  return store.signup({ ...defaults, firstName: null, email, now, ...extra });
}

/** Plays the worker's part for a confirmation: lease it, store the link hashes, mark it sent. Returns the raw tokens. */
export async function sendConfirmation(
  store: CourseStore,
  now: number,
): Promise<{ confirm: string; unsubscribe: string }> {
  const job = (await store.claimNext('test', now, MINUTE))!;
  expect(job.kind).toBe('confirm');
  const confirm = newToken();
  const unsubscribe = newToken();
  await store.prepareSend(job, now, [
    { hash: hashToken(confirm), purpose: 'confirm', expiresAt: now + 7 * DAY },
    { hash: hashToken(unsubscribe), purpose: 'unsubscribe', expiresAt: null },
  ]);
  await store.markSent(job.id, now, '<id@test>');
  return { confirm, unsubscribe };
}

export function describeStoreContract(engine: string, newDatabase: () => Promise<TestDatabase>): void {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** A new database and a store on it; `another()` opens a second connection to the same database. */
  async function fresh(): Promise<{ store: CourseStore; another(): Promise<CourseStore> }> {
    const database = await newDatabase();
    cleanups.push(() => database.drop());
    const another = async () => {
      const store = await database.open();
      cleanups.push(() => store.close());
      return store;
    };
    return { store: await another(), another };
  }

  async function openStore(): Promise<CourseStore> {
    return (await fresh()).store;
  }

  describe(`the course store contract on ${engine}`, () => {
    it('brings its schema up to date once: migrating again changes nothing', async () => {
      const store = await openStore();
      const version = await store.schemaVersion();
      expect(version).toBeGreaterThan(0);
      expect(await store.migrate()).toEqual({ from: version, to: version });
    });

    it('keeps one shared secret per name, the same for every connection', async () => {
      const { store, another } = await fresh();
      const secret = await store.sharedSecret('rate-limit');
      expect(secret).toMatch(/^[\w-]{43}$/);
      expect(await (await another()).sharedSecret('rate-limit')).toBe(secret);
      expect(await store.sharedSecret('other')).not.toBe(secret);
    });

    it('writes a new signup as pending together with its confirmation email', async () => {
      const store = await openStore();
      expect(await signup(store, 'ana@example.com', T0, { firstName: 'Ana' })).toEqual({ outcome: 'queued', at: T0 });
      // The name travels with the confirmation email; the person is named only when a link is used.
      expect(await store.findSubscriber('ana@example.com')).toMatchObject({
        status: 'pending',
        firstName: null,
        confirmedAt: null,
      });
      expect(await store.outboxOf('ana@example.com')).toEqual([
        expect.objectContaining({ kind: 'confirm', status: 'pending', dueAt: T0 }),
      ]);
    });

    it('treats addresses that differ only in letter case as the same person', async () => {
      const store = await openStore();
      await signup(store, 'Ana@example.com');
      expect((await signup(store, 'ana@example.com', T0 + MINUTE)).outcome).toBe('already-queued');
      expect((await store.counts()).subscribers.pending).toBe(1);
      expect((await store.findSubscriber('ANA@EXAMPLE.COM'))?.email).toBe('Ana@example.com');
    });

    it('queues no second confirmation while the first is still waiting to be sent', async () => {
      const store = await openStore();
      await signup(store, 'ana@example.com');
      expect((await signup(store, 'ana@example.com', T0 + 20 * MINUTE)).outcome).toBe('already-queued');
      expect(await store.outboxOf('ana@example.com')).toHaveLength(1);
    });

    it('creates one person and one confirmation when the same address signs up many times at once on two connections', async () => {
      const { store, another } = await fresh();
      const second = await another();
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          signup(i % 2 ? second : store, i % 3 ? 'ana@example.com' : 'ANA@example.com', T0 + i, {
            clientKey: `client-${i}`,
          }),
        ),
      );
      expect(results.filter((r) => r.outcome === 'queued')).toHaveLength(1);
      expect(await store.counts()).toMatchObject({ subscribers: { pending: 1 }, outbox: { pending: 1 } });
    });

    it('sends at most one confirmation per 10 minutes and three per day to an address, queuing the rest for when the window opens', async () => {
      const store = await openStore();
      const ana = 'ana@example.com';
      expect(await signup(store, ana, T0)).toEqual({ outcome: 'queued', at: T0 });
      await sendConfirmation(store, T0);
      // 6 minutes later: within 10 minutes of the last one, so it waits until T0 + 10 min (not dropped).
      expect(await signup(store, ana, T0 + 6 * MINUTE)).toEqual({ outcome: 'queued', at: T0 + 10 * MINUTE });
      // Asking again while it waits changes nothing: one email, same moment.
      expect(await signup(store, ana, T0 + 7 * MINUTE)).toEqual({ outcome: 'already-queued', at: T0 + 10 * MINUTE });
      expect(await store.claimNext('w', T0 + 10 * MINUTE - 1, MINUTE)).toBeUndefined();
      await sendConfirmation(store, T0 + 10 * MINUTE);
      expect(await signup(store, ana, T0 + 12 * MINUTE)).toEqual({ outcome: 'queued', at: T0 + 20 * MINUTE });
      await sendConfirmation(store, T0 + 20 * MINUTE);
      // Three today already: the next one waits until the first leaves the day's window.
      expect(await signup(store, ana, T0 + 25 * MINUTE)).toEqual({ outcome: 'queued', at: T0 + DAY });
      expect(await store.claimNext('w', T0 + DAY - 1, MINUTE)).toBeUndefined();
      expect(await store.claimNext('w', T0 + DAY, MINUTE)).toMatchObject({ kind: 'confirm' });
      expect((await store.outboxOf(ana)).map((r) => r.kind)).toEqual(['confirm', 'confirm', 'confirm', 'confirm']);
    });

    it('answers a confirmed address exactly as a pending one, window for window, so the answer names nobody', async () => {
      const store = await openStore();
      await signup(store, 'pending@example.com');
      await sendConfirmation(store, T0);
      await signup(store, 'confirmed@example.com');
      await store.confirm(hashToken((await sendConfirmation(store, T0)).confirm), T0);
      const later = T0 + 2 * DAY;
      const times = async (email: string) => {
        const at: number[] = [];
        for (const t of [later, later + MINUTE, later + 2 * MINUTE]) at.push((await signup(store, email, t)).at);
        return at;
      };
      const pending = await times('pending@example.com');
      expect(pending).toEqual([later, later + 10 * MINUTE, later + 10 * MINUTE]);
      expect(await times('confirmed@example.com')).toEqual(pending);
      // The confirmed person gets no confirmation email out of it.
      expect((await store.outboxOf('confirmed@example.com')).filter((r) => r.kind === 'confirm')).toHaveLength(1);
    });

    it('limits signups from one client address, whatever addresses they use, across connections', async () => {
      const { store, another } = await fresh();
      const second = await another();
      const limits = { ipLimits: parseLimits('ip', '3/1h') };
      const outcomes = [];
      for (const i of [1, 2, 3, 4]) {
        outcomes.push(await signup(i % 2 ? store : second, `person${i}@example.com`, T0 + i, limits));
      }
      expect(outcomes.map((o) => o.outcome)).toEqual(['queued', 'queued', 'queued', 'ip-limited']);
      // It says when the client may try again: when its first signup leaves the hour.
      expect(outcomes[3]!.at).toBe(T0 + 1 + 60 * MINUTE);
      expect(await store.findSubscriber('person4@example.com')).toBeUndefined();
      expect(
        (await signup(store, 'person5@example.com', T0 + 5, { ...limits, clientKey: '198.51.100.7' })).outcome,
      ).toBe('queued');
      expect((await signup(store, 'person6@example.com', T0 + 61 * MINUTE, limits)).outcome).toBe('queued');
    });

    it('keeps only hashes of link tokens: no raw token is anywhere in the data', async () => {
      const store = await openStore();
      await signup(store, 'ana@example.com');
      const { confirm, unsubscribe } = await sendConfirmation(store, T0);
      const everything = JSON.stringify(await store.dump());
      expect(everything).toContain(hashToken(confirm));
      expect(everything).not.toContain(confirm);
      expect(everything).not.toContain(unsubscribe);
    });

    it('confirms with a valid link and queues lesson 1 for now, in the same transaction', async () => {
      const store = await openStore();
      await signup(store, 'ana@example.com');
      const { confirm } = await sendConfirmation(store, T0);
      expect(await store.peekConfirm(hashToken(confirm), T0 + MINUTE)).toBe('valid');
      expect((await store.findSubscriber('ana@example.com'))?.status).toBe('pending');
      expect(await store.confirm(hashToken(confirm), T0 + 2 * MINUTE)).toBe('confirmed');
      expect(await store.findSubscriber('ana@example.com')).toMatchObject({
        status: 'confirmed',
        confirmedAt: T0 + 2 * MINUTE,
      });
      expect((await store.outboxOf('ana@example.com')).at(-1)).toMatchObject({
        kind: 'lesson',
        lesson: 1,
        status: 'pending',
        dueAt: T0 + 2 * MINUTE,
      });
      // Opened again (people do, from the same email), it says "already on the course" and changes nothing.
      expect(await store.peekConfirm(hashToken(confirm), T0 + 3 * MINUTE)).toBe('already-confirmed');
      expect(await store.confirm(hashToken(confirm), T0 + 3 * MINUTE)).toBe('already-confirmed');
      expect((await store.outboxOf('ana@example.com')).filter((r) => r.kind === 'lesson')).toHaveLength(1);
      expect(await store.progressByConfirmToken(hashToken(confirm))).toEqual({
        lessonsSent: 0,
        next: { lesson: 1, dueAt: T0 + 2 * MINUTE },
      });
      // Even after the link's 7 days, as long as the person is on the course.
      expect(await store.peekConfirm(hashToken(confirm), T0 + 8 * DAY)).toBe('already-confirmed');
    });

    it('confirms once when the same link is used at the same moment on two connections', async () => {
      const { store, another } = await fresh();
      const second = await another();
      await signup(store, 'ana@example.com');
      const { confirm } = await sendConfirmation(store, T0);
      const outcomes = await Promise.all([store, second, store, second].map((s) => s.confirm(hashToken(confirm), T0)));
      expect(outcomes.sort()).toEqual(['already-confirmed', 'already-confirmed', 'already-confirmed', 'confirmed']);
      expect((await store.outboxOf('ana@example.com')).filter((r) => r.kind === 'lesson')).toHaveLength(1);
    });

    it('refuses a confirmation link older than 7 days and an unknown one', async () => {
      const store = await openStore();
      await signup(store, 'ana@example.com');
      const { confirm } = await sendConfirmation(store, T0);
      expect(await store.peekConfirm(hashToken(confirm), T0 + 7 * DAY + 1)).toBe('expired');
      expect(await store.confirm(hashToken(confirm), T0 + 7 * DAY + 1)).toBe('expired');
      expect(await store.confirm(hashToken(newToken()), T0)).toBe('invalid');
      expect(await store.peekConfirm(hashToken(newToken()), T0)).toBe('invalid');
      expect(await store.progressByConfirmToken(hashToken(newToken()))).toBeUndefined();
      expect((await store.findSubscriber('ana@example.com'))?.status).toBe('pending');
    });

    it('leaves a confirmed subscriber alone when the address signs up again', async () => {
      const store = await openStore();
      await signup(store, 'ana@example.com');
      await store.confirm(hashToken((await sendConfirmation(store, T0)).confirm), T0);
      expect((await signup(store, 'ana@example.com', T0 + DAY, { firstName: 'Mallory' })).outcome).toBe(
        'already-confirmed',
      );
      expect(await store.findSubscriber('ana@example.com')).toMatchObject({ status: 'confirmed', firstName: null });
    });

    it('keeps the name given at the signup that gets confirmed, whatever a stranger types meanwhile', async () => {
      const store = await openStore();
      await signup(store, 'ana@example.com', T0, { firstName: 'Ana' });
      const own = await sendConfirmation(store, T0);
      // A stranger signs the same address up under another name: queued for later, with its own link and name.
      expect((await signup(store, 'ana@example.com', T0 + MINUTE, { firstName: 'Mallory' })).outcome).toBe('queued');
      expect((await store.findSubscriber('ana@example.com'))?.firstName).toBeNull();
      const strangers = await sendConfirmation(store, T0 + 10 * MINUTE);
      // Ana confirms with her own link: she is Ana, and the stranger's link can no longer rename her.
      expect(await store.confirm(hashToken(own.confirm), T0 + 11 * MINUTE)).toBe('confirmed');
      expect((await store.findSubscriber('ana@example.com'))?.firstName).toBe('Ana');
      expect(await store.confirm(hashToken(strangers.confirm), T0 + 12 * MINUTE)).toBe('already-confirmed');
      expect((await store.findSubscriber('ana@example.com'))?.firstName).toBe('Ana');
    });

    it('names the person after the link they used when two signups with different names are waiting', async () => {
      const store = await openStore();
      await signup(store, 'ana@example.com', T0, { firstName: 'Mallory' });
      const strangers = await sendConfirmation(store, T0);
      await signup(store, 'ana@example.com', T0 + 20 * MINUTE, { firstName: 'Ana' });
      const own = await sendConfirmation(store, T0 + 20 * MINUTE);
      expect(await store.confirm(hashToken(own.confirm), T0 + 21 * MINUTE)).toBe('confirmed');
      expect((await store.findSubscriber('ana@example.com'))?.firstName).toBe('Ana');
      expect(strangers.confirm).not.toBe(own.confirm);
    });

    it('marks a person bounced after a permanent failure, queues nothing more, and lets a new signup start again', async () => {
      const store = await openStore();
      await signup(store, 'gone@example.com', T0, { firstName: 'Gus' });
      await store.confirm(hashToken((await sendConfirmation(store, T0)).confirm), T0);
      const lesson = (await store.claimNext('w', T0, MINUTE))!;
      await store.prepareSend(lesson, T0, []);
      await store.markFailed(lesson.id, '550 5.1.1 No such user', T0 + MINUTE);
      expect(await store.findSubscriber('gone@example.com')).toMatchObject({
        status: 'bounced',
        bouncedAt: T0 + MINUTE,
      });
      expect((await store.outboxOf('gone@example.com')).filter((r) => r.status === 'pending')).toEqual([]);
      expect((await store.exportSubscribers())[0]).toMatchObject({
        status: 'bounced',
        bouncedAt: T0 + MINUTE,
        lessonsSent: 0,
      });
      // Signing up again works and needs a new confirmation.
      expect((await signup(store, 'gone@example.com', T0 + DAY)).outcome).toBe('queued');
      expect((await store.findSubscriber('gone@example.com'))?.status).toBe('pending');
      await store.confirm(hashToken((await sendConfirmation(store, T0 + DAY)).confirm), T0 + DAY);
      expect((await store.findSubscriber('gone@example.com'))?.status).toBe('confirmed');
      expect((await store.outboxOf('gone@example.com')).at(-1)).toMatchObject({
        kind: 'lesson',
        lesson: 1,
        status: 'pending',
      });
    });

    it('marks a pending person bounced when the confirmation itself fails for good', async () => {
      const store = await openStore();
      await signup(store, 'typo@exmaple.com');
      const job = (await store.claimNext('w', T0, MINUTE))!;
      await store.markFailed(job.id, '550 no such domain', T0);
      expect((await store.findSubscriber('typo@exmaple.com'))?.status).toBe('bounced');
      // Bounced before confirming: forgotten after 30 days, like any unconfirmed address.
      await store.prune(T0 + 31 * DAY);
      expect(await store.findSubscriber('typo@exmaple.com')).toBeUndefined();
    });

    it('unsubscribes at once, cancels everything queued and old confirmation links, and is idempotent', async () => {
      const store = await openStore();
      await signup(store, 'ana@example.com');
      const { confirm, unsubscribe } = await sendConfirmation(store, T0);
      await store.confirm(hashToken(confirm), T0);
      expect(await store.peekUnsubscribe(hashToken(unsubscribe))).toBe('valid');
      expect(await store.unsubscribe(hashToken(unsubscribe), T0 + MINUTE)).toBe('unsubscribed');
      expect((await store.outboxOf('ana@example.com')).filter((r) => r.status === 'pending')).toEqual([]);
      expect(await store.peekUnsubscribe(hashToken(unsubscribe))).toBe('already-unsubscribed');
      expect(await store.unsubscribe(hashToken(unsubscribe), T0 + 2 * MINUTE)).toBe('already-unsubscribed');
      expect(await store.unsubscribe(hashToken(newToken()), T0)).toBe('invalid');
      expect(await store.peekConfirm(hashToken(confirm), T0)).toBe('invalid');
    });

    it('sends a re-subscribing person through double opt-in again', async () => {
      const store = await openStore();
      await signup(store, 'ana@example.com');
      const first = await sendConfirmation(store, T0);
      await store.confirm(hashToken(first.confirm), T0);
      await store.unsubscribe(hashToken(first.unsubscribe), T0 + DAY);
      expect((await signup(store, 'ana@example.com', T0 + 2 * DAY)).outcome).toBe('queued');
      expect(await store.findSubscriber('ana@example.com')).toMatchObject({ status: 'pending', confirmedAt: null });
      const second = await sendConfirmation(store, T0 + 2 * DAY);
      expect(await store.confirm(hashToken(second.confirm), T0 + 2 * DAY)).toBe('confirmed');
    });

    it('leases each due email to one worker at a time, and lets another take it over when the lease runs out', async () => {
      const { store: a, another } = await fresh();
      const b = await another();
      await signup(a, 'one@example.com');
      await signup(a, 'two@example.com');
      const first = (await a.claimNext('worker-a', T0, 5 * MINUTE))!;
      const second = (await b.claimNext('worker-b', T0, 5 * MINUTE))!;
      expect(first.id).not.toBe(second.id);
      expect(await a.claimNext('worker-a', T0, 5 * MINUTE)).toBeUndefined();
      const takeover = await b.claimNext('worker-b', T0 + 5 * MINUTE, 5 * MINUTE);
      expect([first.id, second.id]).toContain(takeover?.id);
      expect(takeover?.attempts).toBe(2);
    });

    it('hands each due email to exactly one of many workers claiming at the same time', async () => {
      const { store, another } = await fresh();
      const stores = [store, await another(), await another()];
      const people = Array.from({ length: 40 }, (_, i) => `person${i}@example.com`);
      for (const email of people) await signup(store, email, T0, { ipLimits: [] });
      const claimed: number[] = [];
      // Six workers over three connections, each claiming until nothing is left.
      await Promise.all(
        Array.from({ length: 6 }, async (_, w) => {
          for (;;) {
            const job = await stores[w % 3]!.claimNext(`worker-${w}`, T0, 5 * MINUTE);
            if (!job) return;
            claimed.push(job.id);
          }
        }),
      );
      expect(claimed).toHaveLength(40);
      expect(new Set(claimed).size).toBe(40);
    });

    it('does not hand out emails before they are due', async () => {
      const store = await openStore();
      await signup(store, 'ana@example.com', T0 + DAY);
      expect(await store.claimNext('w', T0, MINUTE)).toBeUndefined();
      expect(await store.claimNext('w', T0 + DAY, MINUTE)).toBeDefined();
    });

    it('cancels a claimed email instead of sending it when the person unsubscribed after it was queued', async () => {
      const store = await openStore();
      await signup(store, 'ana@example.com');
      const { confirm, unsubscribe } = await sendConfirmation(store, T0);
      await store.confirm(hashToken(confirm), T0);
      const job = (await store.claimNext('w', T0, MINUTE))!;
      expect(job).toMatchObject({ kind: 'lesson', lesson: 1 });
      await store.unsubscribe(hashToken(unsubscribe), T0 + 1);
      expect(await store.prepareSend(job, T0 + 2, [])).toBeUndefined();
      expect((await store.outboxOf('ana@example.com')).at(-1)?.status).toBe('cancelled');
    });

    it('schedules the next lesson once, even when a lesson is recorded as sent twice', async () => {
      const store = await openStore();
      await signup(store, 'ana@example.com');
      await store.confirm(hashToken((await sendConfirmation(store, T0)).confirm), T0);
      const job = (await store.claimNext('w', T0, MINUTE))!;
      await store.prepareSend(job, T0, []);
      await store.markSent(job.id, T0, '<a@test>', { lesson: 2, dueAt: T0 + 2 * DAY });
      await store.markSent(job.id, T0 + 1, '<a@test>', { lesson: 2, dueAt: T0 + 2 * DAY });
      expect((await store.outboxOf('ana@example.com')).filter((r) => r.kind === 'lesson')).toEqual([
        expect.objectContaining({ lesson: 1, status: 'sent' }),
        expect.objectContaining({ lesson: 2, status: 'pending', dueAt: T0 + 2 * DAY }),
      ]);
      expect((await store.exportSubscribers())[0]?.lessonsSent).toBe(1);
    });

    it('retries later after a temporary failure, and cancels an email that can no longer be sent', async () => {
      const store = await openStore();
      await signup(store, 'ana@example.com');
      const job = (await store.claimNext('w', T0, MINUTE))!;
      await store.markRetry(job.id, T0 + 5 * MINUTE, '451 try later');
      expect((await store.outboxOf('ana@example.com'))[0]).toMatchObject({
        status: 'pending',
        dueAt: T0 + 5 * MINUTE,
        attempts: 1,
        lastError: '451 try later',
      });
      expect(await store.claimNext('w', T0 + MINUTE, MINUTE)).toBeUndefined();
      const again = (await store.claimNext('w', T0 + 5 * MINUTE, MINUTE))!;
      expect(again.attempts).toBe(2);
      await store.cancel(again.id, 'no such lesson');
      expect((await store.outboxOf('ana@example.com'))[0]).toMatchObject({ status: 'cancelled' });
      expect(await store.claimNext('w', T0 + DAY, MINUTE)).toBeUndefined();
    });

    it('deletes a person with their links, emails and rate-limit records, and exports everyone else', async () => {
      const store = await openStore();
      await signup(store, 'ana@example.com', T0, { firstName: 'Ana' });
      await signup(store, 'bo@example.com', T0, { firstName: 'Bo' });
      await sendConfirmation(store, T0);
      expect(await store.deleteSubscriber('ANA@example.com')).toBe(true);
      expect(await store.findSubscriber('ana@example.com')).toBeUndefined();
      expect(await store.outboxOf('ana@example.com')).toEqual([]);
      expect((await store.counts()).tokens).toBe(0);
      // The address's rate-limit history went too: signing up again is not limited.
      expect(await signup(store, 'ana@example.com', T0 + MINUTE)).toEqual({ outcome: 'queued', at: T0 + MINUTE });
      expect(await store.deleteSubscriber('nobody@example.com')).toBe(false);
      expect((await store.exportSubscribers()).map((r) => r.email)).toEqual(['bo@example.com', 'ana@example.com']);
    });

    it('forgets signups that were never confirmed after 30 days, but keeps everyone else', async () => {
      const store = await openStore();
      await signup(store, 'ana@example.com');
      await signup(store, 'bo@example.com');
      await signup(store, 'cy@example.com');
      await sendConfirmation(store, T0);
      await sendConfirmation(store, T0);
      await store.confirm(hashToken((await sendConfirmation(store, T0)).confirm), T0);
      await store.prune(T0 + 29 * DAY);
      expect((await store.counts()).subscribers).toMatchObject({ pending: 2, confirmed: 1 });
      await store.prune(T0 + 31 * DAY);
      expect((await store.counts()).subscribers).toMatchObject({ pending: 0, confirmed: 1 });
    });

    it('loads a dump of another store into an empty one: the same people, links, emails and windows', async () => {
      const source = await openStore();
      await signup(source, 'ana@example.com', T0, { firstName: 'Ana' });
      await signup(source, 'bo@example.com', T0);
      const ana = await sendConfirmation(source, T0);
      await source.confirm(hashToken(ana.confirm), T0 + MINUTE);
      const { store: target, another } = await fresh();
      const dump = await source.dump();
      await target.load(dump);
      expect(await target.dump()).toEqual(dump);
      expect(await target.exportSubscribers()).toEqual(await source.exportSubscribers());
      // Links made before the move keep working, and the address windows carry over.
      expect(await target.peekUnsubscribe(hashToken(ana.unsubscribe))).toBe('valid');
      expect(await target.signup({ ...defaults, email: 'bo@example.com', firstName: null, now: T0 + MINUTE })).toEqual({
        outcome: 'already-queued',
        at: T0 + 10 * MINUTE,
      });
      // New rows get new ids, after the copied ones.
      await signup(target, 'cy@example.com', T0 + 2 * MINUTE);
      const ids = (await target.dump()).subscribers.map((s) => s.id);
      expect(new Set(ids).size).toBe(3);
      // A second load would mix two lists: refused.
      await expect((await another()).load(dump)).rejects.toThrow(/already holds 3 subscribers/);
    });
  });
}
