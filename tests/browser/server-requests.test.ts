// Malformed requests against the built server (scripts/serve.mjs): each gets an answer and the process keeps serving.
import { connect } from 'node:net';
import { describe, expect, inject, it } from 'vitest';
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
