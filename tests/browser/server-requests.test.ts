// Requests against the built server (scripts/serve.mjs): malformed targets, methods a route does not take, the
// headers every kind of response carries, clients that hang up, oversized bodies, and a port already in use.
import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  postForm,
  rawExchange,
  rawRequest,
  removeDir,
  startCourseServer,
  type CourseServer,
} from '../support/course.ts';
import { htmlProblems } from '../support/html-validate.ts';

/** Sends bytes as they are (no client library would send these targets) and reads the status line of the answer. */
function rawStatus(baseURL: string, requestText: string): Promise<number | undefined> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(requestText));
    let seen = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      seen += chunk;
      const line = /^HTTP\/1\.1 (\d{3})/.exec(seen);
      if (line) {
        resolve(Number(line[1]));
        socket.destroy();
      }
    });
    socket.on('end', () => resolve(undefined));
    socket.on('error', reject);
  });
}

describe('the server and malformed request targets', () => {
  const baseURL = inject('baseURL');
  const targets = ['//[/', 'http://a:b:c/', '//a:99999/'];

  for (const target of targets) {
    it(`answers 400 to GET ${target} and still serves the home page`, async () => {
      const status = await rawStatus(baseURL, `GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
      expect(status).toBe(400);
      const home = await fetch(`${baseURL}/`);
      expect(home.status).toBe(200);
    });
  }

  it('answers 400 to POST //%/ and still serves the home page', async () => {
    const status = await rawStatus(
      baseURL,
      'POST //%/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
    );
    expect(status).toBe(400);
    expect((await fetch(`${baseURL}/`)).status).toBe(200);
  });

  it('serves an absolute-form target as its path, never as another origin', async () => {
    const status = await rawStatus(
      baseURL,
      'GET http://evil.example/guides/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
    );
    expect(status).toBe(200);
  });
});

describe('methods each kind of route takes', () => {
  const baseURL = inject('baseURL');

  it('answers 405 with Allow to TRACE and CONNECT everywhere, instead of a 500 and a stack trace', async () => {
    for (const path of ['/', '/course/signup/', '/course/confirm/', '/course/unsubscribe/', '/no-such-page/']) {
      for (const method of ['TRACE']) {
        const response = await rawRequest(baseURL + path, { method });
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.allow, `${method} ${path}`).toMatch(/GET, HEAD/);
        expect(response.headers['cache-control']).toBe('no-store');
      }
    }
    const connectStatus = await rawStatus(baseURL, 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n');
    expect(connectStatus).toBe(405);
  });

  it('answers 405 to a POST (or PUT, DELETE) to a static page instead of serving the page', async () => {
    for (const path of ['/', '/guides/', '/course/', '/favicon.svg', '/course/lessons.json']) {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
        const response = await rawRequest(baseURL + path, {
          method,
          headers: { origin: baseURL, 'content-type': 'application/x-www-form-urlencoded' },
          body: 'email=a%40example.com',
        });
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.allow).toBe('GET, HEAD, OPTIONS');
        expect(response.headers['cache-control']).toBe('no-store');
        expect(response.body).not.toContain('<html');
      }
    }
    const options = await rawRequest(`${baseURL}/guides/`, { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.allow).toBe('GET, HEAD, OPTIONS');
    // Reading is unchanged, with and without the trailing slash.
    for (const path of ['/guides/', '/guides', '/favicon.svg']) expect((await fetch(baseURL + path)).status).toBe(200);
  });
});

describe('headers on every kind of response', () => {
  const baseURL = inject('baseURL');
  const policy = (headers: Headers) => headers.get('content-security-policy') ?? '';

  it("keeps the site's CSP on the course's on-demand pages and their 4xx answers, merged with Astro's hashes", async () => {
    const responses = {
      'signup page': await fetch(`${baseURL}/course/signup/`),
      'signup refused (400)': await postForm(`${baseURL}/course/signup/`, { email: 'not an address' }),
      'unknown confirm link (404)': await fetch(`${baseURL}/course/confirm/?token=${'A'.repeat(43)}`),
      'unknown unsubscribe link (404)': await fetch(`${baseURL}/course/unsubscribe/?token=${'A'.repeat(43)}`),
    };
    for (const [name, response] of Object.entries(responses)) {
      const csp = policy(response.headers);
      for (const directive of [
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ]) {
        expect(csp, `${name}: ${directive}`).toContain(directive);
      }
      // Astro's own policy for the page is still there: scripts and styles by hash.
      expect(csp, name).toMatch(/script-src 'self'( 'sha256-[^']+')*/);
      expect(csp.match(/frame-ancestors/g), name).toHaveLength(1);
      expect(response.headers.get('x-frame-options'), name).toBe('DENY');
      expect(response.headers.get('content-type'), name).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control'), name).toBe('no-store');
    }
  });

  it('sends the same frame and plugin rules on static pages, and lets only the embed be framed', async () => {
    const home = await fetch(`${baseURL}/`);
    expect(policy(home.headers)).toBe("frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'self'");
    expect(home.headers.get('x-frame-options')).toBe('DENY');
    const embed = await fetch(`${baseURL}/embed/quiz/`);
    expect(policy(embed.headers)).toBe('frame-ancestors *');
    expect(embed.headers.get('x-frame-options')).toBeNull();
  });

  it('never lets a 404, 405 or 413 be cached, and gives text a charset', async () => {
    const notFound = await fetch(`${baseURL}/no-such-page/`);
    expect(notFound.status).toBe(404);
    expect(notFound.headers.get('cache-control')).toBe('no-store');
    expect(notFound.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const wrongMethod = await rawRequest(`${baseURL}/course/confirm/`, {
      method: 'PUT',
      headers: { origin: baseURL, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'token=x',
    });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers['cache-control']).toBe('no-store');
    expect(wrongMethod.headers['content-type']).toMatch(/^text\/plain;\s?charset=utf-8$/i);
    const tooLarge = await rawRequest(`${baseURL}/course/signup/`, {
      headers: { origin: baseURL, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'x'.repeat(20_000),
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers['cache-control']).toBe('no-store');
  });
});

describe('clients that misbehave', () => {
  let server: CourseServer;
  beforeAll(async () => {
    server = await startCourseServer({ COURSE_IP_LIMIT: 'off', COURSE_WORKER_INTERVAL: '0' });
  });
  afterAll(async () => {
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  it('answers 413 at once to a one-click unsubscribe with an endless chunked body and no Origin, 200 times at once', async () => {
    const head =
      'POST /course/unsubscribe/?token=' +
      'A'.repeat(43) +
      ' HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n';
    // 40 chunks of 1 KB, 50 ms apart: more than 16 KB, arriving for two seconds unless the server answers first.
    const pieces = [head, ...Array.from({ length: 40 }, () => `400\r\n${'List-Unsubscribe='.padEnd(1024, 'x')}\r\n`)];
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: 200 }, () => rawExchange(server.baseURL, pieces, { gapMs: 50, timeoutMs: 15_000 })),
    );
    const statuses = new Set(results.map((r) => r.status));
    expect(statuses).toEqual(new Set([413]));
    // Each answered once it had read just past 16 KB (17 chunks, about a second), not never, as before.
    expect(Math.max(...results.map((r) => r.ms))).toBeLessThan(5000);
    console.log(
      `200 endless chunked bodies: all 413, slowest after ${Math.max(...results.map((r) => r.ms)).toFixed(0)} ms, ` +
        `all in ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect((await fetch(`${server.baseURL}/`)).status).toBe(200);
  });

  it('lets a client that is still uploading read the 413, instead of resetting the connection under it', async () => {
    for (let i = 0; i < 20; i++) {
      // 300 KB streamed in 8 KB pieces: the server answers after 16 KB while the client is still sending.
      const body = new ReadableStream({
        start(controller) {
          for (let sent = 0; sent < 300 * 1024; sent += 8192) controller.enqueue(new Uint8Array(8192).fill(97));
          controller.close();
        },
      });
      const response = await fetch(`${server.baseURL}/course/signup/`, {
        method: 'POST',
        headers: { origin: server.baseURL, 'content-type': 'application/x-www-form-urlencoded' },
        body,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
      expect(await response.text()).toMatch(/at most 16 KB/);
    }
  });

  it('cuts a connection whose body goes on after the 413, within 1 MB', async () => {
    const { hostname, port } = new URL(server.baseURL);
    const socket = connect(Number(port), hostname);
    const started = performance.now();
    let answer = '';
    let sent = 0;
    socket.on('error', () => {});
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.write(
      `POST /course/unsubscribe/?token=${'A'.repeat(43)} HTTP/1.1\r\nHost: x\r\n` +
        'Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n',
    );
    const piece = `1000\r\n${'a'.repeat(4096)}\r\n`;
    const pump = setInterval(() => {
      if (!socket.destroyed && socket.writable) {
        socket.write(piece);
        sent += 4096;
      }
    }, 5);
    await new Promise((resolve) => socket.once('close', resolve));
    clearInterval(pump);
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(performance.now() - started).toBeLessThan(8000);
    expect(sent).toBeLessThan(4 * 1024 * 1024);
  });

  it('reads the rest of a body refused early while it keeps coming, and keeps the connection for the next request', async () => {
    // Refused at once (a post without an Origin), then 30 more pieces 200 ms apart: six seconds of a slow but steady
    // client, longer than the 5 s the server waits for a byte. Node throws such a body away with no event to count.
    const { hostname, port } = new URL(server.baseURL);
    const socket = connect(Number(port), hostname);
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (answer += chunk));
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.on('error', () => {});
    socket.write(
      'POST /course/signup/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n' +
        'Transfer-Encoding: chunked\r\n\r\n',
    );
    for (let i = 0; i < 30 && !socket.destroyed; i++) {
      socket.write(`400\r\n${'a'.repeat(1024)}\r\n`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(answer).toMatch(/^HTTP\/1\.1 403/);
    expect(socket.destroyed).toBe(false);
    socket.write('0\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    await closed;
    expect(answer.match(/HTTP\/1\.1 \d{3}/g)).toEqual(['HTTP/1.1 403', 'HTTP/1.1 200']);
  });

  it('cuts a connection that goes quiet after an early answer, with its body unfinished', async () => {
    const { hostname, port } = new URL(server.baseURL);
    const socket = connect(Number(port), hostname);
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', () => {});
    socket.write(
      'POST /course/signup/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n' +
        'Transfer-Encoding: chunked\r\n\r\n5\r\nemail\r\n',
    );
    await new Promise((resolve) => socket.once('close', resolve));
    expect(answer).toMatch(/^HTTP\/1\.1 403/);
  });

  it('logs nothing when clients hang up mid-request, however many do', async () => {
    const before = server.output().split('\n').length;
    const origin = server.baseURL;
    const body = 'email=gone%40example.com';
    const requests = [
      `POST /course/signup/ HTTP/1.1\r\nHost: x\r\nOrigin: ${origin}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\n${body}`,
      `POST /course/signup/ HTTP/1.1\r\nHost: x\r\nOrigin: ${origin}\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nemail\r\n`,
      `POST /course/unsubscribe/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nList-\r\n`,
      `GET /course/signup/ HTTP/1.1\r\nHost: x\r\n`,
    ];
    await Promise.all(
      Array.from({ length: 400 }, (_, i) =>
        rawExchange(server.baseURL, [requests[i % requests.length]!], { leaveAfterMs: 100 }),
      ),
    );
    // Give the server a moment to notice every closed socket, then read what it logged.
    expect((await fetch(`${server.baseURL}/course/signup/`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(
      server
        .output()
        .split('\n')
        .slice(before - 1)
        .join('\n')
        .trim(),
    ).toBe('');
  });
});

describe('starting the server', () => {
  it('says in one line which port is taken and how to choose another, instead of a stack trace', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const child = spawn(process.execPath, ['scripts/serve.mjs'], {
        env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', COURSE_WORKER_INTERVAL: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise((resolve) => child.once('exit', resolve));
      expect(code).toBe(1);
      const lines = stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(lines[0]).toMatch(/PORT=\d+ npm run serve/);
      expect(stderr).not.toMatch(/\n\s+at |Error:/);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('refuses a PORT that is not a port number in one line', async () => {
    const child = spawn(process.execPath, ['scripts/serve.mjs'], {
      env: { ...process.env, PORT: 'eighty' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(1);
    expect(stderr.trim()).toBe('PORT must be a number from 0 to 65535 (got "eighty"), e.g. PORT=4322.');
  });
});

describe('the pages rendered on demand', () => {
  const baseURL = inject('baseURL');

  it.each(['/course/signup/', '/course/confirm/?token=not-a-token', '/course/unsubscribe/?token=not-a-token'])(
    '%s is valid HTML',
    async (path) => {
      const html = await (await fetch(baseURL + path)).text();
      expect(html).toContain('<h1');
      expect(await htmlProblems(html, path)).toEqual([]);
    },
  );
});
