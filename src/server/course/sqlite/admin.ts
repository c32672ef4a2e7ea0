// The SQLite store's administration queries (export, delete, counts, dump and load for `course:admin -- copy`),
// apart from the course's own flow in store.ts, which extends this class.
import type { SQLInputValue } from 'node:sqlite';
import type {
  ExportRow,
  OutboxEntry,
  OutboxStatus,
  StoreCounts,
  StoreDump,
  Subscriber,
  SubscriberStatus,
} from '../store.ts';
import { addressRateKey } from '../store-rules.ts';
import { DUMP_COLUMNS, columnName, dumpFrom, exportRowFrom, outboxEntryFrom, subscriberFrom } from '../store-rows.ts';
import type { SqliteDb } from './db.ts';

export abstract class SqliteAdmin {
  protected readonly db: SqliteDb;

  constructor(db: SqliteDb) {
    this.db = db;
  }

  /** Runs synchronous work on the database (the subclass retries it while the file is locked). */
  protected abstract call<T>(work: () => T): Promise<T>;

  exportSubscribers(): Promise<ExportRow[]> {
    return this.call(() =>
      this.db
        .all(
          `SELECT s.*, (SELECT COUNT(*) FROM outbox o WHERE o.subscriber_id = s.id AND o.kind = 'lesson' AND o.status = 'sent') AS lessons_sent
           FROM subscribers s ORDER BY s.id`,
        )
        .map(exportRowFrom),
    );
  }

  deleteSubscriber(email: string): Promise<boolean> {
    return this.call(() =>
      this.db.write(() => {
        this.db.run('DELETE FROM rate_events WHERE key = ?', addressRateKey(email));
        return this.db.run('DELETE FROM subscribers WHERE email = ?', email) > 0;
      }),
    );
  }

  findSubscriber(email: string): Promise<Subscriber | undefined> {
    return this.call(() => {
      const row = this.db.get('SELECT * FROM subscribers WHERE email = ?', email);
      return row && subscriberFrom(row);
    });
  }

  outboxOf(email: string): Promise<OutboxEntry[]> {
    return this.call(() =>
      this.db
        .all(
          `SELECT o.* FROM outbox o JOIN subscribers s ON s.id = o.subscriber_id WHERE s.email = ? ORDER BY o.id`,
          email,
        )
        .map(outboxEntryFrom),
    );
  }

  counts(): Promise<StoreCounts> {
    return this.call(() =>
      this.db.read(() => {
        const subscribers = { pending: 0, confirmed: 0, unsubscribed: 0, bounced: 0 };
        for (const row of this.db.all('SELECT status, COUNT(*) AS n FROM subscribers GROUP BY status'))
          subscribers[row.status as SubscriberStatus] = Number(row.n);
        const outbox = { pending: 0, sent: 0, failed: 0, cancelled: 0 };
        for (const row of this.db.all('SELECT status, COUNT(*) AS n FROM outbox GROUP BY status'))
          outbox[row.status as OutboxStatus] = Number(row.n);
        return { subscribers, outbox, tokens: Number(this.db.get('SELECT COUNT(*) AS n FROM tokens')!.n) };
      }),
    );
  }

  /** Every row, in one read transaction. */
  dump(): Promise<StoreDump> {
    return this.call(() =>
      this.db.read(() =>
        dumpFrom({
          subscribers: this.db.all('SELECT * FROM subscribers ORDER BY id'),
          tokens: this.db.all('SELECT * FROM tokens ORDER BY subscriber_id, created_at, hash'),
          outbox: this.db.all('SELECT * FROM outbox ORDER BY id'),
          rateEvents: this.db.all('SELECT key, at FROM rate_events ORDER BY at, key'),
        }),
      ),
    );
  }

  /** A dump into this (empty) file, ids kept, in one write transaction. */
  load(dump: StoreDump): Promise<void> {
    const db = this.db;
    return this.call(() =>
      db.write(() => {
        const held = Number(db.get('SELECT COUNT(*) AS n FROM subscribers')!.n);
        if (held > 0) throw new Error(`${db.file} already holds ${held} subscribers: copy only into an empty store.`);
        // Whatever an earlier, emptied list left (rate-limit events) makes way for the copy.
        db.run('DELETE FROM rate_events');
        for (const table of ['subscribers', 'tokens', 'outbox', 'rateEvents'] as const) {
          const columns = DUMP_COLUMNS[table];
          const sql = `INSERT INTO ${columnName(table)} (${columns.map(columnName).join(', ')})
                       VALUES (${columns.map(() => '?').join(', ')})`;
          for (const row of dump[table] as Record<string, SQLInputValue>[]) db.run(sql, ...columns.map((c) => row[c]!));
        }
      }),
    );
  }
}
