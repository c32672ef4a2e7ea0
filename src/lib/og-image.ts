// Each page's link-preview (Open Graph) image: where it lives and the short label above its title. Head.astro names
// the image, and the build integration (src/integrations/og-images.ts) draws every image the built pages name.

export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The image path for a page path: / → /og/home.png, /guides/x/ → /og/guides/x.png, /404 → /og/404.png. */
export function ogImagePath(pagePath: string): string {
  const clean = pagePath.replace(/\/index\.html$|\.html$/, '').replace(/^\/+|\/+$/g, '');
  return `/og/${clean || 'home'}.png`;
}

/** The few words above the title in the image: what kind of page this is. */
export function ogLabel(pagePath: string): string {
  if (/^\/guides\/[^/]+\/$/.test(pagePath)) return 'Guide';
  if (pagePath.startsWith('/tools/') || pagePath.startsWith('/embed/')) return 'Free tool';
  if (pagePath === '/course/') return 'Free email course';
  if (pagePath.startsWith('/course/')) return 'Email course lesson';
  if (pagePath === '/article/') return 'The original article';
  return '';
}
