// Security headers shared by the Node server (scripts/serve.mjs) and the `_headers` file written for static hosts,
// so both deployments refuse framing the same way. Only the embeddable quiz under /embed/ may be framed.

/** Paths other sites may put in an iframe. */
export const EMBEDDABLE_PREFIX = '/embed/';

const common: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

export function isEmbeddable(pathname: string): boolean {
  return pathname.startsWith(EMBEDDABLE_PREFIX);
}

/** The headers every response for `pathname` carries. */
export function securityHeaders(pathname: string): Record<string, string> {
  if (isEmbeddable(pathname)) {
    return { ...common, 'Content-Security-Policy': 'frame-ancestors *' };
  }
  return { ...common, 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' };
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
