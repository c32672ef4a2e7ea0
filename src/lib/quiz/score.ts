// Scoring: how the answers of each area add up, which area to look at first, and the article's branch for a reader
// who did everything right ("what if you feel you performed at your top level?").
import {
  answerKey,
  isAreaAnswered,
  type Answers,
  type NextLinks,
  type Quiz,
  type QuizArea,
  type QuizLink,
} from './types.ts';

/** strong: the answers suggest this went well; mixed: some things to check; check: most to check here. */
export type Band = 'strong' | 'mixed' | 'check';

/** Share of the area's points from which an area counts as strong, and below which it is where to look first. */
export const STRONG_FROM = 0.8;
export const MIXED_FROM = 0.5;

export interface Tip {
  questionId: string;
  prompt: string;
  /** The answer the reader gave, quoted back so the tip reads as evidence, not a verdict. */
  answer: string;
  tip: string;
  guide: QuizLink;
}

export interface AreaResult {
  id: string;
  title: string;
  points: number;
  max: number;
  /** points / max, 0 to 1. */
  ratio: number;
  band: Band;
  tips: Tip[];
  guide: QuizLink;
}

export interface QuizResult {
  /** Areas with every question answered, in quiz order. */
  areas: AreaResult[];
  /** Highest share of points; absent when there is nothing to compare (one area, or all equal). */
  strongest?: AreaResult;
  /** Lowest share of points, ties going to the earlier area; absent when every area is strong. */
  weakest?: AreaResult;
  /** Every answered area is strong: the reader may well have performed at their best. */
  allStrong: boolean;
  /** Some areas of the quiz were not part of this run (an embed limited to one area). */
  partial: boolean;
}

export function bandOf(ratio: number): Band {
  if (ratio >= STRONG_FROM) return 'strong';
  if (ratio >= MIXED_FROM) return 'mixed';
  return 'check';
}

export function scoreArea(area: QuizArea, answers: Answers): AreaResult {
  let points = 0;
  let max = 0;
  const tips: Tip[] = [];
  for (const question of area.questions) {
    const top = Math.max(...question.options.map((o) => o.score));
    const chosen = question.options[answers[answerKey(area.id, question.id)] ?? -1];
    max += top;
    if (!chosen) continue;
    points += chosen.score;
    if (chosen.score < top) {
      tips.push({
        questionId: question.id,
        prompt: question.prompt,
        answer: chosen.label,
        tip: chosen.tip ?? question.tip,
        guide: question.guide,
      });
    }
  }
  const ratio = max === 0 ? 1 : points / max;
  return { id: area.id, title: area.title, points, max, ratio, band: bandOf(ratio), tips, guide: area.guide };
}

/** Scores the areas whose questions are all answered; areas left untouched are not counted. */
export function scoreQuiz(quiz: Quiz, answers: Answers): QuizResult {
  const answered = quiz.areas.filter((area) => isAreaAnswered(area, answers));
  const areas = answered.map((area) => scoreArea(area, answers));
  const allStrong = areas.length > 0 && areas.every((a) => a.band === 'strong');
  let strongest: AreaResult | undefined;
  let weakest: AreaResult | undefined;
  for (const area of areas) {
    if (!strongest || area.ratio > strongest.ratio) strongest = area;
    if (!weakest || area.ratio < weakest.ratio) weakest = area;
  }
  const allEqual = areas.every((a) => a.ratio === areas[0]?.ratio);
  return {
    areas,
    strongest: areas.length > 1 && !allEqual ? strongest : undefined,
    weakest: allStrong ? undefined : weakest,
    allStrong,
    partial: areas.length < quiz.areas.length,
  };
}

/**
 * Where "ask for feedback" points: the email tool, told which area to ask about (the one to check first; none when
 * every area looks solid).
 */
export function feedbackLink(next: NextLinks, result: QuizResult): QuizLink {
  const href = result.weakest
    ? `${next.feedbackTool}?area=${encodeURIComponent(result.weakest.id)}`
    : next.feedbackTool;
  return { href, title: 'Write a short email asking the interviewer for 2 or 3 tips' };
}
