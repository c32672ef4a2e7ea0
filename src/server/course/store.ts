// Every SQL statement of the course lives here, so another engine could replace SQLite behind the same methods.
// SQLite through node:sqlite: WAL with synchronous=FULL (an acknowledged signup survives a crash or power cut),
// a busy timeout, and BEGIN IMMEDIATE for every write, because the web server and `npm run course:send` may write
// at the same time (plain BEGIN gave SQLITE_BUSY under that load; IMMEDIATE takes the write lock up front).
// A state change and the email it causes are written in one transaction (the outbox pattern).
// The web server opens it with busyTimeoutMs 0 and retries through whenStoreFree() (busy.ts), so a lock held by
// another process never blocks its event loop. The file is readable by its owner only: it holds people's addresses.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { StoreBusyError, isBusy } from './busy.ts';
import type { Limit } from './config.ts';
import { sha256 } from './tokens.ts';

export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed' | 'bounced';
export type OutboxKind = 'confirm' | 'lesson';
export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'cancelled';

/**
 * What a signup did. The visitor sees the same answer for all but 'ip-limited', and the same "your link goes out
 * later" answer whenever the address's window is full, whatever the person's state, so nobody learns who is listed.
 */
export type SignupOutcome = 'queued' | 'already-queued' | 'already-confirmed' | 'ip-limited';
export interface SignupResult {
  outcome: SignupOutcome;
  /** When the confirmation email goes out (or, for 'ip-limited', when this client may try again). */
  at: number;
}
export type ConfirmOutcome = 'confirmed' | 'already-confirmed' | 'expired' | 'invalid';
export type UnsubscribeOutcome = 'unsubscribed' | 'already-unsubscribed' | 'invalid';

/** Where a confirmed person is in the course: lessons sent, and the next one queued (if any). */
export interface CourseProgress {
  lessonsSent: number;
  next?: { lesson: number; dueAt: number };
}

export interface StoreOptions {
  /**
   * How long one call may block waiting for another process's lock (SQLite busy_timeout). CLIs can wait; the web
   * server passes 0 and retries on timers instead (whenStoreFree).
   */
  busyTimeoutMs?: number;
}

export interface Subscriber {
  id: number;
  email: string;
  firstName: string | null;
  status: SubscriberStatus;
  createdAt: number;
  confirmedAt: number | null;
  unsubscribedAt: number | null;
  bouncedAt: number | null;
}

/** An outbox row a worker has leased. `lesson` is the lesson's order number (0 for a confirmation). */
export interface Job {
  id: number;
  subscriberId: number;
  kind: OutboxKind;
  lesson: number;
  attempts: number;
  createdAt: number;
}

export interface ExportRow {
  email: string;
  firstName: string | null;
  status: SubscriberStatus;
  createdAt: number;
  confirmedAt: number | null;
  unsubscribedAt: number | null;
  bouncedAt: number | null;
  lessonsSent: number;
}

/** Versioned schema: entry i brings the file to user_version i + 1. Never edit a released entry; append one. */
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
  // during migrations, see #migrate).
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

const KEEP_RATE_EVENTS_MS = 2 * 24 * 60 * 60 * 1000;
const KEEP_EXPIRED_CONFIRM_TOKENS_MS = 30 * 24 * 60 * 60 * 1000;
const KEEP_UNCONFIRMED_MS = 30 * 24 * 60 * 60 * 1000;

type Row = Record<string, SQLInputValue>;

export class CourseStore {
  readonly file: string;
  #db: DatabaseSync;
  #statements = new Map<string, StatementSync>();
  #busyTimeoutMs: number;

