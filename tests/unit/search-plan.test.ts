// Planning a query and running it with its fallbacks, against a small table instead of Pagefind.
import { describe, expect, it } from 'vitest';
import { planQuery, MAX_CONCEPTS } from '#/lib/search/plan.ts';
import { ReadersWords } from '#/lib/search/readers-words.ts';
import { runSearch, type SearchBackend, type StartPage } from '#/lib/search/run.ts';
import { countWords, Vocabulary, vocabularyData } from '#/lib/search/vocabulary.ts';

const readers = new ReadersWords([
  { about: 'Clothes', readers: ['clothes', 'outfit', 'what to wear'], site: ['dress', 'appearance'] },
  { about: 'Silence', readers: ['ghosted', 'never replied'], site: ['reply', 'follow-up'] },
  { about: 'Rejection', readers: ['turned down', 'rejected'], site: ['rejection'] },
  { about: 'Career', readers: ['new field', 'career change'], site: ['course'] },
  { about: 'Not chosen', readers: ['not get the job', 'got the news'], site: ['news'] },
]);

const counts = new Map<string, number>();
countWords(
  'Feedback email. Review your appearance and dress. Wait for a reply, then one follow-up. Rejection hurts. ' +
    'The course. Interview, interviewer. Missed chances. Feedback.',
  counts,
);
const vocabulary = new Vocabulary(vocabularyData(counts, ['messed']), readers.words);
const context = { vocabulary, readers };

function concepts(query: string) {
  const plan = planQuery(query, context);
  return plan.kind === 'search' ? plan.concepts.map((c) => `${c.expanded ? '+' : ''}${c.terms.join('|')}`) : plan;
}

describe('readers’ words', () => {
  it('finds words and phrases in their other forms, longest first, with fillers between the words', () => {
    const match = (text: string) => readers.match(text.split(' ')).map((m) => m.site.join(' '));
    expect(match('ghosting again')).toEqual(['reply follow-up']);
    expect(match('they turned me down')).toEqual(['rejection']);
    expect(match('what to wear')).toEqual(['dress appearance']);
    expect(match('never replied')).toEqual(['reply follow-up']);
    expect(match('turned left')).toEqual([]);
  });

  it('reads every way of saying no as one, and lets a reader leave out a filler inside a phrase', () => {
    const match = (text: string) => readers.match(text.split(' ')).map((m) => m.site.join(' '));
    for (const query of ['not replied', 'havent replied', "they still haven't replied", 'no reply yet'])
      expect(match(query), query).toEqual(['reply follow-up']);
    expect(match('didnt get job')).toEqual(['news']);
    expect(match('i did not get the job')).toEqual(['news']);
    expect(match('get the job')).toEqual([]);
    expect(match('replied')).toEqual([]);
    expect(match('got a new interview')).toEqual([]);
  });
});

describe('planning a query', () => {
  it('answers hints before any search: nothing typed, or only symbols', () => {
    expect(planQuery('   ')).toEqual({ kind: 'empty' });
    expect(planQuery('!!! ???')).toEqual({ kind: 'no-words', text: '!!! ???' });
  });

  it('drops fillers, but searches a query of nothing else rather than nothing', () => {
    expect(concepts('should I ask for feedback')).toEqual(['ask', 'feedback']);
    expect(concepts('what should I do')).toEqual(['what', 'should', 'i', 'do']);
  });

  it('corrects typos to the site’s words and says what it searched for', () => {
    const plan = planQuery('feeback emial', context);
    expect(plan).toMatchObject({ kind: 'search', corrected: 'feedback email' });
    expect(concepts('feeback emial')).toEqual(['feedback', 'email']);
  });

  it('restores apostrophes without calling it a correction', () => {
    const plan = planQuery('didnt get feeback', context);
    expect(plan).toMatchObject({
      corrected: "didn't get feedback",
      corrections: [{ from: 'feeback', to: 'feedback' }],
    });
    expect(planQuery('wasnt good', context)).not.toHaveProperty('corrected');
  });

  it('leaves alone real words, readers’ words, numbers, and a last word still being typed', () => {
    for (const query of ['messed up', 'ghosted', 'email 2024', 'feedb'])
      expect(planQuery(query, context), query).not.toHaveProperty('corrected');
  });

  it('corrects nothing when asked to search as typed, or without the word list', () => {
    expect(planQuery('feeback', { ...context, verbatim: true })).not.toHaveProperty('corrected');
    expect(planQuery('feeback', { readers })).not.toHaveProperty('corrected');
  });

  it('adds the site’s words for a reader’s word, and lets a phrase stand for its words', () => {
    expect(concepts('my outfit')).toEqual(['outfit', '+dress|appearance']);
    expect(concepts('moving into a new field')).toEqual(['moving', '+course']);
    expect(concepts('hiring manager ghosted me')).toEqual(['hiring', 'manager', 'ghosted', '+reply|followup']);
  });

  it('keeps at most the most telling concepts of a very long query', () => {
    const long = Array.from({ length: 30 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`).join(' ');
    const plan = planQuery(`${long} feedback`, context);
    expect(plan.kind === 'search' && plan.concepts.length).toBe(MAX_CONCEPTS);
  });
});

/** A fake index: term → results. */
function backend(table: Record<string, { id: string; score: number }[]>): SearchBackend<{ id: string; score: number }> {
  return { search: async (term) => (term === null ? Object.values(table).flat() : (table[term] ?? [])) };
}
const start: StartPage[] = [{ url: '/guides/start/', title: 'Start here' }];

describe('running a search', () => {
  const index = backend({
    feedback: [
      { id: 'email-guide', score: 4 },
      { id: 'use-feedback', score: 3 },
    ],
    email: [
      { id: 'email-guide', score: 3 },
      { id: 'course', score: 2 },
    ],
    dress: [{ id: 'appearance', score: 5 }],
    appearance: [{ id: 'appearance', score: 4 }],
  });

  it('ranks pages that answer more of the query first, and says when none answers all of it', async () => {
    const outcome = await runSearch(planQuery('feedback email', context), index, { filtered: false, start });
    expect(outcome).toMatchObject({ kind: 'results', partial: false });
    expect(outcome.kind === 'results' && outcome.results.map((r) => r.id)).toEqual([
      'email-guide',
      'use-feedback',
      'course',
    ]);
    const partial = await runSearch(planQuery('dress email', context), index, { filtered: false, start });
    expect(partial).toMatchObject({ kind: 'results', partial: true });
    // A word no page uses is not held against the pages that answer the rest.
    const unknown = await runSearch(planQuery('feedback zebra', context), index, { filtered: false, start });
    expect(unknown).toMatchObject({ kind: 'results', partial: false });
  });

  it('finds a page through a reader’s word that no page uses', async () => {
    const outcome = await runSearch(planQuery('outfit', context), index, { filtered: false, start });
    expect(outcome.kind === 'results' && outcome.results[0]?.id).toBe('appearance');
  });

  it('offers the start pages when nothing matches, but not when filters narrowed the search', async () => {
    const nothing = await runSearch(planQuery('zebra', context), index, { filtered: false, start });
    expect(nothing).toMatchObject({ kind: 'nothing', start });
    const filtered = await runSearch(planQuery('zebra', context), index, { filtered: true, start });
    expect(filtered).toMatchObject({ kind: 'nothing', start: [] });
  });

  it('lists every page of a filter when no words are typed', async () => {
    const outcome = await runSearch(planQuery(''), index, { filtered: true, start });
    expect(outcome.kind).toBe('listing');
  });
});
