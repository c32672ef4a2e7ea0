// The lessons rendered to HTML at build time, for the email worker: it runs outside Astro (in scripts/serve.mjs and
// `npm run course:send`), where astro:content is not available. Public like the lesson pages it mirrors.
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { courseLessons } from '#/collections/lessons.ts';
import type { RenderedLesson } from '#/server/course/emails.ts';

export const GET: APIRoute = async () => {
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const lessons: RenderedLesson[] = [];
  for (const entry of await courseLessons()) {
    const { Content } = await render(entry);
    lessons.push({ id: entry.id, ...entry.data, html: (await container.renderToString(Content)).trim() });
  }
  return new Response(JSON.stringify({ lessons }, null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
