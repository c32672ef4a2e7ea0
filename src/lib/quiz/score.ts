// Scoring: how the answers of each area add up, which area to look at first (or which areas, on a tie), the few
// things to check first across areas, and the article's two branches: "if you have decided you could have performed
// better" and "what if you feel you performed at your top level?".
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
  /** How far the answer was from the strongest one, 0 to 1 (1: the weakest answer there was). */
  gap: number;
}

/** A tip with the area it belongs to, for the list of things to check first. */
export interface AreaTip extends Tip {
  areaId: string;
  areaTitle: string;
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
  /** The one area with the lowest share of points; absent on a tie (see `lowest`) and when every area is strong. */
  weakest?: AreaResult;
  /** Every area at the lowest share of points (more than one on a tie); empty when every area is strong. */
  lowest: AreaResult[];
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
        gap: top === 0 ? 0 : (top - chosen.score) / top,
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
  for (const area of areas) if (!strongest || area.ratio > strongest.ratio) strongest = area;
  const minimum = Math.min(...areas.map((a) => a.ratio));
  const lowest = allStrong ? [] : areas.filter((a) => a.ratio === minimum);
  const allEqual = areas.every((a) => a.ratio === areas[0]?.ratio);
  return {
    areas,
    strongest: areas.length > 1 && !allEqual ? strongest : undefined,
    weakest: lowest.length === 1 ? lowest[0] : undefined,
    lowest,
    allStrong,
    partial: areas.length < quiz.areas.length,
  };
}

/** How many things the results ask a reader to check first; the rest are folded away. */
export const FIRST_CHECKS = 3;

/**
 * Every tip across areas, the ones to check first first: the answers furthest from the strongest, then those in the
 * area with the lowest share of points, then in quiz order.
 */
export function rankedTips(result: QuizResult): AreaTip[] {
  const tips = result.areas.flatMap((area, a) =>
    area.tips.map((tip, i) => ({
      ...tip,
      areaId: area.id,
      areaTitle: area.title,
      ratio: area.ratio,
      order: a * 1000 + i,
    })),
  );
  tips.sort((x, y) => y.gap - x.gap || x.ratio - y.ratio || x.order - y.order);
  return tips.map(({ ratio: _ratio, order: _order, ...tip }) => tip);
}

/**
 * The area to ask the interviewer about: the one area to check first, or on a tie the area of the first thing to
 * check; none when every area looks solid.
 */
export function areaToAsk(result: QuizResult): string {
  if (result.allStrong) return '';
  return result.weakest?.id ?? rankedTips(result)[0]?.areaId ?? '';
}

/** The guide for the reader's branch of the article: things to improve, or "I did my best". */
export function branchGuide(next: NextLinks, result: QuizResult): QuizLink {
  return result.allStrong ? next.didMyBest : next.couldDoBetter;
}
