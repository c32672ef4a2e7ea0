// Serves the built site (dist/) with the Node adapter's handler, adding the security headers every response needs,
// and runs the email course's worker. Run after `npm run build`: PORT (4321) and HOST (127.0.0.1) choose where it
// listens; the course's variables (DATA_DIR, SMTP_URL, TRUST_PROXY…) are described in the README.
// No request, however malformed, may end this process: bad targets get 400, methods a route does not take get 405,
// and an exception in a handler becomes a 500 for that request alone.
import { readdirSync } from 'node:fs';
import http from 'node:http';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergePolicies, securityHeaders } from '#/server/headers.ts';
import { readCourseConfig } from '#/server/course/config.ts';
import { runShutdown, runWithClientAddress, setWorkerWake } from '#/server/course/bridge.ts';
import { StoreBusyError } from '#/server/course/busy.ts';
import { clientAddress } from '#/server/course/client-address.ts';
import { openCourseStore } from '#/server/course/open-store.ts';
import { setUpWorker } from '#/server/course/worker-setup.ts';
import { startWorkerLoop } from '#/server/course/worker.ts';

const port = listenPort(process.env.PORT);
const host = process.env.HOST ?? '127.0.0.1';

process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const { handler } = await import('../dist/server/entry.mjs');
const clientDir = fileURLToPath(new URL('../dist/client/', import.meta.url));
const staticPaths = builtPaths(clientDir);

const course = readCourseConfig();
await migrateCourseStore(course);
const courseWorker = await setUpWorker(course, 'web', join(clientDir, 'course', 'lessons.json'));

/** Methods the fetch standard forbids (Astro cannot even build a Request for them): refused for every path. */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);
const STATIC_METHODS = 'GET, HEAD, OPTIONS';
const DYNAMIC_METHODS = 'GET, HEAD, POST';

const server = http.createServer((req, res) => {
  limitLeftoverBody(req, res);
  const target = requestTarget(req.url);
  if (!target) return refuse(res, 400, 'Bad request: that address is not a page of this site.');
  // Astro sees the target we checked, in origin form (`/path?query`), whatever form the client sent.
  req.url = target.pathname + target.search;
  const isStatic = staticPaths.has(decodedPath(target.pathname));
  const allowed = isStatic ? STATIC_METHODS : DYNAMIC_METHODS;
  if (FORBIDDEN_METHODS.has(req.method ?? '')) return refuse(res, 405, 'This method is not allowed here.', allowed);
  if (isStatic && req.method === 'OPTIONS') return refuse(res, 204, '', allowed);
  if (isStatic && req.method !== 'GET' && req.method !== 'HEAD') {
    return refuse(res, 405, 'This page can only be read (GET), not sent to.', allowed);
  }
  for (const [name, value] of Object.entries(securityHeaders(target.pathname))) res.setHeader(name, value);
  completeHeaders(res, target.pathname);
  // The client address for rate limits; X-Forwarded-For counts only with TRUST_PROXY set (see README).
  const client = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], course.trustProxy);
  Promise.resolve()
    .then(() => runWithClientAddress(client, () => handler(req, res)))
    .catch((error) => {
      // No exception in one request may end the process that serves every other. One line, no stack: the
      // message says what failed.
      console.error(
        `request ${req.method} ${target.pathname} failed: ${error instanceof Error ? error.message : error}`,
      );
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        res.end('Something went wrong on our side. Please try again.');
      } else res.destroy();
    });
});
// A client that sends headers slowly or never finishes its body holds a socket: give up on it in bounded time.
server.headersTimeout = 20_000;
server.requestTimeout = 30_000;
// CONNECT (proxy tunnels) never reaches the request handler: answer it here instead of dropping the socket.
server.on('connect', (_req, socket) => {
  socket.on('error', () => {});
  socket.end(
    'HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, POST\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
  );
});

let worker;
server.on('error', (error) => {
  // The usual start-up failures get one line that says what to do, not a stack trace.
  if (error.code === 'EADDRINUSE') {
    console.error(
      `Port ${port} on ${host} is already in use (is the site already running?). Stop that server, or choose another port: PORT=${port === 4321 ? 4322 : port + 1} npm run serve`,
    );
  } else if (error.code === 'EACCES') {
    console.error(`This user may not listen on port ${port} of ${host}. Choose a port above 1023, e.g. PORT=4321.`);
  } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
    console.error(`HOST=${host} is not an address of this machine. Use HOST=127.0.0.1 (or 0.0.0.0 for every address).`);
  } else {
    console.error(`The server could not start: ${error.message}`);
  }
  void courseWorker.close().finally(() => process.exit(1));
});

server.listen(port, host, () => {
  // The worker starts only once the port is ours, so a second copy that cannot listen sends nothing.
  worker =
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
    await Promise.allSettled([courseWorker.close(), runShutdown()]);
    process.exit(0);
  });
}

/**
 * Brings the course's schema up to date before the server listens (PostgreSQL: under an advisory lock, so instances
 * starting together apply each migration once). A database out of reach does not stop the site: static pages are
 * served, course routes answer 503 until it is back, and the first call that reaches it migrates.
 */
