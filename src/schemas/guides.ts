import { reference } from 'astro:content';
import { z } from 'astro/zod';

/** The five things the article asks a reader to think about; each guide belongs to one. */
export const topics = ['mindset', 'resume', 'attitude', 'appearance', 'feedback'] as const;
export type Topic = (typeof topics)[number];

/** Frontmatter of a guide in src/content/guides/*.mdx. */
export const guideSchema = z.object({
  /** The page's heading and title: a plain question or instruction, under 70 characters. */
  title: z.string({ error: 'title is required: the heading of the guide' }).min(5).max(70),
  /** One or two sentences for search results and link previews, 50 to 160 characters. */
  description: z.string({ error: 'description is required: one or two sentences for search results' }).min(50).max(160),
  /**
   * Position on the reader's path: 0 is the overview, then 1, 2, 3… Two guides share a step only where the path forks,
   * and then each names its `branch`.
   */
  step: z.number({ error: 'step is required: a whole number, 0 for the overview' }).int().min(0),
  /**
   * Only for a guide at a fork of the path (two guides at one step): the words a reader picks to take this way, in the
   * first person, e.g. 'I found things to improve' or 'I did my best'. Leave it out on every other guide.
   */
  branch: z
    .string({ error: 'branch is a few words a reader picks, e.g. I did my best' })
    .trim()
    .min(5, { error: 'branch is a few words a reader picks, e.g. I did my best' })
    .max(40, { error: 'branch is at most 40 characters: a few words a reader picks' })
    .optional(),
  /** Which part of the article this guide covers. */
  topic: z.enum(topics, { error: `topic must be one of: ${topics.join(', ')}` }),
  /** The date an editor last changed the substance of the guide, as YYYY-MM-DD. */
  updated: z.coerce.date({ error: 'updated must be a date written as YYYY-MM-DD' }),
  /** Other guides worth reading next, by file name without .mdx. A name that does not exist fails the build. */
  related: z.array(reference('guides')).default([]),
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
  /** The short list of things to do that ends the page: 2 to 6 items, each one action. */
  checklist: z.array(z.string().min(3)).min(2, { error: 'checklist needs at least 2 items' }).max(6),
});

export type GuideData = z.infer<typeof guideSchema>;
