// What the reply reader says to people, kindly and plainly. Editors change the wording here.
import type { Area, ReplyKind } from './types.ts';

export const KIND_MESSAGES: Record<ReplyKind, { title: string; body: string }> = {
  template: {
    title: 'A standard reply, with no feedback about you',
    body: 'This reads like the message many companies send to everyone they did not hire. It is common, and it is not a verdict on you: many employers do not give individual feedback at all. Your own review of your resume, attitude and appearance is still the best next step.',
  },
  general: {
    title: 'General feedback',
    body: 'They gave you some broad points. Each one is a direction to work on, not a judgement of you as a person. Below, each point is in their words, with one thing you can practise.',
  },
  specific: {
    title: 'Specific feedback',
    body: 'They pointed to particular moments or parts of your application. That is valuable, and rare: you can practise exactly what they saw. Below, each point is in their words, with one thing you can practise.',
  },
};

export const AREA_LABELS: Record<Area, string> = {
  resume: 'Resume and application',
  attitude: 'Attitude in the interview',
  appearance: 'Appearance and setting',
  other: 'Skills, experience and circumstances',
};

/** The order areas are shown in: the article's three, then the rest. */
export const AREA_ORDER: Area[] = ['resume', 'attitude', 'appearance', 'other'];

export const WARNINGS = {
  empty: 'Paste the reply you received first.',
  tooShort: 'This looks too short to be a reply. Paste the whole message, from the greeting to the signature.',
  tooLong: 'This is far longer than a reply to a job application. Paste only their message (not the whole thread).',
};

export const MIN_REPLY_CHARS = 20;
