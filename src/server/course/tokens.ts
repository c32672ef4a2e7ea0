// Link tokens: 256 random bits, sent only inside emails. The database keeps their SHA-256, so a copy of it
// (a backup, a leak) cannot confirm or unsubscribe anyone.
import { createHash, randomBytes } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What the store keeps for a token, and what a link's token is looked up by. */
export function hashToken(token: string): string {
  return sha256(`jst-course-token:${token}`);
}

/** A token as it arrives in a link: 43 base64url characters, or nothing. */
export function readToken(raw: unknown): string | undefined {
  return typeof raw === 'string' && /^[A-Za-z0-9_-]{43}$/.test(raw) ? raw : undefined;
}
