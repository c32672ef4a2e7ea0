// One configuration and one database connection per process, opened on first use.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashedClientKey } from './client-address.ts';
import { readCourseConfig, type CourseConfig } from './config.ts';
import { CourseStore } from './store.ts';

export interface CourseRuntime {
  config: CourseConfig;
  /** Opened on first use; in the web server it never blocks on a lock (use it inside whenStoreFree). */
  readonly store: CourseStore;
  /** The key under which a client's signups are counted: a keyed hash of its address (or IPv6 /64). */
  clientKey(address: string): string;
}

let runtime: CourseRuntime | undefined;

export function databaseFile(config: Pick<CourseConfig, 'dataDir'>): string {
  return join(config.dataDir, 'course.sqlite');
}

/**
 * The secret of the client-address hashes: 32 random bytes in DATA_DIR/rate-limit.key (owner-only), made on first
 * use. It lives apart from the database, so a copy of the database alone cannot be searched for an address.
 */
export function rateLimitSecret(dataDir: string): string {
  const file = join(dataDir, 'rate-limit.key');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    // 'wx': if two processes start at once, only one writes; the other reads what it wrote.
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
}

export function courseRuntime(): CourseRuntime {
  if (!runtime) {
    const config = readCourseConfig();
    let store: CourseStore | undefined;
    let secret: string | undefined;
    runtime = {
      config,
      get store() {
        // busyTimeoutMs 0: a locked database throws at once, and whenStoreFree retries on timers.
        return (store ??= new CourseStore(databaseFile(config), { busyTimeoutMs: 0 }));
      },
      clientKey(address) {
        return hashedClientKey((secret ??= rateLimitSecret(config.dataDir)), address);
      },
    };
  }
  return runtime;
}
