// A pool of PostgreSQL connections (node-postgres, pure JavaScript) and the two ways the store uses it: one statement
// on its own, or a transaction. A connection that cannot be made or breaks, a deadlock or a serialization failure is
// tried again on timers (2, 4, 8… at most 100 ms apart) until `waitMs` have passed; then the call rejects with
// StoreBusyError, which the web server answers with 503 and Retry-After. Every call is safe to run twice: the store
// is written so that a transaction whose COMMIT was lost with its connection does no harm when it runs again.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { StoreBusyError } from '../busy.ts';

export type Row = Record<string, unknown>;
export type Param = string | number | null;

/** Runs one statement inside the current transaction. */
export type Query = (sql: string, params?: Param[]) => Promise<Row[]>;

export interface PgDbOptions {
  /** How long a call keeps trying while the database cannot be reached, and how long it may wait for a lock. */
  waitMs: number;
  /** Connections this process may hold (PostgreSQL's max_connections is shared by every instance). */
  maxConnections: number;
  /** Shown in pg_stat_activity. */
  applicationName: string;
  log?: (message: string) => void;
}

const INT8 = 20;

export class PgDb {
  readonly #pool: pg.Pool;
  readonly #waitMs: number;

  constructor(url: string, options: PgDbOptions) {
    this.#waitMs = options.waitMs;
    this.#pool = new pg.Pool({
      connectionString: url,
      max: options.maxConnections,
      connectionTimeoutMillis: options.waitMs,
      idleTimeoutMillis: 30_000,
      application_name: options.applicationName,
      // A lock held longer than a request may wait (a stuck transaction) ends the call instead of the wait.
      lock_timeout: options.waitMs,
      // A client that died mid-transaction (kill -9 of a host that did not close its socket) frees its locks.
      idle_in_transaction_session_timeout: 60_000,
      // Times and ids are BIGINT: milliseconds since 1970 and row counts, well within a JavaScript number.
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === INT8 ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection that breaks (a database restart) must not end the process: the pool drops it.
    const log = options.log ?? ((message) => console.error(message));
    this.#pool.on('error', (error) => log(`course: an idle PostgreSQL connection broke: ${error.message}`));
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }

  /** One statement on its own (a transaction of its own). */
  query(sql: string, params: Param[] = []): Promise<Row[]> {
    return this.#retrying(async () => (await this.#pool.query(prepared(sql, params))).rows);
  }

  /**
   * Runs `work` in one transaction, committed when it resolves, rolled back when it throws. `locks` are taken first,
   * in the order given and in the same round trip as BEGIN: transaction advisory locks on those keys, held until the
   * end, so transactions on the same key run one after the other (across every instance).
   */
  transaction<T>(
    work: (query: Query) => Promise<T>,
    options: { isolation?: string; locks?: string[] } = {},
  ): Promise<T> {
    const begin = [
      `BEGIN ISOLATION LEVEL ${options.isolation ?? 'READ COMMITTED'}`,
      ...(options.locks ?? []).map((key) => `SELECT pg_advisory_xact_lock(${LOCK_CLASS}, ${lockKey(key)})`),
    ].join('; ');
    return this.#retrying(async () => {
      const client = await this.#pool.connect();
      let broken = false;
      try {
        await client.query(begin);
        const result = await work(async (sql, params = []) => (await client.query(prepared(sql, params))).rows);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        broken = isUnreachable(error);
        if (!broken) await client.query('ROLLBACK').catch(() => (broken = true));
        throw error;
      } finally {
        // A broken connection is closed, not handed to the next caller.
        client.release(broken);
      }
    });
  }

  /** A connection of its own for `work`, outside the pool's rotation (session-level advisory locks). */
  async session<T>(work: (query: Query) => Promise<T>): Promise<T> {
    const client = await this.#retrying(() => this.#pool.connect());
    let broken = false;
    try {
      return await work(async (sql, params = []) => (await client.query(sql, params)).rows);
    } catch (error) {
      broken = isUnreachable(error);
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async #retrying<T>(attempt: () => Promise<T>): Promise<T> {
    const start = performance.now();
    for (let delay = 2; ; delay = Math.min(delay * 2, 100)) {
      try {
        return await attempt();
      } catch (error) {
        const retry = isUnreachable(error) || isConflict(error);
        const waited = performance.now() - start;
        if (retry && waited + delay <= this.#waitMs) {
          await new Promise((resolve) => setTimeout(resolve, delay));
          continue;
        }
        if (retry || isBusyAnswer(error)) throw new StoreBusyError(describe(error));
        throw error;
      }
    }
  }
}

/** First key of the course's transaction advisory locks (the second is a hash of what is locked). */
export const LOCK_CLASS = 0x4a535431;

/** A 32-bit key for `key`, the same in every process (a simple-query literal: a number, never text). */
function lockKey(key: string): number {
  return createHash('sha256').update(key).digest().readInt32BE(0);
}

/**
 * A statement with parameters is prepared once per connection under a name made from its text, so PostgreSQL parses
 * and plans it once instead of at every call (signups run a handful of them).
 */
function prepared(sql: string, params: Param[]): pg.QueryConfig<Param[]> {
  if (params.length === 0) return { text: sql };
  return { name: `jst_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`, text: sql, values: params };
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** No connection, or a connection that broke: the network's codes, PostgreSQL's class 08, a server shutting down. */
export function isUnreachable(error: unknown): boolean {
  const code = codeOf(error);
  if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|EPIPE|EHOSTUNREACH|ENETUNREACH)$/.test(code))
    return true;
  if (code.startsWith('08') || /^57P0[123]$/.test(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /timeout exceeded when trying to connect|Connection terminated|connection error|not queryable/i.test(message);
}

/** A deadlock or serialization failure: PostgreSQL rolled the transaction back, and running it again is right. */
function isConflict(error: unknown): boolean {
  return /^(40001|40P01)$/.test(codeOf(error));
}

/**
 * The server is there but cannot serve now: too many connections, a lock or statement timeout, out of resources; or
 * it refuses us (a wrong password, a database that does not exist), which only the operator can fix, and which
 * visitors should meet as "try again later" all the same.
 */
function isBusyAnswer(error: unknown): boolean {
  return /^(53\w{3}|55P03|57014|28\w{3}|3D000)$/.test(codeOf(error));
}

function describe(error: unknown): string {
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${message} (${code})` : message;
}

/** The URL without its password, for logs. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unreadable URL)';
  }
}
