// Progress survives a reload through sessionStorage (this tab only, gone when it closes, never sent anywhere).
// Whatever is read back is checked against the current quiz, so a stale or edited entry cannot break the island.
import { answerKey, isValidAnswer, type Answers, type Quiz } from './types.ts';

export interface Progress {
  answers: Answers;
  /** Index of the step on screen; equal to the number of steps for the results. */
  step: number;
}

/** One entry per quiz version and per area filter, so an embed limited to one area keeps its own progress. */
export function progressKey(fingerprint: string, area: string | undefined): string {
  return `jst-quiz:${fingerprint}:${area ?? 'all'}`;
}

/** Storage may be missing or throw (blocked third-party storage in an iframe, private modes): then nothing is kept. */
export function loadProgress(
  storage: Storage | undefined,
  key: string,
  quiz: Quiz,
  stepCount: number,
): Progress | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage?.getItem(key) ?? 'null');
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object') return null;
  const { answers, step } = parsed as Record<string, unknown>;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step > stepCount) return null;
  const clean: Answers = {};
  if (answers && typeof answers === 'object') {
    for (const area of quiz.areas) {
      for (const question of area.questions) {
        const key = answerKey(area.id, question.id);
        const value = (answers as Record<string, unknown>)[key];
        if (isValidAnswer(question, value)) clean[key] = value;
      }
    }
  }
  return { answers: clean, step };
}

export function saveProgress(storage: Storage | undefined, key: string, progress: Progress | null): void {
  try {
    if (progress) storage?.setItem(key, JSON.stringify(progress));
    else storage?.removeItem(key);
  } catch {
    // Full or blocked storage only costs the reload feature.
  }
}
