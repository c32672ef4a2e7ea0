// The course's store contract: every query the course makes, as one interface with two implementations chosen at
// start-up (open-store.ts): SQLite in DATA_DIR (sqlite/), the embedded default, and PostgreSQL when DATABASE_URL is
// set (postgres/). All SQL lives in those two folders. Both keep the same promises:
// - a state change and the email it causes commit together (the outbox pattern);
// - an acknowledged call is durable (SQLite: WAL with synchronous=FULL; PostgreSQL: a committed transaction);
// - each outbox row is leased by one worker at a time, so any number of workers may share the outbox;
// - a database that stays locked or cannot be reached rejects with StoreBusyError (busy.ts), which the web server
//   answers with 503 and Retry-After, never an empty 500.
import type { Limit } from './config.ts';

export type StoreEngine = 'sqlite' | 'postgres';
export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed' | 'bounced';
export type OutboxKind = 'confirm' | 'lesson';
export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'cancelled';
export type TokenPurpose = 'confirm' | 'unsubscribe';

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
export interface SignupInput {
  email: string;
  firstName: string | null;
  clientKey: string;
  now: number;
  ipLimits: Limit[];
  addressLimits: Limit[];
}
export type ConfirmOutcome = 'confirmed' | 'already-confirmed' | 'expired' | 'invalid';
export type UnsubscribeOutcome = 'unsubscribed' | 'already-unsubscribed' | 'invalid';

/** Where a confirmed person is in the course: lessons sent, and the next one queued (if any). */
export interface CourseProgress {
  lessonsSent: number;
  next?: { lesson: number; dueAt: number };
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

/** A link to store right before an email carrying it is sent (only the token's hash). */
export interface NewToken {
  hash: string;
  purpose: TokenPurpose;
  expiresAt: number | null;
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

export interface OutboxEntry {
  kind: OutboxKind;
  lesson: number;
  status: OutboxStatus;
  dueAt: number;
  attempts: number;
  lastError: string | null;
  /** The worker holding the row, until when (a lease left by a worker that died runs out, then the row is due). */
  leaseOwner: string | null;
  leaseUntil: number | null;
}

export interface StoreCounts {
  subscribers: Record<SubscriberStatus, number>;
  outbox: Record<OutboxStatus, number>;
  tokens: number;
}

/**
 * Every row of every table, column for column (times in ms since 1970), to move a list from one engine to the other
 * (`course:admin -- copy`). Ids are kept: tokens and emails point at their person, and a Message-ID names its row.
 */
export interface StoreDump {
  subscribers: (Subscriber & { updatedAt: number })[];
  tokens: {
    hash: string;
    subscriberId: number;
    purpose: TokenPurpose;
    createdAt: number;
    expiresAt: number | null;
    firstName: string | null;
  }[];
  outbox: {
    id: number;
    subscriberId: number;
    kind: OutboxKind;
    lesson: number;
    status: OutboxStatus;
    dueAt: number;
    attempts: number;
    leaseOwner: string | null;
    leaseUntil: number | null;
    lastError: string | null;
    messageId: string | null;
    createdAt: number;
    sentAt: number | null;
    firstName: string | null;
  }[];
  rateEvents: { key: string; at: number }[];
}

export interface MigrationResult {
  /** The schema version before and after. */
  from: number;
  to: number;
}

export interface CourseStore {
  readonly engine: StoreEngine;
  /** Where the data lives, for logs: a file path, or a PostgreSQL URL without its password. */
  readonly location: string;

  /** Brings the schema up to date (each migration once, even with several processes starting together). */
  migrate(): Promise<MigrationResult>;
  schemaVersion(): Promise<number>;
  /**
   * A random secret shared by every process that uses this store, made on first use (the key of the client-address
   * hashes): SQLite keeps it in a file beside the database, PostgreSQL in the database.
   */
  sharedSecret(name: string): Promise<string>;

