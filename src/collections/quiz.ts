// The quiz, read once per build from src/content/quiz, with links to its guides and to the next tools.
import { getCollection } from 'astro:content';
import { orderedGuides } from './guides.ts';
import { buildQuiz } from '#/lib/quiz/build.ts';
import { guidePath } from '#/lib/guides.ts';
import type { NextLinks, Quiz } from '#/lib/quiz/types.ts';
import { siteConfig, toolAt } from '#/site.config.ts';

/** Where the full site keeps the quiz: shared result links point here, from the embed too. */
export const quizPath = toolAt('/tools/quiz/').href;
export const embedPath = siteConfig.quizEmbedHref;
/** The page for site owners: the code to embed the quiz. */
export const embedCodePath = siteConfig.quizEmbedCode.href;

/** The guides of the article's two branches after the review, which the results offer. */
const BRANCHES = { couldDoBetter: 'when-you-could-have-done-better', didMyBest: 'when-you-did-your-best' } as const;

export async function loadQuiz(): Promise<{ quiz: Quiz; next: NextLinks }> {
  const guides = (await orderedGuides()).map((g) => ({ id: g.id, title: g.data.title }));
  const branch = (id: string) => {
    const guide = guides.find((g) => g.id === id);
    if (!guide) throw new Error(`The quiz's results link to the guide "${id}", which does not exist.`);
    return { href: guidePath(id), title: guide.title };
  };
  return {
    quiz: buildQuiz(await getCollection('quiz'), guides),
    next: {
      feedbackTool: toolAt('/tools/feedback-email/').href,
      plan: toolAt('/plan/').href,
      course: toolAt('/course/').href,
      couldDoBetter: branch(BRANCHES.couldDoBetter),
      didMyBest: branch(BRANCHES.didMyBest),
    },
  };
}
