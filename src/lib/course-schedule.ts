// The course's timetable rules, shared by the build (which refuses a broken timetable) and the sending worker.
import { DAY_MS, HOUR_MS } from './time.ts';

export interface Scheduled {
  id: string;
  order: number;
  daysAfterConfirmation: number;
}

/** After a delay (say the mail server was down for days), lessons still go at least this far apart. */
export const MIN_GAP_MS = 12 * HOUR_MS;
/** File names that would clash with the course's own pages under /course/. */
export const RESERVED_LESSON_IDS = ['signup', 'confirm', 'unsubscribe', 'lessons'];

/** Every mistake in the lessons' order and days, as sentences naming the files; empty when all is well. */
export function scheduleProblems(lessons: readonly Scheduled[]): string[] {
  const problems: string[] = [];
  const sorted = [...lessons].sort((a, b) => a.order - b.order);
  sorted.forEach((lesson, i) => {
    if (RESERVED_LESSON_IDS.includes(lesson.id))
      problems.push(`Lesson file "${lesson.id}" uses a name the course pages need: rename the file.`);
    if (lesson.order !== i + 1) {
      const other = sorted.find((l) => l !== lesson && l.order === lesson.order);
      problems.push(
        other
          ? `Lessons "${other.id}" and "${lesson.id}" both have order ${lesson.order}: give each lesson its own number.`
          : `Lesson "${lesson.id}" has order ${lesson.order}, but the lessons must be numbered 1, 2, 3… with no gaps (expected ${i + 1}).`,
      );
    }
    const previous = sorted[i - 1];
    if (i === 0 && lesson.daysAfterConfirmation !== 0) {
      problems.push(
        `Lesson "${lesson.id}" comes first, so its daysAfterConfirmation must be 0 (it is sent as soon as the person confirms).`,
      );
    }
    if (previous && lesson.daysAfterConfirmation <= previous.daysAfterConfirmation) {
      problems.push(
        `Lesson "${lesson.id}" (day ${lesson.daysAfterConfirmation}) must come at least a day after "${previous.id}" (day ${previous.daysAfterConfirmation}).`,
      );
    }
  });
  return [...new Set(problems)];
}

/** The lessons in course order; throws with every problem if the timetable is broken. */
export function orderedLessons<T extends Scheduled>(lessons: readonly T[]): T[] {
  const problems = scheduleProblems(lessons);
  if (problems.length > 0)
    throw new Error(`The email course's lessons (src/content/lessons) need fixing:\n- ${problems.join('\n- ')}`);
  return [...lessons].sort((a, b) => a.order - b.order);
}

/**
 * When the lesson after `sentOrder` goes out: its day after confirmation, but never sooner than MIN_GAP_MS after the
 * one just sent, so a backlog does not arrive all at once. Undefined when the course is over.
 */
export function nextLessonDue(
  lessons: readonly Scheduled[],
  sentOrder: number,
  confirmedAt: number,
  sentAt: number,
): { lesson: number; dueAt: number } | undefined {
  const next = lessons.find((l) => l.order === sentOrder + 1);
  if (!next) return undefined;
  return {
    lesson: next.order,
    dueAt: Math.max(confirmedAt + next.daysAfterConfirmation * DAY_MS, sentAt + MIN_GAP_MS),
  };
}
