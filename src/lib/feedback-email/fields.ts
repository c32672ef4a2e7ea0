// The generator's form as plain data: the fields a person fills in, their limits, and validation that turns them
// into clean composer input or into one clear message per field.
import { charLength, cleanLine } from './text.ts';

export const tones = ['warm', 'formal', 'brief'] as const;
export type Tone = (typeof tones)[number];

/** Who told you about the decision; the email goes back to them, so the wording differs. */
export const senderKinds = ['interviewer', 'recruiter', 'agency'] as const;
export type SenderKind = (typeof senderKinds)[number];

/** The three things the article asks you to review; the quiz links here with ?area=<one of these>. */
export const feedbackAreas = ['resume', 'attitude', 'appearance'] as const;
export type FeedbackArea = (typeof feedbackAreas)[number];

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
  /** One thing the person appreciated about the interview. */
  appreciated: string;
  /** Optional address, only used by the "open in your email app" link. */
  toAddress: string;
}

export type TextField = Exclude<keyof FeedbackFields, 'toldBy' | 'tone' | 'area' | 'futureOpenings'>;

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
};

/** Longest accepted value per text field, in characters: long enough for real names, short enough for an email. */
export const fieldLimits: Record<TextField, number> = {
  yourName: 50,
  interviewerName: 50,
  interviewerTitle: 60,
  recruiterName: 50,
  company: 60,
  role: 60,
  when: 40,
  appreciated: 100,
  toAddress: 254,
};

/** Cleaned values the composer works from. Optional values are '' when absent. */
export interface ComposeInput {
  yourName: string;
  toldBy: SenderKind;
  /** The person the email greets: the interviewer, or the recruiter who told you. */
  greetName: string;
  interviewerName: string;
  interviewerTitle: string;
  company: string;
  role: string;
  when: string;
  tone: Tone;
  area: FeedbackArea | '';
  futureOpenings: boolean;
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

export function parseArea(value: string | null | undefined): FeedbackArea | '' {
  return (feedbackAreas as readonly string[]).includes(value ?? '') ? (value as FeedbackArea) : '';
}

// Determiners and gerunds at the start of "I appreciated …" read better in lower case ("I appreciated the tour").
const LOWER_FIRST = /^(The|A|An|Your|Our|How|What|Learning|Hearing|Meeting|Seeing|Getting|Talking|Being)\b/;

/** The appreciated detail as a phrase that fits mid-sentence: no final punctuation, no capital on "The …". */
export function asPhrase(value: string): string {
  const trimmed = value.replace(/[\s.!?;:,]+$/u, '');
  return trimmed.replace(LOWER_FIRST, (w) => w.toLowerCase());
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
  return {
    errors,
    input: {
      yourName: clean.yourName,
      toldBy: fields.toldBy,
      greetName: viaRecruiter ? clean.recruiterName : clean.interviewerName,
      interviewerName: clean.interviewerName,
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
