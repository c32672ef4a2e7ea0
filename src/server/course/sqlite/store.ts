// The course store on SQLite (node:sqlite), the embedded default: one file in DATA_DIR. node:sqlite is synchronous,
// so each call runs whole inside one turn of the event loop, and a transaction never interleaves with another
// request's. The web server opens the file with busy_timeout 0: a call that finds another process's lock gives up
// at once and is tried again on timers (whenStoreFree), so the lock never blocks the event loop; after `waitMs` it
// rejects with StoreBusyError.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REQUEST_WAIT_MS, whenStoreFree } from '../busy.ts';
import type {
  ConfirmOutcome,
  CourseProgress,
  CourseStore,
  Job,
  NewToken,
  OutboxKind,
  SignupInput,
  SignupResult,
  Subscriber,
  UnsubscribeOutcome,
} from '../store.ts';
import {
  KEEP_EXPIRED_CONFIRM_TOKENS_MS,
  KEEP_RATE_EVENTS_MS,
  KEEP_UNCONFIRMED_MS,
  addressRateKey,
  clientRateKey,
  confirmState,
  longestWindow,
  storedError,
  windowOpens,
} from '../store-rules.ts';
import { SqliteAdmin } from './admin.ts';
import { SqliteDb, type Row } from './db.ts';
import { optionalNumber, subscriberFrom } from '../store-rows.ts';
import { migrate, schemaVersion } from './migrations.ts';
import type { Limit } from '../config.ts';

export interface SqliteStoreOptions {
  /** How long one call may block on another process's lock (SQLite busy_timeout); the web server passes 0. */
  busyTimeoutMs?: number;
  /** How long a call keeps trying, on timers, before it rejects with StoreBusyError. */
  waitMs?: number;
}

export class SqliteStore extends SqliteAdmin implements CourseStore {
  readonly engine = 'sqlite';
  readonly location: string;
  readonly #waitMs: number;

