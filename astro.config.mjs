// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import { islandStylesInHead } from '#/integrations/island-styles.ts';
import { staticHeaders } from '#/integrations/static-headers.ts';
import { search } from '#/integrations/search.ts';
import { ogImages } from '#/integrations/og-images.ts';

// The canonical origin of the site. Links in pages, feeds and emails are built from it, never from a request's Host.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  // Old (HTML) whitespace rules: the 'jsx' default of Astro 7 eats spaces across line breaks in .astro prose.
  compressHTML: true,
  session: false,
  adapter: node({ mode: 'standalone' }),
  integrations: [
    mdx(),
    preact(),
    islandStylesInHead(),
    staticHeaders(),
    sitemap({ filter: (page) => !/\/(embed|search|signup|confirm|unsubscribe|style)\//.test(page) }),
    ...search(),
    ogImages(),
  ],
  build: { inlineStylesheets: 'always' },
  // Module workers, so a worker can import part of its code only when needed (the resume fit engine loads on the
  // first check, not with the page).
  vite: { worker: { format: 'es' } },
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy <meta> with hashes of Astro's own scripts and styles on every prerendered page.
  // checkOrigin is off because it refuses every form POST without an Origin header, including the RFC 8058 one-click
  // unsubscribes mail providers send; src/middleware.ts makes the same-origin check instead, with that one exception.
  // 'wasm-unsafe-eval' lets search run Pagefind's WebAssembly on the page's thread (src/components/search/pagefind-client.ts
  // says why); it allows compiling WebAssembly only, not eval() of text.
  security: { csp: { scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] } }, checkOrigin: false },
});
