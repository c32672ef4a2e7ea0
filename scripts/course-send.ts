// One pass of the email course's worker: sends every email that is due, then exits. For cron, e.g. every minute:
//   * * * * *  cd /srv/job-seeker-toolkit && npm run course:send
// Safe to run while the web servers' own workers run, on SQLite or PostgreSQL: rows are leased before they are sent.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readCourseConfig } from '#/server/course/config.ts';
import { setUpWorker } from '#/server/course/worker-setup.ts';
import { runWorkerPass } from '#/server/course/worker.ts';

const usage = 'Usage: npm run course:send   (one worker pass; the course variables are in the README)';
try {
  if (parseArgs({ options: { help: { type: 'boolean' } } }).values.help) {
    console.log(usage);
    process.exit(0);
  }
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}

const config = readCourseConfig();
const worker = await setUpWorker(
  config,
  'cron',
  fileURLToPath(new URL('../dist/client/course/lessons.json', import.meta.url)),
);
try {
  const result = await runWorkerPass(worker.deps);
  console.log(
    `course:send: sent ${result.sent}, retried ${result.retried}, failed ${result.failed}, cancelled ${result.cancelled}`,
  );
} finally {
  await worker.close();
}
