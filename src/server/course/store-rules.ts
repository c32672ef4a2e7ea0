// The rules both store engines apply in the same way, kept apart from their SQL: how long things are kept, what a
// confirmation link may still do, the rate-limit key of an address, and when a sliding window opens.
import type { Limit } from './config.ts';
import type { ConfirmOutcome, SubscriberStatus } from './store.ts';
import { sha256 } from './tokens.ts';
import { DAY_MS } from '#/lib/time.ts';

export const KEEP_RATE_EVENTS_MS = 2 * DAY_MS;
export const KEEP_EXPIRED_CONFIRM_TOKENS_MS = 30 * DAY_MS;
export const KEEP_UNCONFIRMED_MS = 30 * DAY_MS;

/** The rate-limit key of an address: hashed, so the events table holds no readable addresses. */
export function addressRateKey(email: string): string {
  return `address:${sha256(email.toLowerCase())}`;
}

/** The rate-limit key of a client (already a keyed hash of its network address). */
export function clientRateKey(clientKey: string): string {
  return `ip:${clientKey}`;
}

/** What a confirmation link does for a person in `status`, with the link expiring at `expiresAt`. */
export function confirmState(
  status: SubscriberStatus,
  expiresAt: number | null,
  now: number,
): ConfirmOutcome | 'valid' {
  if (status === 'confirmed') return 'already-confirmed';
  if (status !== 'pending') return 'invalid';
  if (expiresAt !== null && expiresAt <= now) return 'expired';
  return 'valid';
}

/** How far back the events of a key matter for these limits. */
export function longestWindow(limits: Limit[]): number {
  return Math.max(0, ...limits.map((l) => l.windowMs));
}

/**
 * The earliest moment from `now` at which one more event stays within every limit (sliding windows), given the
 * times of the recent events in ascending order. For a limit of c per window w with m ≥ c recent events, that is when
 * the (m − c + 1)-th most recent one leaves the window. Events only leave as time passes, so the latest of these
 * moments satisfies every limit.
 */
export function windowOpens(times: number[], limits: Limit[], now: number): number {
  let opens = now;
  for (const { count, windowMs } of limits) {
    const recent = times.filter((at) => at > now - windowMs);
    if (recent.length >= count) opens = Math.max(opens, recent[recent.length - count]! + windowMs);
  }
  return opens;
}

/** Messages stored with a failed email are cut to this length. */
export function storedError(error: string): string {
  return error.slice(0, 500);
}
