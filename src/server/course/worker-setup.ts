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
  const store = new CourseStore(databaseFile(config));
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
