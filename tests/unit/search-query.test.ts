import { describe, expect, it } from 'vitest';
import { restoreApostrophe } from '#/lib/search/contractions.ts';
import { MAX_QUERY_LENGTH, normalizeQuery, queryWords, wordKey } from '#/lib/search/query.ts';
import { stem } from '#/lib/search/stem.ts';
import { isStopWord } from '#/lib/search/stop-words.ts';

describe('cleaning and splitting what a reader typed', () => {
  it('cuts a 10,000-character query to the maximum at a word boundary and says so', () => {
    const { text, shortened } = normalizeQuery('interview '.repeat(1000));
    expect(shortened).toBe(true);
    expect(text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(text.endsWith('interview')).toBe(true);
    expect(normalizeQuery('x'.repeat(10_000)).text).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('keeps a long message to a friend whole', () => {
    const message =
      'so i had what i thought was a perfect interview last thursday, i had every single thing on the job ' +
      'description and the manager even smiled the whole time but today they emailed to say no';
    expect(normalizeQuery(message)).toEqual({ text: message, shortened: false });
  });

  it('removes control characters and collapses runs of spaces', () => {
    expect(normalizeQuery('  body\u0000\u0007  language\r\n')).toEqual({ text: 'body language', shortened: false });
  });

  it('strips punctuation around words but keeps apostrophes, hyphens and accents inside them', () => {
    expect(queryWords('“Don’t” (résumé), tips!')).toEqual(["don't", 'résumé', 'tips']);
    expect(queryWords('e-mail list,interview/feedback')).toEqual(['e-mail', 'list', 'interview', 'feedback']);
    expect(queryWords('... -- ??')).toEqual([]);
  });

  it('writes words in the form the index uses: accents folded, apostrophes and hyphens dropped', () => {
    expect(wordKey('résumé')).toBe('resume');
    expect(wordKey("don't")).toBe('dont');
    expect(wordKey('self-check')).toBe('selfcheck');
  });
});

describe('contractions, fillers and word forms', () => {
  it('gives contractions typed without an apostrophe their apostrophe back', () => {
    expect(['wasnt', 'dont', 'im', 'ive', 'shouldve', 'cant', 'havent'].map(restoreApostrophe)).toEqual([
      "wasn't",
      "don't",
      "i'm",
      "i've",
      "should've",
      "can't",
      "haven't",
    ]);
  });

  it('leaves alone the forms that are words in their own right', () => {
    for (const word of ['its', 'were', 'well', 'ill', 'lets', 'id', 'resume'])
      expect(restoreApostrophe(word)).toBe(word);
  });

  it('treats question words, fillers and contractions as carrying no topic', () => {
    for (const word of ['should', 'i', 'what', "didn't", "i'm", 'the']) expect(isStopWord(word), word).toBe(true);
    for (const word of ['interview', 'feedback', 'angry', 'dress']) expect(isStopWord(word), word).toBe(false);
  });

  it('brings the forms of a word to one stem, on both sides of the search', () => {
    expect(new Set(['rejected', 'rejection', 'rejections', 'rejecting'].map(stem)).size).toBe(1);
    expect(new Set(['reply', 'replied', 'replies', 'replying'].map(stem)).size).toBe(1);
    expect(new Set(['ghosted', 'ghosting'].map(stem)).size).toBe(1);
    expect(stem('interviewer')).toBe(stem('interviewers'));
    expect(stem('dress')).toBe('dress');
    expect(stem('feedback')).toBe('feedback');
  });
});
