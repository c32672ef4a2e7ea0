// Which sentences of a job description ask something of the reader. Every bullet or sentence that asks counts,
// whatever heading it sits under; what never holds a qualification is set aside with its reason: the title lines,
// the company's introduction, pay and benefits, equal-opportunity text, how to apply and pre-employment checks.

import { ABOUT_US, ASKING, cueOf, NOT_ASKED, SECOND_PERSON } from './cues.ts';
import type { Sentence, Structure } from './structure.ts';

export type SentenceRole = 'asks' | 'about-us' | 'header' | 'other' | string;

const ASKING_SECTIONS = new Set([
  'required',
  'preferred',
  'duties',
  'skills',
  'education',
  'certifications',
  'languages',
  'experience',
  'summary',
]);

/** What a sentence is for: 'asks', or why it is not read for qualifications. */
export function sentenceRole(sentence: Sentence, structure: Structure): SentenceRole {
  if (sentence.section === 'header') return 'header';
  const text = sentence.text;
  const excluded = NOT_ASKED.find((n) => n.pattern.test(text));
  // Pay words in a duty ("calculate overtime and PTO payouts", "process wage garnishments") are the work itself;
  // under a list of duties, only an amount or an offer is pay.
  const payWork =
    excluded?.reason === 'pay and benefits' &&
    (/\b(must|required|experience)\b/i.test(text) ||
      (['duties', 'required', 'preferred', 'skills'].includes(sentence.section) &&
        !/[$£€]\s?\d|\b(we offer|offers?|benefits|perks|insurance|401|pension|retirement)\b/i.test(text)));
  if (excluded && !payWork) return excluded.reason;
  const asking = ASKING.test(text) || cueOf(text) !== undefined;
  const talksToReader = SECOND_PERSON.test(text);
  // "Infrastructure as code; our stack is Terraform and Helm": in a list of asks, the employer's words go on naming
  // what is asked (the phrase finder keeps only the names of a first-person clause).
  const continuesAsk =
    ASKING_SECTIONS.has(sentence.section) && (!sentence.lineStart || !/^(?:we|our|us|at)\b/i.test(text.trim()));
  if (ABOUT_US.test(text.trim()) && !talksToReader && !asking && !continuesAsk) return 'about-us';
  if (ASKING_SECTIONS.has(sentence.section)) return 'asks';
  if (sentence.section === 'skip')
    return asking && (talksToReader || /\b(must|required)\b/i.test(text)) ? 'asks' : 'other';
  // Neutral text: before the first heading it is the introduction, read only where it talks to the reader.
  const firstHeading = structure.headings[0]?.start ?? Infinity;
  if (sentence.start < firstHeading && structure.headings.length) return talksToReader || asking ? 'asks' : 'other';
  // Under a heading we do not know, every line counts; in a description without headings, lines that ask.
  if (structure.headings.length) return 'asks';
  return talksToReader || asking || (sentence.text.split(/\s+/).length <= 6 && !/[.!?]$/.test(sentence.text))
    ? 'asks'
    : 'other';
}
