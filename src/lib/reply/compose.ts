// The reply to their reply: a short thank-you that acknowledges one point they made, without arguing, asking them to
// reconsider or asking for the job again (the article: thank them, listen, use what you hear). Written by the feedback
// email tool's composer (`composeThankYouReply`), so both tools thank in the same words; this keeps the narrow
// interface the page uses.
import { composeThankYouReply } from '#/lib/feedback-email/compose.ts';
import { themeFor } from './practice.ts';
import type { ReplyPoint } from './types.ts';

export interface ThanksInput {
  /** How to greet them: "Sam", "Ms Patel". Empty: "Hello,". */
  greetName: string;
  /** The person's own name, to sign with. */
  yourName: string;
  /** The point to acknowledge, if the reply had one. */
  point?: Pick<ReplyPoint, 'area' | 'text'>;
  company?: string;
  /** Say you would still like to be considered for future openings. */
  futureOpenings: boolean;
}

export interface ComposedThanks {
  subject: string;
  body: string;
}

export function composeThanks(input: ThanksInput): ComposedThanks {
  const body = composeThankYouReply({
    greetName: input.greetName.trim(),
    greetFormally: false,
    yourName: input.yourName.trim(),
    tone: 'formal',
    company: input.company?.trim() ?? '',
    futureOpenings: input.futureOpenings,
    received: input.point ? 'feedback' : 'news',
    point: input.point && themeFor(input.point.area, input.point.text),
  });
  return { subject: input.point ? 'Thank you for your feedback' : 'Thank you', body };
}
