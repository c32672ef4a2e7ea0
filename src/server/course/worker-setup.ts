// Wires a worker to this process's configuration: the database, the mailer and the built lessons. Used by
// scripts/serve.mjs (the loop inside the web server) and scripts/course-send.ts (one pass, for cron).
import { hostname } from 'node:os';
import type { CourseConfig } from './config.ts';
import { createMailer } from './mail.ts';
import { databaseFile } from './runtime.ts';
import { CourseStore } from './store.ts';
import { lessonsFromFile, type WorkerDeps } from './worker.ts';

export function setUpWorker(
  config: CourseConfig,
  role: 'web' | 'cron',
  lessonsFile: string,
): { deps: WorkerDeps; close(): void } {
  // In the web server a locked database must not block the event loop: calls fail at once and the worker retries
  // on timers (whenStoreFree). The cron pass is a process of its own and may simply wait.
  const store = new CourseStore(databaseFile(config), role === 'web' ? { busyTimeoutMs: 0 } : {});
  const mailer = createMailer({ smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, dataDir: config.dataDir });
  const deps: WorkerDeps = {
    store,
    mailer,
    siteUrl: config.siteUrl,
    mailFrom: config.mailFrom,
    now: config.now,
    lessons: lessonsFromFile(lessonsFile),
    owner: `${role}-${hostname()}-${process.pid}`,
  };
  return {
    deps,
    close() {
      mailer.close();
      store.close();
    },
  };
}
