// The generator's form as plain data: the fields a person fills in, their limits, and validation that turns them
// into clean composer input or into one clear message per field.
import { parseArea, type FeedbackArea } from './areas.ts';
import { fieldLimits } from './limits.ts';
import { charLength, cleanLine } from './text.ts';

export { fieldLimits } from './limits.ts';

export const tones = ['warm', 'formal', 'brief'] as const;
export type Tone = (typeof tones)[number];

/** Who told you about the decision; the email goes back to them, so the wording differs. */
export const senderKinds = ['interviewer', 'recruiter', 'agency'] as const;
export type SenderKind = (typeof senderKinds)[number];

/** The three things the article asks you to review; the quiz and the plan link here with #area=<one of these>. */
export { feedbackAreas, parseArea, type FeedbackArea } from './areas.ts';

/**
 * How to greet someone whose full name was typed: by first name ("Hi Sam,"), by title and surname ("Dear Ms
 * Patel,") or by full name ("Dear Sam Patel,"). Never "Hi Sam Patel,".
 */
export const greetForms = ['first', 'mr', 'ms', 'mrs', 'mx', 'dr', 'full'] as const;
export type GreetForm = (typeof greetForms)[number];

export const toneLabels: Record<Tone, string> = { warm: 'Warm', formal: 'Formal', brief: 'Brief' };
export const senderLabels: Record<SenderKind, string> = {
  interviewer: 'The interviewer',
  recruiter: 'A recruiter at the company',
  agency: 'A recruiter at a staffing agency',
};
export const areaLabels: Record<FeedbackArea, string> = {
  resume: 'My resume',
  attitude: 'My attitude: how I came across',
  appearance: 'My appearance: how I dressed and presented myself',
};

/** Everything the form holds, exactly as typed. */
export interface FeedbackFields {
  yourName: string;
  toldBy: SenderKind;
  interviewerName: string;
  interviewerTitle: string;
  recruiterName: string;
  company: string;
  role: string;
  /** Interview date or stage, free text ("last Tuesday", "second round"). */
  when: string;
  tone: Tone;
  area: FeedbackArea | '';
  futureOpenings: boolean;
  /** One thing the person appreciated about the interview: a phrase or a whole sentence. */
  appreciated: string;
  /** Optional address, only used by the "open in your email app" link. */
  toAddress: string;
  /** How to greet the person the email goes to, when their full name was typed. */
  greetAs: GreetForm;
}

export type TextField = Exclude<keyof FeedbackFields, 'toldBy' | 'tone' | 'area' | 'futureOpenings' | 'greetAs'>;

export const emptyFields: FeedbackFields = {
  yourName: '',
  toldBy: 'interviewer',
  interviewerName: '',
  interviewerTitle: '',
  recruiterName: '',
  company: '',
  role: '',
  when: '',
  tone: 'warm',
  area: '',
  futureOpenings: true,
  appreciated: '',
  toAddress: '',
  greetAs: 'first',
};

/** Cleaned values the composer works from. Optional values are '' when absent. */
export interface ComposeInput {
  yourName: string;
  toldBy: SenderKind;
  /** The person the email greets (the interviewer, or the recruiter who told you), in the chosen form. */
  greetName: string;
  /** True when the greeting uses a title or a full name: it then opens with "Dear". */
  greetFormally: boolean;
  interviewerName: string;
  interviewerTitle: string;
  company: string;
  role: string;
  when: string;
  tone: Tone;
  area: FeedbackArea | '';
  futureOpenings: boolean;
  /** A phrase that follows "I especially enjoyed …", or a whole sentence of the person's own (see `isSentence`). */
  appreciated: string;
}

export type FieldErrors = Partial<Record<TextField, string>>;

export interface Validation {
  errors: FieldErrors;
  /** Present when there are no errors. */
  input?: ComposeInput;
}

/** Whether the field is required for the current choice of who told you. */
export function isRequired(field: TextField, toldBy: SenderKind): boolean {
  if (field === 'interviewerName') return toldBy === 'interviewer';
  if (field === 'recruiterName') return toldBy !== 'interviewer';
  return field === 'yourName' || field === 'company' || field === 'role';
}

const missingMessages: Partial<Record<TextField, string>> = {
  yourName: 'Enter your name as you sign your emails.',
  interviewerName: 'Enter the interviewer’s name as you would greet them, for example Sam or Dr Patel.',
  recruiterName: 'Enter the recruiter’s name as you would greet them.',
  company: 'Enter the name of the company you interviewed with.',
  role: 'Enter the job you interviewed for, for example Marketing Assistant.',
};

const EMAIL = /^[^\s@,;:<>()[\]"\\]+@[^\s@,;:<>()[\]"\\]+\.[^\s@,;:<>()[\]"\\]+$/;

/** Valid when the value is one plain address; a list or a display name would send the email to the wrong place. */
export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value);
}

// Determiners and gerunds at the start of "I appreciated …" read better in lower case ("I appreciated the tour").
const LOWER_FIRST = /^(The|A|An|Your|Our|How|What|Learning|Hearing|Meeting|Seeing|Getting|Talking|Being)\b/;
// "enjoyed the tour" typed into "I especially enjoyed {detail}" would say "enjoyed" twice.
const LEADING_VERB =
  /^(?:i\s+)?(?:really\s+|especially\s+)?(?:enjoyed|enjoying|appreciated|appreciating|liked|liking|loved|loving|valued|valuing)\s+/i;
