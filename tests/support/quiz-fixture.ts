// A small quiz for unit tests: two areas, scores 0 to 2, one option with its own tip.
import type { Quiz } from '#/lib/quiz/types.ts';
import type { QuizAreaData } from '#/schemas/quiz.ts';

const link = (id: string) => ({ href: `/guides/${id}/`, title: id });
const options = (tip?: string) => [
  { label: 'Yes', score: 2 },
  { label: 'Partly', score: 1, ...(tip && { tip }) },
  { label: 'No', score: 0 },
];

export function fixtureQuiz(): Quiz {
  return {
    areas: [
      {
        id: 'resume',
        title: 'Resume',
        intro: 'About the resume.',
        guide: link('review-your-resume'),
        questions: [
          {
            id: 'tailored',
            prompt: 'Tailored?',
            options: options(),
            tip: 'Tailor it.',
            guide: link('review-your-resume'),
          },
          {
            id: 'highlighted',
            prompt: 'Highlighted?',
            options: options('Partly tip.'),
            tip: 'Highlight it.',
            guide: link('review-your-resume'),
          },
        ],
      },
      {
        id: 'attitude',
        title: 'Attitude',
        intro: 'About attitude.',
        guide: link('review-your-attitude'),
        questions: [
          {
            id: 'engaged',
            prompt: 'Engaged?',
            options: options(),
            tip: 'Engage.',
            guide: link('review-your-attitude'),
          },
          {
            id: 'tone',
            prompt: 'Tone?',
            options: options(),
            tip: 'Mind the tone.',
            guide: link('review-your-attitude'),
          },
          {
            id: 'humble',
            prompt: 'Humble?',
            options: options(),
            tip: 'Stay humble.',
            guide: link('when-you-did-your-best'),
          },
        ],
      },
    ],
  };
}

/** Answers from option indexes in quiz order, e.g. answersOf(quiz, [0, 1], [0, 0, 2]). */
export function answersOf(quiz: Quiz, ...perArea: (number[] | null)[]): Record<string, number> {
  const answers: Record<string, number> = {};
  quiz.areas.forEach((area, a) => {
    area.questions.forEach((q, i) => {
      const value = perArea[a]?.[i];
      if (value !== undefined) answers[`${area.id}.${q.id}`] = value;
    });
  });
  return answers;
}

/** One quiz content file as the collection reads it: one question, naming `guide` by reference. */
export function quizAreaData(order: number, guide = 'review-your-resume'): QuizAreaData {
  return {
    title: 'Resume',
    order,
    intro: 'An intro that is long enough.',
    guide: { collection: 'guides', id: guide },
    questions: [
      {
        id: 'q',
        prompt: 'A question?',
        options: [
          { label: 'Yes', score: 1 },
          { label: 'No', score: 0 },
        ],
        tip: 'A tip to check.',
      },
    ],
  };
}
