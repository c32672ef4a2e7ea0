// The PostgreSQL store's administration queries (export, delete, counts, dump and load for `course:admin -- copy`),
// apart from the course's own flow in store.ts, which extends this class.
import type {
  ExportRow,
  OutboxEntry,
  OutboxKind,
  OutboxStatus,
  StoreCounts,
  StoreDump,
  Subscriber,
  SubscriberStatus,
  TokenPurpose,
} from '../store.ts';
import { addressRateKey } from '../store-rules.ts';
import type { Param, PgDb, Query, Row } from './db.ts';

/** Rows per INSERT when loading a dump (jsonb_to_recordset turns each batch into rows in one statement). */
const LOAD_BATCH = 2000;

export abstract class PgAdmin {
  protected readonly db: PgDb;

  constructor(db: PgDb) {
    this.db = db;
  }

  /** Makes sure the schema is up to date before the first query (the subclass migrates once). */
  protected abstract ready(): Promise<void>;

  protected async query(sql: string, params: Param[] = []): Promise<Row[]> {
    await this.ready();
    return this.db.query(sql, params);
  }

  protected async transaction<T>(
    work: (query: Query) => Promise<T>,
    options?: { isolation?: string; locks?: string[] },
  ): Promise<T> {
    await this.ready();
    return this.db.transaction(work, options);
  }

  async exportSubscribers(): Promise<ExportRow[]> {
    const rows = await this.query(
      `SELECT s.*, (SELECT COUNT(*) FROM outbox o WHERE o.subscriber_id = s.id AND o.kind = 'lesson' AND o.status = 'sent') AS lessons_sent
       FROM subscribers s ORDER BY s.id`,
    );
    return rows.map((row) => {
      const { email, firstName, status, createdAt, confirmedAt, unsubscribedAt, bouncedAt } = this.subscriberFrom(row);
      const lessonsSent = Number(row.lessons_sent);
      return { email, firstName, status, createdAt, confirmedAt, unsubscribedAt, bouncedAt, lessonsSent };
    });
  }

  deleteSubscriber(email: string): Promise<boolean> {
    return this.transaction(async (query) => {
      await query('DELETE FROM rate_events WHERE key = $1', [addressRateKey(email)]);
      return (await query('DELETE FROM subscribers WHERE lower(email) = lower($1) RETURNING id', [email])).length > 0;
    });
  }

  async findSubscriber(email: string): Promise<Subscriber | undefined> {
    const [row] = await this.query('SELECT * FROM subscribers WHERE lower(email) = lower($1)', [email]);
    return row && this.subscriberFrom(row);
  }

  async outboxOf(email: string): Promise<OutboxEntry[]> {
    const rows = await this.query(
      `SELECT o.* FROM outbox o JOIN subscribers s ON s.id = o.subscriber_id WHERE lower(s.email) = lower($1) ORDER BY o.id`,
      [email],
    );
    return rows.map((row) => ({
      kind: row.kind as OutboxKind,
      lesson: Number(row.lesson),
      status: row.status as OutboxStatus,
      dueAt: Number(row.due_at),
      attempts: Number(row.attempts),
      lastError: (row.last_error as string | null) ?? null,
      leaseOwner: (row.lease_owner as string | null) ?? null,
      leaseUntil: (row.lease_until as number | null) ?? null,
    }));
  }

  async counts(): Promise<StoreCounts> {
    const [row] = await this.query(
      `SELECT (SELECT json_object_agg(status, n) FROM (SELECT status, COUNT(*) AS n FROM subscribers GROUP BY status) s) AS subscribers,
              (SELECT json_object_agg(status, n) FROM (SELECT status, COUNT(*) AS n FROM outbox GROUP BY status) o) AS outbox,
              (SELECT COUNT(*) FROM tokens) AS tokens`,
    );
    return {
      subscribers: { pending: 0, confirmed: 0, unsubscribed: 0, bounced: 0, ...(row!.subscribers as object) },
      outbox: { pending: 0, sent: 0, failed: 0, cancelled: 0, ...(row!.outbox as object) },
      tokens: Number(row!.tokens),
    };
  }

