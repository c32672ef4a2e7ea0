import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { orderedGuides } from '#/collections/guides.ts';
import { guidePath } from '#/lib/guides.ts';
import { siteConfig } from '#/site.config.ts';

export const GET: APIRoute = async (context) =>
  rss({
    title: `${siteConfig.name}: guides`,
    description: siteConfig.tagline,
    site: context.site!,
    items: (await orderedGuides()).map((guide) => ({
      title: guide.data.title,
      description: guide.data.description,
      link: guidePath(guide.id),
      pubDate: guide.data.updated,
    })),
  });
