// The course store on PostgreSQL (DATABASE_URL), for several server processes and workers sharing one list. Every
// state change and the email it causes commit in one transaction, as on SQLite. What SQLite gets from its single
// writer, PostgreSQL gets from locks taken in one order (the person's row before their outbox rows):
// - signups of one address (and, with limits on, of one client) queue behind a transaction advisory lock on its
//   rate-limit key, so two instances cannot both create the person or both take the same window;
// - workers lease outbox rows with FOR UPDATE SKIP LOCKED: never blocking each other, never sending one row at the
//   same time, and a crashed worker's rows come back when their lease runs out (at least once);
// - a deadlock or lost connection is run again (postgres/db.ts); every transaction here is safe to run twice.
import { randomBytes } from 'node:crypto';
import type { Limit } from '../config.ts';
import type {
  ConfirmOutcome,
  CourseProgress,
  CourseStore,
  Job,
  MigrationResult,
  NewToken,
  OutboxKind,
  SignupInput,
  SignupResult,
  Subscriber,
  SubscriberStatus,
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
import { optionalNumber, subscriberFrom } from '../store-rows.ts';
import { PgAdmin } from './admin.ts';
import { LOCK_CLASS, PgDb, redactedUrl, type PgDbOptions, type Query } from './db.ts';
import { migrate, schemaVersion } from './migrations.ts';

/** Second key of the lock that lets one instance at a time prune. */
const PRUNE_LOCK = 0;

export class PostgresStore extends PgAdmin implements CourseStore {
  readonly engine = 'postgres';
  readonly location: string;
  #ready: Promise<void> | undefined;

  constructor(url: string, options: PgDbOptions) {
    super(new PgDb(url, options));
    this.location = redactedUrl(url);
  }

  /** The first call migrates (under the advisory lock); a failed attempt is tried again by the next call. */
  protected ready(): Promise<void> {
    this.#ready ??= this.migrate().then(
      () => undefined,
      (error: unknown) => {
        this.#ready = undefined;
        throw error;
      },
    );
    return this.#ready;
  }

  async migrate(): Promise<MigrationResult> {
    const result = await migrate(this.db, this.location);
    this.#ready ??= Promise.resolve();
    return result;
  }

  async schemaVersion(): Promise<number> {
    await this.ready();
    return schemaVersion((sql, params) => this.db.query(sql, params));
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  /** Kept in course_secrets: every instance behind the load balancer must hash client addresses alike. */
  async sharedSecret(name: string): Promise<string> {
    await this.query('INSERT INTO course_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
      name,
      randomBytes(32).toString('base64url'),
    ]);
    const [row] = await this.query('SELECT value FROM course_secrets WHERE name = $1', [name]);
    return String(row!.value);
  }

  signup(input: SignupInput): Promise<SignupResult> {
    const { email, firstName, clientKey, now } = input;
    const ipKey = clientRateKey(clientKey);
    const addressKey = addressRateKey(email);
    const ipLimited = input.ipLimits.length > 0;
    // Always in this order (client, then address), so two signups never wait for each other in a circle.
    const locks = ipLimited ? [ipKey, addressKey] : [addressKey];
    return this.transaction(
      async (query): Promise<SignupResult> => {
        if (ipLimited) {
          const ipOpen = await this.#windowOpens(query, ipKey, input.ipLimits, now);
          if (ipOpen > now) return { outcome: 'ip-limited', at: ipOpen };
          await query('INSERT INTO rate_events (key, at) VALUES ($1, $2)', [ipKey, now]);
        }
        // The person's row is locked too (prune and delete wait), and the moment the address's window has reserved.
        const [found] = await query(
          `WITH s AS (SELECT id, status FROM subscribers WHERE lower(email) = lower($1) FOR NO KEY UPDATE)
           SELECT (SELECT id FROM s) AS id, (SELECT status FROM s) AS status,
                  (SELECT max(at) FROM rate_events WHERE key = $2) AS reserved`,
          [email, addressKey],
        );
        // As on SQLite: a moment still ahead stands; otherwise this signup reserves the next one the window allows.
        const reserved = Number(found!.reserved ?? 0);
        let at = reserved;
        if (reserved <= now) {
          at = await this.#windowOpens(query, addressKey, input.addressLimits, now);
          if (input.addressLimits.length > 0)
            await query('INSERT INTO rate_events (key, at) VALUES ($1, $2)', [addressKey, at]);
        }
        if (found!.status === 'confirmed') return { outcome: 'already-confirmed', at };
        if (found!.id === null) {
          // A new person and their confirmation email, in one statement.
          await query(
            `WITH s AS (INSERT INTO subscribers (email, status, created_at, updated_at) VALUES ($1, 'pending', $2, $2) RETURNING id)
             INSERT INTO outbox (subscriber_id, kind, lesson, status, due_at, created_at, first_name)
             SELECT id, 'confirm', 0, 'pending', $3, $2, $4 FROM s`,
            [email, now, at, firstName],
          );
          return { outcome: 'queued', at };
        }
        const id = Number(found!.id);
        await query(`UPDATE subscribers SET status = 'pending', confirmed_at = NULL, updated_at = $1 WHERE id = $2`, [
          now,
          id,
        ]);
        const queued = await queue(query, id, 'confirm', 0, at, now, firstName);
        return { outcome: queued ? 'queued' : 'already-queued', at };
      },
      { locks },
    );
  }

  async peekConfirm(tokenHash: string, now: number): Promise<ConfirmOutcome | 'valid'> {
    const [row] = await this.query(
      `SELECT t.expires_at, s.status FROM tokens t JOIN subscribers s ON s.id = t.subscriber_id
       WHERE t.hash = $1 AND t.purpose = 'confirm'`,
      [tokenHash],
    );
    return row ? confirmState(row.status as SubscriberStatus, optionalNumber(row.expires_at), now) : 'invalid';
  }

  confirm(tokenHash: string, now: number): Promise<ConfirmOutcome> {
    return this.transaction(async (query) => {
      // The person's row is locked: of two clicks on two instances, the second sees 'confirmed'.
      const [row] = await query(
        `SELECT t.subscriber_id, t.expires_at, t.first_name, s.status FROM tokens t JOIN subscribers s ON s.id = t.subscriber_id
         WHERE t.hash = $1 AND t.purpose = 'confirm' FOR NO KEY UPDATE OF s`,
        [tokenHash],
      );
      if (!row) return 'invalid';
      const state = confirmState(row.status as SubscriberStatus, optionalNumber(row.expires_at), now);
      if (state !== 'valid') return state;
      const id = Number(row.subscriber_id);
      await query(
        `UPDATE subscribers SET status = 'confirmed', first_name = $1, confirmed_at = $2, updated_at = $2 WHERE id = $3`,
        [(row.first_name as string | null) ?? null, now, id],
      );
      await query(
        `UPDATE outbox SET status = 'cancelled', lease_owner = NULL, lease_until = NULL
         WHERE subscriber_id = $1 AND kind = 'confirm' AND status = 'pending'`,
        [id],
      );
      await queue(query, id, 'lesson', 1, now, now);
      return 'confirmed';
    });
  }

  async progressByConfirmToken(tokenHash: string): Promise<CourseProgress | undefined> {
    const [row] = await this.query(
      `SELECT (SELECT COUNT(DISTINCT lesson) FROM outbox WHERE subscriber_id = s.id AND kind = 'lesson' AND status = 'sent') AS sent,
              n.lesson, n.due_at
       FROM tokens t JOIN subscribers s ON s.id = t.subscriber_id
       LEFT JOIN LATERAL (SELECT lesson, due_at FROM outbox WHERE subscriber_id = s.id AND kind = 'lesson' AND status = 'pending'
                          ORDER BY lesson LIMIT 1) n ON true
       WHERE t.hash = $1 AND t.purpose = 'confirm' AND s.status = 'confirmed'`,
      [tokenHash],
    );
    if (!row) return undefined;
    return {
      lessonsSent: Number(row.sent),
      ...(row.lesson !== null && { next: { lesson: Number(row.lesson), dueAt: Number(row.due_at) } }),
    };
  }

  async peekUnsubscribe(tokenHash: string): Promise<UnsubscribeOutcome | 'valid'> {
    const [row] = await this.query(
      `SELECT s.status FROM tokens t JOIN subscribers s ON s.id = t.subscriber_id WHERE t.hash = $1 AND t.purpose = 'unsubscribe'`,
      [tokenHash],
    );
    if (!row) return 'invalid';
    return row.status === 'unsubscribed' ? 'already-unsubscribed' : 'valid';
  }

  unsubscribe(tokenHash: string, now: number): Promise<UnsubscribeOutcome> {
    return this.transaction(async (query) => {
      const [row] = await query(
        `SELECT s.id, s.status FROM tokens t JOIN subscribers s ON s.id = t.subscriber_id
         WHERE t.hash = $1 AND t.purpose = 'unsubscribe' FOR NO KEY UPDATE OF s`,
        [tokenHash],
      );
      if (!row) return 'invalid';
      if (row.status === 'unsubscribed') return 'already-unsubscribed';
      const id = Number(row.id);
      await query(
        `UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = $1, updated_at = $1 WHERE id = $2`,
        [now, id],
      );
      await query(`DELETE FROM tokens WHERE subscriber_id = $1 AND purpose = 'confirm'`, [id]);
      await cancelQueued(query, id);
      return 'unsubscribed';
    });
  }

  /**
   * One statement: the oldest due row nobody holds (SKIP LOCKED passes over rows another worker is claiming right
   * now), leased for `leaseMs`. A row whose lease ran out (its worker died) is due again.
   */
  async claimNext(owner: string, now: number, leaseMs: number): Promise<Job | undefined> {
    const [row] = await this.query(
      `UPDATE outbox SET lease_owner = $1, lease_until = $2, attempts = attempts + 1
       WHERE id = (SELECT id FROM outbox WHERE status = 'pending' AND due_at <= $3 AND (lease_until IS NULL OR lease_until <= $3)
                   ORDER BY due_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING id, subscriber_id, kind, lesson, attempts, created_at`,
      [owner, now + leaseMs, now],
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
  }

  prepareSend(job: Job, now: number, tokens: NewToken[]): Promise<Subscriber | undefined> {
    return this.transaction(async (query) => {
      const [row] = await query(
        `SELECT s.*, o.first_name AS given_name FROM outbox o JOIN subscribers s ON s.id = o.subscriber_id
         WHERE o.id = $1 AND o.status = 'pending' FOR NO KEY UPDATE OF s`,
        [job.id],
      );
      const wanted = job.kind === 'confirm' ? 'pending' : 'confirmed';
      if (!row || row.status !== wanted) {
        await query(
          `UPDATE outbox SET status = 'cancelled', lease_owner = NULL, lease_until = NULL WHERE id = $1 AND status = 'pending'`,
          [job.id],
        );
        return undefined;
      }
      for (const token of tokens) {
        await query(
          'INSERT INTO tokens (hash, subscriber_id, purpose, created_at, expires_at, first_name) VALUES ($1, $2, $3, $4, $5, $6)',
          [
            token.hash,
            job.subscriberId,
            token.purpose,
            now,
            token.expiresAt,
            token.purpose === 'confirm' ? ((row.given_name as string | null) ?? null) : null,
          ],
        );
      }
      return subscriberFrom(row);
    });
  }

  markSent(jobId: number, now: number, messageId: string, next?: { lesson: number; dueAt: number }): Promise<void> {
    return this.transaction(async (query) => {
      const [row] = await query(
        `SELECT o.subscriber_id, o.status, s.status AS subscriber_status FROM outbox o JOIN subscribers s ON s.id = o.subscriber_id
         WHERE o.id = $1 FOR SHARE OF s FOR UPDATE OF o`,
        [jobId],
      );
      if (!row) return; // deleted by the admin CLI while sending
      await query(
        `UPDATE outbox SET status = 'sent', sent_at = $1, message_id = $2, lease_owner = NULL, lease_until = NULL, last_error = NULL
         WHERE id = $3`,
        [now, messageId, jobId],
      );
      if (!next || row.status === 'sent' || row.subscriber_status !== 'confirmed') return;
      await queue(query, Number(row.subscriber_id), 'lesson', next.lesson, next.dueAt, now);
    });
  }

  async markRetry(jobId: number, retryAt: number, error: string): Promise<void> {
    await this.query(
      `UPDATE outbox SET due_at = $1, last_error = $2, lease_owner = NULL, lease_until = NULL WHERE id = $3 AND status = 'pending'`,
      [retryAt, storedError(error), jobId],
    );
  }

  markFailed(jobId: number, error: string, now: number): Promise<void> {
    return this.transaction(async (query) => {
      const [row] = await query(
        `UPDATE outbox SET status = 'failed', last_error = $1, lease_owner = NULL, lease_until = NULL WHERE id = $2 AND status = 'pending'
         RETURNING subscriber_id`,
        [storedError(error), jobId],
      );
      if (!row) return;
      const id = Number(row.subscriber_id);
      const bounced = await query(
        `UPDATE subscribers SET status = 'bounced', bounced_at = $1, updated_at = $1 WHERE id = $2 AND status IN ('pending', 'confirmed')
         RETURNING id`,
        [now, id],
      );
      if (bounced.length > 0) await cancelQueued(query, id);
    });
  }

  async cancel(jobId: number, reason: string): Promise<void> {
    await this.query(
      `UPDATE outbox SET status = 'cancelled', last_error = $1, lease_owner = NULL, lease_until = NULL WHERE id = $2 AND status = 'pending'`,
      [storedError(reason), jobId],
    );
  }

  /** Every worker pass of every instance calls this; one at a time does the work, the others skip it. */
  prune(now: number): Promise<void> {
    return this.transaction(async (query) => {
      const [turn] = await query('SELECT pg_try_advisory_xact_lock($1, $2) AS mine', [LOCK_CLASS, PRUNE_LOCK]);
      if (!turn!.mine) return;
      await query('DELETE FROM rate_events WHERE at < $1', [now - KEEP_RATE_EVENTS_MS]);
      await query(`DELETE FROM tokens WHERE purpose = 'confirm' AND expires_at < $1`, [
        now - KEEP_EXPIRED_CONFIRM_TOKENS_MS,
      ]);
      await query(
        `DELETE FROM subscribers WHERE (status = 'pending' OR (status = 'bounced' AND confirmed_at IS NULL)) AND updated_at < $1
         AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.subscriber_id = subscribers.id AND o.status = 'pending')`,
        [now - KEEP_UNCONFIRMED_MS],
      );
    });
  }

  async #windowOpens(query: Query, key: string, limits: Limit[], now: number): Promise<number> {
    if (limits.length === 0) return now;
    const rows = await query('SELECT at FROM rate_events WHERE key = $1 AND at > $2 ORDER BY at', [
      key,
      now - longestWindow(limits),
    ]);
    return windowOpens(
      rows.map((row) => Number(row.at)),
      limits,
      now,
    );
  }
}

/** At most one pending row per person, kind and lesson (the partial unique index); false when one was there. */
async function queue(
  query: Query,
  subscriberId: number,
  kind: OutboxKind,
  lesson: number,
  dueAt: number,
  now: number,
  firstName: string | null = null,
): Promise<boolean> {
  const rows = await query(
    `INSERT INTO outbox (subscriber_id, kind, lesson, status, due_at, created_at, first_name)
     VALUES ($1, $2, $3, 'pending', $4, $5, $6)
     ON CONFLICT (subscriber_id, kind, lesson) WHERE status = 'pending' DO NOTHING RETURNING id`,
    [subscriberId, kind, lesson, dueAt, now, firstName],
  );
  return rows.length > 0;
}

async function cancelQueued(query: Query, subscriberId: number): Promise<void> {
  await query(
    `UPDATE outbox SET status = 'cancelled', lease_owner = NULL, lease_until = NULL WHERE subscriber_id = $1 AND status = 'pending'`,
    [subscriberId],
  );
}
