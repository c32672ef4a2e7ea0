// Small inline illustrations in one style: line art in the text colour (class .ill), a soft blob (.t) and one warm
// spot (.a), coloured by tokens so they follow the colour scheme. Each is a few hundred bytes; keep them under 2 KB
// (a test checks). Add one by drawing on the same 64 × 64 grid with the same blob.

const blob = '<path class="t" d="M33 7c15 0 25 11 25 25S48 58 33 58 7 48 7 33 18 7 33 7z"/>';

export const illustrations = {
  /** The home page: a path over a hill towards a rising sun. */
  sunrise: {
    viewBox: '0 0 240 200',
    body:
      '<circle class="t" cx="120" cy="100" r="90"/><circle class="a" cx="150" cy="96" r="26"/>' +
      '<path d="M150 52v-9m28 20 6-6m-62 6-6-6m72 33h8m-98 0h-8"/>' +
      '<path class="h" d="M31 113c50-40 110-16 178 0a90 90 0 0 1-178 0z"/>' +
      '<path d="M31 113c50-40 110-16 178 0m-166 28c40-14 100 4 152-6"/>' +
      '<path d="M112 186c0-30 44-36 40-84" stroke-dasharray="1 8"/>' +
      '<path d="M72 96V78m0 7c-6 0-10-4-10-9 6 0 10 4 10 9zm0-3c0-6 4-10 10-10 0 6-4 10-10 10"/>',
  },
  /** Take time: a warm cup. */
  pause: {
    viewBox: '0 0 64 64',
    body:
      blob +
      '<path class="a" d="M19 33h24v5a10 10 0 0 1-10 10h-4a10 10 0 0 1-10-10z"/>' +
      '<path d="M16 30h30v8a12 12 0 0 1-12 12h-6a12 12 0 0 1-12-12zm30 3h3a5 5 0 0 1 0 10h-5M12 55h40M26 13c-3 4 3 6 0 11m8-11c-3 4 3 6 0 11"/>',
  },
  /** Resume: a page with a tick. */
  resume: {
    viewBox: '0 0 64 64',
    body:
      blob +
      '<rect x="15" y="9" width="28" height="40" rx="3"/><path d="M21 18h16M21 25h16M21 32h9"/>' +
      '<circle class="a" cx="44" cy="45" r="10"/><circle cx="44" cy="45" r="10"/><path d="m39 45 4 4 6-7"/>',
  },
  /** Attitude: a friendly speech bubble. */
  attitude: {
    viewBox: '0 0 64 64',
    body:
      blob +
      '<path class="a" d="M44 12H22a8 8 0 0 0-8 8v14a8 8 0 0 0 8 8v9l10-9h12a8 8 0 0 0 8-8V20a8 8 0 0 0-8-8z"/>' +
      '<path d="M44 12H22a8 8 0 0 0-8 8v14a8 8 0 0 0 8 8v9l10-9h12a8 8 0 0 0 8-8V20a8 8 0 0 0-8-8zM26 22v1m12-1v1m-13 6c4 5 10 5 14 0"/>',
  },
  /** Appearance: a shirt. */
  appearance: {
    viewBox: '0 0 64 64',
    body:
      blob +
      '<path class="a" d="m24 14-11 7 5 10 5-3v25h18V28l5 3 5-10-11-7c-1 4-4 7-8 7s-7-3-8-7z"/>' +
      '<path d="m24 14-11 7 5 10 5-3v25h18V28l5 3 5-10-11-7c-1 4-4 7-8 7s-7-3-8-7zm8 7v7"/>',
  },
  /** When you did your best: a star. */
  best: {
    viewBox: '0 0 64 64',
    body:
      blob +
      '<path class="a" d="m32 11 6 13 14 2-10 10 2 14-12-7-12 7 2-14-10-10 14-2z"/>' +
      '<path d="m32 11 6 13 14 2-10 10 2 14-12-7-12 7 2-14-10-10 14-2zM14 54h36"/>',
  },
  /** The feedback email: an envelope with a heart. */
  email: {
    viewBox: '0 0 64 64',
    body:
      blob +
      '<rect x="11" y="22" width="40" height="28" rx="3"/><path d="m12 24 19 14 19-14"/>' +
      '<path class="a" d="M48 10c-2-3-8-2-8 2 0 4 8 8 8 8s8-4 8-8c0-4-6-5-8-2z"/>' +
      '<path d="M48 10c-2-3-8-2-8 2 0 4 8 8 8 8s8-4 8-8c0-4-6-5-8-2z"/>',
  },
  /** Listen and use the feedback: two speech bubbles. */
  listen: {
    viewBox: '0 0 64 64',
    body:
      blob +
      '<path d="M15 10h20a6 6 0 0 1 6 6v10a6 6 0 0 1-6 6H22l-8 7v-7a6 6 0 0 1-5-6V16a6 6 0 0 1 6-6z"/>' +
      '<path class="a" d="M30 32h20a6 6 0 0 1 6 6v8a6 6 0 0 1-6 6h-1v7l-8-7H30a6 6 0 0 1-6-6v-8a6 6 0 0 1 6-6z"/>' +
      '<path d="M30 32h20a6 6 0 0 1 6 6v8a6 6 0 0 1-6 6h-1v7l-8-7H30a6 6 0 0 1-6-6v-8a6 6 0 0 1 6-6z"/>',
  },
  /** The overview and the page that was not found: a compass. */
  compass: {
    viewBox: '0 0 64 64',
    body:
      blob +
      '<circle cx="32" cy="33" r="20"/><path class="a" d="m40 25-5 12-10 4 5-12z"/><path d="m40 25-5 12-10 4 5-12zM32 9v4m0 40v4"/>',
  },
  /** The self-check quiz: a clipboard. */
  quiz: {
    viewBox: '0 0 64 64',
    body:
      blob +
      '<rect x="15" y="13" width="34" height="42" rx="4"/><path class="a" d="M25 9h14v8H25z"/><path d="M25 9h14v8H25zm-3 16 3 3 5-6m5 3h7m-20 9 3 3 5-6m5 3h7"/>',
  },
  /** The email course: a calendar. */
  course: {
    viewBox: '0 0 64 64',
    body:
      blob +
      '<rect x="11" y="16" width="42" height="36" rx="4"/><path d="M11 26h42M22 11v9m20-9v9"/>' +
      '<circle class="a" cx="40" cy="40" r="6"/><path d="M19 34h6m-6 8h6"/>',
  },
} as const;

export type IllustrationName = keyof typeof illustrations;

/** The picture beside each guide's title, by guide id; a new guide gets the compass until it has its own. */
export const guideIllustrations: Record<string, IllustrationName> = {
  'someone-else-got-the-job': 'compass',
  'take-time-before-you-act': 'pause',
  'review-your-resume': 'resume',
  'review-your-attitude': 'attitude',
  'review-your-appearance': 'appearance',
  'when-you-did-your-best': 'best',
  'when-you-could-have-done-better': 'quiz',
  'ask-for-feedback-by-email': 'email',
  'use-the-feedback': 'listen',
};
