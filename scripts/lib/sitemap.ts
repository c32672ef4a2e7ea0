// The pages search engines are told about: the list every accessibility and layout check walks through.
import { readFileSync } from 'node:fs';

/** Paths listed in the built sitemap, plus pages deliberately left out of it that people still reach. */
export function sitemapPaths(extra: string[] = ['/404.html']): string[] {
  const xml = readFileSync('dist/client/sitemap-0.xml', 'utf8');
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...new Set([...listed, ...extra])];
}
