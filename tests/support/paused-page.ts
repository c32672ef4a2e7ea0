// A page delivered in two parts with a pause the test ends: how a slow network or a busy phone paints a page
// half-parsed. Every other request passes through to the site under test unchanged.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PausedSite {
  /** The paused page's address on this server. */
  url: string;
  /** Sends the rest of the page. */
  release(): void;
  close(): Promise<void>;
}

/** Where the first part ends: just after the last of `markers`, each looked for after the one before it. */
function cutAt(html: string, markers: readonly string[]): number {
  let at = html.indexOf('<body');
  for (const marker of markers) {
    const found = html.indexOf(marker, at);
    if (at < 0 || found < 0)
      throw new Error(`pausedPage: "${marker}" is not in the page's body after the markers before it`);
    at = found + marker.length;
  }
  return at;
}

/** Serves `path` from `baseURL`, stopping after `markers` until `release()`; other paths pass straight through. */
export async function pausedPage(baseURL: string, path: string, markers: readonly string[]): Promise<PausedSite> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(baseURL + request.url, { headers: { accept: request.headers.accept ?? '*/*' } });
      const headers = Object.fromEntries(
        [...upstream.headers].filter(([name]) => !['content-encoding', 'content-length'].includes(name)),
      );
      if (request.url !== path) {
        response.writeHead(upstream.status, headers).end(Buffer.from(await upstream.arrayBuffer()));
        return;
      }
      const html = await upstream.text();
      const cut = cutAt(html, markers);
      response.writeHead(upstream.status, headers);
      response.write(html.slice(0, cut));
      await released;
      response.end(html.slice(cut));
    })().catch((error: unknown) => response.destroy(error as Error));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    release,
    close: () => {
      release();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
