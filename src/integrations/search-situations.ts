// Prerendered during `astro build` only for the search index (src/integrations/pagefind.ts reads it, then deletes
// it): the situations each guide and lesson declares in its frontmatter and each tool in siteConfig.tools, with their
// weight, by page path. A tool's name in the navigation is its keyword (the words its title lacks), and so is the
// name search results give the original article; a guide's checklist goes in as text, because Pagefind skips checkbox
// labels. Pagefind indexes them with the page, so a reader who types their situation (or "quiz", which the quiz's
// page never says) finds it.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { lessonPath } from '#/collections/lessons.ts';
import { guidePath } from '#/lib/guides.ts';
import { keywordsBeyondTitle, SITUATION_WEIGHT, type Situations } from '#/lib/search/index-attributes.ts';
import { typeLabel } from '#/lib/search/wording.ts';
import { siteConfig, type Tool } from '#/site.config.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
  const situations: Record<string, Situations> = {};
  for (const guide of await getCollection('guides'))
    situations[guidePath(guide.id)] = {
      situations: guide.data.situations,
      text: guide.data.checklist,
      weight: SITUATION_WEIGHT.guide,
    };
  for (const lesson of await getCollection('lessons'))
    situations[lessonPath(lesson.id)] = { situations: lesson.data.situations, weight: SITUATION_WEIGHT.lesson };
  for (const tool of siteConfig.tools as readonly Tool[])
    situations[tool.href] = {
      situations: tool.situations ?? [],
      keywords: keywordsBeyondTitle(tool.navLabel, tool.title),
      weight: SITUATION_WEIGHT.tool,
    };
  situations[siteConfig.source.path] = { situations: [], keywords: [typeLabel('article')], weight: 1 };
  return Response.json(situations);
};