  /** Opens (creating it if need be) the file and brings its schema up to date. */
  constructor(file: string, options: SqliteStoreOptions = {}) {
    const db = new SqliteDb(file, options.busyTimeoutMs ?? 5000);
    super(db);
    this.location = file;
    this.#waitMs = options.waitMs ?? REQUEST_WAIT_MS;
    try {
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** Runs synchronous work on the database, again on timers while another process holds the lock. */
  protected override call<T>(work: () => T): Promise<T> {
    return whenStoreFree(work, this.#waitMs);
  }

  async close(): Promise<void> {
    this.db.close();
  }

  migrate() {
    return this.call(() => migrate(this.db));
  }

  schemaVersion() {
    return this.call(() => schemaVersion(this.db));
  }

  /**
   * DATA_DIR/<name>.key, 32 random bytes made on first use and readable by its owner only. It lives apart from the
   * database, so a copy of the database alone cannot be searched for a client address.
   */
  async sharedSecret(name: string): Promise<string> {
    const dir = dirname(this.location);
    const file = join(dir, `${name}.key`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    try {
      // 'wx': if two processes start at once, only one writes; the other reads what it wrote.
      writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return readFileSync(file, 'utf8').trim();
  }

  signup(input: SignupInput): Promise<SignupResult> {
    const { email, firstName, clientKey, now } = input;
    const db = this.db;
    return this.call(() =>
      db.write(() => {
        const ipKey = clientRateKey(clientKey);
        const ipOpen = this.#windowOpens(ipKey, input.ipLimits, now);
        if (ipOpen > now) return { outcome: 'ip-limited', at: ipOpen };
        if (input.ipLimits.length > 0) db.run('INSERT INTO rate_events (key, at) VALUES (?, ?)', ipKey, now);

        const existing = db.get('SELECT id, status FROM subscribers WHERE email = ?', email);
        const addressKey = addressRateKey(email);
        // Each accepted signup reserves the next moment the address's window allows (one email at most per
        // moment), unless an earlier one reserved a moment still ahead: then that one stands. Only the waiting time
        // is told, and it depends on the signups of the address alone, never on whether anything is sent.
        const reserved = Number(db.get('SELECT max(at) AS at FROM rate_events WHERE key = ?', addressKey)?.at ?? 0);
        let at = reserved;
        if (reserved <= now) {
          at = this.#windowOpens(addressKey, input.addressLimits, now);
          if (input.addressLimits.length > 0) db.run('INSERT INTO rate_events (key, at) VALUES (?, ?)', addressKey, at);
        }
        if (existing?.status === 'confirmed') return { outcome: 'already-confirmed', at };

        let id: number;
        if (existing) {
          id = Number(existing.id);
          // The name stays as it is until a confirmation link is used: the link's name replaces it then.
          db.run(
            `UPDATE subscribers SET status = 'pending', confirmed_at = NULL, updated_at = ? WHERE id = ?`,
            now,
            id,
          );
        } else {
          id = Number(
            db.get(
              `INSERT INTO subscribers (email, status, created_at, updated_at) VALUES (?, 'pending', ?, ?) RETURNING id`,
              email,
              now,
              now,
            )!.id,
          );
        }
        const queued = this.#queue(id, 'confirm', 0, at, now, firstName);
        return { outcome: queued ? 'queued' : 'already-queued', at };
      }),
    );
  }

  peekConfirm(tokenHash: string, now: number) {
    return this.call(() => {
      const row = this.db.get(
        `SELECT t.expires_at, s.status FROM tokens t JOIN subscribers s ON s.id = t.subscriber_id
         WHERE t.hash = ? AND t.purpose = 'confirm'`,
        tokenHash,
      );
      return row ? stateOf(row, now) : 'invalid';
    });
  }

  confirm(tokenHash: string, now: number): Promise<ConfirmOutcome> {
    const db = this.db;
    return this.call(() =>
      db.write(() => {
        const row = db.get(
          `SELECT t.subscriber_id, t.expires_at, t.first_name, s.status FROM tokens t JOIN subscribers s ON s.id = t.subscriber_id
           WHERE t.hash = ? AND t.purpose = 'confirm'`,
          tokenHash,
        );
        if (!row) return 'invalid';
        const state = stateOf(row, now);
        if (state !== 'valid') return state;
        const id = Number(row.subscriber_id);
        db.run(
          `UPDATE subscribers SET status = 'confirmed', first_name = ?, confirmed_at = ?, updated_at = ? WHERE id = ?`,
          row.first_name ?? null,
          now,
          now,
          id,
        );
        db.run(
          `UPDATE outbox SET status = 'cancelled', lease_owner = NULL, lease_until = NULL
           WHERE subscriber_id = ? AND kind = 'confirm' AND status = 'pending'`,
          id,
        );
        this.#queue(id, 'lesson', 1, now, now);
        return 'confirmed';
      }),
    );
  }

  progressByConfirmToken(tokenHash: string): Promise<CourseProgress | undefined> {
    const db = this.db;
    return this.call(() =>
      db.read(() => {
        const row = db.get(
          `SELECT s.id FROM tokens t JOIN subscribers s ON s.id = t.subscriber_id
           WHERE t.hash = ? AND t.purpose = 'confirm' AND s.status = 'confirmed'`,
          tokenHash,
        );
        if (!row) return undefined;
        const id = Number(row.id);
        const sent = db.get(
          `SELECT COUNT(DISTINCT lesson) AS n FROM outbox WHERE subscriber_id = ? AND kind = 'lesson' AND status = 'sent'`,
          id,
        );
        const next = db.get(
          `SELECT lesson, due_at FROM outbox WHERE subscriber_id = ? AND kind = 'lesson' AND status = 'pending'
           ORDER BY lesson LIMIT 1`,
          id,
        );
        return {
          lessonsSent: Number(sent?.n ?? 0),
          ...(next && { next: { lesson: Number(next.lesson), dueAt: Number(next.due_at) } }),
        };
      }),
    );
  }

  peekUnsubscribe(tokenHash: string) {
    return this.call((): UnsubscribeOutcome | 'valid' => {
      const row = this.db.get(
        `SELECT s.status FROM tokens t JOIN subscribers s ON s.id = t.subscriber_id WHERE t.hash = ? AND t.purpose = 'unsubscribe'`,
        tokenHash,
      );
      if (!row) return 'invalid';
      return row.status === 'unsubscribed' ? 'already-unsubscribed' : 'valid';
    });
  }

  unsubscribe(tokenHash: string, now: number): Promise<UnsubscribeOutcome> {
    const db = this.db;
    return this.call(() =>
      db.write(() => {
        const row = db.get(
          `SELECT s.id, s.status FROM tokens t JOIN subscribers s ON s.id = t.subscriber_id WHERE t.hash = ? AND t.purpose = 'unsubscribe'`,
          tokenHash,
        );
        if (!row) return 'invalid';
        if (row.status === 'unsubscribed') return 'already-unsubscribed';
        const id = Number(row.id);
        db.run(
          `UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = ?, updated_at = ? WHERE id = ?`,
          now,
          now,
          id,
        );
        db.run(`DELETE FROM tokens WHERE subscriber_id = ? AND purpose = 'confirm'`, id);
        this.#cancelQueued(id);
        return 'unsubscribed';
      }),
    );
  }

  claimNext(owner: string, now: number, leaseMs: number): Promise<Job | undefined> {
    const db = this.db;
    return this.call(() =>
      db.write(() => {
        const row = db.get(
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
      }),
    );
  }

  prepareSend(job: Job, now: number, tokens: NewToken[]): Promise<Subscriber | undefined> {
    const db = this.db;
    return this.call(() =>
      db.write(() => {
        const row = db.get(
          `SELECT s.*, o.first_name AS given_name FROM outbox o JOIN subscribers s ON s.id = o.subscriber_id
           WHERE o.id = ? AND o.status = 'pending'`,
          job.id,
        );
        const wanted = job.kind === 'confirm' ? 'pending' : 'confirmed';
        if (!row || row.status !== wanted) {
          db.run(
            `UPDATE outbox SET status = 'cancelled', lease_owner = NULL, lease_until = NULL WHERE id = ? AND status = 'pending'`,
            job.id,
          );
          return undefined;
        }
        for (const token of tokens) {
          db.run(
            'INSERT INTO tokens (hash, subscriber_id, purpose, created_at, expires_at, first_name) VALUES (?, ?, ?, ?, ?, ?)',
            token.hash,
            job.subscriberId,
            token.purpose,
            now,
            token.expiresAt,
            token.purpose === 'confirm' ? (row.given_name ?? null) : null,
          );
        }
        return subscriberFrom(row);
      }),
    );
  }

  markSent(jobId: number, now: number, messageId: string, next?: { lesson: number; dueAt: number }): Promise<void> {
    const db = this.db;
    return this.call(() =>
      db.write(() => {
        const row = db.get('SELECT subscriber_id, status FROM outbox WHERE id = ?', jobId);
        if (!row) return; // deleted by the admin CLI while sending
        db.run(
          `UPDATE outbox SET status = 'sent', sent_at = ?, message_id = ?, lease_owner = NULL, lease_until = NULL, last_error = NULL
           WHERE id = ?`,
          now,
          messageId,
          jobId,
        );
        if (!next || row.status === 'sent') return;
        const id = Number(row.subscriber_id);
        const subscriber = db.get('SELECT status FROM subscribers WHERE id = ?', id);
        if (subscriber?.status === 'confirmed') this.#queue(id, 'lesson', next.lesson, next.dueAt, now);
      }),
    );
  }

  markRetry(jobId: number, retryAt: number, error: string): Promise<void> {
    return this.call(() => {
      this.db.write(() =>
        this.db.run(
          `UPDATE outbox SET due_at = ?, last_error = ?, lease_owner = NULL, lease_until = NULL WHERE id = ? AND status = 'pending'`,
          retryAt,
          storedError(error),
          jobId,
        ),
      );
    });
  }

  markFailed(jobId: number, error: string, now: number): Promise<void> {
    const db = this.db;
    return this.call(() =>
      db.write(() => {
        const row = db.get(
          `UPDATE outbox SET status = 'failed', last_error = ?, lease_owner = NULL, lease_until = NULL WHERE id = ? AND status = 'pending'
           RETURNING subscriber_id`,
          storedError(error),
          jobId,
        );
        if (!row) return;
        const id = Number(row.subscriber_id);
        const bounced = db.run(
          `UPDATE subscribers SET status = 'bounced', bounced_at = ?, updated_at = ? WHERE id = ? AND status IN ('pending', 'confirmed')`,
          now,
          now,
          id,
        );
        if (bounced > 0) this.#cancelQueued(id);
      }),
    );
  }

  cancel(jobId: number, reason: string): Promise<void> {
    return this.call(() => {
      this.db.write(() =>
        this.db.run(
          `UPDATE outbox SET status = 'cancelled', last_error = ?, lease_owner = NULL, lease_until = NULL WHERE id = ? AND status = 'pending'`,
          storedError(reason),
          jobId,
        ),
      );
    });
  }

  prune(now: number): Promise<void> {
    const db = this.db;
    return this.call(() =>
      db.write(() => {
        db.run('DELETE FROM rate_events WHERE at < ?', now - KEEP_RATE_EVENTS_MS);
        db.run(`DELETE FROM tokens WHERE purpose = 'confirm' AND expires_at < ?`, now - KEEP_EXPIRED_CONFIRM_TOKENS_MS);
        db.run(
          `DELETE FROM subscribers WHERE (status = 'pending' OR (status = 'bounced' AND confirmed_at IS NULL)) AND updated_at < ?
           AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.subscriber_id = subscribers.id AND o.status = 'pending')`,
          now - KEEP_UNCONFIRMED_MS,
        );
      }),
    );
  }

  /** At most one pending row per person, kind and lesson (the partial unique index); false when one was there. */
  #queue(
    subscriberId: number,
    kind: OutboxKind,
    lesson: number,
    dueAt: number,
    now: number,
    firstName: string | null = null,
  ): boolean {
    return (
      this.db.run(
        `INSERT OR IGNORE INTO outbox (subscriber_id, kind, lesson, status, due_at, created_at, first_name)
         VALUES (?, ?, ?, 'pending', ?, ?, ?)`,
        subscriberId,
        kind,
        lesson,
        dueAt,
        now,
        firstName,
      ) > 0
    );
  }

  #cancelQueued(subscriberId: number): void {
    this.db.run(
      `UPDATE outbox SET status = 'cancelled', lease_owner = NULL, lease_until = NULL WHERE subscriber_id = ? AND status = 'pending'`,
      subscriberId,
    );
  }

  #windowOpens(key: string, limits: Limit[], now: number): number {
    if (limits.length === 0) return now;
    const times = this.db
      .all('SELECT at FROM rate_events WHERE key = ? AND at > ? ORDER BY at', key, now - longestWindow(limits))
      .map((row) => Number(row.at));
    return windowOpens(times, limits, now);
  }
}

function stateOf(row: Row, now: number): ConfirmOutcome | 'valid' {
  return confirmState(row.status as Subscriber['status'], optionalNumber(row.expires_at), now);
}
