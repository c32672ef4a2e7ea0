import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normalizeQuery, prepareQuery, queryWords } from '#/lib/search/query.ts';
import { siteConfig } from '#/site.config.ts';

describe('preparing what a reader typed for Pagefind', () => {
  it('treats empty and whitespace-only input as no search at all', () => {
    expect(prepareQuery('')).toEqual({ kind: 'empty' });
    expect(prepareQuery('   \t\n  ')).toEqual({ kind: 'empty' });
  });

  it('asks for words when the input is only symbols', () => {
    expect(prepareQuery('!!! ??? @#$%')).toEqual({ kind: 'no-words', text: '!!! ??? @#$%' });
    expect(prepareQuery('<>/"\'')).toMatchObject({ kind: 'no-words' });
  });

  it('drops question words, which would otherwise hide pages that do not contain them', () => {
    expect(prepareQuery('should I call them')).toMatchObject({
      kind: 'search',
      text: 'should I call them',
      term: 'call',
    });
    expect(prepareQuery('Review your attitude in the interview')).toMatchObject({ term: 'review attitude interview' });
  });

  it('keeps a query made only of question words as it is, rather than searching for nothing', () => {
    expect(prepareQuery('what now')).toMatchObject({ term: 'now' });
    expect(prepareQuery('what should I do')).toMatchObject({ term: 'what should i do' });
  });

  it("maps a reader's word to the word the pages use", () => {
    expect(prepareQuery('what should I have worn', siteConfig.searchSynonyms)).toMatchObject({ term: 'wear' });
    expect(prepareQuery('Is my CV ok?', siteConfig.searchSynonyms)).toMatchObject({ term: 'resume ok' });
  });

  it('has synonyms an editor wrote as single lower-case words, so they can ever match', () => {
    for (const [from, to] of Object.entries(siteConfig.searchSynonyms)) {
      expect(from, `searchSynonyms key "${from}"`).toMatch(/^[\p{Ll}\p{N}']+$/u);
      expect(to, `searchSynonyms value for "${from}"`).toMatch(/^[\p{Ll}\p{N}']+$/u);
    }
  });

  it('cuts a 10,000-character query to the maximum at a word boundary and says so', () => {
    const long = 'interview '.repeat(1000);
    const prepared = prepareQuery(long);
    expect(prepared.kind).toBe('search');
    if (prepared.kind !== 'search') return;
    expect(prepared.shortened).toBe(true);
    expect(prepared.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(prepared.text.endsWith('interview')).toBe(true);
    expect(prepared.term).toBe('interview');
    expect(normalizeQuery('x'.repeat(10_000)).text).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('removes control characters and collapses runs of spaces', () => {
    expect(normalizeQuery('  body\u0000\u0007  language\r\n')).toEqual({ text: 'body language', shortened: false });
  });

  it('strips punctuation around words but keeps apostrophes and accents inside them', () => {
    expect(queryWords('“Don’t” (résumé), tips!')).toEqual(["don't", 'résumé', 'tips']);
    expect(queryWords('... -- ??')).toEqual([]);
  });

  it('passes markup through only as plain words, never as something to render', () => {
    const prepared = prepareQuery('<img src=x onerror=alert(1)>');
    expect(prepared).toMatchObject({ kind: 'search', text: '<img src=x onerror=alert(1)>' });
  });
});
