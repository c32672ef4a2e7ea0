import { describe, expect, it } from 'vitest';
import { DAY_MS as DAY } from '#/lib/time.ts';
import { MIN_GAP_MS, nextLessonDue, orderedLessons, scheduleProblems } from '#/lib/course-schedule.ts';

const lesson = (id: string, order: number, daysAfterConfirmation: number) => ({ id, order, daysAfterConfirmation });

describe('the course timetable', () => {
  it('accepts lessons numbered 1, 2, 3 on rising days starting at day 0, in any file order', () => {
    const lessons = [lesson('c', 3, 5), lesson('a', 1, 0), lesson('b', 2, 2)];
    expect(scheduleProblems(lessons)).toEqual([]);
    expect(orderedLessons(lessons).map((l) => l.id)).toEqual(['a', 'b', 'c']);
  });

  it('names both files when two lessons share a number, and reports gaps', () => {
    expect(scheduleProblems([lesson('a', 1, 0), lesson('b', 2, 2), lesson('c', 2, 4)])).toContain(
      'Lessons "b" and "c" both have order 2: give each lesson its own number.',
    );
    expect(scheduleProblems([lesson('a', 1, 0), lesson('b', 3, 2)])).toEqual([
      'Lesson "b" has order 3, but the lessons must be numbered 1, 2, 3… with no gaps (expected 2).',
    ]);
  });

  it('requires lesson 1 on day 0 and every later lesson at least a day after the one before', () => {
    expect(scheduleProblems([lesson('a', 1, 1)])).toEqual([
      'Lesson "a" comes first, so its daysAfterConfirmation must be 0 (it is sent as soon as the person confirms).',
    ]);
    expect(scheduleProblems([lesson('a', 1, 0), lesson('b', 2, 3), lesson('c', 3, 3)])).toEqual([
      'Lesson "c" (day 3) must come at least a day after "b" (day 3).',
    ]);
  });

  it('refuses file names that would hide the signup, confirm and unsubscribe pages', () => {
    expect(scheduleProblems([lesson('signup', 1, 0)])).toEqual([
      'Lesson file "signup" uses a name the course pages need: rename the file.',
    ]);
    expect(() => orderedLessons([lesson('confirm', 1, 0)])).toThrow(
      /\(src\/content\/lessons\) need fixing:\n- Lesson file "confirm"/,
    );
  });

  it('schedules the next lesson on its day after confirmation, never sooner than 12 hours after the last one, and none after the end', () => {
    const lessons = [lesson('a', 1, 0), lesson('b', 2, 2), lesson('c', 3, 5)];
    const confirmed = Date.UTC(2026, 11, 1, 9);
    expect(nextLessonDue(lessons, 1, confirmed, confirmed)).toEqual({ lesson: 2, dueAt: confirmed + 2 * DAY });
    // Lesson 2 went out 3 days late (mail server down): lesson 3 waits the minimum gap instead of following at once.
    expect(nextLessonDue(lessons, 2, confirmed, confirmed + 5 * DAY)).toEqual({
      lesson: 3,
      dueAt: confirmed + 5 * DAY + MIN_GAP_MS,
    });
    expect(nextLessonDue(lessons, 3, confirmed, confirmed + 5 * DAY)).toBeUndefined();
  });
});
