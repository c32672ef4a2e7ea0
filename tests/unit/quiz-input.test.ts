import { describe, expect, it } from 'vitest';
import { readQuizParams, withSource } from '#/lib/quiz/params.ts';
import { loadProgress, progressKey, saveProgress } from '#/lib/quiz/progress.ts';
import { buildQuiz } from '#/lib/quiz/build.ts';
import { fixtureQuiz, quizAreaData } from '../support/quiz-fixture.ts';

const areaIds = ['resume', 'attitude', 'appearance'];

describe('quiz links’ query parameters', () => {
  it('limit the quiz to a known area, whatever its case', () => {
    expect(readQuizParams('?area=Resume', areaIds)).toEqual({ area: 'resume', unknownArea: false, source: undefined });
  });

  it('flag an unknown or empty area without keeping its text', () => {
    for (const search of ['?area=hobbies', '?area=', '?area=%3Cscript%3Ealert(1)%3C/script%3E', '?area=constructor']) {
      const params = readQuizParams(search, areaIds);
      expect(params.area, search).toBeUndefined();
      expect(params.unknownArea, search).toBe(true);
    }
    expect(readQuizParams('', areaIds).unknownArea).toBe(false);
  });

  it('keep a plain source label and drop one with markup or that is too long', () => {
    expect(readQuizParams('?source=Career%20Centre%20Leeds', areaIds).source).toBe('Career Centre Leeds');
    expect(readQuizParams('?source=%3Cb%3Ex%3C/b%3E', areaIds).source).toBeUndefined();
    expect(readQuizParams(`?source=${'a'.repeat(61)}`, areaIds).source).toBeUndefined();
  });

  it('pass the source label on to links into the full site', () => {
    expect(withSource('/guides/review-your-resume/', 'Career Centre')).toBe(
      '/guides/review-your-resume/?source=Career+Centre',
    );
    expect(withSource('/tools/feedback-email/?area=resume', 'blog')).toBe(
      '/tools/feedback-email/?area=resume&source=blog',
    );
    expect(withSource('/course/', undefined)).toBe('/course/');
  });
});

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('saved progress', () => {
  const quiz = fixtureQuiz();
  const key = progressKey('abc', undefined);

  it('comes back as it was saved', () => {
    const storage = new MemoryStorage();
    saveProgress(storage, key, { answers: { 'resume.tailored': 1 }, step: 1 });
    expect(loadProgress(storage, key, quiz, 2)).toEqual({ answers: { 'resume.tailored': 1 }, step: 1 });
    saveProgress(storage, key, null);
    expect(loadProgress(storage, key, quiz, 2)).toBeNull();
  });

  it('drops answers that do not fit the quiz and ignores entries that are not progress', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      key,
      '{"answers":{"resume.tailored":7,"resume.highlighted":2,"x.y":1,"__proto__":{"resume.tailored":1}},"step":0}',
    );
    expect(loadProgress(storage, key, quiz, 2)).toEqual({ answers: { 'resume.highlighted': 2 }, step: 0 });
    for (const junk of ['{', '"text"', '{"step":9}', '{"step":-1}', 'null']) {
      storage.setItem(key, junk);
      expect(loadProgress(storage, key, quiz, 2), junk).toBeNull();
    }
  });

  it('is skipped quietly when storage is missing or throws', () => {
    const throwing = new MemoryStorage();
    throwing.getItem = () => {
      throw new Error('SecurityError');
    };
    throwing.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(loadProgress(throwing, key, quiz, 2)).toBeNull();
    expect(() => saveProgress(throwing, key, { answers: {}, step: 0 })).not.toThrow();
    expect(loadProgress(undefined, key, quiz, 2)).toBeNull();
  });

  it('is kept apart for each quiz version and each area an embed is limited to', () => {
    expect(new Set([progressKey('a', undefined), progressKey('b', undefined), progressKey('a', 'resume')]).size).toBe(
      3,
    );
  });
});

describe('building the quiz from its content files', () => {
  const area = quizAreaData;

  it('orders the areas and links each question to its area’s guide', () => {
    const quiz = buildQuiz(
      [
        { id: 'b', data: area(2) },
        { id: 'a', data: area(1) },
      ],
      [{ id: 'review-your-resume', title: 'Review your resume' }],
    );
    expect(quiz.areas.map((a) => a.id)).toEqual(['a', 'b']);
    expect(quiz.areas[0]!.questions[0]!.guide).toEqual({
      href: '/guides/review-your-resume/',
      title: 'Review your resume',
    });
  });

  it('stops the build on a guide that does not exist, naming the file, the field and the guides there are', () => {
    const guides = [{ id: 'review-your-resume', title: 'Review your resume' }];
    expect(() => buildQuiz([{ id: 'resume', data: area(1, 'review-your-cv') }], guides)).toThrow(
      'src/content/quiz/resume.yaml, guide: there is no guide "review-your-cv". Use one of: review-your-resume.',
    );
    const data = area(1);
    data.questions[0]!.guide = { collection: 'guides', id: 'nope' };
    expect(() => buildQuiz([{ id: 'resume', data }], guides)).toThrow(
      'src/content/quiz/resume.yaml, questions.0.guide: there is no guide "nope".',
    );
  });

  it('stops the build when two areas share a position, naming both files', () => {
    expect(() =>
      buildQuiz(
        [
          { id: 'resume', data: area(1) },
          { id: 'attitude', data: area(1) },
        ],
        [],
      ),
    ).toThrow(/"resume" and "attitude" both have order 1/);
    expect(() => buildQuiz([], [])).toThrow(/no areas/);
  });
});
