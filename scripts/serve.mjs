// Serves the built site (dist/) with the Node adapter's handler, adding the security headers every response needs,
// and runs the email course's worker. Run after `npm run build`: PORT (4321) and HOST (127.0.0.1) choose where it
// listens; the course's variables (DATA_DIR, SMTP_URL, TRUST_PROXY…) are described in the README.
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { securityHeaders } from '#/server/headers.ts';
import { readCourseConfig } from '#/server/course/config.ts';
import { clientAddress, runWithClientAddress, setWorkerWake } from '#/server/course/bridge.ts';
import { setUpWorker } from '#/server/course/worker-setup.ts';
import { startWorkerLoop } from '#/server/course/worker.ts';

process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const { handler } = await import('../dist/server/entry.mjs');

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const course = readCourseConfig();
const courseWorker = setUpWorker(
  course,
  'web',
  fileURLToPath(new URL('../dist/client/course/lessons.json', import.meta.url)),
);
const worker =
  course.workerIntervalSeconds > 0
    ? startWorkerLoop(courseWorker.deps, course.workerIntervalSeconds * 1000)
    : undefined;
setWorkerWake(worker?.wake);
console.log(
  `course: emails go to ${courseWorker.deps.mailer.destination}; ` +
    (worker
      ? `the worker runs every ${course.workerIntervalSeconds} s`
      : 'COURSE_WORKER_INTERVAL=0, so run `npm run course:send` from cron'),
);

/** The request's path, or undefined when its target is not a URL path at all (`//[/`, `http://a:b:c/`). */
function requestPath(target) {
  try {
    return new URL(target ?? '/', 'http://localhost').pathname;
  } catch {
    return undefined;
  }
}

const server = http.createServer((req, res) => {
  const pathname = requestPath(req.url);
  if (pathname === undefined) {
    res.writeHead(400, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'close',
    });
    res.end('Bad request: that address is not a page of this site.');
    return;
  }
  for (const [name, value] of Object.entries(securityHeaders(pathname))) res.setHeader(name, value);
  // The client address for rate limits; X-Forwarded-For counts only with TRUST_PROXY set (see README).
  const client = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], course.trustProxy);
  Promise.resolve()
    .then(() => runWithClientAddress(client, () => handler(req, res)))
    .catch((error) => {
      // No exception in one request may end the process that serves every other.
      console.error(`request ${req.method} ${pathname} failed: ${error instanceof Error ? error.message : error}`);
      if (!res.headersSent)
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('Something went wrong on our side. Please try again.');
    });
});

server.listen(port, host, () => {
  const address = server.address();
  const shown =
    typeof address === 'object' && address
      ? `http://${host === '127.0.0.1' ? 'localhost' : host}:${address.port}`
      : String(address);
  console.log(`Job Seeker Toolkit is being served at ${shown}/`);
  console.log(JSON.stringify({ ready: true, host, port: address.port })); // for scripts/lib/server.ts
});

// Stop taking requests, let requests in flight and a worker pass in progress finish, close the database, then exit
// (forcibly after 10 s: a send has its own timeouts, and at-least-once delivery covers a cut-off one).
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), 10_000).unref();
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    await Promise.all([closed, worker?.stop()]);
    courseWorker.close();
    process.exit(0);
  });
}