  constructor(file: string, options: StoreOptions = {}) {
    this.file = file;
    this.#busyTimeoutMs = options.busyTimeoutMs ?? 5000;
    createPrivateFile(file);
    this.#db = new DatabaseSync(file);
    this.#db.exec(`PRAGMA busy_timeout = ${this.#busyTimeoutMs}`);
    // Already WAL (every file after its first open) needs no lock to confirm; a new file is switched once.
    if ((this.#db.prepare('PRAGMA journal_mode').get() as Row).journal_mode !== 'wal') {
      this.#db.exec('PRAGMA journal_mode = WAL');
    }
    this.#db.exec('PRAGMA synchronous = FULL');
    this.#db.exec('PRAGMA foreign_keys = ON');
    this.#migrate();
  }

  close(): void {
    if (this.#db.isOpen) this.#db.close();
  }

  /** The schema version of the file (PRAGMA user_version). */
  get schemaVersion(): number {
    return Number((this.#db.prepare('PRAGMA user_version').get() as Row).user_version);
  }

  /**
   * A signup: creates or re-opens the subscriber and queues a confirmation email, within the per-IP and per-address
   * limits, in one transaction. A confirmed subscriber is left alone; an unsubscribed or bounced one goes back to
   * pending. When the address's window is full, the email is queued for the moment it opens, and `at` says when.
   * Every accepted signup of an address counts against its window, whatever the person's state, so the answer
   * never tells a stranger whether the address is on the list.
   */
  signup(input: {
    email: string;
    firstName: string | null;
    clientKey: string;
    now: number;
    ipLimits: Limit[];
    addressLimits: Limit[];
  }): SignupResult {
    const { email, firstName, clientKey, now } = input;
    return this.#write(() => {
      const ipKey = `ip:${clientKey}`;
      const ipOpen = this.#windowOpens(ipKey, input.ipLimits, now);
      if (ipOpen > now) return { outcome: 'ip-limited', at: ipOpen };
      if (input.ipLimits.length > 0) this.#run('INSERT INTO rate_events (key, at) VALUES (?, ?)', ipKey, now);

      const existing = this.#get('SELECT id, status FROM subscribers WHERE email = ?', email);
      const confirmed = existing?.status === 'confirmed';
      const addressKey = addressRateKey(email);
      // Each accepted signup reserves the next moment the address's window allows (one email at most per moment),
      // unless an earlier one reserved a moment still ahead: then that one stands. Only the waiting time is told,
      // and it depends on the signups of the address alone, never on whether anything is sent.
      const reserved = Number(this.#get('SELECT max(at) AS at FROM rate_events WHERE key = ?', addressKey)?.at ?? 0);
      let at = reserved;
      if (reserved <= now) {
        at = this.#windowOpens(addressKey, input.addressLimits, now);
        if (input.addressLimits.length > 0)
          this.#run('INSERT INTO rate_events (key, at) VALUES (?, ?)', addressKey, at);
      }
      if (confirmed) return { outcome: 'already-confirmed', at };

      let id: number;
      if (existing) {
        id = Number(existing.id);
        // The name stays as it is until a confirmation link is used: the link's name replaces it then.
        this.#run(
          `UPDATE subscribers SET status = 'pending', confirmed_at = NULL, updated_at = ? WHERE id = ?`,
          now,
          id,
        );
      } else {
        id = Number(
          this.#get(
            `INSERT INTO subscribers (email, status, created_at, updated_at) VALUES (?, 'pending', ?, ?) RETURNING id`,
            email,
            now,
            now,
          )!.id,
        );
      }
      const queued = this.#queue(id, 'confirm', 0, at, now, firstName);
      return { outcome: queued ? 'queued' : 'already-queued', at };
    });
  }

  /** What a confirmation link would do, without doing it (the GET page). */
  peekConfirm(tokenHash: string, now: number): ConfirmOutcome | 'valid' {
    const row = this.#get(
      `SELECT t.expires_at, s.status FROM tokens t JOIN subscribers s ON s.id = t.subscriber_id
       WHERE t.hash = ? AND t.purpose = 'confirm'`,
      tokenHash,
    );
    return row ? confirmState(row, now) : 'invalid';
  }

