// Runs for pages and endpoints rendered on demand (the course's signup, confirm and unsubscribe routes).
import { defineMiddleware } from 'astro:middleware';
import { courseRuntime } from '#/server/course/runtime.ts';
import { refuseCrossSiteRequest } from '#/server/request-guard.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  if (context.isPrerendered) return next();
  return (await refuseCrossSiteRequest(context.request, context.url, courseRuntime().config.siteUrl)) ?? next();
});
