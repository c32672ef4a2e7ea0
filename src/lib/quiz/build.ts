// Turns the quiz content files into the plain data the island gets as a prop: areas in order, guide links resolved.
import type { QuizAreaData } from '#/schemas/quiz.ts';
import type { Quiz, QuizLink } from './types.ts';

export interface QuizEntry {
  id: string;
  data: QuizAreaData;
}

export interface GuideRef {
  id: string;
  title: string;
}

/** Guides not written yet link to the guides list instead, so a quiz never points to a missing page. */
export function guideLink(id: string, guides: readonly GuideRef[]): QuizLink {
  const guide = guides.find((g) => g.id === id);
  return guide ? { href: `/guides/${guide.id}/`, title: guide.title } : { href: '/guides/', title: 'The guides' };
}

export function buildQuiz(entries: readonly QuizEntry[], guides: readonly GuideRef[]): Quiz {
  if (entries.length === 0) throw new Error('The quiz has no areas: add a YAML file to src/content/quiz.');
  const sorted = [...entries].sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < sorted.length; i++) {
    const [prev, cur] = [sorted[i - 1]!, sorted[i]!];
    if (prev.data.order === cur.data.order) {
      throw new Error(
        `src/content/quiz: "${prev.id}" and "${cur.id}" both have order ${cur.data.order}: give each area its own order.`,
      );
    }
  }
  return {
    areas: sorted.map(({ id, data }) => ({
      id,
      title: data.title,
      intro: data.intro,
      guide: guideLink(data.guide, guides),
      questions: data.questions.map((q) => ({
        id: q.id,
        prompt: q.prompt,
        ...(q.hint && { hint: q.hint }),
        options: q.options.map((o) => ({ label: o.label, score: o.score, ...(o.tip && { tip: o.tip }) })),
        tip: q.tip,
        guide: guideLink(q.guide ?? data.guide, guides),
      })),
    })),
  };
}
