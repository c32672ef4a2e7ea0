// Which sentences of a job description ask something of the reader. Every bullet or sentence that asks counts,
// whatever heading it sits under; what never holds a qualification is set aside with its reason: the title lines,
// the company's introduction, pay and benefits, equal-opportunity text, how to apply and pre-employment checks.

import { ABOUT_US, ASKING, COMMON_CAPS, cueOf, NOT_ASKED, SECOND_PERSON } from './cues.ts';
import type { Sentence, Structure } from './structure.ts';
import { canBeVerb } from './tagger.ts';

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
  // Pay as the sentence's subject ("All wages and fringe per the agreement", "Pay: $24/hr") is pay wherever it sits.
  const payFirst =
    excluded?.reason === 'pay and benefits' && /^\W*(?:\S+\s+)?\S*$/.test(text.slice(0, text.search(excluded.pattern)));
  // Two or more pay words are a list of what the job offers ("Mileage reimbursement, 403(b) with match, 4 weeks PTO").
  const offers = excluded?.reason === 'pay and benefits' && payWords(text, excluded.pattern) > 1;
  const payWork =
    excluded?.reason === 'pay and benefits' &&
    !payFirst &&
    (/\b(must|required|experience)\b/i.test(text) ||
      (['duties', 'required', 'preferred', 'skills'].includes(sentence.section) &&
        !offers &&
        !/[$£€]\s?\d|\b(we offer|offers?|benefits|perks|insurance|401\s?\(?k\)?|pension|retirement)\b/i.test(text)) ||
      // A duty that opens with its verb: "Explain lens options and vision insurance benefits".
      (sentence.section === 'duties' && opensWithDuty(text)));
  if (excluded && !payWork) return excluded.reason;
  // A question that does not talk to the reader is the ad's own ("Why Valley Hospice?", "What's in it for you?" does).
  if (/\?\W*$/.test(text) && !SECOND_PERSON.test(text)) return 'other';
  const asking = ASKING.test(text) || cueOf(text) !== undefined;
  const talksToReader = SECOND_PERSON.test(text);
  // "Infrastructure as code; our stack is Terraform and Helm": in a list of asks, the employer's words go on naming
  // what is asked (the phrase finder keeps only the names of a first-person clause).
  const continuesAsk =
    ASKING_SECTIONS.has(sentence.section) && (!sentence.lineStart || !/^(?:we|our|us|at)\b/i.test(text.trim()));
  if (ABOUT_US.test(text.trim()) && !talksToReader && !asking && !continuesAsk) return 'about-us';
  if (sentence.lineStart && !talksToReader && !asking && namesEmployer(text, structure.headerText)) return 'about-us';
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

function payWords(text: string, pattern: RegExp): number {
  return new Set([...text.matchAll(new RegExp(pattern.source, 'gi'))].map((m) => m[0].toLowerCase())).size;
}

/** Verbs that open an offer to the reader, not a duty: "Enjoy free parking", "Get 20 days off". */
const OFFER_VERBS = /^(?:enjoy|get|receive|earn|join|grow|come|free|paid|save)$/i;

/** The sentence opens with a verb of the work, in its plain or -s form ("Explain…", "Processes…"). */
function opensWithDuty(text: string): boolean {
  const first = /^[\p{L}]+/u.exec(text.trim())?.[0] ?? '';
  return !!first && !OFFER_VERBS.test(first) && !/(?:ed|ing)$/i.test(first) && canBeVerb(first);
}

/** Roles in a line that continues a set-aside one ("Pay $24–30/hr. Free eyewear allowance, medical, 401k, PTO.") */
const CARRIED = new Set(['pay and benefits', 'equal opportunity', 'pre-employment checks', 'how to apply']);

/**
 * The role of every sentence. A sentence that continues a line set aside as pay, equal opportunity, checks or how to
 * apply is set aside with it unless it asks something itself: a line keeps to one topic.
 */
export function sentenceRoles(structure: Structure): SentenceRole[] {
  const roles: SentenceRole[] = [];
  structure.sentences.forEach((sentence, k) => {
    const role = sentenceRole(sentence, structure);
    const before = roles[k - 1];
    const carried = !sentence.lineStart && before && CARRIED.has(before) && !ASKING.test(sentence.text);
    roles.push(carried ? before : role);
  });
  return roles;
}

/**
 * The sentence is about the employer: its subject is a name from the header lines (the company's) and its verb is in
 * the present ("Harbourline hosts 300+ events a year", "PCC Aero machines flight-critical castings").
 */
function namesEmployer(text: string, header: string): boolean {
  const m = /^([\p{Lu}][\p{L}&'’.-]*)(?:\s+[\p{Lu}][\p{L}&'’.-]*)*\s+([a-z]+)\b/u.exec(text.trim());
  if (!m || COMMON_CAPS.has(m[1]!.toLowerCase())) return false;
  const verb = m[2]!;
  if (!/^(?:is|are|has|have|was)$/.test(verb) && !(verb.endsWith('s') && !verb.endsWith('ss') && canBeVerb(verb)))
    return false;
  return new RegExp(`(?:^|[^\\p{L}])${m[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[^\\p{L}]|$)`, 'u').test(header);
}
