// The course's lessons in order, read from the content layer; a broken timetable stops the build with the reason.
import { getCollection, type CollectionEntry } from 'astro:content';
import { orderedLessons } from '#/lib/course-schedule.ts';

export type Lesson = CollectionEntry<'lessons'>;

export async function courseLessons(): Promise<Lesson[]> {
  const entries = await getCollection('lessons');
  const ordered = orderedLessons(
    entries.map((entry) => ({
      id: entry.id,
      order: entry.data.order,
      daysAfterConfirmation: entry.data.daysAfterConfirmation,
      entry,
    })),
  );
  return ordered.map((l) => l.entry);
}

export function lessonPath(id: string): string {
  return `/course/${id}/`;
}
