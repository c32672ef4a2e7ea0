// Astro writes the one <style> its islands need (astro-island { display: contents }) in front of the first island,
// inside <body>, where HTML allows no <style> element. After the build this moves it into <head> of every page:
// the same text, so the hash Astro put in the page's Content-Security-Policy still matches it.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What Astro 7 writes (astro/dist/runtime/server/astro-island-styles.js). */
export const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/** The page with the islands' style in its head; unchanged when it has no island. Throws if Astro's style changed. */
export function islandStyleInHead(html: string, file = 'a page'): string {
  const head = html.indexOf('</head>');
  const style = html.indexOf(ISLAND_STYLE, head);
  if (style === -1) {
    if (html.includes('<astro-island') && !html.slice(0, head).includes(ISLAND_STYLE))
      throw new Error(`${file} has islands but not Astro's island style: update ISLAND_STYLE in ${import.meta.url}`);
    return html;
  }
  const without = html.slice(0, style) + html.slice(style + ISLAND_STYLE.length);
  return without.slice(0, head) + ISLAND_STYLE + without.slice(head);
}

export function islandStylesInHead(): AstroIntegration {
  return {
    name: 'jst:island-styles',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        let moved = 0;
        for (const file of pages) {
          const html = await readFile(join(root, file), 'utf8');
          const fixed = islandStyleInHead(html, file);
          if (fixed === html) continue;
          await writeFile(join(root, file), fixed);
          moved++;
        }
        logger.info(`moved the island style into <head> on ${moved} pages`);
      },
    },
  };
}
