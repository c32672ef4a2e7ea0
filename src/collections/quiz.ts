// The quiz, read once per build from src/content/quiz, with links to its guides and to the next tools.
import { getCollection } from 'astro:content';
import { orderedGuides } from './guides.ts';
import { buildQuiz } from '#/lib/quiz/build.ts';
import type { NextLinks, Quiz } from '#/lib/quiz/types.ts';
import { siteConfig, toolAt } from '#/site.config.ts';

/** Where the full site keeps the quiz: shared result links point here, from the embed too. */
export const quizPath = toolAt('/tools/quiz/').href;
export const embedPath = siteConfig.quizEmbedHref;

export async function loadQuiz(): Promise<{ quiz: Quiz; next: NextLinks }> {
  const guides = (await orderedGuides()).map((g) => ({ id: g.id, title: g.data.title }));
  return {
    quiz: buildQuiz(await getCollection('quiz'), guides),
    next: { feedbackTool: toolAt('/tools/feedback-email/').href, course: toolAt('/course/').href },
  };
}
