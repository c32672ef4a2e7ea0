// The collection loaders in src/collections, with astro:content mocked: each collection is a list of fixture entries
// set per test, so the loaders' ordering, links and error messages are checked without a build.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { quizAreaData } from '../support/quiz-fixture.ts';

const collections = vi.hoisted(() => ({ entries: {} as Record<string, { id: string; data: unknown }[]> }));

vi.mock('astro:content', () => ({
  getCollection: async (name: string) => collections.entries[name] ?? [],
  reference: () => ({}),
}));

const { orderedGuides } = await import('#/collections/guides.ts');
const { courseLessons, lessonPath } = await import('#/collections/lessons.ts');
const { loadQuiz, quizPath, embedPath } = await import('#/collections/quiz.ts');

const guide = (id: string, step: number) => ({ id, data: { step, title: `Guide ${id}` } });
const lesson = (id: string, order: number, daysAfterConfirmation: number) => ({
  id,
  data: { order, daysAfterConfirmation, subject: id },
});
const quizArea = (id: string, order: number, guideId: string) => ({ id, data: quizAreaData(order, guideId) });

beforeEach(() => {
  collections.entries = {};
});

describe('orderedGuides', () => {
  it('lists the guides in the order of their steps', async () => {
    collections.entries.guides = [guide('b', 2), guide('overview', 0), guide('a', 1)];
    expect((await orderedGuides()).map((g) => g.id)).toEqual(['overview', 'a', 'b']);
  });

  it('lists both guides of a fork at their step, by file name', async () => {
    collections.entries.guides = [
      { id: 'z-best', data: { step: 2, title: 'Best', branch: 'I did my best' } },
      guide('a', 1),
      { id: 'b-better', data: { step: 2, title: 'Better', branch: 'I found things to improve' } },
    ];
    expect((await orderedGuides()).map((g) => g.id)).toEqual(['a', 'b-better', 'z-best']);
  });

  it('stops the build when two guides share a step, naming both files', async () => {
    collections.entries.guides = [guide('a', 1), guide('b', 1)];
    await expect(orderedGuides()).rejects.toThrow('Guides "a" and "b" both have step 1');
  });
});

describe('courseLessons', () => {
  it('lists the lessons in course order, each at /course/<file name>/', async () => {
    collections.entries.lessons = [lesson('second', 2, 2), lesson('first', 1, 0)];
    expect((await courseLessons()).map((l) => lessonPath(l.id))).toEqual(['/course/first/', '/course/second/']);
  });

  it('stops the build on a broken timetable, naming the files', async () => {
    collections.entries.lessons = [lesson('first', 1, 0), lesson('late', 3, 1)];
    await expect(courseLessons()).rejects.toThrow(
      /src\/content\/lessons\) need fixing:\n- Lesson "late" has order 3, but the lessons must be numbered 1, 2, 3…/,
    );
  });
});

describe('loadQuiz', () => {
  const branches = [
    { id: 'when-you-could-have-done-better', data: { step: 5, title: 'Better', branch: 'I found things to improve' } },
    { id: 'when-you-did-your-best', data: { step: 5, title: 'Best', branch: 'I did my best' } },
  ];

  it('builds the quiz from its area files with the titles of the guides they name, and links the next tools', async () => {
    collections.entries.guides = [guide('review-your-resume', 2), guide('review-your-attitude', 3), ...branches];
    collections.entries.quiz = [
      quizArea('attitude', 2, 'review-your-attitude'),
      quizArea('resume', 1, 'review-your-resume'),
    ];
    const { quiz, next } = await loadQuiz();
    expect(quiz.areas.map((a) => [a.id, a.guide])).toEqual([
      ['resume', { href: '/guides/review-your-resume/', title: 'Guide review-your-resume' }],
      ['attitude', { href: '/guides/review-your-attitude/', title: 'Guide review-your-attitude' }],
    ]);
    expect(next).toEqual({
      feedbackTool: '/tools/feedback-email/',
      plan: '/plan/',
      course: '/course/',
      couldDoBetter: { href: '/guides/when-you-could-have-done-better/', title: 'Better' },
      didMyBest: { href: '/guides/when-you-did-your-best/', title: 'Best' },
    });
    expect([quizPath, embedPath]).toEqual(['/tools/quiz/', '/embed/quiz/']);
  });

  it('stops the build when an area names a guide that does not exist', async () => {
    collections.entries.guides = [guide('review-your-resume', 2), ...branches];
    collections.entries.quiz = [quizArea('resume', 1, 'review-your-cv')];
    await expect(loadQuiz()).rejects.toThrow('src/content/quiz/resume.yaml, guide: there is no guide "review-your-cv"');
  });
});