  /**
   * Confirms the subscriber under the first name given with this link, and queues lesson 1 for now, in one
   * transaction. The link keeps working afterwards, to say "already on the course" (people open it again).
   */
  confirm(tokenHash: string, now: number): ConfirmOutcome {
    return this.#write(() => {
      const row = this.#get(
        `SELECT t.subscriber_id, t.expires_at, t.first_name, s.status FROM tokens t JOIN subscribers s ON s.id = t.subscriber_id
         WHERE t.hash = ? AND t.purpose = 'confirm'`,
        tokenHash,
      );
      if (!row) return 'invalid';
      const state = confirmState(row, now);
      if (state !== 'valid') return state;
      const id = Number(row.subscriber_id);
      this.#run(
        `UPDATE subscribers SET status = 'confirmed', first_name = ?, confirmed_at = ?, updated_at = ? WHERE id = ?`,
        row.first_name ?? null,
        now,
        now,
        id,
      );
      this.#run(
        `UPDATE outbox SET status = 'cancelled', lease_owner = NULL, lease_until = NULL
                 WHERE subscriber_id = ? AND kind = 'confirm' AND status = 'pending'`,
        id,
      );
      this.#queue(id, 'lesson', 1, now, now);
      return 'confirmed';
    });
  }

  /** For the page a confirmed person sees when they open their confirmation link again. */
  progressByConfirmToken(tokenHash: string): CourseProgress | undefined {
    const row = this.#get(
      `SELECT s.id FROM tokens t JOIN subscribers s ON s.id = t.subscriber_id
       WHERE t.hash = ? AND t.purpose = 'confirm' AND s.status = 'confirmed'`,
      tokenHash,
    );
    if (!row) return undefined;
    const id = Number(row.id);
    const sent = this.#get(
      `SELECT COUNT(DISTINCT lesson) AS n FROM outbox WHERE subscriber_id = ? AND kind = 'lesson' AND status = 'sent'`,
      id,
    );
    const next = this.#get(
      `SELECT lesson, due_at FROM outbox WHERE subscriber_id = ? AND kind = 'lesson' AND status = 'pending'
       ORDER BY lesson LIMIT 1`,
      id,
    );
    return {
      lessonsSent: Number(sent?.n ?? 0),
      ...(next && { next: { lesson: Number(next.lesson), dueAt: Number(next.due_at) } }),
    };
  }

  /** What an unsubscribe link would do, without doing it (the GET page). */
  peekUnsubscribe(tokenHash: string): UnsubscribeOutcome | 'valid' {
    const row = this.#get(
      `SELECT s.status FROM tokens t JOIN subscribers s ON s.id = t.subscriber_id WHERE t.hash = ? AND t.purpose = 'unsubscribe'`,
      tokenHash,
    );
    if (!row) return 'invalid';
    return row.status === 'unsubscribed' ? 'already-unsubscribed' : 'valid';
  }

  /** Unsubscribes at once and cancels everything queued for the person, including rows a worker holds. */
  unsubscribe(tokenHash: string, now: number): UnsubscribeOutcome {
    return this.#write(() => {
      const row = this.#get(
        `SELECT s.id, s.status FROM tokens t JOIN subscribers s ON s.id = t.subscriber_id WHERE t.hash = ? AND t.purpose = 'unsubscribe'`,
        tokenHash,
      );
      if (!row) return 'invalid';
      if (row.status === 'unsubscribed') return 'already-unsubscribed';
      const id = Number(row.id);
      this.#run(
        `UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = ?, updated_at = ? WHERE id = ?`,
        now,
        now,
        id,
      );
      this.#run(`DELETE FROM tokens WHERE subscriber_id = ? AND purpose = 'confirm'`, id);
      this.#cancelQueued(id);
      return 'unsubscribed';
    });
  }

  /** Leases the oldest due email for `leaseMs`, so a second worker skips it; an expired lease can be taken over. */
  claimNext(owner: string, now: number, leaseMs: number): Job | undefined {
    return this.#write(() => {
      const row = this.#get(
        `UPDATE outbox SET lease_owner = ?, lease_until = ?, attempts = attempts + 1
         WHERE id = (SELECT id FROM outbox WHERE status = 'pending' AND due_at <= ? AND (lease_until IS NULL OR lease_until <= ?)
                     ORDER BY due_at, id LIMIT 1)
         RETURNING id, subscriber_id, kind, lesson, attempts, created_at`,
        owner,
        now + leaseMs,
        now,
        now,
      );
      return (
        row && {
          id: Number(row.id),
          subscriberId: Number(row.subscriber_id),
          kind: row.kind as OutboxKind,
          lesson: Number(row.lesson),
          attempts: Number(row.attempts),
          createdAt: Number(row.created_at),
        }
      );
    });
  }

  /**
   * Right before sending: re-reads the subscriber and, if the email is still wanted (pending for a confirmation,
   * confirmed for a lesson), stores the hashes of the links it will carry (a confirmation link with the first name
   * given at its signup). Otherwise cancels the row.
   */
  prepareSend(
    job: Job,
    now: number,
    tokens: { hash: string; purpose: 'confirm' | 'unsubscribe'; expiresAt: number | null }[],
  ): Subscriber | undefined {
    return this.#write(() => {
      const row = this.#get(
        `SELECT s.*, o.first_name AS given_name FROM outbox o JOIN subscribers s ON s.id = o.subscriber_id
         WHERE o.id = ? AND o.status = 'pending'`,
        job.id,
      );
      const wanted = job.kind === 'confirm' ? 'pending' : 'confirmed';
      if (!row || row.status !== wanted) {
        this.#run(
          `UPDATE outbox SET status = 'cancelled', lease_owner = NULL, lease_until = NULL WHERE id = ? AND status = 'pending'`,
          job.id,
        );
        return undefined;
      }
      for (const token of tokens) {
        this.#run(
          'INSERT INTO tokens (hash, subscriber_id, purpose, created_at, expires_at, first_name) VALUES (?, ?, ?, ?, ?, ?)',
          token.hash,
          job.subscriberId,
          token.purpose,
          now,
          token.expiresAt,
          token.purpose === 'confirm' ? (row.given_name ?? null) : null,
        );
      }
      return toSubscriber(row);
    });
  }

  /**
   * Records a delivered email and, for a lesson, queues the next one at `next.dueAt` if the person is still
   * confirmed. A row delivered twice (an expired lease) schedules the next lesson only once.
   */
  markSent(jobId: number, now: number, messageId: string, next?: { lesson: number; dueAt: number }): void {
    this.#write(() => {
      const row = this.#get('SELECT subscriber_id, status FROM outbox WHERE id = ?', jobId);
      if (!row) return; // deleted by the admin CLI while sending
      this.#run(
        `UPDATE outbox SET status = 'sent', sent_at = ?, message_id = ?, lease_owner = NULL, lease_until = NULL, last_error = NULL
                 WHERE id = ?`,
        now,
        messageId,
        jobId,
      );
      if (!next || row.status === 'sent') return;
      const id = Number(row.subscriber_id);
      const subscriber = this.#get('SELECT status FROM subscribers WHERE id = ?', id);
      if (subscriber?.status === 'confirmed') this.#queue(id, 'lesson', next.lesson, next.dueAt, now);
    });
  }

  /** A temporary failure: try again at `retryAt`. */
  markRetry(jobId: number, retryAt: number, error: string): void {
    this.#write(() =>
      this.#run(
        `UPDATE outbox SET due_at = ?, last_error = ?, lease_owner = NULL, lease_until = NULL WHERE id = ? AND status = 'pending'`,
        retryAt,
        error.slice(0, 500),
        jobId,
      ),
    );
  }

  /**
   * A permanent failure (an SMTP 5xx, or about two days of temporary ones): the row stops, and the person is marked
   * 'bounced', with nothing more queued. The admin export shows it; a new signup (and confirmation) starts again.
   */
  markFailed(jobId: number, error: string, now: number): void {
    this.#write(() => {
      const row = this.#get(
        `UPDATE outbox SET status = 'failed', last_error = ?, lease_owner = NULL, lease_until = NULL WHERE id = ? AND status = 'pending'
         RETURNING subscriber_id`,
        error.slice(0, 500),
        jobId,
      );
      if (!row) return;
      const id = Number(row.subscriber_id);
      const bounced = this.#run(
        `UPDATE subscribers SET status = 'bounced', bounced_at = ?, updated_at = ? WHERE id = ? AND status IN ('pending', 'confirmed')`,
        now,
        now,
        id,
      );
      if (Number(bounced.changes) > 0) this.#cancelQueued(id);
    });
  }

  /** A row the worker cannot send and should not retry (e.g. a lesson that no longer exists). */
  cancel(jobId: number, reason: string): void {
    this.#write(() =>
      this.#run(
        `UPDATE outbox SET status = 'cancelled', last_error = ?, lease_owner = NULL, lease_until = NULL WHERE id = ? AND status = 'pending'`,
        reason,
        jobId,
      ),
    );
  }

  /**
   * Forgets what is no longer needed: old rate-limit events, long-expired links, and addresses never confirmed
   * within 30 days (pending, or bounced before confirming).
   */
  prune(now: number): void {
    this.#write(() => {
      this.#run('DELETE FROM rate_events WHERE at < ?', now - KEEP_RATE_EVENTS_MS);
      this.#run(
        `DELETE FROM tokens WHERE purpose = 'confirm' AND expires_at < ?`,
        now - KEEP_EXPIRED_CONFIRM_TOKENS_MS,
      );
      this.#run(
        `DELETE FROM subscribers WHERE (status = 'pending' OR (status = 'bounced' AND confirmed_at IS NULL)) AND updated_at < ?
                 AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.subscriber_id = subscribers.id AND o.status = 'pending')`,
        now - KEEP_UNCONFIRMED_MS,
      );
    });
  }

  /** Everyone, oldest first, for the admin CSV export. */
  exportSubscribers(): ExportRow[] {
    return this.#all(
      `SELECT s.*, (SELECT COUNT(*) FROM outbox o WHERE o.subscriber_id = s.id AND o.kind = 'lesson' AND o.status = 'sent') AS lessons_sent
       FROM subscribers s ORDER BY s.id`,
    ).map((row) => {
      const { email, firstName, status, createdAt, confirmedAt, unsubscribedAt, bouncedAt } = toSubscriber(row);
      return {
        email,
        firstName,
        status,
        createdAt,
        confirmedAt,
        unsubscribedAt,
        bouncedAt,
        lessonsSent: Number(row.lessons_sent),
      };
    });
  }

  /** Deletes a person and everything about them: links, queued and sent emails, rate-limit records of the address. */
  deleteSubscriber(email: string): boolean {
    return this.#write(() => {
      this.#run('DELETE FROM rate_events WHERE key = ?', addressRateKey(email));
      return Number(this.#run('DELETE FROM subscribers WHERE email = ?', email).changes) > 0;
    });
  }

  findSubscriber(email: string): Subscriber | undefined {
    const row = this.#get('SELECT * FROM subscribers WHERE email = ?', email);
    return row && toSubscriber(row);
  }

  /** Outbox rows of one person, oldest first (tests, admin). */
  outboxOf(email: string): {
    kind: OutboxKind;
    lesson: number;
    status: OutboxStatus;
    dueAt: number;
    attempts: number;
    lastError: string | null;
  }[] {
    return this.#all(
      `SELECT o.* FROM outbox o JOIN subscribers s ON s.id = o.subscriber_id WHERE s.email = ? ORDER BY o.id`,
      email,
    ).map((row) => ({
      kind: row.kind as OutboxKind,
      lesson: Number(row.lesson),
      status: row.status as OutboxStatus,
      dueAt: Number(row.due_at),
      attempts: Number(row.attempts),
      lastError: (row.last_error as string | null) ?? null,
    }));
  }

  /** Row counts by table and status (tests, bench, health checks). */
  counts(): { subscribers: Record<SubscriberStatus, number>; outbox: Record<OutboxStatus, number>; tokens: number } {
    const subscribers = { pending: 0, confirmed: 0, unsubscribed: 0, bounced: 0 };
    for (const row of this.#all('SELECT status, COUNT(*) AS n FROM subscribers GROUP BY status')) {
      subscribers[row.status as SubscriberStatus] = Number(row.n);
    }
    const outbox = { pending: 0, sent: 0, failed: 0, cancelled: 0 };
    for (const row of this.#all('SELECT status, COUNT(*) AS n FROM outbox GROUP BY status'))
      outbox[row.status as OutboxStatus] = Number(row.n);
    return { subscribers, outbox, tokens: Number(this.#get('SELECT COUNT(*) AS n FROM tokens')!.n) };
  }

  #queue(
    subscriberId: number,
    kind: OutboxKind,
    lesson: number,
    dueAt: number,
    now: number,
    firstName: string | null = null,
  ): boolean {
    // OR IGNORE: at most one pending row per person, kind and lesson (the partial unique index).
    const result = this.#run(
      `INSERT OR IGNORE INTO outbox (subscriber_id, kind, lesson, status, due_at, created_at, first_name) VALUES (?, ?, ?, 'pending', ?, ?, ?)`,
      subscriberId,
      kind,
      lesson,
      dueAt,
      now,
      firstName,
    );
    return Number(result.changes) > 0;
  }

  #cancelQueued(subscriberId: number): void {
    this.#run(
      `UPDATE outbox SET status = 'cancelled', lease_owner = NULL, lease_until = NULL WHERE subscriber_id = ? AND status = 'pending'`,
      subscriberId,
    );
  }

  /**
   * The earliest moment from `now` at which one more event of `key` stays within every limit (sliding windows).
   * For a limit of c per window w with m ≥ c recent events, that is when the (m − c + 1)-th most recent one leaves
   * the window. Events only leave as time passes, so the latest of these moments satisfies every limit.
   */
  #windowOpens(key: string, limits: Limit[], now: number): number {
    if (limits.length === 0) return now;
    const longest = Math.max(...limits.map((l) => l.windowMs));
    const times = this.#all('SELECT at FROM rate_events WHERE key = ? AND at > ? ORDER BY at', key, now - longest).map(
      (row) => Number(row.at),
    );
    let opens = now;
    for (const { count, windowMs } of limits) {
      const recent = times.filter((at) => at > now - windowMs);
      if (recent.length >= count) opens = Math.max(opens, recent[recent.length - count]! + windowMs);
    }
    return opens;
  }

  /**
   * Brings the schema up to date. When nothing is due this only reads user_version (no lock), so starting a server
   * while `course:send` or a backup writes costs nothing. A due migration waits for the write lock up to 10 s and
   * runs with foreign keys off (table rebuilds; the setting cannot change inside a transaction), then checks them.
   */
  #migrate(): void {
    const version = this.schemaVersion;
    if (version > MIGRATIONS.length) {
      throw new Error(
        `${this.file} has schema version ${version}, newer than this code knows (${MIGRATIONS.length}): update the code.`,
      );
    }
    if (version === MIGRATIONS.length) return;
    this.#db.exec('PRAGMA foreign_keys = OFF');
    this.#db.exec(`PRAGMA busy_timeout = ${Math.max(this.#busyTimeoutMs, MIGRATION_BUSY_TIMEOUT_MS)}`);
    try {
      this.#write(() => {
        // Another process may have migrated while this one waited for the lock.
        for (let v = this.schemaVersion; v < MIGRATIONS.length; v++) this.#db.exec(MIGRATIONS[v]!);
        const broken = this.#db.prepare('PRAGMA foreign_key_check').all();
        if (broken.length > 0) throw new Error(`Migration left ${broken.length} rows with broken references.`);
        this.#db.exec(`PRAGMA user_version = ${MIGRATIONS.length}`);
      });
    } catch (error) {
      throw isBusy(error) ? new StoreBusyError(MIGRATION_BUSY_TIMEOUT_MS) : error;
    } finally {
      this.#db.exec(`PRAGMA busy_timeout = ${this.#busyTimeoutMs}`);
      this.#db.exec('PRAGMA foreign_keys = ON');
    }
  }

  #write<T>(work: () => T): T {
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.#db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.#db.isTransaction) this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  #statement(sql: string): StatementSync {
    let statement = this.#statements.get(sql);
    if (!statement) this.#statements.set(sql, (statement = this.#db.prepare(sql)));
    return statement;
  }

  #get(sql: string, ...params: SQLInputValue[]): Row | undefined {
    return this.#statement(sql).get(...params) as Row | undefined;
  }

  #all(sql: string, ...params: SQLInputValue[]): Row[] {
    return this.#statement(sql).all(...params) as Row[];
  }

  #run(sql: string, ...params: SQLInputValue[]) {
    return this.#statement(sql).run(...params);
  }
}

