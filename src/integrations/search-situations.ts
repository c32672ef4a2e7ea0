// Prerendered during `astro build` only for the search index (src/integrations/pagefind.ts reads it, then deletes
// it): the situations each guide and lesson declares in its frontmatter, by page path. Pagefind indexes them with
// the page, weighted, so a reader who types their situation finds the page that answers it.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { lessonPath } from '#/collections/lessons.ts';
import { guidePath } from '#/lib/guides.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
  const situations: Record<string, string[]> = {};
  for (const guide of await getCollection('guides')) situations[guidePath(guide.id)] = guide.data.situations;
  for (const lesson of await getCollection('lessons')) situations[lessonPath(lesson.id)] = lesson.data.situations;
  return Response.json(situations);
};
