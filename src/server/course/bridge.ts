// What scripts/serve.mjs tells the Astro bundle about the current process. The two load separate copies of this
// module, so the shared state lives on globalThis under a registered symbol; nothing a client sends can reach it.
import { AsyncLocalStorage } from 'node:async_hooks';

interface Bridge {
  /** Per request: the client address serve.mjs worked out (see clientAddress). */
  requests: AsyncLocalStorage<{ clientAddress: string }>;
  /** Set by the server's worker loop: call after writing to the outbox so the email goes out in a moment. */
  wakeWorker?: () => void;
}

const KEY = Symbol.for('job-seeker-toolkit.course.bridge');

function bridge(): Bridge {
  const holder = globalThis as typeof globalThis & { [KEY]?: Bridge };
  return (holder[KEY] ??= { requests: new AsyncLocalStorage() });
}

/** Runs `handle` with the request's client address available to trustedClientAddress(). */
export function runWithClientAddress<T>(clientAddress: string, handle: () => T): T {
  return bridge().requests.run({ clientAddress }, handle);
}

/** The client address serve.mjs established for this request, if the request came through it. */
export function trustedClientAddress(): string | undefined {
  return bridge().requests.getStore()?.clientAddress;
}

export function setWorkerWake(wake: (() => void) | undefined): void {
  bridge().wakeWorker = wake;
}

export function wakeWorker(): void {
  bridge().wakeWorker?.();
}

/**
 * The client's address: the socket peer, unless `trustProxy` proxies stand in front of us, in which case it is the
 * entry that many places from the right of X-Forwarded-For (the left part can be typed by anyone).
 */
export function clientAddress(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustProxy: number,
): string {
  const peer = remoteAddress ?? 'unknown';
  if (trustProxy <= 0 || !forwardedFor) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return hops[hops.length - trustProxy] ?? hops[0] ?? peer;
}

/** Groups IPv6 clients by /64 (one home or phone gets a whole /64) and unwraps IPv4-mapped addresses. */
export function rateLimitKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
