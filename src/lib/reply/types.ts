// The shapes the reply reader works with. `ReplyReading` is what the page shows; `OutsideReading` is the stable
// format `npm run reply:read` prints, by which the reader is measured from outside.

export const replyKinds = ['template', 'general', 'specific'] as const;
export type ReplyKind = (typeof replyKinds)[number];

export const areas = ['resume', 'attitude', 'appearance', 'other'] as const;
export type Area = (typeof areas)[number];

/** A stretch of the reply: offsets into the text as pasted (start inclusive, end exclusive). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface ReplyPoint extends Span {
  area: Area;
  /** Names something the candidate can find again: a question, a part of the CV, a moment, a detailed result. */
  anchored: boolean;
  /** One concrete thing to practise, and the guide that helps. */
  practice: Practice;
}

export interface Practice {
  task: string;
  guide: { title: string; href: string };
}

export interface ReplyReading {
  kind: ReplyKind;
  points: ReplyPoint[];
  /** Praise that names what was good: kept apart from the points, never turned into a task. */
  strengths: Span[];
  words: number;
}

export interface OutsideReading {
  kind: ReplyKind;
  points: { area: Area; text: string }[];
}
