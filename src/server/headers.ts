// Security headers shared by the Node server (scripts/serve.mjs) and the `_headers` file written for static hosts,
// so both deployments refuse framing the same way. Only the embeddable quiz under /embed/ may be framed.
// The Content-Security-Policy here holds what a <meta> policy cannot say (frame-ancestors) and, for the site's own
// pages, what they should refuse (plugins, a <base> that redirects relative links, forms posting elsewhere); the
// embed keeps exactly `frame-ancestors *`, the contract the embed tests and hosts rely on. Astro writes its own
// script and style hashes into a <meta> on static pages and into the header of on-demand pages; serve.mjs merges
// the two there (mergePolicies), because a second header from the page would otherwise replace this one.

/** Paths other sites may put in an iframe. */
export const EMBEDDABLE_PREFIX = '/embed/';

const common: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

const SITE_PAGES = ["object-src 'none'", "base-uri 'none'", "form-action 'self'"];

export function isEmbeddable(pathname: string): boolean {
  return pathname.startsWith(EMBEDDABLE_PREFIX);
}

/** The headers every response for `pathname` carries. */
export function securityHeaders(pathname: string): Record<string, string> {
  if (isEmbeddable(pathname)) {
    return { ...common, 'Content-Security-Policy': 'frame-ancestors *' };
  }
  return {
    ...common,
    'Content-Security-Policy': ["frame-ancestors 'none'", ...SITE_PAGES].join('; '),
    'X-Frame-Options': 'DENY',
  };
}

/** `page`'s policy with every directive of `site` it does not set itself appended (directive names are unique). */
export function mergePolicies(page: string, site: string): string {
  const directives = page
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  const named = new Set(directives.map((d) => d.split(/\s+/)[0]!.toLowerCase()));
  for (const directive of site.split(';').map((d) => d.trim())) {
    if (directive && !named.has(directive.split(/\s+/)[0]!.toLowerCase())) directives.push(directive);
  }
  return directives.join('; ');
}

/**
 * The same rules in the `_headers` format read by Netlify and Cloudflare Pages.
 * The embed rule comes last and detaches X-Frame-Options (`! Header`, Cloudflare) and overrides the CSP.
 */
export function headersFile(): string {
  const block = (pattern: string, headers: Record<string, string>, detach: string[] = []) =>
    [pattern, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`), ...detach.map((k) => `  ! ${k}`)].join('\n');
  return (
    [
      block('/*', securityHeaders('/')),
      block(`${EMBEDDABLE_PREFIX}*`, securityHeaders(EMBEDDABLE_PREFIX), ['X-Frame-Options']),
    ].join('\n') + '\n'
  );
}
