import { describe, expect, it } from 'vitest';
import { pagefindFilters, readSearchParams, searchQueryString } from '#/lib/search/params.ts';

const known = { type: ['guide', 'article'], topic: ['attitude', 'resume'] };

describe('the search page address', () => {
  it('reads the query and known filters from ?q=&type=&topic=', () => {
    expect(readSearchParams('?q=body+language&type=guide&topic=attitude', known)).toEqual({
      q: 'body language',
      type: 'guide',
      topic: 'attitude',
    });
  });

  it('drops filter values it does not know instead of echoing them', () => {
    expect(readSearchParams('?type=<script>&topic=nope', known)).toEqual({ q: '', type: undefined, topic: undefined });
  });

  it('cleans the query from the address like typed text, and keeps a long one whole for the search to cut', () => {
    expect(readSearchParams(`?q=${encodeURIComponent('  a\u0000 b  ')}`, known).q).toBe('a b');
    expect(readSearchParams(`?q=${'x'.repeat(10_000)}`, known).q).toHaveLength(10_000);
  });

  it('writes a shareable address that round-trips, leaving out what is empty', () => {
    const state = { q: 'what to wear', type: 'guide', topic: undefined };
    expect(searchQueryString(state)).toBe('?q=what+to+wear&type=guide');
    expect(readSearchParams(searchQueryString(state), known)).toEqual(state);
    expect(searchQueryString({ q: '   ' })).toBe('');
  });

  it('keeps "search instead for" the words as typed in the address, only with words', () => {
    expect(searchQueryString({ q: 'feeback', verbatim: true })).toBe('?q=feeback&verbatim=1');
    expect(readSearchParams('?q=feeback&verbatim=1', known)).toMatchObject({ q: 'feeback', verbatim: true });
    expect(readSearchParams('?q=feeback&verbatim=yes', known)).not.toHaveProperty('verbatim');
    expect(searchQueryString({ q: '', verbatim: true })).toBe('');
  });

  it('passes only the chosen filters to Pagefind', () => {
    expect(pagefindFilters({ type: 'guide' })).toEqual({ type: 'guide' });
    expect(pagefindFilters({})).toEqual({});
  });
});
