// Build-time check that a page of the site exists, so a page can link to a sibling feature only once it is built
// (the quiz's next steps point to the feedback email tool and the course when those pages are there).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const extensions = ['astro', 'md', 'mdx', 'html'];

/** Whether src/pages holds a page for a route written with its trailing slash, e.g. /course/. */
export function pageExists(route: string, pagesDir = join(process.cwd(), 'src/pages')): boolean {
  const path = route.replace(/^\/|\/$/g, '');
  const files = extensions.flatMap((ext) => (path ? [`${path}.${ext}`, `${path}/index.${ext}`] : [`index.${ext}`]));
  return files.some((file) => existsSync(join(pagesDir, file)));
}
