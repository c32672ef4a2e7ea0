// The "open in your email app" link. Encoded with encodeURIComponent (spaces as %20, never +, which mail apps
// would show literally), line breaks as CRLF (%0D%0A, RFC 6068). Long links break in some mail apps and
// operating systems, so past MAILTO_MAX_LENGTH the body is left out and the page copies it instead.
import { isEmailAddress } from './fields.ts';
import { wellFormed } from './text.ts';

/** Longest mailto: URL we hand to the system: Windows and several mail apps cut or refuse links past ~2,000. */
export const MAILTO_MAX_LENGTH = 2000;

export interface MailtoLink {
  href: string;
  /** False when the body did not fit and was left out: copy it, then paste it into the new message. */
  includesBody: boolean;
}

export function buildMailto(
  message: { to?: string; subject: string; body: string },
  maxLength = MAILTO_MAX_LENGTH,
): MailtoLink {
  const to = message.to && isEmailAddress(message.to) ? encodeURIComponent(message.to).replace(/%40/g, '@') : '';
  const subject = encodeURIComponent(wellFormed(message.subject).replace(/[\r\n]+/g, ' '));
  const body = encodeURIComponent(wellFormed(message.body).replace(/\r\n|\r|\n/g, '\r\n'));
  const full = `mailto:${to}?subject=${subject}&body=${body}`;
  if (full.length <= maxLength) return { href: full, includesBody: true };
  return { href: `mailto:${to}?subject=${subject}`, includesBody: false };
}
