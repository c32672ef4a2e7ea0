import { z } from 'astro/zod';

/** Frontmatter of a lesson in src/content/lessons/*.mdx. Each lesson is a page at /course/<file name>/ and an email. */
export const lessonSchema = z.object({
  /** Position in the course: 1 for the first lesson, then 2, 3… with no gaps and no repeats. */
  order: z.number({ error: 'order is required: 1 for the first lesson, then 2, 3…' }).int().min(1),
  /** The page's heading; the email's subject puts "Lesson 2 of 7: " in front of it. Plain words, under 60 characters. */
  subject: z.string({ error: 'subject is required: the email subject and page heading' }).min(5).max(60),
  /** When the email goes out, in whole days after the person confirms: 0 for lesson 1 (sent at once), then rising. */
  daysAfterConfirmation: z
    .number({ error: 'daysAfterConfirmation is required: 0 for lesson 1, then a higher number for each lesson' })
    .int()
    .min(0)
    .max(60),
  /** One or two sentences for the course page, search results and the email preview, 50 to 160 characters. */
  summary: z.string({ error: 'summary is required: one or two sentences about the lesson' }).min(50).max(160),
  /**
   * Search: situations this page answers, in a reader's own words ("They never replied to my email"). Search weighs
   * them highly, so a reader who types their situation finds this page. Up to 10 short sentences; none is fine.
   */
  situations: z
    .array(z.string().min(8, { error: 'a situation is a short sentence, at least 8 characters' }).max(120), {
      error: 'situations is a list of short sentences',
    })
    .max(10, { error: 'at most 10 situations: keep the ones this page answers best' })
    .default([]),
});

export type LessonData = z.infer<typeof lessonSchema>;