/**
 * Creates the database file readable and writable by its owner only, in a folder only the owner can enter (when
 * this creates it). SQLite gives the -wal and -shm files the mode of the database file. Files made by older versions
 * are narrowed to the same mode.
 */
function createPrivateFile(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'a', 0o600));
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if (existsSync(path)) chmodSync(path, 0o600);
    } catch {
      // Not ours to change (another user's file): SQLite will say so if it cannot open it.
    }
  }
}

/** The rate-limit key of an address: hashed, so the events table holds no readable addresses. */
function addressRateKey(email: string): string {
  return `address:${sha256(email.toLowerCase())}`;
}

function confirmState(row: Row, now: number): ConfirmOutcome | 'valid' {
  if (row.status === 'confirmed') return 'already-confirmed';
  if (row.status !== 'pending') return 'invalid';
  if (row.expires_at !== null && Number(row.expires_at) <= now) return 'expired';
  return 'valid';
}

function toSubscriber(row: Row): Subscriber {
  const optional = (value: SQLInputValue | undefined) => (value === null || value === undefined ? null : Number(value));
  return {
    id: Number(row.id),
    email: String(row.email),
    firstName: (row.first_name as string | null) ?? null,
    status: row.status as SubscriberStatus,
    createdAt: Number(row.created_at),
    confirmedAt: optional(row.confirmed_at),
    unsubscribedAt: optional(row.unsubscribed_at),
    bouncedAt: optional(row.bounced_at),
  };
}
