// The site's one cross-site request check, run by src/middleware.ts for every request Astro renders on demand.
// It replaces Astro's security.checkOrigin (turned off in astro.config.mjs), which answers 403 to every form post
// without an Origin header and has no per-route exemption, so RFC 8058 one-click unsubscribes from mail providers
// (no cookies, no Origin) would fail. Rules: safe methods pass; any other method needs an Origin equal to this
// request's origin or to SITE_URL; the only exception is a one-click unsubscribe post with exactly its RFC 8058 body.
import { BODY_LIMIT_BYTES } from '#/server/course/config.ts';
import { isOneClickBody, readForm } from '#/server/course/http.ts';

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];
export const ONE_CLICK_PATH = '/course/unsubscribe/';

export async function refuseCrossSiteRequest(
  request: Request,
  url: URL,
  siteOrigin: string,
): Promise<Response | undefined> {
  if (SAFE_METHODS.includes(request.method)) return undefined;
  if (Number(request.headers.get('content-length') ?? 0) > BODY_LIMIT_BYTES) return tooLarge();
  const origin = request.headers.get('origin');
  if (origin !== null && (origin === url.origin || origin === siteOrigin)) return undefined;
  if (request.method === 'POST' && url.pathname === ONE_CLICK_PATH) {
    const read = await readForm(request.clone(), BODY_LIMIT_BYTES);
    if (read.ok && isOneClickBody(read.form)) return undefined;
    // A body over the limit gets 413 however it is framed (chunked, or no length at all), never a hanging request.
    if (!read.ok && read.status === 413) return tooLarge();
  }
  return text(
    403,
    `Forms on this site can only be sent from ${siteOrigin}. Go back to the page, reload it and try again.`,
  );
}

function tooLarge(): Response {
  return text(413, `Too large: a form here may send at most ${BODY_LIMIT_BYTES / 1024} KB.`);
}

function text(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}
