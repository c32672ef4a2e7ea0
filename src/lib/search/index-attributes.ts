// What Pagefind reads from each page (https://pagefind.app/docs/metadata/, /docs/filtering/). Inline values
// (`type:guide`) may only end a comma-separated list, because they run to the end of the attribute; so the type and
// topic are captured from data attributes instead, which can be listed together.
import type { PageType } from '#/lib/head.ts';

export interface IndexedPage {
  pageType: PageType;
  topic?: string;
  /** Pages kept out of search engines (404, the search page itself) are kept out of site search too. */
  noindex?: boolean;
}

/** Attributes for the element wrapping a page's main content. */
export function searchIndexAttributes({ pageType, topic, noindex }: IndexedPage): Record<string, string> {
  if (noindex) return {};
  const captures = topic ? 'type[data-type], topic[data-topic]' : 'type[data-type]';
  return {
    'data-pagefind-body': '',
    'data-pagefind-meta': captures,
    'data-pagefind-filter': captures,
    'data-type': pageType,
    ...(topic && { 'data-topic': topic }),
  };
}

/**
 * Head tags that also feed Pagefind: the page title (without the site name, unlike <title>) and its description.
 * Pagefind reads data-pagefind-meta anywhere in the document, so no text is repeated in the body.
 */
export function searchMetaFor(tag: { name?: string; property?: string }): string | undefined {
  if (tag.property === 'og:title') return 'title[content]';
  if (tag.name === 'description') return 'description[content]';
  return undefined;
}
