// The SQLite schema, versioned in PRAGMA user_version: entry i brings the file to version i + 1. Never edit a
// released entry; append one.
import { StoreBusyError, isBusy } from '../busy.ts';
import type { MigrationResult } from '../store.ts';
import type { SqliteDb } from './db.ts';

export const MIGRATIONS = [
  `CREATE TABLE subscribers (
     id INTEGER PRIMARY KEY,
     email TEXT NOT NULL UNIQUE COLLATE NOCASE,
     first_name TEXT,
     status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'unsubscribed')),
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     confirmed_at INTEGER,
     unsubscribed_at INTEGER
   ) STRICT;
   CREATE TABLE tokens (
     hash TEXT PRIMARY KEY,
     subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
     purpose TEXT NOT NULL CHECK (purpose IN ('confirm', 'unsubscribe')),
     created_at INTEGER NOT NULL,
     expires_at INTEGER
   ) STRICT;
   CREATE INDEX tokens_by_subscriber ON tokens (subscriber_id, purpose);
   CREATE TABLE outbox (
     id INTEGER PRIMARY KEY,
     subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
     kind TEXT NOT NULL CHECK (kind IN ('confirm', 'lesson')),
     lesson INTEGER NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'cancelled')),
     due_at INTEGER NOT NULL,
     attempts INTEGER NOT NULL DEFAULT 0,
     lease_owner TEXT,
     lease_until INTEGER,
     last_error TEXT,
     message_id TEXT,
     created_at INTEGER NOT NULL,
     sent_at INTEGER
   ) STRICT;
   CREATE INDEX outbox_due ON outbox (status, due_at);
   CREATE INDEX outbox_by_subscriber ON outbox (subscriber_id);
   CREATE UNIQUE INDEX outbox_one_pending ON outbox (subscriber_id, kind, lesson) WHERE status = 'pending';
   CREATE TABLE rate_events (key TEXT NOT NULL, at INTEGER NOT NULL) STRICT;
   CREATE INDEX rate_events_by_key ON rate_events (key, at);
   CREATE INDEX rate_events_by_time ON rate_events (at);`,
  // 2: a permanent delivery failure marks the person 'bounced' (a new signup starts them again); the first name
  // travels with each confirmation email and its link, so only the signup that gets confirmed names the person.
  // SQLite cannot change a CHECK constraint in place: the subscribers table is rebuilt (foreign keys are off
  // during migrations, see migrate()).
  `CREATE TABLE subscribers_v2 (
     id INTEGER PRIMARY KEY,
     email TEXT NOT NULL UNIQUE COLLATE NOCASE,
     first_name TEXT,
     status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'unsubscribed', 'bounced')),
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     confirmed_at INTEGER,
     unsubscribed_at INTEGER,
     bounced_at INTEGER
   ) STRICT;
   INSERT INTO subscribers_v2 (id, email, first_name, status, created_at, updated_at, confirmed_at, unsubscribed_at)
     SELECT id, email, first_name, status, created_at, updated_at, confirmed_at, unsubscribed_at FROM subscribers;
   DROP TABLE subscribers;
   ALTER TABLE subscribers_v2 RENAME TO subscribers;
   ALTER TABLE outbox ADD COLUMN first_name TEXT;
   ALTER TABLE tokens ADD COLUMN first_name TEXT;
   UPDATE outbox SET first_name = (SELECT first_name FROM subscribers s WHERE s.id = outbox.subscriber_id)
     WHERE kind = 'confirm' AND status = 'pending';
   UPDATE tokens SET first_name = (SELECT first_name FROM subscribers s WHERE s.id = tokens.subscriber_id)
     WHERE purpose = 'confirm';`,
];

/** A migration may wait this long for the write lock, blocking: it runs once per deploy, before the server listens. */
const MIGRATION_BUSY_TIMEOUT_MS = 10_000;

export function schemaVersion(db: SqliteDb): number {
  return Number(db.get('PRAGMA user_version')!.user_version);
}

/**
 * Brings the schema up to date. When nothing is due this only reads user_version (no lock), so starting a server
 * while `course:send` or a backup writes costs nothing. A due migration waits for the write lock up to 10 s and
 * runs with foreign keys off (table rebuilds; the setting cannot change inside a transaction), then checks them.
 */
export function migrate(db: SqliteDb): MigrationResult {
  const from = schemaVersion(db);
  if (from > MIGRATIONS.length) {
    throw new Error(
      `${db.file} has schema version ${from}, newer than this code knows (${MIGRATIONS.length}): update the code.`,
    );
  }
  if (from === MIGRATIONS.length) return { from, to: from };
  db.exec('PRAGMA foreign_keys = OFF');
  db.setBusyTimeout(Math.max(db.busyTimeoutMs, MIGRATION_BUSY_TIMEOUT_MS));
  try {
    return db.write(() => {
      // Another process may have migrated while this one waited for the lock.
      const current = schemaVersion(db);
      for (let v = current; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]!);
      const broken = db.all('PRAGMA foreign_key_check');
      if (broken.length > 0) throw new Error(`Migration left ${broken.length} rows with broken references.`);
      db.exec(`PRAGMA user_version = ${MIGRATIONS.length}`);
      return { from: current, to: MIGRATIONS.length };
    });
  } catch (error) {
    throw isBusy(error) ? new StoreBusyError(MIGRATION_BUSY_TIMEOUT_MS) : error;
  } finally {
    db.setBusyTimeout(db.busyTimeoutMs);
    db.exec('PRAGMA foreign_keys = ON');
  }
}
