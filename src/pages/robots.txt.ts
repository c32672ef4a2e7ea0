import type { APIRoute } from 'astro';

// Everything is public except the embed frame and the course's one-person pages; the sitemap is absolute.
export const GET: APIRoute = ({ site }) =>
  new Response(
    [
      'User-agent: *',
      'Disallow: /embed/',
      'Disallow: /course/confirm/',
      'Disallow: /course/unsubscribe/',
      '',
      `Sitemap: ${new URL('/sitemap-index.xml', site).href}`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
