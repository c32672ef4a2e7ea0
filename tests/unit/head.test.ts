import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  breadcrumbList,
  buildHead,
  documentTitle,
  serializeJsonLd,
  webApplication,
  type HeadInput,
} from '#/lib/head.ts';

const base: HeadInput = {
  site: 'https://toolkit.example',
  siteName: 'Job Seeker Toolkit',
  locale: 'en',
  path: '/guides/review-your-resume/',
  title: 'Review your resume',
  description: 'Was your resume tailored to this job?',
  pageType: 'guide',
  image: { path: '/share.png', width: 1200, height: 630, alt: 'Share image' },
  publisher: { name: 'CRA Resources', url: 'https://www.craresources.com/' },
  searchPath: '/search/',
};

const meta = (head: ReturnType<typeof buildHead>, key: string) =>
  head.meta.find((m) => m.name === key || m.property === key)?.content;

describe('buildHead', () => {
  it('gives every page an absolute canonical URL built from the site origin, not the request', () => {
    const head = buildHead(base);
    expect(head.links.find((l) => l.rel === 'canonical')?.href).toBe(
      'https://toolkit.example/guides/review-your-resume/',
    );
    expect(meta(head, 'og:url')).toBe('https://toolkit.example/guides/review-your-resume/');
  });

  it('describes the page for search results and link previews with an absolute share image', () => {
    const head = buildHead(base);
    expect(meta(head, 'description')).toBe(base.description);
    expect(meta(head, 'og:image')).toBe('https://toolkit.example/share.png');
    expect(meta(head, 'twitter:card')).toBe('summary_large_image');
    expect(meta(head, 'og:type')).toBe('article');
    expect(buildHead({ ...base, pageType: 'tool' }).meta.find((m) => m.property === 'og:type')?.content).toBe(
      'website',
    );
  });

  it('adds an Article with author, publisher and the article it is based on', () => {
    const head = buildHead({
      ...base,
      article: {
        author: { name: 'CRA Resources', type: 'Organization' },
        modified: new Date('2026-11-25'),
        basedOn: '/article/',
      },
    });
    const article = head.jsonLd.find((d) => d['@type'] === 'Article');
    expect(article).toMatchObject({
      headline: 'Review your resume',
      author: { '@type': 'Organization', name: 'CRA Resources' },
      publisher: { '@type': 'Organization', name: 'CRA Resources' },
      isBasedOn: 'https://toolkit.example/article/',
      dateModified: '2026-11-25T00:00:00.000Z',
    });
  });

  it('puts the WebSite object, with its search action, on the home page only', () => {
    expect(buildHead(base).jsonLd.some((d) => d['@type'] === 'WebSite')).toBe(false);
    const home = buildHead({ ...base, path: '/', isHome: true });
    expect(home.jsonLd.find((d) => d['@type'] === 'WebSite')).toMatchObject({
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: 'https://toolkit.example/search/?q={search_term_string}' },
      },
    });
  });

  it('marks pages that should stay out of search engines', () => {
    const hidden = buildHead({ ...base, noindex: true });
    expect(meta(hidden, 'robots')).toBe('noindex');
    expect(hidden.links.some((l) => l.rel === 'canonical')).toBe(false);
    expect(meta(buildHead(base), 'robots')).toBeUndefined();
  });
});

describe('breadcrumbList', () => {
  it('starts at Home and numbers each crumb with an absolute URL', () => {
    const list = breadcrumbList('https://toolkit.example', [{ name: 'Guides', href: '/guides/' }]) as {
      itemListElement: unknown[];
    };
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://toolkit.example/' },
      { '@type': 'ListItem', position: 2, name: 'Guides', item: 'https://toolkit.example/guides/' },
    ]);
  });
});

describe('small helpers', () => {
  it('writes the document title with the site name, except on the home page', () => {
    expect(documentTitle('All guides', 'Job Seeker Toolkit')).toBe('All guides – Job Seeker Toolkit');
    expect(documentTitle('Job Seeker Toolkit', 'Job Seeker Toolkit')).toBe('Job Seeker Toolkit');
  });

  it('serialises JSON-LD so a string can never close the script element', () => {
    const out = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(out).not.toContain('</script>');
    expect(JSON.parse(out)).toEqual({ name: '</script><script>alert(1)</script>' });
  });

  it('resolves paths against the origin', () => {
    expect(absoluteUrl(new URL('https://toolkit.example'), '/a/')).toBe('https://toolkit.example/a/');
  });
});

describe('webApplication', () => {
  it('describes a tool page as a free application in the browser, at its absolute URL, with its publisher', () => {
    const app = webApplication({
      site: base.site,
      path: '/plan/',
      name: 'My plan',
      description: 'From the day of the news to the next interview.',
      publisher: base.publisher,
    });
    expect(app).toMatchObject({
      '@type': 'WebApplication',
      name: 'My plan',
      url: 'https://toolkit.example/plan/',
      isAccessibleForFree: true,
      publisher: { '@type': 'Organization', name: 'CRA Resources', url: 'https://www.craresources.com/' },
    });
  });
});
