import { describe, expect, it } from 'vitest';
import { promoteExactTitles, titleKey } from '#/lib/search/rank.ts';

const page = (title: string) => ({ title });

describe('exact title matches', () => {
  it('reduces titles and queries to their words, whatever the case, punctuation or apostrophes', () => {
    expect(titleKey('Why didn’t I get the offer? A self-check')).toBe('why didnt i get the offer a self check');
    expect(titleKey("  why didn't I get the offer - a self check ")).toBe('why didnt i get the offer a self check');
  });

  it('moves the page titled exactly as the query to the front and keeps the others in order', () => {
    const results = [page('Resume fit check'), page('Review your resume'), page('Did your resume fit this job?')];
    expect(promoteExactTitles(results, 'did your resume fit this job', (p) => p.title).map((p) => p.title)).toEqual([
      'Did your resume fit this job?',
      'Resume fit check',
      'Review your resume',
    ]);
  });

  it('leaves the order alone when no title matches, or a title only contains the query', () => {
    const results = [page('Ask the interviewer for feedback by email'), page('Ask the interviewer for feedback')];
    expect(promoteExactTitles(results, 'feedback', (p) => p.title)).toEqual(results);
    expect(promoteExactTitles(results, 'Ask the interviewer for feedback', (p) => p.title)[0]).toBe(results[1]);
    expect(promoteExactTitles(results, '???', (p) => p.title)).toEqual(results);
  });
});
