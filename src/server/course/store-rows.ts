// Rows as both engines return them (snake_case columns; numbers, bigints or numeric text for BIGINT columns) turned
// into the contract's shapes, so SQLite's and PostgreSQL's admin queries read them alike.
import type {
  OutboxEntry,
  OutboxKind,
  OutboxStatus,
  StoreDump,
  Subscriber,
  SubscriberStatus,
  TokenPurpose,
} from './store.ts';

export type StoredRow = Record<string, unknown>;

/** A number column that may be NULL. */
export function optionalNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

export function optionalText(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

export function subscriberFrom(row: StoredRow): Subscriber {
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

export function outboxEntryFrom(row: StoredRow): OutboxEntry {
  return {
    kind: row.kind as OutboxKind,
    lesson: Number(row.lesson),
    status: row.status as OutboxStatus,
    dueAt: Number(row.due_at),
    attempts: Number(row.attempts),
    lastError: optionalText(row.last_error),
    leaseOwner: optionalText(row.lease_owner),
    leaseUntil: optionalNumber(row.lease_until),
  };
}

/** Every table's rows, as `SELECT * … ORDER BY …` gave them, in the dump's shape. */
export function dumpFrom(tables: {
  subscribers: StoredRow[];
  tokens: StoredRow[];
  outbox: StoredRow[];
  rateEvents: StoredRow[];
}): StoreDump {
  return {
    subscribers: tables.subscribers.map((row) => ({ ...subscriberFrom(row), updatedAt: Number(row.updated_at) })),
    tokens: tables.tokens.map((row) => ({
      hash: String(row.hash),
      subscriberId: Number(row.subscriber_id),
      purpose: row.purpose as TokenPurpose,
      createdAt: Number(row.created_at),
      expiresAt: optionalNumber(row.expires_at),
      firstName: optionalText(row.first_name),
    })),
    outbox: tables.outbox.map((row) => ({
      id: Number(row.id),
      subscriberId: Number(row.subscriber_id),
      ...outboxEntryFrom(row),
      messageId: optionalText(row.message_id),
      createdAt: Number(row.created_at),
      sentAt: optionalNumber(row.sent_at),
      firstName: optionalText(row.first_name),
    })),
    rateEvents: tables.rateEvents.map((row) => ({ key: String(row.key), at: Number(row.at) })),
  };
}

/** One export line: the person and how many lessons they have had. */
export function exportRowFrom(row: StoredRow) {
  const { email, firstName, status, createdAt, confirmedAt, unsubscribedAt, bouncedAt } = subscriberFrom(row);
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
}

/** The columns of each table as the dump names them, in insert order (both engines load with these). */
export const DUMP_COLUMNS = {
  subscribers: [
    'id',
    'email',
    'firstName',
    'status',
    'createdAt',
    'updatedAt',
    'confirmedAt',
    'unsubscribedAt',
    'bouncedAt',
  ],
  tokens: ['hash', 'subscriberId', 'purpose', 'createdAt', 'expiresAt', 'firstName'],
  outbox: [
    'id',
    'subscriberId',
    'kind',
    'lesson',
    'status',
    'dueAt',
    'attempts',
    'leaseOwner',
    'leaseUntil',
    'lastError',
    'messageId',
    'createdAt',
    'sentAt',
    'firstName',
  ],
  rateEvents: ['key', 'at'],
} as const;

/** firstName → first_name. */
export function columnName(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
