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

/**
 * The link to a guide a quiz file names. Astro only logs a reference to a guide that does not exist, so the build
 * stops here instead, naming the file, the field and the guides there are.
 */
function guideLink(id: string, guides: readonly GuideRef[], where: string): QuizLink {
  const guide = guides.find((g) => g.id === id);
  if (!guide)
    throw new Error(
      `src/content/quiz/${where}: there is no guide "${id}". Use one of: ${guides.map((g) => g.id).join(', ')}.`,
    );
  return { href: `/guides/${guide.id}/`, title: guide.title };
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
      guide: guideLink(data.guide.id, guides, `${id}.yaml, guide`),
      questions: data.questions.map((q, i) => ({
        id: q.id,
        prompt: q.prompt,
        ...(q.hint && { hint: q.hint }),
        options: q.options.map((o) => ({ label: o.label, score: o.score, ...(o.tip && { tip: o.tip }) })),
        tip: q.tip,
        guide: guideLink((q.guide ?? data.guide).id, guides, `${id}.yaml, questions.${i}.guide`),
      })),
    })),
  };
}
