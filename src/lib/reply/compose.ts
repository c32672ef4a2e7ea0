// The reply to their reply: a short thank-you that acknowledges one point they made, without arguing, asking them to
// reconsider or asking for the job again (the article: thank them, listen, use what you hear). A narrow interface, so
// the page can switch to the feedback email tool's composer when it offers one for this.
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
  const greeting = input.greetName.trim() ? `Dear ${input.greetName.trim()},` : 'Hello,';
  const lines = [greeting, ''];
  if (input.point) {
    lines.push(
      'Thank you for taking the time to reply, and for your honest feedback.',
      `Your point about ${themeFor(input.point.area, input.point.text)} is especially helpful, and I am going to work on it before my next interview.`,
    );
  } else {
    lines.push(
      'Thank you for letting me know, and for taking the time to reply.',
      'I appreciated the chance to interview and to learn more about the team.',
    );
  }
  const company = input.company?.trim();
  if (input.futureOpenings)
    lines.push(
      company
        ? `I would still very much like to be considered for future openings at ${company}.`
        : 'I would still very much like to be considered for future openings.',
    );
  lines.push('', 'With thanks and best wishes,');
  if (input.yourName.trim()) lines.push(input.yourName.trim());
  return {
    subject: input.point ? 'Thank you for your feedback' : 'Thank you',
    body: lines.join('\n').replace(/\n{3,}/g, '\n\n'),
  };
}
