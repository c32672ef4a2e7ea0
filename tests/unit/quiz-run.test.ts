import { describe, expect, it } from 'vitest';
import { reachableStep, runAnswers, runResult, startRun } from '#/lib/quiz/run.ts';
import { encodeShare, quizFingerprint } from '#/lib/quiz/share.ts';
import { progressKey, saveProgress } from '#/lib/quiz/progress.ts';
import { answersOf, fixtureQuiz } from '../support/quiz-fixture.ts';

const quiz = fixtureQuiz();
const at = (search = '', hash = '') => ({ search, hash });

function storageWith(key: string, value: unknown): Storage {
  const items = new Map([[key, JSON.stringify(value)]]);
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  } as Storage;
}

describe('starting the quiz', () => {
  it('starts empty at the first step of every area', () => {
    expect(startRun(quiz, at(), undefined)).toMatchObject({
      areaIds: ['resume', 'attitude'],
      answers: {},
      step: 0,
      shared: false,
    });
  });

  it('resumes saved progress, but never past the first area with open questions', () => {
    const key = progressKey(quizFingerprint(quiz), undefined);
    const storage = storageWith(key, { answers: answersOf(quiz, [0, 1], [2]), step: 2 });
    expect(startRun(quiz, at(), storage)).toMatchObject({
      step: 1,
      answers: { 'resume.tailored': 0, 'resume.highlighted': 1, 'attitude.engaged': 2 },
    });
  });

  it('opens a shared result on the results, covering the areas the link holds, without touching saved progress', () => {
    const hash = '#r=' + encodeShare(quiz, answersOf(quiz, null, [0, 1, 2]));
    const key = progressKey(quizFingerprint(quiz), undefined);
    const run = startRun(quiz, at('', hash), storageWith(key, { answers: answersOf(quiz, [0, 0]), step: 1 }));
    expect(run).toMatchObject({ areaIds: ['attitude'], step: 1, shared: true });
    expect(runResult(quiz, run).areas.map((a) => a.id)).toEqual(['attitude']);
  });

  it('limits the run to the area a link asks for, with its own saved progress', () => {
    const key = progressKey(quizFingerprint(quiz), 'attitude');
    const run = startRun(
      quiz,
      at('?area=attitude&source=Blog'),
      storageWith(key, { answers: answersOf(quiz, null, [0]), step: 0 }),
    );
    expect(run).toMatchObject({
      areaIds: ['attitude'],
      filter: 'attitude',
      source: 'Blog',
      answers: { 'attitude.engaged': 0 },
    });
  });

  it('starts an empty quiz with a notice for a bad link or area, ignoring saved progress', () => {
    const key = progressKey(quizFingerprint(quiz), undefined);
    const storage = storageWith(key, { answers: answersOf(quiz, [0, 0]), step: 1 });
    expect(startRun(quiz, at('', '#r=1.nope.00000'), storage)).toMatchObject({
      notice: 'changed',
      answers: {},
      step: 0,
    });
    expect(startRun(quiz, at('', '#r=rubbish'), storage)).toMatchObject({ notice: 'invalid', answers: {}, step: 0 });
    expect(startRun(quiz, at('?area=hobbies'), storage)).toMatchObject({
      notice: 'unknownArea',
      areaIds: ['resume', 'attitude'],
      answers: {},
      step: 0,
    });
  });
});

describe('a run in progress', () => {
  it('counts only its own areas in the result and in its share link', () => {
    const run = { areaIds: ['resume'], answers: answersOf(quiz, [0, 0], [1, 1, 1]) };
    expect(Object.keys(runAnswers(quiz, run))).toEqual(['resume.tailored', 'resume.highlighted']);
    expect(runResult(quiz, run)).toMatchObject({ partial: true, allStrong: true });
  });

  it('reaches the results only when every area is answered', () => {
    expect(reachableStep(quiz.areas, answersOf(quiz, [0, 0], [0, 0, 0]), 2)).toBe(2);
    expect(reachableStep(quiz.areas, answersOf(quiz, [0, 0], [0, 0]), 2)).toBe(1);
    expect(reachableStep(quiz.areas, {}, -3)).toBe(0);
  });
});

describe('saving progress', () => {
  it('writes JSON that startRun reads back', () => {
    const items = new Map<string, string>();
    const storage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    } as Storage;
    saveProgress(storage, progressKey(quizFingerprint(quiz), undefined), { answers: answersOf(quiz, [1, 1]), step: 1 });
    expect(startRun(quiz, at(), storage)).toMatchObject({
      step: 1,
      answers: { 'resume.tailored': 1, 'resume.highlighted': 1 },
    });
  });
});
