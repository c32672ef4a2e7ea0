// Wires a worker to this process's configuration: the store, the mailer and the built lessons. Used by
// scripts/serve.mjs (the loop inside the web server) and scripts/course-send.ts (one pass, for cron).
import { hostname } from 'node:os';
import type { CourseConfig } from './config.ts';
import { createMailer } from './mail.ts';
import { openCourseStore } from './open-store.ts';
import { lessonsFromFile, type WorkerDeps } from './worker.ts';

export async function setUpWorker(
  config: CourseConfig,
  role: 'web' | 'cron',
  lessonsFile: string,
): Promise<{ deps: WorkerDeps; close(): Promise<void> }> {
  // In the web server a locked SQLite file must not block the event loop ('worker' retries on timers); the cron pass
  // is a process of its own and may simply wait.
  const store = await openCourseStore(config, role === 'web' ? 'worker' : 'cli');
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
    async close() {
      mailer.close();
      await store.close();
    },
  };
}
