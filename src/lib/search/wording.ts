// Every sentence the search shows or announces, in one place, so the states read alike in the dialog and on the page.
import type { PageType } from '#/lib/head.ts';

export const TYPE_LABELS: Record<PageType, string> = {
  guide: 'Guide',
  article: 'Original article',
  tool: 'Tool',
  lesson: 'Course lesson',
  page: 'Page',
};

export function typeLabel(type: string | undefined): string {
  return (type && TYPE_LABELS[type as PageType]) || TYPE_LABELS.page;
}

export function topicLabel(topic: string): string {
  return topic.charAt(0).toUpperCase() + topic.slice(1);
}

/** How many results the search shows at once: people look at the first few, and rendering more costs time. */
export const RESULTS_PER_VIEW = 10;

export const messages = {
  emptyHint: 'Type a worry or a few words, for example “should I call them” or “what to wear”.',
  noWords: 'Type a word or two, for example “interview” or “feedback”.',
  shortened: (max: number) => `Your search was long, so only its first ${max} characters were used.`,
  loading: 'Loading search…',
  searching: 'Searching…',
  error: 'Search could not load. Check your connection and try again, or browse all the guides.',
  retry: 'Try again',
  /** Nothing matched and there are no pages to offer instead (filters are set, or the build wrote none). */
  noResults: (text: string, filtered: boolean) =>
    filtered
      ? `Nothing matches “${text}” with these filters. Try all types and topics, or browse all the guides.`
      : `Nothing matches “${text}”. Try fewer or different words, or browse all the guides.`,
  /** Nothing matched: the pages that help most readers are shown instead. */
  startPages: (text: string) => `Nothing matches “${text}”. These pages help most readers:`,
  allGuides: 'All guides',
  filterOnly: (count: number) => `${count} ${count === 1 ? 'page' : 'pages'} in this selection.`,
  /** "Showing results for feedback. Search instead for feeback": the parts around the two queries. */
  showingFor: 'Showing results for',
  searchInstead: 'Search instead for',
};

/** The visible line above the results, and what the polite live region announces. */
export function resultSummary(count: number, text: string, filtered: boolean, partial = false): string {
  const filters = filtered ? ' with these filters' : '';
  if (partial)
    return `No page has every word of “${text}”${filters}. ${count} ${count === 1 ? 'page matches' : 'pages match'} some of them.`;
  return `${count} ${count === 1 ? 'page matches' : 'pages match'} “${text}”${filters}.`;
}

export function showingMore(shown: number, total: number): string {
  return shown < total ? `Showing the first ${shown}.` : '';
}
