import { reference } from 'astro:content';
import { z } from 'astro/zod';

/** A guide, by its file name in src/content/guides without .mdx; a name with no guide stops the build. */
const guide = reference('guides');

/** One answer a reader can pick. */
const optionSchema = z.object({
  /** The answer as the reader sees it, in the first person ("I adapted it for this job"). */
  label: z.string({ error: 'label is required: the answer as the reader sees it' }).min(2).max(140),
  /** 0 to 3; higher means the answer suggests this went well. The highest score of a question is its strong answer. */
  score: z.number({ error: 'score is required: a whole number from 0 to 3' }).int().min(0).max(3),
  /** Optional: a tip for this answer only, replacing the question's tip. */
  tip: z.string().min(10).max(400).optional(),
});

/** One question: a group of radio buttons on screen, a line of the printable checklist. */
const questionSchema = z
  .object({
    /**
     * Short stable name, lowercase with hyphens. Shared result links depend on it: rename it (or add, remove or
     * reorder questions or answers) and links made before show "the quiz has changed". Rewording never does.
     */
    id: z.string({ error: 'id is required: a short name like tailored-to-the-job' }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      error: 'id must be lowercase words joined by hyphens, like tailored-to-the-job',
    }),
    /** The question, as a full sentence ending with "?". */
    prompt: z.string({ error: 'prompt is required: the question as the reader sees it' }).min(10).max(160),
    /** Optional: one sentence under the question that helps the reader answer it. */
    hint: z.string().min(5).max(200).optional(),
    /** 2 to 6 answers, from the strongest to the weakest. */
    options: z
      .array(optionSchema)
      .min(2, { error: 'options needs at least 2 answers' })
      .max(6, { error: 'options can have at most 6 answers' }),
    /** What to check when the reader picks any answer but the strongest: one concrete action, not a judgement. */
    tip: z.string({ error: 'tip is required: what to check when the answer is not the strongest' }).min(10).max(400),
    /** Optional: the guide for this question's tip; defaults to the area's guide. */
    guide: guide.optional(),
  })
  .refine((q) => new Set(q.options.map((o) => o.score)).size > 1, {
    error: 'options must not all have the same score: the strongest answer needs the highest score',
    path: ['options'],
  });

/** A file in src/content/quiz: one area of the quiz (resume.yaml, attitude.yaml, appearance.yaml). */
export const quizAreaSchema = z
  .object({
    /** The area's name, shown as the heading of its step: "Resume". */
    title: z.string({ error: 'title is required: the name of the area, like Resume' }).min(3).max(40),
    /** Position in the quiz: 1 comes first. Two areas may not share a position. */
    order: z.number({ error: 'order is required: 1 for the first area, 2 for the next…' }).int().min(1),
    /** One or two sentences under the heading: what this step asks the reader to think about. */
    intro: z.string({ error: 'intro is required: one or two sentences under the heading' }).min(20).max(300),
    /** The guide that covers this area. */
    guide,
    /** 2 to 8 questions, in the order they are asked. */
    questions: z
      .array(questionSchema)
      .min(2, { error: 'questions needs at least 2 questions' })
      .max(8, { error: 'questions can have at most 8 questions' }),
  })
  .superRefine((area, ctx) => {
    const seen = new Set<string>();
    area.questions.forEach((q, i) => {
      if (seen.has(q.id))
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'id'],
          message: `id "${q.id}" is used by two questions: give each its own`,
        });
      seen.add(q.id);
    });
  });

export type QuizAreaData = z.infer<typeof quizAreaSchema>;
