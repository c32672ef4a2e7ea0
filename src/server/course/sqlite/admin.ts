// The SQLite store's administration queries (export, delete, counts, dump and load for `course:admin -- copy`),
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
import { optionalNumber, optionalText, type Row, type SqliteDb } from './db.ts';

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
        .map((row) => {
          const { email, firstName, status, createdAt, confirmedAt, unsubscribedAt, bouncedAt } =
            this.subscriberFrom(row);
          const lessonsSent = Number(row.lessons_sent);
          return { email, firstName, status, createdAt, confirmedAt, unsubscribedAt, bouncedAt, lessonsSent };
        }),
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
      return row && this.subscriberFrom(row);
    });
  }

  outboxOf(email: string): Promise<OutboxEntry[]> {
    return this.call(() =>
      this.db
        .all(
          `SELECT o.* FROM outbox o JOIN subscribers s ON s.id = o.subscriber_id WHERE s.email = ? ORDER BY o.id`,
          email,
        )
        .map((row) => ({
          kind: row.kind as OutboxKind,
          lesson: Number(row.lesson),
          status: row.status as OutboxStatus,
          dueAt: Number(row.due_at),
          attempts: Number(row.attempts),
          lastError: optionalText(row.last_error),
          leaseOwner: optionalText(row.lease_owner),
          leaseUntil: optionalNumber(row.lease_until),
        })),
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

  dump(): Promise<StoreDump> {
    return this.call(() =>
      this.db.read(() => ({
        subscribers: this.db.all('SELECT * FROM subscribers ORDER BY id').map((row) => ({
          ...this.subscriberFrom(row),
          updatedAt: Number(row.updated_at),
        })),
        tokens: this.db.all('SELECT * FROM tokens ORDER BY subscriber_id, created_at, hash').map((row) => ({
          hash: String(row.hash),
          subscriberId: Number(row.subscriber_id),
          purpose: row.purpose as TokenPurpose,
          createdAt: Number(row.created_at),
          expiresAt: optionalNumber(row.expires_at),
          firstName: optionalText(row.first_name),
        })),
        outbox: this.db.all('SELECT * FROM outbox ORDER BY id').map((row) => ({
          id: Number(row.id),
          subscriberId: Number(row.subscriber_id),
          kind: row.kind as OutboxKind,
          lesson: Number(row.lesson),
          status: row.status as OutboxStatus,
          dueAt: Number(row.due_at),
          attempts: Number(row.attempts),
          leaseOwner: optionalText(row.lease_owner),
          leaseUntil: optionalNumber(row.lease_until),
          lastError: optionalText(row.last_error),
          messageId: optionalText(row.message_id),
          createdAt: Number(row.created_at),
          sentAt: optionalNumber(row.sent_at),
          firstName: optionalText(row.first_name),
        })),
        rateEvents: this.db
          .all('SELECT key, at FROM rate_events ORDER BY at, key')
          .map((row) => ({ key: String(row.key), at: Number(row.at) })),
      })),
    );
  }

  load(dump: StoreDump): Promise<void> {
    const db = this.db;
    return this.call(() =>
      db.write(() => {
        const held = Number(db.get('SELECT COUNT(*) AS n FROM subscribers')!.n);
        if (held > 0) throw new Error(`${db.file} already holds ${held} subscribers: copy only into an empty store.`);
        // Whatever an earlier, emptied list left (events, orphan-free by the cascade) makes way for the copy.
        db.run('DELETE FROM rate_events');
        for (const s of dump.subscribers) {
          db.run(
            `INSERT INTO subscribers (id, email, first_name, status, created_at, updated_at, confirmed_at, unsubscribed_at, bounced_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            s.id,
            s.email,
            s.firstName,
            s.status,
            s.createdAt,
            s.updatedAt,
            s.confirmedAt,
            s.unsubscribedAt,
            s.bouncedAt,
          );
        }
        for (const t of dump.tokens) {
          db.run(
            'INSERT INTO tokens (hash, subscriber_id, purpose, created_at, expires_at, first_name) VALUES (?, ?, ?, ?, ?, ?)',
            t.hash,
            t.subscriberId,
            t.purpose,
            t.createdAt,
            t.expiresAt,
            t.firstName,
          );
        }
        for (const o of dump.outbox) {
          db.run(
            `INSERT INTO outbox (id, subscriber_id, kind, lesson, status, due_at, attempts, lease_owner, lease_until, last_error,
                                 message_id, created_at, sent_at, first_name)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            o.id,
            o.subscriberId,
            o.kind,
            o.lesson,
            o.status,
            o.dueAt,
            o.attempts,
            o.leaseOwner,
            o.leaseUntil,
            o.lastError,
            o.messageId,
            o.createdAt,
            o.sentAt,
            o.firstName,
          );
        }
        for (const e of dump.rateEvents) db.run('INSERT INTO rate_events (key, at) VALUES (?, ?)', e.key, e.at);
      }),
    );
  }

  protected subscriberFrom(row: Row): Subscriber {
    return {
      id: Number(row.id),
      email: String(row.email),
      firstName: optionalText(row.first_name),
      status: row.status as SubscriberStatus,
      createdAt: Number(row.created_at),
      confirmedAt: optionalNumber(row.confirmed_at),
      unsubscribedAt: optionalNumber(row.unsubscribed_at),
      bouncedAt: optionalNumber(row.bounced_at),
    };
  }
}