  /**
   * A signup: creates or re-opens the subscriber and queues a confirmation email, within the per-IP and per-address
   * limits, in one transaction. A confirmed subscriber is left alone; an unsubscribed or bounced one goes back to
   * pending. When the address's window is full, the email is queued for the moment it opens, and `at` says when.
   * Every accepted signup of an address counts against its window, whatever the person's state, so the answer
   * never tells a stranger whether the address is on the list.
   */
  signup(input: SignupInput): Promise<SignupResult>;
  /** What a confirmation link would do, without doing it (the GET page). */
  peekConfirm(tokenHash: string, now: number): Promise<ConfirmOutcome | 'valid'>;
  /**
   * Confirms the subscriber under the first name given with this link, and queues lesson 1 for now, in one
   * transaction. The link keeps working afterwards, to say "already on the course" (people open it again).
   */
  confirm(tokenHash: string, now: number): Promise<ConfirmOutcome>;
  /** For the page a confirmed person sees when they open their confirmation link again. */
  progressByConfirmToken(tokenHash: string): Promise<CourseProgress | undefined>;
  /** What an unsubscribe link would do, without doing it (the GET page). */
  peekUnsubscribe(tokenHash: string): Promise<UnsubscribeOutcome | 'valid'>;
  /** Unsubscribes at once and cancels everything queued for the person, including rows a worker holds. */
  unsubscribe(tokenHash: string, now: number): Promise<UnsubscribeOutcome>;

  /** Leases the oldest due email for `leaseMs`, so another worker skips it; an expired lease can be taken over. */
  claimNext(owner: string, now: number, leaseMs: number): Promise<Job | undefined>;
  /**
   * Right before sending: re-reads the subscriber and, if the email is still wanted (pending for a confirmation,
   * confirmed for a lesson), stores the hashes of the links it will carry (a confirmation link with the first name
   * given at its signup). Otherwise cancels the row.
   */
  prepareSend(job: Job, now: number, tokens: NewToken[]): Promise<Subscriber | undefined>;
  /**
   * Records a delivered email and, for a lesson, queues the next one at `next.dueAt` if the person is still
   * confirmed. A row delivered twice (an expired lease) schedules the next lesson only once.
   */
  markSent(jobId: number, now: number, messageId: string, next?: { lesson: number; dueAt: number }): Promise<void>;
  /** A temporary failure: try again at `retryAt`. */
  markRetry(jobId: number, retryAt: number, error: string): Promise<void>;
  /**
   * A permanent failure (an SMTP 5xx, or about two days of temporary ones): the row stops, and the person is marked
   * 'bounced', with nothing more queued. The admin export shows it; a new signup (and confirmation) starts again.
   */
  markFailed(jobId: number, error: string, now: number): Promise<void>;
  /** A row the worker cannot send and should not retry (e.g. a lesson that no longer exists). */
  cancel(jobId: number, reason: string): Promise<void>;
  /**
   * Forgets what is no longer needed: old rate-limit events, long-expired links, and addresses never confirmed
   * within 30 days (pending, or bounced before confirming).
   */
  prune(now: number): Promise<void>;

  // Administration and tests (admin.ts of each engine).
  /** Everyone, oldest first, for the admin CSV export. */
  exportSubscribers(): Promise<ExportRow[]>;
  /** Deletes a person and everything about them: links, queued and sent emails, rate-limit records of the address. */
  deleteSubscriber(email: string): Promise<boolean>;
  findSubscriber(email: string): Promise<Subscriber | undefined>;
  /** Outbox rows of one person, oldest first. */
  outboxOf(email: string): Promise<OutboxEntry[]>;
  /** Row counts by table and status (tests, bench, health checks). */
  counts(): Promise<StoreCounts>;
  /** Every row, read in one consistent snapshot. */
  dump(): Promise<StoreDump>;
  /** Writes a dump into this store, which must hold no subscriber yet, in one transaction. */
  load(dump: StoreDump): Promise<void>;

  close(): Promise<void>;
}