// A subject and a verb: "The tour was great", "you made me feel welcome", "Thanks for the tour".
const SENTENCE_START =
  /^(?:i|i['’](?:m|ve|d)|you|you['’]re|we|it|it['’]s|they|he|she|everyone|everybody|thank|thanks)\b/i;
const PHRASE_START = /^(?:how|what|when|where|why|whether|that|the way|\p{L}+ing)\b/iu;
const FINITE_VERB =
  /\b(?:was|were|is|are|has|have|had|did|made|gave|showed|took|felt|loved|enjoyed|liked|answered|explained|welcomed|helped|put|kept|let)\b/i;

/** Whether the appreciated detail is a whole sentence, which then stands on its own instead of following a verb. */
export function isSentence(value: string): boolean {
  if (SENTENCE_START.test(value)) return true;
  return !PHRASE_START.test(value) && FINITE_VERB.test(value);
}

/** The appreciated detail ready for the email: a phrase that fits mid-sentence, or a sentence with its full stop. */
export function asPhrase(value: string): string {
  const trimmed = value.replace(/[\s.!?;:,]+$/u, '');
  if (!trimmed) return '';
  if (isSentence(trimmed)) {
    const end = /[.!?]$/u.test(value.trim()) ? value.trim().slice(-1) : '.';
    return trimmed.charAt(0).toUpperCase() + trimmed.slice(1) + end;
  }
  return trimmed.replace(LEADING_VERB, '').replace(LOWER_FIRST, (w) => w.toLowerCase());
}

const PARTICLES = new Set([
  'van',
  'der',
  'den',
  'de',
  'da',
  'di',
  'du',
  'la',
  'le',
  'von',
  'bin',
  'binti',
  'al',
  'el',
  'dos',
  'das',
  'del',
  'ter',
  'ten',
]);

/** A name typed all in lower case, capitalised as people write it ("o'brien-smith" → "O'Brien-Smith"). Anything
 * that is not only letters, spaces and name punctuation is left as typed. */
export function properName(value: string): string {
  if (value !== value.toLowerCase() || !/^[\p{L}\s.'’-]+$/u.test(value)) return value;
  return value
    .split(' ')
    .map((word, i) =>
      i > 0 && PARTICLES.has(word)
        ? word
        : word.replace(/(^|[-'’])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase()),
    )
    .join(' ');
}

const TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lady|lord|rev|engr|eng)\.?\s/i;
const titleWords: Record<Exclude<GreetForm, 'first' | 'full'>, string> = {
  mr: 'Mr',
  ms: 'Ms',
  mrs: 'Mrs',
  mx: 'Mx',
  dr: 'Dr',
};

/** Whether a name was typed in full (two words or more, no title): the form then offers a choice of greeting. */
export function needsGreetChoice(name: string): boolean {
  const n = cleanLine(name);
  return n.split(' ').length >= 2 && !TITLE.test(n);
}

/** The name as the greeting uses it: "Sam", "Ms Patel", "Sam Patel", or as typed ("Dr Patel", "Sam"). */
export function greeting(name: string, form: GreetForm): { name: string; formal: boolean } {
  const n = properName(name);
  if (!needsGreetChoice(n)) return { name: n, formal: TITLE.test(n) };
  const words = n.split(' ');
  if (form === 'first') return { name: words[0]!, formal: false };
  if (form === 'full') return { name: n, formal: true };
  // The surname with its particles: "van der Merwe" from "Thandi van der Merwe".
  let from = words.length - 1;
  while (from > 1 && PARTICLES.has(words[from - 1]!.toLowerCase())) from--;
  const surname = words.slice(from).join(' ');
  return { name: `${titleWords[form]} ${surname}`, formal: true };
}

export function validateFields(fields: FeedbackFields): Validation {
  const errors: FieldErrors = {};
  const clean = {} as Record<TextField, string>;
  for (const field of Object.keys(fieldLimits) as TextField[]) {
    const value = cleanLine(fields[field]);
    clean[field] = value;
    const length = charLength(value);
    if (!value && isRequired(field, fields.toldBy)) errors[field] = missingMessages[field];
    else if (length > fieldLimits[field]) {
      errors[field] = `Shorten this to ${fieldLimits[field]} characters or fewer (it has ${length}).`;
    }
  }
  if (clean.toAddress && !errors.toAddress && !isEmailAddress(clean.toAddress)) {
    errors.toAddress = 'This does not look like one email address (like sam@example.com). You can leave it empty.';
  }
  if (Object.keys(errors).length > 0) return { errors };

  const viaRecruiter = fields.toldBy !== 'interviewer';
  const greet = greeting(viaRecruiter ? clean.recruiterName : clean.interviewerName, fields.greetAs);
  return {
    errors,
    input: {
      yourName: properName(clean.yourName),
      toldBy: fields.toldBy,
      greetName: greet.name,
      greetFormally: greet.formal,
      interviewerName: properName(clean.interviewerName),
      interviewerTitle: viaRecruiter ? clean.interviewerTitle : '',
      company: clean.company,
      role: clean.role,
      // It is shown in brackets after the job, so brackets the person typed would double up.
      when: clean.when.replace(/[\s.!?;:,]+$/u, '').replace(/^\((.*)\)$/u, '$1'),
      tone: fields.tone,
      area: parseArea(fields.area),
      futureOpenings: fields.futureOpenings,
      appreciated: asPhrase(clean.appreciated),
    },
  };
}
