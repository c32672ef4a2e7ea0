// Open Graph images at build time: for every built page whose og:image points under /og/, draws its title in the
// site's style (satori lays it out to SVG with a bundled font, resvg paints the PNG) and writes it into the build.
// Images are cached by their content, so a rebuild only draws pages whose title or label changed.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { guideIllustrations, illustrations, type IllustrationName } from '#/components/illustrations.ts';
import { OG_IMAGE_SIZE, ogLabel } from '#/lib/og-image.ts';
import { siteConfig } from '#/site.config.ts';

/** Bump when the drawing changes, so cached images are redrawn. */
const TEMPLATE_VERSION = 1;
const colours = {
  bg: '#fbf8f4',
  text: '#1c2422',
  muted: '#4b5552',
  brand: '#1d6658',
  accent: '#a8461a',
  tint: '#d7ebe3',
  spot: '#f2b48a',
};

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) =>
  readFile(
    require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`),
  );

interface PageCard {
  title: string;
  label: string;
  picture: IllustrationName;
}

/** One of the site's illustrations as a self-contained SVG data URL (token colours written in). */
function pictureUrl(name: IllustrationName): string {
  const { viewBox, body } = illustrations[name];
  const painted = body
    .replaceAll('class="t"', `fill="${colours.tint}" stroke="none"`)
    .replaceAll('class="a"', `fill="${colours.spot}" stroke="none"`)
    .replaceAll('class="h"', `fill="${colours.bg}"`);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" fill="none" stroke="${colours.brand}" ` +
    `stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round">${painted}</svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

const mark =
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="9" fill="${colours.brand}"/>` +
  '<path d="M7 22h18M10.5 22a5.5 5.5 0 0 1 11 0M16 9.5v2.5M8.5 13l1.7 1.7M23.5 13l-1.7 1.7" fill="none" stroke="#fff" ' +
  'stroke-width="2.2" stroke-linecap="round"/></svg>';

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown, extra: object = {}): Node => ({
  type,
  props: { style, children, ...extra },
});

function card({ title, label, picture }: PageCard): Node {
  const size = title.length > 60 ? 58 : title.length > 36 ? 68 : 80;
  return el(
    'div',
    {
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: colours.bg,
      borderBottom: `18px solid ${colours.brand}`,
      fontFamily: 'Atkinson Hyperlegible',
      color: colours.text,
    },
    [
      el('div', { display: 'flex', alignItems: 'center', gap: 20, fontSize: 34, fontWeight: 700 }, [
        el('img', { width: 60, height: 60 }, undefined, {
          src: `data:image/svg+xml;base64,${Buffer.from(mark).toString('base64')}`,
          width: 60,
          height: 60,
        }),
        el('div', { display: 'flex', gap: 10 }, [
          el('span', {}, 'Job Seeker'),
          el('span', { color: colours.brand }, 'Toolkit'),
        ]),
      ]),
      el('div', { display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', gap: 48 }, [
        el('div', { display: 'flex', flexDirection: 'column', gap: 20, maxWidth: 760 }, [
          ...(label ? [el('div', { fontSize: 32, fontWeight: 700, color: colours.accent }, label)] : []),
          el('div', { fontSize: size, fontWeight: 700, lineHeight: 1.12, letterSpacing: -1 }, title),
        ]),
        el('img', { width: 260, height: picture === 'sunrise' ? 217 : 260 }, undefined, {
          src: pictureUrl(picture),
          width: 260,
          height: picture === 'sunrise' ? 217 : 260,
        }),
      ]),
    ],
  );
}

async function render(page: PageCard, fonts: Awaited<ReturnType<typeof loadFonts>>): Promise<Uint8Array> {
  const svg = await satori(card(page) as never, { ...OG_IMAGE_SIZE, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_IMAGE_SIZE.width } }).render().asPng();
}

async function loadFonts() {
  const [regular, bold] = await Promise.all([font(400), font(700)]);
  return [
    { name: 'Atkinson Hyperlegible', data: regular, weight: 400 as const, style: 'normal' as const },
    { name: 'Atkinson Hyperlegible', data: bold, weight: 700 as const, style: 'normal' as const },
  ];
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** What a built page asks for: its image path, title and label (with "Step 2 of 7" where the page shows one). */
export function readPageCard(html: string, pagePath: string): (PageCard & { image: string }) | undefined {
  const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  const title = /<meta property="og:title" content="([^"]+)"/.exec(html)?.[1];
  if (!image || !title) return undefined;
  const imagePath = new URL(decode(image)).pathname;
  if (!imagePath.startsWith('/og/')) return undefined;
  const progress = /class="progress"[^>]*>\s*<span[^>]*>([^<]+)<\/span>/.exec(html)?.[1]?.trim();
  const kind = ogLabel(pagePath);
  const guide = /^\/guides\/([^/]+)\/$/.exec(pagePath)?.[1];
  const picture: IllustrationName =
    (guide && guideIllustrations[guide]) ||
    (pagePath.startsWith('/tools/quiz') || pagePath.startsWith('/embed/') ? 'quiz' : undefined) ||
    (pagePath.startsWith('/tools/resume-fit') ? 'resume' : undefined) ||
    (pagePath.startsWith('/tools/feedback-email') ? 'email' : undefined) ||
    (pagePath.startsWith('/tools/reply') ? 'listen' : undefined) ||
    (pagePath.startsWith('/course/') ? 'course' : undefined) ||
    'sunrise';
  return {
    image: imagePath,
    // The home page's title is the site's name, already in the corner: its image carries the tagline instead.
    title: decode(title) === siteConfig.name ? siteConfig.tagline : decode(title),
    label: [kind, progress].filter(Boolean).join(' · '),
    picture,
  };
}

export function ogImages(): AstroIntegration {
  return {
    name: 'jst:og-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const cacheDir = join(process.cwd(), 'node_modules/.cache/jst-og-images');
        await mkdir(cacheDir, { recursive: true });
        let fonts: Awaited<ReturnType<typeof loadFonts>> | undefined;
        let drawn = 0;
        let cached = 0;
        const written = new Set<string>();
        for (const file of await htmlFiles(root)) {
          const pagePath =
            '/' +
            relative(root, file)
              .split(sep)
              .join('/')
              .replace(/index\.html$/, '');
          const page = readPageCard(await readFile(file, 'utf8'), pagePath);
          if (!page || written.has(page.image)) continue;
          const key = createHash('sha256')
            .update(JSON.stringify([TEMPLATE_VERSION, page.title, page.label, page.picture]))
            .digest('hex')
            .slice(0, 24);
          const cacheFile = join(cacheDir, `${key}.png`);
          let png: Uint8Array | undefined = await readFile(cacheFile).catch(() => undefined);
          if (png) cached++;
          else {
            fonts ??= await loadFonts();
            png = await render(page, fonts);
            await writeFile(cacheFile, png);
            drawn++;
          }
          const target = join(root, page.image);
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, png);
          written.add(page.image);
        }
        logger.info(
          `${written.size} Open Graph images (${drawn} drawn, ${cached} from cache) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
