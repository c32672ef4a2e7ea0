// The words of the results. They describe what the answers suggest checking, never what the person is: the reader
// has just been turned down and reads this on a bad day.
import type { Band, QuizResult } from './score.ts';
import type { Notice } from './run.ts';

export const bandLabels: Record<Band, string> = {
  strong: 'Looks solid',
  mixed: 'A few things to check',
  check: 'Most to check',
};

export interface Summary {
  headline: string;
  body: string[];
}

export function summarize(result: QuizResult): Summary {
  const { allStrong, partial, weakest, strongest } = result;
  const only = result.areas.length === 1 ? result.areas[0] : undefined;
  if (allStrong && !partial) {
    return {
      headline: 'Your answers suggest you prepared well in every area',
      body: [
        'You may well have performed at your best. Sometimes another candidate is simply a closer match for what the team needed, and nothing in your control would have changed that.',
        'The only way to find out is to ask. The interviewer’s feedback is the most useful next step.',
      ],
    };
  }
  if (allStrong && only) {
    return {
      headline: `Your answers about ${only.title.toLowerCase()} suggest it went well`,
      body: [
        'If the other areas look as solid, you may well have performed at your best. Take the whole quiz to check them, then ask the interviewer for feedback.',
      ],
    };
  }
  const body: string[] = [];
  const lowest = result.lowest.map((a) => a.title.toLowerCase());
  if (only) body.push(`Your answers about ${lowest[0]} point to a few things worth checking: they are below.`);
  else if (weakest)
    body.push(
      `${weakest.title} is where your answers point to the most things worth checking. Start with the things to check first, below.`,
    );
  else if (lowest.length > 1)
    // A tie: no area may be named as the one that stands out.
    body.push(
      `Your answers point to ${listWords(lowest)} equally, so no one area comes first. Start with the things to check first, below.`,
    );
  if (strongest?.band === 'strong')
    body.push(`Your answers about ${strongest.title.toLowerCase()} suggest it went well.`);
  body.push('None of this is a verdict on you: it is a list of things to check, and to ask the interviewer about.');
  return { headline: lowest.length > 0 ? `Start with ${listWords(lowest)}` : 'Your results', body };
}

/** "resume", "resume and attitude", "resume, attitude and appearance". */
function listWords(words: readonly string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The sentence a screen reader hears when the results appear. */
export function resultsAnnouncement(result: QuizResult): string {
  return `Your results are ready. ${summarize(result).headline}.`;
}

/** Why the quiz starts empty: each says what happened and what to do next. */
export const noticeText: Record<Notice, string> = {
  changed:
    'This result link was made with an earlier version of the quiz. The questions have changed since, so it can’t show that result. You can take the quiz below.',
  invalid:
    'This result link is incomplete or has been changed, so it can’t show a result. Check that you copied the whole link, or take the quiz below.',
  unknownArea: 'This link asks for a part of the quiz that doesn’t exist, so here is the whole quiz.',
};