async function migrateCourseStore(config) {
  // As the web routes do: a database out of reach is given about 3 seconds, not the worker's minute.
  let store;
  try {
    store = await openCourseStore(config, 'web');
    const { from, to } = await store.migrate();
    const change = from === to ? `schema version ${to}` : `schema migrated from version ${from} to ${to}`;
    console.log(
      `course: subscribers are kept in ${store.engine === 'postgres' ? 'PostgreSQL' : 'SQLite'} at ${store.location} (${change})`,
    );
  } catch (error) {
    if (!(error instanceof StoreBusyError)) {
      // A schema newer than this code (an old build deployed by mistake), a migration that failed: say it and stop.
      console.error(`course: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    }
    console.error(`course: ${error.message} Course pages answer 503 until it can be reached; static pages are served.`);
  } finally {
    await store?.close();
  }
}

/** PORT as a number from 0 (any free port) to 65535; anything else stops here with one line. */
function listenPort(raw) {
  if (raw === undefined || raw === '') return 4321;
  if (/^\d{1,5}$/.test(raw.trim()) && Number(raw) <= 65535) return Number(raw);
  console.error(`PORT must be a number from 0 to 65535 (got "${raw}"), e.g. PORT=4322.`);
  process.exit(1);
}

/**
 * The request target as a URL, or undefined when it is not a path of this site (`//[/`, `http://a:b:c/`, `*`).
 * Absolute-form targets (`http://host/path`) keep only their path and query.
 */
function requestTarget(target) {
  if (!target || !(target.startsWith('/') || /^https?:\/\//i.test(target))) return undefined;
  try {
    return new URL(target, 'http://localhost');
  } catch {
    return undefined;
  }
}

function decodedPath(pathname) {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

/** Every URL path the build wrote a file for: `/guides/x/index.html` answers `/guides/x/` and `/guides/x` too. */
function builtPaths(dir) {
  const paths = new Set();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = `/${relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')}`;
    paths.add(path);
    if (path.endsWith('/index.html')) {
      const folder = path.slice(0, -'index.html'.length);
      paths.add(folder);
      if (folder !== '/') paths.add(folder.slice(0, -1));
    }
  }
  return paths;
}

/**
 * After an answer given before the body was read (413, 405, 403…), the rest of the body is read and thrown away, so a
 * client still sending gets to read the answer instead of a reset connection; but at most 1 MB or 30 s of it, and only
 * while bytes keep coming (5 s without one cuts the connection), so an endless body holds neither memory nor the socket.
 * Both are counted on the socket: Node discards the body of a request nobody started reading without a single event,
 * and an idle limit counted from the answer instead cut clients steadily sending on a loaded machine.
 */
function limitLeftoverBody(req, res) {
  res.once('finish', () => {
    const socket = req.socket;
    if (req.complete || req.destroyed || !socket) return;
    const limit = socket.bytesRead + 1024 * 1024;
    let seen = socket.bytesRead;
    let idleSeconds = 0;
    let secondsLeft = 30;
    const watch = setInterval(() => {
      idleSeconds = socket.bytesRead === seen ? idleSeconds + 1 : 0;
      seen = socket.bytesRead;
      if (seen > limit || idleSeconds >= 5 || --secondsLeft <= 0) socket.destroy();
    }, 1000);
    watch.unref();
    const stop = () => clearInterval(watch);
    req.once('end', stop);
    req.once('close', stop);
    socket.once('close', stop);
    // A body a reader (Astro) started is not discarded by Node: read it here. With read(), not 'data': that reader
    // may still hold a 'readable' listener, which would keep 'data' from flowing.
    const drain = () => {
      while (req.read() !== null);
    };
    req.on('readable', drain);
    drain();
  });
}

function refuse(res, status, message, allow) {
  res.writeHead(status, {
    ...securityHeaders('/'),
    ...(message && { 'content-type': 'text/plain; charset=utf-8' }),
    'cache-control': 'no-store',
    ...(allow && { allow }),
  });
  res.end(message);
}

/**
 * Completes whatever headers the response ends up with, when it writes them: the site's CSP merged into a page's
 * own (Astro sends one for on-demand pages, which would replace ours), a charset on text, and no caching of errors.
 */
function completeHeaders(res, pathname) {
  const writeHead = res.writeHead;
  const site = securityHeaders(pathname)['Content-Security-Policy'];
  res.writeHead = function (status, ...rest) {
    const reason = typeof rest[0] === 'string' ? rest.shift() : undefined;
    const headers = rest[0];
    if (headers && !Array.isArray(headers)) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) this.setHeader(name, value);
    }
    const policy = this.getHeader('content-security-policy');
    if (policy && policy !== site) this.setHeader('content-security-policy', mergePolicies(String(policy), site));
    const type = this.getHeader('content-type');
    if (typeof type === 'string' && type.startsWith('text/') && !/charset=/i.test(type)) {
      this.setHeader('content-type', `${type}; charset=utf-8`);
    }
    if (status >= 400 && !this.hasHeader('cache-control')) this.setHeader('cache-control', 'no-store');
    const raw = Array.isArray(headers) ? [headers] : [];
    return reason === undefined ? writeHead.call(this, status, ...raw) : writeHead.call(this, status, reason, ...raw);
  };
}
