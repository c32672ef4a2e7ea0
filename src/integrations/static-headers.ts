// Writes dist/client/_headers for static hosts (Netlify, Cloudflare Pages), from the same rules the Node server sends.
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '#/server/headers.ts';

export function staticHeaders(): AstroIntegration {
  return {
    name: 'jst:static-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('_headers', dir), headersFile());
        logger.info('wrote _headers (frame-ancestors and friends for static hosts)');
      },
    },
  };
}
