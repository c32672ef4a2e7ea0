// Serves the built site (dist/) with the Node adapter's handler, adding the security headers every response needs.
// Run after `npm run build`: PORT (4321) and HOST (127.0.0.1) choose where it listens.
import http from 'node:http';
import { securityHeaders } from '../src/server/headers.ts';

process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const { handler } = await import('../dist/server/entry.mjs');

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const server = http.createServer((req, res) => {
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  for (const [name, value] of Object.entries(securityHeaders(pathname))) res.setHeader(name, value);
  handler(req, res);
});

server.listen(port, host, () => {
  const address = server.address();
  const shown = typeof address === 'object' && address ? `http://${host === '127.0.0.1' ? 'localhost' : host}:${address.port}` : String(address);
  console.log(`Job Seeker Toolkit is being served at ${shown}/`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
