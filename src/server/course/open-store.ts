// Chooses the course's store at start-up: PostgreSQL when DATABASE_URL is set, else SQLite in DATA_DIR (the embedded
// default). PostgreSQL's client is loaded only when it is used. Each role waits differently for a database that
// cannot answer: a web request about 3 s (then 503), a worker up to a minute (giving up could send twice).
import { join } from 'node:path';
import { REQUEST_WAIT_MS, WORKER_WAIT_MS } from './busy.ts';
import type { CourseConfig } from './config.ts';
import { SqliteStore } from './sqlite/store.ts';
import type { CourseStore } from './store.ts';

/**
 * 'web': the routes of the web server (never blocks its event loop); 'worker': the sending loop inside the web
 * server; 'cli': a process of its own (`course:send`, `course:admin`), which may simply wait.
 */
export type StoreRole = 'web' | 'worker' | 'cli';

export function databaseFile(config: Pick<CourseConfig, 'dataDir'>): string {
  return join(config.dataDir, 'course.sqlite');
}

export async function openCourseStore(
  config: Pick<CourseConfig, 'dataDir' | 'databaseUrl'>,
  role: StoreRole,
): Promise<CourseStore> {
  const waitMs = role === 'web' ? REQUEST_WAIT_MS : WORKER_WAIT_MS;
  if (config.databaseUrl) return openPostgres(config.databaseUrl, role);
  // In the web server a locked file must not block the event loop: calls fail at once and retry on timers.
  return new SqliteStore(databaseFile(config), { busyTimeoutMs: role === 'cli' ? 5000 : 0, waitMs });
}

/** A PostgreSQL store; its first call (or migrate()) brings the schema up to date. */
export async function openPostgres(url: string, role: StoreRole): Promise<CourseStore> {
  const { PostgresStore } = await import('./postgres/store.ts');
  return new PostgresStore(url, {
    waitMs: role === 'web' ? REQUEST_WAIT_MS : WORKER_WAIT_MS,
    // Requests run in parallel; a worker sends one email at a time.
    maxConnections: role === 'web' ? 10 : 2,
    applicationName: `job-seeker-toolkit ${role}`,
  });
}
