// Prerendered during `astro build` only for the search index (src/integrations/pagefind.ts reads it, then deletes
// it): the situations each guide and lesson declares in its frontmatter, with their weight, by page path. Pagefind
// indexes them with the page, so a reader who types their situation finds the page that answers it.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { lessonPath } from '#/collections/lessons.ts';
import { guidePath } from '#/lib/guides.ts';
import { SITUATION_WEIGHT, type Situations } from '#/lib/search/index-attributes.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
  const situations: Record<string, Situations> = {};
  for (const guide of await getCollection('guides'))
    situations[guidePath(guide.id)] = { situations: guide.data.situations, weight: SITUATION_WEIGHT.guide };
  for (const lesson of await getCollection('lessons'))
    situations[lessonPath(lesson.id)] = { situations: lesson.data.situations, weight: SITUATION_WEIGHT.lesson };
  return Response.json(situations);
};
