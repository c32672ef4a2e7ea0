// What the tone check tells the person about each kind of problem: a short label, why it hurts, and a better
// wording. Editors change these words here; the ids are fixed (tests/fixtures/tone-check/GUIDE.md and the
// `email:check` output use them).

export const sentenceKinds = [
  'blame',
  'insult',
  'sarcasm',
  'comparison',
  'asking-who-was-hired',
  'asking-why',
  'asking-to-reconsider',
  'pressure',
  'asking-for-a-call',
  'threat',
  'begging',
  'negotiating',
  'entitlement',
  'shouting',
] as const;
export type SentenceKind = (typeof sentenceKinds)[number];

export const emailKinds = ['too-long', 'missing-thanks', 'missing-tips-request', 'missing-future-interest'] as const;
export type EmailKind = (typeof emailKinds)[number];

export type FlagKind = SentenceKind | EmailKind;
export const flagKinds: readonly FlagKind[] = [...sentenceKinds, ...emailKinds];

export interface KindText {
  /** Names the problem in a few words, for the flag's heading. */
  label: string;
  /** Why it hurts the person's chance of a helpful reply. */
  why: string;
  /**
   * The better wording offered by "Use this wording": it replaces the sentence (or, for a missing part, is added).
   * Shouting has none: its wording is the sentence itself, written calmly.
   */
  wording: string;
  /** Used instead of `wording` when the email already asks for tips elsewhere, so a swap never asks twice. */
  wordingWhenTipsAsked?: string;
}

const TIPS = 'If you have a moment, could you share 2 or 3 tips on how I could improve?';

export const kindTexts: Record<FlagKind, KindText> = {
  blame: {
    label: 'Blames them or the process',
    why: 'This says they or their process got it wrong. People who feel accused defend themselves; they don’t share advice. If something really was unfair, raise it separately, not in this email.',
    wording: 'I respect your decision, and I would like to learn from it.',
  },
  insult: {
    label: 'Sounds contemptuous',
    why: 'Words like these insult the people who read your email, and they are remembered. They end any chance of feedback or of a future role.',
    wording: 'I was disappointed, but I respect your decision.',
  },
  sarcasm: {
    label: 'Reads as sarcasm',
    why: 'The words are polite but the meaning is a dig, and a reader always notices. Say plainly what you feel, or leave it out.',
    wording: 'Thank you again for your time.',
  },
  comparison: {
    label: 'Compares you with the person hired',
    why: 'Comparing yourself with the person they chose reads as contesting the choice, and they can’t discuss another candidate anyway.',
    wording: 'I would like to know what I could do better next time.',
    wordingWhenTipsAsked: 'I know there were strong candidates, and I would like to learn from this.',
  },
  'asking-who-was-hired': {
    label: 'Asks about the person hired',
    why: 'Who got the job, and their background, is private. Asking puts them in an awkward spot and shifts the email away from you.',
    wording: TIPS,
    wordingWhenTipsAsked: 'I wish the successful candidate well.',
  },
  'asking-why': {
    label: 'Asks why you weren’t chosen',
    why: 'Asking for the reason asks them to defend the decision, and many employers won’t answer that. A request for a few tips on improving is easy to say yes to.',
    wording: TIPS,
    wordingWhenTipsAsked: 'I understand the decision, and I’m keen to learn from it.',
  },
  'asking-to-reconsider': {
    label: 'Asks them to change the decision',
    why: 'The decision is made, and asking to reopen it puts them on the spot. Asking to be considered for future openings keeps the door open instead.',
    wording: 'I respect your decision, and I would love to be considered for future openings.',
  },
  pressure: {
    label: 'Puts them under pressure',
    why: 'Deadlines, urgency and chasing turn a favour into a demand. Feedback is voluntary, and pressure makes a reply less likely.',
    wording: 'I know you are busy, so whenever you have a moment, even a short reply would mean a lot.',
  },
  'asking-for-a-call': {
    label: 'Asks for a call or meeting',
    why: 'The article advises email, not a call: a reply by email lets them answer when they have time and choose their words.',
    wording: 'A short reply by email, whenever suits you, would be perfect.',
  },
  threat: {
    label: 'Sounds like a threat',
    why: 'Mentioning reviews, social media, lawyers or complaints makes them stop talking to you at once. A real grievance belongs in a separate, formal complaint, not in a feedback request.',
    wording: 'Thank you again for the opportunity.',
  },
  begging: {
    label: 'Pleads or asks for pity',
    why: 'Hardship and pleading put the reader in an impossible position: the decision is made. It can also make them less willing to reply at all.',
    wording: 'I’m keen to keep improving, and any advice would help me a great deal.',
    wordingWhenTipsAsked: 'I’m keen to keep improving.',
  },
  negotiating: {
    label: 'Tries to negotiate',
    why: 'Offering a lower salary, a trial or a different role now reopens a closed decision. If you would take another role, say you would love to be considered for future openings.',
    wording: 'I would love to be considered for future openings.',
  },
  entitlement: {
    label: 'Sounds entitled',
    why: 'Saying you deserved the job, or were the perfect fit, sounds arrogant: the very impression the article warns about.',
    wording: 'I was very interested in the role, and I would like to be a stronger candidate next time.',
  },
  shouting: {
    label: 'Reads as shouting',
    why: 'Capital letters, repeated ! or ?, and rows of emoji read as shouting, even when you mean enthusiasm.',
    wording: '',
  },
  'too-long': {
    label: 'Too long',
    why: 'A long email asks a lot of a busy reader, who may put it aside. Aim for about 150 words.',
    wording: 'Keep the thanks, the request for 2 or 3 tips and your interest in future openings; cut the rest.',
  },
  'missing-thanks': {
    label: 'Missing: a thank-you',
    why: 'There is no thank-you in the email itself (a “Thanks,” above your name doesn’t count). Thanking them for the opportunity is the first thing the article asks for.',
    wording: 'Thank you for the opportunity to interview and for your time.',
  },
  'missing-tips-request': {
    label: 'Missing: a request for 2 or 3 tips',
    why: 'There is no clear request. Ask for something small and specific, 2 or 3 tips, so they know what to reply.',
    wording: TIPS,
  },
  'missing-future-interest': {
    label: 'Missing: interest in future openings',
    why: 'You don’t say you would like to be considered again. Saying so leaves the door open and shows you hold no grudge.',
    wording: 'I would love to be considered for future openings.',
  },
};
