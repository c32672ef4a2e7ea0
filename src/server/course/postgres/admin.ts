// The PostgreSQL store's administration queries (export, delete, counts, dump and load for `course:admin -- copy`),
// apart from the course's own flow in store.ts, which extends this class.
import type { ExportRow, OutboxEntry, StoreCounts, StoreDump, Subscriber } from '../store.ts';
import { addressRateKey } from '../store-rules.ts';
import { DUMP_COLUMNS, columnName, dumpFrom, exportRowFrom, outboxEntryFrom, subscriberFrom } from '../store-rows.ts';
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
    return rows.map(exportRowFrom);
  }

  deleteSubscriber(email: string): Promise<boolean> {
    return this.transaction(async (query) => {
      await query('DELETE FROM rate_events WHERE key = $1', [addressRateKey(email)]);
      return (await query('DELETE FROM subscribers WHERE lower(email) = lower($1) RETURNING id', [email])).length > 0;
    });
  }

  async findSubscriber(email: string): Promise<Subscriber | undefined> {
    const [row] = await this.query('SELECT * FROM subscribers WHERE lower(email) = lower($1)', [email]);
    return row && subscriberFrom(row);
  }

  async outboxOf(email: string): Promise<OutboxEntry[]> {
    const rows = await this.query(
      `SELECT o.* FROM outbox o JOIN subscribers s ON s.id = o.subscriber_id WHERE lower(s.email) = lower($1) ORDER BY o.id`,
      [email],
    );
    return rows.map(outboxEntryFrom);
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
      async (query) =>
        dumpFrom({
          subscribers: await query('SELECT * FROM subscribers ORDER BY id'),
          tokens: await query('SELECT * FROM tokens ORDER BY subscriber_id, created_at, hash'),
          outbox: await query('SELECT * FROM outbox ORDER BY id'),
          rateEvents: await query('SELECT key, at FROM rate_events ORDER BY at, key'),
        }),
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
      for (const table of ['subscribers', 'tokens', 'outbox', 'rateEvents'] as const) {
        const keys = DUMP_COLUMNS[table];
        const columns = keys.map(columnName).join(', ');
        const types = keys.map((key) => `${columnName(key)} ${pgType(key)}`).join(', ');
        const rows = dump[table] as object[];
        for (let i = 0; i < rows.length; i += LOAD_BATCH) {
          const batch = rows.slice(i, i + LOAD_BATCH).map((row) => snakeCase(row));
          await query(
            `INSERT INTO ${columnName(table)} (${columns}) OVERRIDING SYSTEM VALUE
             SELECT ${columns} FROM jsonb_to_recordset($1::jsonb) AS r(${types})`,
            [JSON.stringify(batch)],
          );
        }
      }
      for (const table of ['subscribers', 'outbox']) {
        await query(
          `SELECT setval(pg_get_serial_sequence('${table}', 'id'), GREATEST((SELECT max(id) FROM ${table}), 0) + 1, false)`,
        );
      }
    });
  }
}

/** The column type jsonb_to_recordset reads a dump field as. */
function pgType(key: string): string {
  if (key === 'lesson' || key === 'attempts') return 'integer';
  return /^(id|subscriberId|at)$|(At|Until)$/.test(key) ? 'bigint' : 'text';
}

/** { subscriberId: 1 } → { subscriber_id: 1 }, the column names jsonb_to_recordset matches. */
function snakeCase(row: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [columnName(key), value]));
}
