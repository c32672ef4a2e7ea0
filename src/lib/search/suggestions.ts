// Where to send a reader whose search found nothing: the overview of the path, and the quiz once it exists.
export interface Suggestion {
  title: string;
  href: string;
}

export const OVERVIEW: Suggestion = {
  title: 'Someone else got the job. What now? (the overview)',
  href: '/guides/someone-else-got-the-job/',
};
export const QUIZ_PATH = '/tools/quiz/';

/** The overview, then the quiz if the site's tools list has it (only pages that exist are linked). */
export function noResultSuggestions(tools: readonly { title: string; href: string }[]): Suggestion[] {
  const quiz = tools.find((tool) => tool.href === QUIZ_PATH);
  return quiz ? [OVERVIEW, { title: quiz.title, href: quiz.href }] : [OVERVIEW];
}
