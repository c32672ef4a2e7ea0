// Content collections: every editor-facing file is validated here, so a typo fails the build with the file and field.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from '#/schemas/guides.ts';
import { quizAreaSchema } from '#/schemas/quiz.ts';
import { lessonSchema } from '#/schemas/lessons.ts';

// A leading underscore keeps a file out of the site (a draft).
const guides = defineCollection({
  loader: glob({ base: './src/content/guides', pattern: '**/[^_]*.mdx' }),
  schema: guideSchema,
});

// One YAML file per area of the self-assessment quiz (/tools/quiz/).
const quiz = defineCollection({
  loader: glob({ base: './src/content/quiz', pattern: '**/[^_]*.{yaml,yml}' }),
  schema: quizAreaSchema,
});

const lessons = defineCollection({
  loader: glob({ base: './src/content/lessons', pattern: '**/[^_]*.mdx' }),
  schema: lessonSchema,
});

export const collections = { guides, quiz, lessons };
