// Runs for pages and endpoints rendered on demand (the course's signup, confirm and unsubscribe routes).
import { defineMiddleware } from 'astro:middleware';
import { busyResponse, isBusy } from '#/server/course/busy.ts';
import { courseRuntime } from '#/server/course/runtime.ts';
import { refuseCrossSiteRequest } from '#/server/request-guard.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  if (context.isPrerendered) return next();
  const refused = await refuseCrossSiteRequest(context.request, context.url, courseRuntime().config.siteUrl);
  if (refused) return refused;
  try {
    return await next();
  } catch (error) {
    // The database stayed locked by another process (a backup, `course:send`): "busy, try again", not a 500.
    if (isBusy(error)) return busyResponse();
    throw error;
  }
});
