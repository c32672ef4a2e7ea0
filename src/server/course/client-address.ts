// Who is asking, for the per-client signup limit. Behind trusted proxies the address comes from X-Forwarded-For,
// which proxies write in many spellings (ports, brackets, leading zeros, IPv4-mapped IPv6): each is reduced to one
// canonical form before it becomes a key, or `10.9.8.7:5555` and `010.009.008.007` would each get a fresh allowance.
import { createHmac } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

/**
 * The client's address: the socket peer, unless `trustProxy` proxies stand in front of us, in which case it is the
 * entry that many places from the right of X-Forwarded-For (the left part can be typed by anyone). Always in
 * canonical form; an entry that is not an address at all falls back to the peer (the proxy), which limits more,
 * never less.
 */
export function clientAddress(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustProxy: number,
): string {
  const peer = canonicalAddress(remoteAddress ?? '') ?? 'unknown';
  if (trustProxy <= 0 || !forwardedFor) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const hop = hops[hops.length - trustProxy] ?? hops[0];
  return (hop && canonicalAddress(hop)) ?? peer;
}

/**
 * One spelling per address: `a.b.c.d` in decimal without leading zeros (a port dropped), IPv6 lower-case and
 * compressed (brackets, port and zone dropped), IPv4-mapped IPv6 as its IPv4 address. Undefined when `raw` is
 * not an IP address.
 */
export function canonicalAddress(raw: string): string | undefined {
  let text = raw.trim().replace(/^"(.*)"$/, '$1');
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^[\d.]+:\d{1,5}$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  const v4 = ipv4(text);
  if (v4) return v4;
  text = text.replace(/%[\w.-]+$/, ''); // a zone (fe80::1%eth0) names an interface, not a client
  if (!isIPv6(text)) return undefined;
  // The URL parser writes IPv6 the one canonical way (RFC 5952): lower case, longest zero run compressed.
  const canonical = new URL(`http://[${text}]/`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (mapped) {
    const [high, low] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)];
    return [high >> 8, high & 255, low >> 8, low & 255].join('.');
  }
  return canonical;
}

/** Dotted IPv4 with each part read as a decimal number (010 is 10, as proxies that pad mean it). */
function ipv4(text: string): string | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return undefined;
  const canonical = parts.map(Number).join('.');
  return isIPv4(canonical) ? canonical : undefined;
}

/** Groups IPv6 clients by /64 (one home or phone gets a whole /64); IPv4 addresses stand alone. */
export function rateLimitKey(address: string): string {
  const canonical = canonicalAddress(address) ?? address;
  if (!canonical.includes(':')) return canonical;
  const [head = '', tail = ''] = canonical.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = canonical.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups.slice(0, 4).join(':')}::/64`;
}

/**
 * What the rate_events table stores for a client: a keyed hash (HMAC-SHA-256) of its rate-limit key, so the database
 * holds no readable addresses, and without the key (a file apart from the database) nobody can test guesses.
 */
export function hashedClientKey(secret: string, address: string): string {
  return createHmac('sha256', secret).update(rateLimitKey(address)).digest('base64url');
}
