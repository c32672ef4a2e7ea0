import { describe, expect, it } from 'vitest';
import { areNeighbours } from '#/lib/search/keyboard.ts';
import {
  allowedDistance,
  closestWord,
  COSTS,
  splitJoined,
  splitJoinedWithSlip,
  typingDistance,
} from '#/lib/search/spelling.ts';
import { countWords, Vocabulary, vocabularyData } from '#/lib/search/vocabulary.ts';

/** A small site: its text, counted as the build counts the indexed pages. */
function siteVocabulary(text: string, english: string[] = []): Vocabulary {
  const counts = new Map<string, number>();
  countWords(text, counts);
  return new Vocabulary(vocabularyData(counts, english));
}

const site = siteVocabulary(
  'Ask for feedback by email. Review your resume, your attitude and your appearance. Body language and tone. ' +
    'Take the quiz, the self-check. The course. Interview, interviewer, interview. Feedback again: feedback. ' +
    'Were you dressed right? Write a reply. Wait a couple of days. Tailor the resume. Rejection. Missed.',
);

describe('keyboard neighbours', () => {
  it('knows which keys touch on a QWERTY keyboard', () => {
    expect(areNeighbours('j', 'k')).toBe(true);
    expect(areNeighbours('e', 'r')).toBe(true);
    expect(areNeighbours('s', 'z')).toBe(true);
    expect(areNeighbours('a', 'l')).toBe(false);
    expect(areNeighbours('q', 'p')).toBe(false);
    expect(areNeighbours('a', 'a')).toBe(false);
  });
});

describe('typing distance', () => {
  it('charges less for the slips people make most', () => {
    expect(typingDistance('feedbacj', 'feedback')).toBe(COSTS.neighbour);
    expect(typingDistance('qiuz', 'quiz')).toBe(COSTS.swap);
    expect(typingDistance('resumme', 'resume')).toBe(COSTS.double);
    expect(typingDistance('aplication', 'application')).toBe(COSTS.double);
    expect(typingDistance('tailer', 'tailor')).toBe(COSTS.vowel);
    expect(typingDistance('feeback', 'feedback')).toBe(COSTS.edit);
    expect(typingDistance('resume', 'resume')).toBe(0);
  });

  it('gives up early once the limit is passed, but never misses a swap two rows back', () => {
    expect(typingDistance('interview', 'appearance', 1)).toBe(Infinity);
    expect(typingDistance('qiuz', 'quiz', COSTS.swap)).toBe(COSTS.swap);
  });

  it('allows short words a slip only, long words about two', () => {
    expect(allowedDistance(3)).toBeLessThan(allowedDistance(5));
    expect(allowedDistance(5)).toBeLessThan(allowedDistance(12));
  });
});

describe('correcting to the words the site uses', () => {
  it.each([
    ['feeback', 'feedback'],
    ['resumme', 'resume'],
    ['qiuz', 'quiz'],
    ['aparance', 'appearance'],
    ['interveiw', 'interview'],
    ['intreviewer', 'interviewer'],
    ['dyas', 'days'],
    ['tailer', 'tailor'],
    ['cousre', 'course'],
  ])('%s → %s', (typed, meant) => {
    expect(closestWord(typed, site)?.word).toBe(meant);
  });

  it('corrects nothing too far from every word', () => {
    expect(closestWord('zebra', site)).toBeUndefined();
    expect(closestWord('xq', site)).toBeUndefined();
  });

  it('prefers the more frequent of two equally close words, and skips words the caller refuses', () => {
    // "wrte" is one letter from "write" and from "were": "were" is a filler, so it is refused.
    expect(closestWord('wrte', site, (w) => w !== 'were')?.word).toBe('write');
  });

  it('splits two words typed as one, but not into fragments', () => {
    expect(splitJoined('bodylanguage', site)).toEqual(['body', 'language']);
    expect(splitJoined('feedbackemail', site)).toEqual(['feedback', 'email']);
    expect(splitJoined('asking', site)).toBeUndefined();
  });

  it('splits two words typed as one with a slip in one of them', () => {
    expect(splitJoinedWithSlip('bodylanguge', site)).toEqual(['body', 'language']);
    expect(splitJoinedWithSlip('feedbakemail', site)).toEqual(['feedback', 'email']);
    expect(splitJoinedWithSlip('bodyxyzzyq', site)).toBeUndefined();
  });
});

describe('the word list built from the pages', () => {
  it('keeps every word with its count, hyphenated words also as their parts, and round-trips', () => {
    const counts = new Map<string, number>();
    countWords('A self-check. Don’t wait: wait 2 days, e-mail. Résumé.', counts);
    expect(counts.get('selfcheck')).toBe(1);
    expect(counts.get('self')).toBe(1);
    expect(counts.get('wait')).toBe(2);
    expect(counts.get('dont')).toBe(1);
    expect(counts.get('resume')).toBe(1);
    expect(counts.has('2')).toBe(false);
    const vocabulary = new Vocabulary(vocabularyData(counts));
    expect(vocabulary.frequency('wait')).toBe(2);
    expect(vocabulary.words[0]).toBe('wait');
  });

  it('knows other forms of its words, and the start of one only where a word may still be being typed', () => {
    expect(site.knows('interviews')).toBe(true);
    expect(site.knows('rejected')).toBe(true);
    expect(site.knows('feedb')).toBe(false);
    expect(site.knows('feedb', true)).toBe(true);
  });

  it('keeps the common English words that look like a typo of a site word, and only those', () => {
    const withEnglish = siteVocabulary('We missed the interview.', ['messed', 'banana', 'interview']);
    expect(withEnglish.isEnglish('messed')).toBe(true);
    expect(withEnglish.isEnglish('banana')).toBe(false);
    expect(withEnglish.isEnglish('interview')).toBe(false);
  });
});
