// Builds everything a page's <head> says to browsers, search engines and link previews, as plain data.
// Head.astro only maps it to tags, so the rules live here and are unit-tested.

export type PageType = 'guide' | 'article' | 'tool' | 'lesson' | 'page';

export interface Crumb {
  name: string;
  href: string;
}

export interface HeadInput {
  /** The site's canonical origin, e.g. https://example.org */
  site: string | URL;
  siteName: string;
  locale: string;
  /** Path of the page, e.g. /guides/review-your-resume/ */
  path: string;
  /** Page title without the site name. */
  title: string;
  description: string;
  pageType: PageType;
  image: { path: string; width: number; height: number; alt: string };
  publisher: { name: string; url: string };
  /** For guides, lessons and the article: who wrote it, when it changed, what it is based on. */
  article?: {
    author: { name: string; type: 'Person' | 'Organization'; url?: string };
    modified?: Date;
    basedOn?: string;
  };
  /** Trail below Home; the last crumb is this page. */
  breadcrumbs?: Crumb[];
  noindex?: boolean;
  /** The site-wide WebSite object goes on the home page only. */
  isHome?: boolean;
  /** Path of the search page, for the WebSite SearchAction. */
  searchPath: string;
  extraJsonLd?: Record<string, unknown>[];
}

export interface HeadTag {
  name?: string;
  property?: string;
  content: string;
}

export interface HeadLink {
  rel: string;
  href: string;
  type?: string;
  title?: string;
}

export interface HeadData {
  title: string;
  meta: HeadTag[];
  links: HeadLink[];
  jsonLd: Record<string, unknown>[];
}

/** The absolute URL of a site path; paths that are already absolute URLs pass through. */
export function absoluteUrl(site: string | URL, path: string): string {
  return new URL(path, site).href;
}

/** "Page – Site", or just the site name when the page is the site. */
export function documentTitle(title: string, siteName: string): string {
  return title === siteName ? siteName : `${title} – ${siteName}`;
}

/** A tool page as schema.org sees it: a free application that runs in the browser. */
export function webApplication(input: {
  site: string | URL;
  path: string;
  name: string;
  description: string;
  publisher: { name: string; url: string };
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebApplication',
    name: input.name,
    url: absoluteUrl(input.site, input.path),
    description: input.description,
    applicationCategory: 'BusinessApplication',
    operatingSystem: 'Any (runs in the browser)',
    isAccessibleForFree: true,
    publisher: { '@type': 'Organization', ...input.publisher },
  };
}

export function breadcrumbList(site: string | URL, crumbs: Crumb[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [{ name: 'Home', href: '/' }, ...crumbs].map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(site, crumb.href),
    })),
  };
}

export function buildHead(input: HeadInput): HeadData {
  const url = absoluteUrl(input.site, input.path);
  const image = absoluteUrl(input.site, input.image.path);
  const ogType =
    input.pageType === 'guide' || input.pageType === 'article' || input.pageType === 'lesson' ? 'article' : 'website';
  const meta: HeadTag[] = [
    { name: 'description', content: input.description },
    ...(input.noindex ? [{ name: 'robots', content: 'noindex' }] : []),
    { property: 'og:type', content: ogType },
    { property: 'og:site_name', content: input.siteName },
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: input.description },
    { property: 'og:url', content: url },
    { property: 'og:locale', content: input.locale.replace('-', '_') },
    { property: 'og:image', content: image },
    { property: 'og:image:width', content: String(input.image.width) },
    { property: 'og:image:height', content: String(input.image.height) },
    { property: 'og:image:alt', content: input.image.alt },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: input.title },
    { name: 'twitter:description', content: input.description },
    { name: 'twitter:image', content: image },
    { name: 'twitter:image:alt', content: input.image.alt },
  ];
  if (input.article?.modified) {
    meta.push({ property: 'article:modified_time', content: input.article.modified.toISOString() });
  }

  const publisher = { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url };
  const jsonLd: Record<string, unknown>[] = [];
  if (input.isHome) {
    jsonLd.push({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: input.siteName,
      url: absoluteUrl(input.site, '/'),
      publisher,
      potentialAction: {
        '@type': 'SearchAction',
        target: {
          '@type': 'EntryPoint',
          urlTemplate: `${absoluteUrl(input.site, input.searchPath)}?q={search_term_string}`,
        },
        'query-input': 'required name=search_term_string',
      },
    });
  }
  if (input.article) {
    jsonLd.push({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: input.title,
      description: input.description,
      url,
      mainEntityOfPage: url,
      image,
      inLanguage: input.locale,
      author: {
        '@type': input.article.author.type,
        name: input.article.author.name,
        ...(input.article.author.url && { url: input.article.author.url }),
      },
      publisher,
      ...(input.article.modified && { dateModified: input.article.modified.toISOString() }),
      ...(input.article.basedOn && { isBasedOn: absoluteUrl(input.site, input.article.basedOn) }),
    });
  }
  if (input.breadcrumbs?.length) jsonLd.push(breadcrumbList(input.site, input.breadcrumbs));
  jsonLd.push(...(input.extraJsonLd ?? []));

  return {
    title: documentTitle(input.title, input.siteName),
    meta,
    links: [
      // A page kept out of search engines (404, embed frames) names no canonical URL of its own.
      ...(input.noindex ? [] : [{ rel: 'canonical', href: url }]),
      { rel: 'sitemap', href: '/sitemap-index.xml' },
      { rel: 'alternate', type: 'application/rss+xml', title: `${input.siteName}: guides`, href: '/rss.xml' },
      { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
    ],
    jsonLd,
  };
}

/** JSON for a <script type="application/ld+json">, safe against "</script>" in any string. */
export function serializeJsonLd(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
