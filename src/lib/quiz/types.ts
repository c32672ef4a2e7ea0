// The quiz as the island and the pure modules see it: plain data, built once at build time from src/content/quiz.

/** A link the results may show: a guide or a tool. */
export interface QuizLink {
  href: string;
  title: string;
}

export interface QuizOption {
  label: string;
  /** Higher is stronger; the highest score of a question is its strong answer. */
  score: number;
  /** Replaces the question's tip when this answer is chosen. */
  tip?: string;
}

export interface QuizQuestion {
  id: string;
  prompt: string;
  hint?: string;
  options: QuizOption[];
  /** What to check when the answer given is not the strongest one. */
  tip: string;
  guide: QuizLink;
}

export interface QuizArea {
  /** resume, attitude or appearance: the file name in src/content/quiz. */
  id: string;
  title: string;
  intro: string;
  guide: QuizLink;
  questions: QuizQuestion[];
}

/** The next steps the results offer. */
export interface NextLinks {
  /** The feedback email generator; it reads #area= to focus the request. */
  feedbackTool: string;
  /** "My plan"; it reads #area= to add the area to ask about. */
  plan: string;
  /** The Job Seeker email course. */
  course: string;
  /** The article's two branches after the review: things to improve, or "I did my best". */
  couldDoBetter: QuizLink;
  didMyBest: QuizLink;
}

export interface Quiz {
  areas: QuizArea[];
}

/** Chosen option index per question, keyed by answerKey(area, question). */
export type Answers = Record<string, number>;

export function answerKey(areaId: string, questionId: string): string {
  return `${areaId}.${questionId}`;
}

/** Whether every question of the area has an answer that names one of its options. */
export function isAreaAnswered(area: QuizArea, answers: Answers): boolean {
  return area.questions.every((q) => isValidAnswer(q, answers[answerKey(area.id, q.id)]));
}

export function isValidAnswer(question: QuizQuestion, value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < question.options.length;
}
