// What Pagefind reads from each page (https://pagefind.app/docs/metadata/, /docs/filtering/). Inline values
// (`type:guide`) may only end a comma-separated list, because they run to the end of the attribute; so the type and
// topic are captured from data attributes instead, which can be listed together.
import type { PageType } from '#/lib/head.ts';
import { escapeHtml } from './panel.ts';
import { queryWords, wordKey } from './query.ts';

export interface IndexedPage {
  pageType: PageType;
  topic?: string;
  /** Pages kept out of search engines (404, the search page itself) are kept out of site search too. */
  noindex?: boolean;
  /** Pages for site owners, not job seekers (the quiz's embed code), stay out of site search but not search engines. */
  notForSiteSearch?: boolean;
}

/** Attributes for the element wrapping a page's main content. */
export function searchIndexAttributes({
  pageType,
  topic,
  noindex,
  notForSiteSearch,
}: IndexedPage): Record<string, string> {
  if (noindex || notForSiteSearch) return {};
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

/**
 * How much a page's declared situations count in the index, next to body text (1) and a title (7): for a guide or a
 * tool more than a sentence of its text, less than its headings; for a lesson, which retells a guide and whose text
 * counts for a fifth (src/pages/course/[id].astro), as much as a sentence, so the guide still comes first.
 */
export const SITUATION_WEIGHT = { guide: 4, tool: 4, lesson: 1 } as const;

/**
 * How much a page's keywords count: the name the site's navigation gives a tool ("Quiz"), which its page may never
 * say. As much as a main heading, because a reader who types it means that page.
 */
export const KEYWORD_WEIGHT = 7;

/**
 * The words of a page's short name that its title does not already hold ("Quiz" for "Why didn't I get the offer? A
 * self-check"; nothing for "Resume check" next to "Resume fit check"): indexing title words again would rank the
 * page above the guide on that topic for a one-word search.
 */
export function keywordsBeyondTitle(name: string, title: string): string[] {
  const inTitle = new Set(queryWords(title).map(wordKey));
  const extra = queryWords(name).filter((word) => !inTitle.has(wordKey(word)));
  return extra.length > 0 ? [extra.join(' ')] : [];
}

export interface Situations {
  situations: readonly string[];
  weight: number;
  /** Words that name the page (indexed at KEYWORD_WEIGHT); none by default. */
  keywords?: readonly string[];
  /**
   * Text the page shows that Pagefind cannot read, as plain text: a guide's checklist, whose items are checkbox
   * labels (Pagefind skips labels).
   */
  text?: readonly string[];
}

/**
 * The page as Pagefind should index it: its declared situations (frontmatter `situations`), keywords and unreadable
 * text added at the start of its indexed content, weighted. Only the index sees them; the page served is unchanged.
 */
export function withSituations(html: string, { situations, weight, keywords = [], text = [] }: Situations): string {
  if (situations.length === 0 && keywords.length === 0 && text.length === 0) return html;
  const body = /<[a-z][\w-]*\s[^>]*\bdata-pagefind-body\b[^>]*>/i.exec(html);
  if (!body) return html;
  const end = body.index + body[0].length;
  const paragraph = (words: string, w?: number) =>
    w === undefined ? `<p>${escapeHtml(words)}</p>` : `<p data-pagefind-weight="${w}">${escapeHtml(words)}</p>`;
  const added = [
    ...keywords.map((k) => paragraph(k, KEYWORD_WEIGHT)),
    ...situations.map((s) => paragraph(s, weight)),
    ...text.map((t) => paragraph(t)),
  ].join('');
  return html.slice(0, end) + added + html.slice(end);
}