  /** Every row in one snapshot (REPEATABLE READ), in the shape SQLite's dump has. */
  dump(): Promise<StoreDump> {
    return this.transaction(
      async (query) => {
        const subscribers = (await query('SELECT * FROM subscribers ORDER BY id')).map((row) => ({
          ...this.subscriberFrom(row),
          updatedAt: Number(row.updated_at),
        }));
        const tokens = (await query('SELECT * FROM tokens ORDER BY subscriber_id, created_at, hash')).map((row) => ({
          hash: String(row.hash),
          subscriberId: Number(row.subscriber_id),
          purpose: row.purpose as TokenPurpose,
          createdAt: Number(row.created_at),
          expiresAt: (row.expires_at as number | null) ?? null,
          firstName: (row.first_name as string | null) ?? null,
        }));
        const outbox = (await query('SELECT * FROM outbox ORDER BY id')).map((row) => ({
          id: Number(row.id),
          subscriberId: Number(row.subscriber_id),
          kind: row.kind as OutboxKind,
          lesson: Number(row.lesson),
          status: row.status as OutboxStatus,
          dueAt: Number(row.due_at),
          attempts: Number(row.attempts),
          leaseOwner: (row.lease_owner as string | null) ?? null,
          leaseUntil: (row.lease_until as number | null) ?? null,
          lastError: (row.last_error as string | null) ?? null,
          messageId: (row.message_id as string | null) ?? null,
          createdAt: Number(row.created_at),
          sentAt: (row.sent_at as number | null) ?? null,
          firstName: (row.first_name as string | null) ?? null,
        }));
        const rateEvents = (await query('SELECT key, at FROM rate_events ORDER BY at, key')).map((row) => ({
          key: String(row.key),
          at: Number(row.at),
        }));
        return { subscribers, tokens, outbox, rateEvents };
      },
      { isolation: 'REPEATABLE READ READ ONLY' },
    );
  }

  /**
   * Writes a dump in one transaction, ids kept, then moves the id sequences past the highest id so new rows do not
   * collide. Each table's rows go in batches of JSON turned into rows by jsonb_to_recordset.
   */
  load(dump: StoreDump): Promise<void> {
    return this.transaction(async (query) => {
      // Nobody signs up in between: the check and the copy hold the table.
      await query('LOCK TABLE subscribers IN EXCLUSIVE MODE');
      const [held] = await query('SELECT COUNT(*) AS n FROM subscribers');
      if (Number(held!.n) > 0)
        throw new Error(`The database already holds ${held!.n} subscribers: copy only into an empty store.`);
      await query('DELETE FROM rate_events');
      const insert = async (table: string, columns: string, types: string, rows: object[]) => {
        for (let i = 0; i < rows.length; i += LOAD_BATCH) {
          await query(
            `INSERT INTO ${table} (${columns}) OVERRIDING SYSTEM VALUE
             SELECT ${columns} FROM jsonb_to_recordset($1::jsonb) AS r(${types})`,
            [JSON.stringify(rows.slice(i, i + LOAD_BATCH).map(snakeCase))],
          );
        }
      };
      await insert(
        'subscribers',
        'id, email, first_name, status, created_at, updated_at, confirmed_at, unsubscribed_at, bounced_at',
        'id bigint, email text, first_name text, status text, created_at bigint, updated_at bigint, confirmed_at bigint, unsubscribed_at bigint, bounced_at bigint',
        dump.subscribers,
      );
      await insert(
        'tokens',
        'hash, subscriber_id, purpose, created_at, expires_at, first_name',
        'hash text, subscriber_id bigint, purpose text, created_at bigint, expires_at bigint, first_name text',
        dump.tokens,
      );
      await insert(
        'outbox',
        'id, subscriber_id, kind, lesson, status, due_at, attempts, lease_owner, lease_until, last_error, message_id, created_at, sent_at, first_name',
        'id bigint, subscriber_id bigint, kind text, lesson integer, status text, due_at bigint, attempts integer, lease_owner text, lease_until bigint, last_error text, message_id text, created_at bigint, sent_at bigint, first_name text',
        dump.outbox,
      );
      await insert('rate_events', 'key, at', 'key text, at bigint', dump.rateEvents);
      for (const table of ['subscribers', 'outbox']) {
        await query(
          `SELECT setval(pg_get_serial_sequence('${table}', 'id'), GREATEST((SELECT max(id) FROM ${table}), 0) + 1, false)`,
        );
      }
    });
  }

  protected subscriberFrom(row: Row): Subscriber {
    return {
      id: Number(row.id),
      email: String(row.email),
      firstName: (row.first_name as string | null) ?? null,
      status: row.status as SubscriberStatus,
      createdAt: Number(row.created_at),
      confirmedAt: (row.confirmed_at as number | null) ?? null,
      unsubscribedAt: (row.unsubscribed_at as number | null) ?? null,
      bouncedAt: (row.bounced_at as number | null) ?? null,
    };
  }
}

/** { subscriberId: 1 } → { subscriber_id: 1 }, the column names jsonb_to_recordset matches. */
function snakeCase(row: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), value]),
  );
}
