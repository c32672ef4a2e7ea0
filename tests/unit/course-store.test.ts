// The course's SQLite store, on real database files in temporary folders: the store contract every engine keeps
// (tests/support/store-contract.ts), then what is SQLite's own (WAL, file modes, locks held by other processes, the
// migration of older files).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS as DAY, MINUTE_MS as MINUTE } from '#/lib/time.ts';
import { StoreBusyError } from '#/server/course/busy.ts';
import { MIGRATIONS } from '#/server/course/sqlite/migrations.ts';
import { SqliteStore } from '#/server/course/sqlite/store.ts';
import { hashToken, newToken } from '#/server/course/tokens.ts';
import { removeDir, tempDataDir } from '../support/course.ts';
import { T0, describeStoreContract, signup } from '../support/store-contract.ts';

describeStoreContract('SQLite', async () => {
  const dir = tempDataDir();
  return {
    open: async () => new SqliteStore(join(dir, 'course.sqlite')),
    drop: async () => removeDir(dir),
  };
});

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function openStore(dir = tempDataDir(), options: ConstructorParameters<typeof SqliteStore>[1] = {}): SqliteStore {
  const store = new SqliteStore(join(dir, 'course.sqlite'), options);
  cleanups.push(
    () => removeDir(dir),
    () => store.close(),
  );
  return store;
}

describe('the course store on SQLite', () => {
  it('creates its schema through versioned migrations, in WAL mode with synchronous=FULL', async () => {
    const dir = tempDataDir();
    const store = openStore(dir);
    expect(await store.schemaVersion()).toBe(2);
    const db = new DatabaseSync(join(dir, 'course.sqlite'));
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    db.close();
    // Opening again runs no migration twice.
    const again = new SqliteStore(join(dir, 'course.sqlite'));
    expect(await again.schemaVersion()).toBe(2);
    await again.close();
  });

  it('brings a version 1 file to version 2 without losing anyone, and keeps each pending name with its link', async () => {
    const dir = tempDataDir();
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
    expect(await store.schemaVersion()).toBe(2);
    expect((await store.exportSubscribers()).map((r) => [r.email, r.firstName, r.status, r.bouncedAt])).toEqual([
      ['ana@example.com', 'Ana', 'pending', null],
      ['bo@example.com', 'Bo', 'confirmed', null],
    ]);
    expect(await store.confirm(hashToken(token), T0 + MINUTE)).toBe('confirmed');
    expect((await store.findSubscriber('ana@example.com'))?.firstName).toBe('Ana');
    // References survived the rebuilt table: deleting a person still takes their emails with them.
    expect(await store.deleteSubscriber('bo@example.com')).toBe(true);
    expect((await store.counts()).outbox.pending).toBe(1);
  });

  it('creates the database and the rate-limit key readable by their owner only, in a folder only its owner can enter', async () => {
    const dir = join(tempDataDir(), 'data');
    const store = openStore(dir);
    await store.sharedSecret('rate-limit');
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    for (const file of ['course.sqlite', 'course.sqlite-wal', 'course.sqlite-shm', 'rate-limit.key']) {
      expect(statSync(join(dir, file)).mode & 0o777, file).toBe(0o600);
    }
  });

  it('opens without waiting while another process holds the write lock, and writes once the lock is free', async () => {
    const dir = tempDataDir();
    await openStore(dir).close();
    const holder = new DatabaseSync(join(dir, 'course.sqlite'));
    holder.exec('BEGIN IMMEDIATE');
    cleanups.push(() => holder.isOpen && holder.close());
    const started = performance.now();
    const impatient = openStore(dir, { busyTimeoutMs: 0, waitMs: 50 });
    // Nothing to migrate: opening only read the schema version.
    expect(performance.now() - started).toBeLessThan(1000);
    // Retried on timers: it gives up with StoreBusyError, or succeeds once the holder lets go.
    await expect(signup(impatient, 'ana@example.com')).rejects.toBeInstanceOf(StoreBusyError);
    const patient = openStore(dir, { busyTimeoutMs: 0, waitMs: 5000 });
    const waiting = signup(patient, 'ana@example.com');
    setTimeout(() => holder.exec('COMMIT'), 100);
    expect((await waiting).outcome).toBe('queued');
  });

  it('refuses to open a database written by newer code', () => {
    const dir = tempDataDir();
    cleanups.push(() => removeDir(dir));
    const db = new DatabaseSync(join(dir, 'course.sqlite'));
    db.exec('PRAGMA user_version = 99');
    db.close();
    expect(() => new SqliteStore(join(dir, 'course.sqlite'))).toThrow(/schema version 99, newer than this code knows/);
  });
});
