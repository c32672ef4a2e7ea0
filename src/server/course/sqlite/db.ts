// One SQLite connection through node:sqlite: WAL with synchronous=FULL (an acknowledged signup survives a crash or
// power cut), prepared statements kept for reuse, and BEGIN IMMEDIATE for every write, because the web server and
// `npm run course:send` may write at the same time (plain BEGIN gave SQLITE_BUSY under that load; IMMEDIATE takes the
// write lock up front). The file is readable by its owner only: it holds people's addresses.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';

export type Row = Record<string, SQLInputValue>;

export class SqliteDb {
  readonly file: string;
  readonly busyTimeoutMs: number;
  #db: DatabaseSync;
  #statements = new Map<string, StatementSync>();

  /** `busyTimeoutMs`: how long one call may block waiting for another process's lock (0 in the web server). */
  constructor(file: string, busyTimeoutMs: number) {
    this.file = file;
    this.busyTimeoutMs = busyTimeoutMs;
    createPrivateFile(file);
    this.#db = new DatabaseSync(file);
    this.setBusyTimeout(busyTimeoutMs);
    // Already WAL (every file after its first open) needs no lock to confirm; a new file is switched once.
    if (this.get('PRAGMA journal_mode')!.journal_mode !== 'wal') this.exec('PRAGMA journal_mode = WAL');
    this.exec('PRAGMA synchronous = FULL');
    this.exec('PRAGMA foreign_keys = ON');
  }

  get isOpen(): boolean {
    return this.#db.isOpen;
  }

  close(): void {
    if (this.#db.isOpen) this.#db.close();
  }

  setBusyTimeout(ms: number): void {
    this.exec(`PRAGMA busy_timeout = ${Math.round(ms)}`);
  }

  exec(sql: string): void {
    this.#db.exec(sql);
  }

  /** Runs `work` in one write transaction (BEGIN IMMEDIATE), rolled back if it throws. */
  write<T>(work: () => T): T {
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

  /** Runs `work` in one read transaction: every query sees the same snapshot. */
  read<T>(work: () => T): T {
    this.#db.exec('BEGIN');
    try {
      return work();
    } finally {
      if (this.#db.isTransaction) this.#db.exec('COMMIT');
    }
  }

  get(sql: string, ...params: SQLInputValue[]): Row | undefined {
    return this.#statement(sql).get(...params) as Row | undefined;
  }

  all(sql: string, ...params: SQLInputValue[]): Row[] {
    return this.#statement(sql).all(...params) as Row[];
  }

  /** Runs a statement; returns how many rows it changed. */
  run(sql: string, ...params: SQLInputValue[]): number {
    return Number(this.#statement(sql).run(...params).changes);
  }

  #statement(sql: string): StatementSync {
    let statement = this.#statements.get(sql);
    if (!statement) this.#statements.set(sql, (statement = this.#db.prepare(sql)));
    return statement;
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
