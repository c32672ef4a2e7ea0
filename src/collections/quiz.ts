// The quiz, read once per build from src/content/quiz, with links to the guides and tools that exist.
import { getCollection } from 'astro:content';
import { orderedGuides } from './guides.ts';
import { buildQuiz, guideLink } from '#/lib/quiz/build.ts';
import type { NextLinks, Quiz } from '#/lib/quiz/types.ts';
import { pageExists } from '#/server/page-exists.ts';

/** Where the full site keeps the quiz: shared result links point here, from the embed too. */
export const quizPath = '/tools/quiz/';
export const embedPath = '/embed/quiz/';

export async function loadQuiz(): Promise<{ quiz: Quiz; next: NextLinks }> {
  const guides = (await orderedGuides()).map((g) => ({ id: g.id, title: g.data.title }));
  return {
    quiz: buildQuiz(await getCollection('quiz'), guides),
    next: {
      feedbackTool: pageExists('/tools/feedback-email/') ? '/tools/feedback-email/' : undefined,
      feedbackGuide: guideLink('ask-for-feedback-by-email', guides),
      course: pageExists('/course/') ? '/course/' : undefined,
    },
  };
}
