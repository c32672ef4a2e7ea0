// Where a visit to the quiz starts: a shared result, an area an embed asked for, or the progress saved in this tab.
// Bad links and bad area values start an empty quiz with a notice saying why.
import { answerKey, isAreaAnswered, type Answers, type Quiz, type QuizArea } from './types.ts';
import { scoreQuiz, type QuizResult } from './score.ts';
import { readQuizParams } from './params.ts';
import { decodeShare, quizFingerprint, shareCodeFromHash } from './share.ts';
import { loadProgress, progressKey } from './progress.ts';

export type Notice = 'changed' | 'invalid' | 'unknownArea';

export interface Run {
  /** The areas this run covers, in quiz order: all of them, the one an embed asked for, or those a shared link holds. */
  areaIds: string[];
  answers: Answers;
  /** Index into areaIds; areaIds.length means the results. */
  step: number;
  /** Showing a result someone shared: it is not saved as this reader's own progress. */
  shared: boolean;
  notice?: Notice;
  /** The area the link limited the quiz to, if any (it keys the saved progress). */
  filter?: string;
  source?: string;
}

export function runAreas(quiz: Quiz, run: Pick<Run, 'areaIds'>): QuizArea[] {
  return quiz.areas.filter((area) => run.areaIds.includes(area.id));
}

/** The step to show: never past the first area that still has unanswered questions. */
export function reachableStep(areas: readonly QuizArea[], answers: Answers, step: number): number {
  const open = areas.findIndex((area) => !isAreaAnswered(area, answers));
  const last = open === -1 ? areas.length : open;
  return Math.max(0, Math.min(step, last));
}

export function startRun(quiz: Quiz, location: { search: string; hash: string }, storage: Storage | undefined): Run {
  const allIds = quiz.areas.map((a) => a.id);
  const params = readQuizParams(location.search, allIds);
  const base = {
    areaIds: params.area ? [params.area] : allIds,
    answers: {},
    step: 0,
    shared: false,
    filter: params.area,
    source: params.source,
  };

  const share = decodeShare(quiz, shareCodeFromHash(location.hash));
  if (share.status === 'ok') {
    const areaIds = quiz.areas.filter((area) => isAreaAnswered(area, share.answers)).map((a) => a.id);
    return { ...base, areaIds, answers: share.answers, step: areaIds.length, shared: true, filter: undefined };
  }
  if (share.status !== 'none') return { ...base, notice: share.status };
  if (params.unknownArea) return { ...base, notice: 'unknownArea' };

  const saved = loadProgress(storage, progressKey(quizFingerprint(quiz), params.area), quiz, base.areaIds.length);
  if (!saved) return base;
  return { ...base, answers: saved.answers, step: reachableStep(runAreas(quiz, base), saved.answers, saved.step) };
}

/** The answers that belong to the run's own areas, whatever else the answers hold. */
export function runAnswers(quiz: Quiz, run: Pick<Run, 'areaIds' | 'answers'>): Answers {
  const answers: Answers = {};
  for (const area of runAreas(quiz, run)) {
    for (const q of area.questions) {
      const key = answerKey(area.id, q.id);
      if (key in run.answers) answers[key] = run.answers[key]!;
    }
  }
  return answers;
}

export function runResult(quiz: Quiz, run: Pick<Run, 'areaIds' | 'answers'>): QuizResult {
  return scoreQuiz(quiz, runAnswers(quiz, run));
}
