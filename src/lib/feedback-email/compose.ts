// Writes the feedback-request email the article describes: thanks for the opportunity, no blame, a polite request
// for 2 or 3 tips, interest in future openings. The words are in wordings.ts; this file fills them in without
// slips: no "Inc..", no "position position", no "Hi Sam Patel,". The default wording is picked from the person's
// name and the company, so two candidates for the same job don't send the interviewer identical emails.
import { isSentence, type ComposeInput, type Tone } from './fields.ts';
import { countWords } from '#/lib/text/words.ts';
import { fnv1a } from '#/lib/text/hash.ts';
import { followUp, thankYouReply, wordingsByTone, type Wording } from './wordings.ts';

export interface ComposedEmail {
  subject: string;
  body: string;
  /** Which wording was used, 0-based, and how many the tone has (for "wording 2 of 3"). */
  wording: number;
  wordingCount: number;
  words: number;
}

export function wordingCount(tone: Tone): number {
  return wordingsByTone[tone].wordings.length;
}

/** The wording a person sees first: stable for the same name and company, different across candidates. */
export function defaultWording(input: Pick<ComposeInput, 'yourName' | 'company' | 'tone'>): number {
  return fnv1a(`${input.yourName.toLowerCase()}|${input.company.toLowerCase()}`) % wordingCount(input.tone);
}

// A typed role that already names the kind of job: "Store Manager position", "Graduate Trainee role".
const JOB_NOUN = /\s+(?:position|role|job|post|vacancy|opening)$/i;

/** The values the wordings' {placeholders} take. */
function values(input: ComposeInput, roleNoun: string): Record<string, string> {
  const { interviewerName: name, interviewerTitle: title } = input;
  const fallback = input.toldBy === 'agency' ? 'the hiring manager' : 'the interviewer';
  const them = name && title ? `${name} (${title})` : name || (title ? `the ${title}` : fallback);
  const whenNote = input.when ? ` (${input.when})` : '';
  const typedNoun = JOB_NOUN.test(input.role);
  const role = input.role.replace(JOB_NOUN, '') || input.role;
  const theRole = `the ${typedNoun ? input.role : `${input.role} ${roleNoun}`} at ${input.company}${whenNote}`;
  return { name: input.greetName, company: input.company, role, theRole, them, detail: input.appreciated };
}

const fill = (template: string, v: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');

/** Mends what typed values can do to a sentence: "Inc.." after a name ending in a full stop, doubled spaces. */
export function tidy(sentence: string): string {
  return sentence
    .replace(/(\p{L}\.)\.(?!\.)/gu, '$1')
    .replace(/([.!?])([.!?])(?=\s|$)/g, '$1')
    .replace(/ {2,}/g, ' ');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Sentences → one paragraph, each filled and tidied. */
const paragraph = (parts: (string | false | '')[], v: Record<string, string>) =>
  parts
    .filter((p): p is string => Boolean(p))
    .map((p) => tidy(capitalise(fill(p, v))))
    .join(' ');

/** Paragraphs → body text: blank lines between paragraphs, sign-off and name on consecutive lines. */
function assemble(paragraphs: (string | false)[], signOff: string, name: string): string {
  return [...paragraphs.filter((p): p is string => Boolean(p)), `${signOff}\n${name}`].join('\n\n');
}

const greetingLine = (template: string, input: Pick<ComposeInput, 'greetName' | 'greetFormally'>) =>
  input.greetFormally ? `Dear ${input.greetName},` : template.replace('{name}', input.greetName);

/** The detail the person appreciated: after the wording's verb, or as their own sentence. */
const detailLine = (w: Wording, detail: string) => (isSentence(detail) ? detail : w.detail);

/**
 * Composes the email. `variant` is how many times "another wording" was pressed: wordings cycle from the default one.
 */
export function composeFeedbackEmail(input: ComposeInput, variant = 0): ComposedEmail {
  const tone = wordingsByTone[input.tone];
  const count = tone.wordings.length;
  const wording = (((defaultWording(input) + variant) % count) + count) % count;
  const w = tone.wordings[wording]!;
  const v = values(input, tone.roleNoun);
  v.news = fill(tone.news[input.toldBy], v);
  v.chance = fill(tone.chance[input.toldBy], v);

  // The detail the person appreciated replaces the generic line about enjoying the interview: specific beats general.
  const opening = [w.thanks, input.appreciated ? detailLine(w, input.appreciated) : tone.enjoyed[input.toldBy]];
  const request = [w.acceptance, w.request[input.toldBy], input.area && tone.area[input.area], w.easy];
  const future = input.futureOpenings && [w.future, input.toldBy === 'agency' && tone.agencyFuture];

  const body = assemble(
    [
      greetingLine(w.greeting, input),
      paragraph(opening, v),
      paragraph(request, v),
      future && paragraph(future, v),
      w.closing,
    ],
    w.signOff,
    input.yourName,
  );
  return { subject: tidy(fill(w.subject, v)), body, wording, wordingCount: count, words: countWords(body) };
}

/** What the thank-you reply needs: who to greet, who signs, the tone, and whether to restate future interest. */
export interface ThankYouInput extends Pick<
  ComposeInput,
  'greetName' | 'greetFormally' | 'yourName' | 'tone' | 'company' | 'futureOpenings'
> {
  /** What their reply gave: feedback (the default), or only the news, which has no feedback to thank for. */
  received?: 'feedback' | 'news';
  /** One point of their feedback to acknowledge, in a few words ("structuring my answers with examples"). */
  point?: string;
}

/** A short reply for when they answer: thanks, and that you will use what they said. */
export function composeThankYouReply(input: ThankYouInput): string {
  const t = thankYouReply[input.tone];
  const company = input.company.trim();
  const v = { name: input.greetName, company, point: input.point ?? '', atCompany: company ? ` at ${company}` : '' };
  const thanks = input.received === 'news' ? t.news : t.text;
  return assemble(
    [
      input.greetName.trim() ? greetingLine(t.greeting, input) : 'Hello,',
      paragraph([thanks, input.point ? t.point : false], v),
      input.futureOpenings && tidy(fill(t.future, v)),
    ],
    t.signOff,
    input.yourName,
  ).trimEnd();
}

/** The one gentle follow-up, sent in the same thread about a week after the first email if nobody replied. */
export function composeFollowUp(
  input: Pick<ComposeInput, 'greetName' | 'greetFormally' | 'yourName' | 'tone'>,
): string {
  const t = followUp[input.tone];
  return assemble([greetingLine(t.greeting, input), t.text], t.signOff, input.yourName);
}
