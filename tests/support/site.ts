// Reading the built site (dist/client) for tests and the bench: its pages, their links and their assets.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const clientDir = 'dist/client';

export interface BuiltPage {
  /** Path of the HTML file inside dist/client, e.g. guides/review-your-resume/index.html */
  file: string;
  /** The URL path it is served at, e.g. /guides/review-your-resume/ */
  url: string;
  html: string;
  root: HTMLElement;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function urlOfFile(file: string): string {
  const path = '/' + file.split(sep).join('/');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export function builtPages(dir = clientDir): BuiltPage[] {
  if (!existsSync(dir)) throw new Error(`No built site in ${dir}: run \`npm run build\` first (npm test does).`);
  return walk(dir)
    .filter((f) => f.endsWith('.html'))
    .map((full) => {
      const file = relative(dir, full);
      const html = readFileSync(full, 'utf8');
      return { file, url: urlOfFile(file), html, root: parse(html) };
    });
}

/** Every same-site URL a page refers to: links, images, scripts, stylesheets, icons. */
export function internalReferences(page: Pick<BuiltPage, 'root' | 'url'>, origin: string): string[] {
  const refs = page.root
    .querySelectorAll('a[href], link[href], img[src], script[src], source[srcset]')
    .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('srcset')?.split(/\s/)[0] ?? '');
  return refs.flatMap((ref) => {
    if (!ref || ref.startsWith('#') || /^(mailto|tel|javascript|data):/i.test(ref)) return [];
    const url = new URL(ref, new URL(page.url, origin));
    return url.origin === origin ? [url.pathname] : [];
  });
}

/** Whether a URL path is answered by a file in the build (directory URLs by their index.html). */
export function existsInBuild(pathname: string, files: Set<string>): boolean {
  const clean = decodeURIComponent(pathname).replace(/^\//, '');
  return files.has(clean) || files.has(join(clean, 'index.html')) || files.has(clean + '.html');
}

/**
 * Broken internal links and assets, each named with the page that has it and its likely source file.
 * `onDemand` lists path prefixes served by the Node server rather than files (they are checked by browser tests).
 */
export function findBrokenReferences(
  pages: BuiltPage[],
  files: Set<string>,
  origin: string,
  onDemand: string[] = [],
): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    for (const path of new Set(internalReferences(page, origin))) {
      if (onDemand.some((prefix) => path.startsWith(prefix))) continue;
      if (!existsInBuild(path, files)) problems.push(`${sourceHint(page.file)} links to ${path}, which does not exist`);
    }
  }
  return problems;
}

/** The file an editor would open to fix a built page. */
export function sourceHint(file: string): string {
  const guide = /^guides\/([^/]+)\/index\.html$/.exec(file.split(sep).join('/'));
  return guide ? `src/content/guides/${guide[1]}.mdx (built as ${file})` : file;
}

export function allFiles(dir = clientDir): Set<string> {
  return new Set(walk(dir).map((f) => relative(dir, f)));
}
