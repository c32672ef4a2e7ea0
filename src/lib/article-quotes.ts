// The article's own words that the guides quote, each copied exactly from the original (a test finds every one on
// /article/). Guides pick one by id: <ArticleQuote id="attitude" />.

export const articleQuotes = {
  'rash-actions':
    'Never take rash actions and contact the “offending” company without first taking time to process the rejection yourself.',
  resume:
    'Was it tailored for this particular job? Did it highlight qualifications the job description specifically mentioned?',
  attitude: 'Body language and tone of voice are often times more highly considered than your answers to questions.',
  appearance:
    'The “right” answer may change depending on the company culture, level of interview, level of position, and many other variables.',
  'of-course-not':
    'Do you just pretend that the interview never happened and go on to the next one without having any idea what went wrong? Of course not!',
  'hiring-managers':
    'Contacting a company that did not hire you can be uncomfortable, but many Hiring Managers appreciate and will be receptive to you seeking improvement.',
  diplomatic:
    'You must remember to be diplomatic and not place blame on them for the outcome. You have to create a comfortable environment where they will speak freely in order for you to obtain their feedback.',
  listen:
    'If you take the time to respectfully and thoroughly listen, the feedback your interviewer gives will likely improve your next interview performance, as well as leave the company with a positive and impressive image of you in case you choose to pursue a job with their company again in the future.',
} as const;

export type ArticleQuoteId = keyof typeof articleQuotes;

/** The quoted words for `id`; an unknown id is an editor's typo, reported with the ids that exist. */
export function articleQuote(id: string): string {
  if (!Object.hasOwn(articleQuotes, id)) {
    throw new Error(
      `<ArticleQuote id="${id}" />: no such quote. Use one of: ${Object.keys(articleQuotes).join(', ')} ` +
        '(or add the exact words to src/lib/article-quotes.ts).',
    );
  }
  return articleQuotes[id as ArticleQuoteId];
}
