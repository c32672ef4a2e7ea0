// Writes the feedback-request email the article describes: thanks for the opportunity, no blame, a polite request
// for 2 or 3 tips, interest in future openings. Several wordings per tone; the default one is picked from the
// person's name and the company, so two candidates for the same job don't send the interviewer identical emails.
import type { ComposeInput, FeedbackArea, SenderKind, Tone } from './fields.ts';
import { countWords } from '#/lib/text/words.ts';
import { hashString } from './text.ts';

export interface ComposedEmail {
  subject: string;
  body: string;
  /** Which wording was used, 0-based, and how many the tone has (for "wording 2 of 3"). */
  wording: number;
  wordingCount: number;
  words: number;
}

type Ctx = ComposeInput & {
  /** " (second round)" or "". */
  whenNote: string;
  /** The interviewer as a recruiter would be asked to reach them: "Sam Patel (Head of Design)" or a fallback. */
  them: string;
};
type BySender = Record<SenderKind, string>;

interface Wording {
  subject: (c: Ctx) => string;
  greeting: string;
  thanks: (c: Ctx) => string;
  detail: string;
  acceptance: string;
  /** Leads into the request ("…, so"); '' when the request stands alone. */
  leadIn: string;
  easy: string;
  future: (c: Ctx) => string;
  closing: string;
  signOff: string;
}

interface ToneWordings {
  /** How each sender is thanked for the news; {chance} and {enjoyed} follow it. */
  news: BySender;
  chance: (c: Ctx) => string;
  enjoyed: BySender;
  request: (c: Ctx) => string;
  area: Record<FeedbackArea, string>;
  agencyFuture: string;
  wordings: Wording[];
}

const role = (c: Ctx, noun: string) => `the ${c.role} ${noun} at ${c.company}${c.whenNote}`;

const warm: ToneWordings = {
  news: {
    interviewer: 'letting me know your decision',
    recruiter: 'letting me know the decision',
    agency: 'letting me know the outcome',
  },
  chance: (c) =>
    c.toldBy === 'agency'
      ? `putting me forward for ${role(c, 'role')}`
      : `the chance to interview for ${role(c, 'role')}`,
  enjoyed: {
    interviewer: 'I really enjoyed our conversation and learning more about the team.',
    recruiter: 'I really enjoyed meeting the team and learning more about their work.',
    agency: 'I really enjoyed the interview and learning about the team.',
  },
  request: (c) =>
    ({
      interviewer: 'if you have a few minutes, I’d be grateful for 2 or 3 tips on how I could interview better.',
      recruiter: `I’d be grateful if you could ask ${c.them} whether they have time to share 2 or 3 tips on how I could interview better, or pass on any notes you have yourself.`,
      agency: `if ${c.company} shared any comments on my interview, I’d be grateful if you could pass on 2 or 3 of them, or ask ${c.them} for a few tips on how I could interview better.`,
    })[c.toldBy],
  area: {
    resume: 'Thoughts on my resume would be especially helpful, for example whether it showed what the role needed.',
    attitude: 'It would be especially helpful to hear how I came across in the interview.',
    appearance:
      'It would also help to hear whether the way I presented myself, including how I dressed, suited the team.',
  },
  agencyFuture: 'I’m also open to other roles you’re recruiting for.',
  wordings: [
    {
      subject: (c) => `Thank you – ${c.role} interview`,
      greeting: 'Hi {name},',
      thanks: (c) => `Thank you for ${warm.news[c.toldBy]}, and for ${warm.chance(c)}.`,
      detail: 'I especially enjoyed {detail}.',
      acceptance: 'Although I’m disappointed, I respect the decision.',
      leadIn: 'I’m keen to keep improving, so',
      easy: 'I know you’re busy, so even a short reply would mean a lot.',
      future: (c) => `I’d love to be considered for future openings at ${c.company}.`,
      closing: 'Thank you again for your time and kindness.',
      signOff: 'Warm wishes,',
    },
    {
      subject: (c) => `Thanks for the ${c.role} interview`,
      greeting: 'Dear {name},',
      thanks: (c) => `Thanks so much for ${warm.news[c.toldBy]}, and for ${warm.chance(c)}.`,
      detail: 'I particularly appreciated {detail}.',
      acceptance: 'I’m disappointed, of course, but I respect the decision and want to learn from it.',
      leadIn: 'With that in mind,',
      easy: 'Even a quick note would help, whenever you have a moment.',
      future: (c) => `I’d still love to work with ${c.company}, so please keep me in mind for future openings.`,
      closing: 'Thanks again for everything.',
      signOff: 'All the best,',
    },
    {
      subject: () => 'Thank you, and a small request',
      greeting: 'Hello {name},',
      thanks: (c) => `Thank you for your message, and for ${warm.chance(c)}.`,
      detail: 'I really appreciated {detail}.',
      acceptance: 'It wasn’t the news I hoped for, but I respect the decision.',
      leadIn: 'I’m always looking to improve, so',
      easy: 'I know how busy things get, so a short reply would be plenty.',
      future: () => 'If a suitable role comes up in the future, I’d love to be considered.',
      closing: 'Thank you again for your time and help.',
      signOff: 'Best wishes,',
    },
  ],
};

const formal: ToneWordings = {
  news: {
    interviewer: 'informing me of your decision',
    recruiter: 'informing me of the decision',
    agency: 'informing me of the outcome',
  },
  chance: (c) =>
    c.toldBy === 'agency'
      ? `putting me forward for ${role(c, 'position')}`
      : `the opportunity to interview for ${role(c, 'position')}`,
  enjoyed: {
    interviewer: 'I valued our conversation and the insight it gave me into your team.',
    recruiter: 'I valued meeting the team and learning about their work.',
    agency: 'I valued the interview and what I learned about the team.',
  },
  request: (c) =>
    ({
      interviewer:
        'if you have a few minutes, I would be grateful for 2 or 3 tips on how I could improve my interviewing.',
      recruiter: `I would be grateful if you could ask ${c.them} whether they might have time to share 2 or 3 tips on how I could improve my interviewing, or pass on any notes you have yourself.`,
      agency: `if ${c.company} shared any comments on my interview, I would be grateful if you could pass on 2 or 3 of them, or ask ${c.them} for a few tips on how I could improve my interviewing.`,
    })[c.toldBy],
  area: {
    resume: 'Comments on whether my resume reflected the requirements of the role would be particularly helpful.',
    attitude: 'Comments on how I came across, for example my manner and engagement, would be particularly helpful.',
    appearance: 'Comments on whether my presentation and dress suited the company’s culture would also be helpful.',
  },
  agencyFuture: 'I would also be interested in other roles you are recruiting for.',
  wordings: [
    {
      subject: (c) => `Thank you for the ${c.role} interview`,
      greeting: 'Dear {name},',
      thanks: (c) => `Thank you for ${formal.news[c.toldBy]}, and for ${formal.chance(c)}.`,
      detail: 'I particularly appreciated {detail}.',
      acceptance: 'While I am disappointed, I fully respect the decision.',
      leadIn: 'With that in mind,',
      easy: 'I understand you are busy, and even a brief reply would be very welcome.',
      future: (c) =>
        `Should a suitable opening arise at ${c.company} in the future, I would very much like to be considered.`,
      closing: 'Thank you again for your time and consideration.',
      signOff: 'Kind regards,',
    },
    {
      subject: (c) => `${c.role} interview: thank you and a request`,
      greeting: 'Dear {name},',
      thanks: (c) => `I am writing to thank you for ${formal.news[c.toldBy]}, and for ${formal.chance(c)}.`,
      detail: 'I was especially grateful for {detail}.',
      acceptance: 'I respect the decision and would like to learn from the experience.',
      leadIn: 'To that end,',
      easy: 'I appreciate that your time is limited; a short reply would be most helpful.',
      future: (c) => `I remain very interested in ${c.company} and would welcome being considered for future openings.`,
      closing: 'Thank you once again for your time.',
      signOff: 'Yours sincerely,',
    },
    {
      subject: () => 'Thank you, and a request for feedback',
      greeting: 'Dear {name},',
      thanks: (c) => `Thank you for your message, and for ${formal.chance(c)}.`,
      detail: 'I also appreciated {detail}.',
      acceptance: 'I fully respect the decision, and I see it as a chance to improve.',
      leadIn: 'As I continue to develop,',
      easy: 'A brief reply, whenever convenient, would be greatly appreciated.',
      future: (c) => `I would be glad to be considered for future opportunities at ${c.company}.`,
      closing: 'Thank you again for your time and assistance.',
      signOff: 'Best regards,',
    },
  ],
};

const brief: ToneWordings = {
  news: { interviewer: 'letting me know', recruiter: 'letting me know', agency: 'letting me know' },
  chance: (c) =>
    c.toldBy === 'agency'
      ? `putting me forward for ${role(c, 'role')}`
      : `the chance to interview for ${role(c, 'role')}`,
  enjoyed: {
    interviewer: 'I enjoyed meeting you and learning about the team.',
    recruiter: 'I enjoyed meeting the team and learning about their work.',
    agency: 'I enjoyed the interview and learning about the team.',
  },
  request: (c) =>
    ({
      interviewer: 'If you have a few minutes, could you share 2 or 3 tips on how I could interview better?',
      recruiter: `Could you ask ${c.them} if they have time to share 2 or 3 tips on how I could interview better, or pass on any notes you have?`,
      agency: `If ${c.company} shared any comments on my interview, could you pass on 2 or 3 of them, or ask ${c.them} for a few tips?`,
    })[c.toldBy],
  area: {
    resume: 'Thoughts on my resume would be especially welcome.',
    attitude: 'I’d especially like to know how I came across.',
    appearance: 'A word on my presentation and dress would be welcome too.',
  },
  agencyFuture: 'I’m also open to other roles you’re recruiting for.',
  wordings: [
    {
      subject: (c) => `Thank you – ${c.role}`,
      greeting: 'Hi {name},',
      thanks: (c) => `Thanks for ${brief.news[c.toldBy]}, and for ${brief.chance(c)}.`,
      detail: 'I especially liked {detail}.',
      acceptance: 'I respect the decision and want to learn from it.',
      leadIn: '',
      easy: 'Your view would help me prepare for my next interview, and even a short reply would help.',
      future: (c) => `I’d love to be considered for future openings at ${c.company}.`,
      closing: 'Thanks again for your time.',
      signOff: 'Best,',
    },
    {
      subject: (c) => `Quick request after the ${c.role} interview`,
      greeting: 'Hello {name},',
      thanks: (c) => `Thank you for ${brief.news[c.toldBy]} and for ${brief.chance(c)}.`,
      detail: 'I appreciated {detail}.',
      acceptance: 'I respect the decision, and I’d like to do better next time.',
      leadIn: '',
      easy: 'A short reply would be plenty, and it would help me prepare for my next interview.',
      future: (c) => `Please keep me in mind for future openings at ${c.company}.`,
      closing: 'Thank you again for your time.',
      signOff: 'Best wishes,',
    },
    {
      subject: () => 'Thanks, and a quick request',
      greeting: 'Dear {name},',
      thanks: (c) => `Thank you for your message and for ${brief.chance(c)}.`,
      detail: 'I particularly valued {detail}.',
      acceptance: 'I respect the decision and see it as a chance to improve.',
      leadIn: '',
      easy: 'Even a few words would help me prepare for my next interview.',
      future: (c) => `I’d be glad to be considered for future roles at ${c.company}.`,
      closing: 'Thanks again for your time and help.',
      signOff: 'Regards,',
    },
  ],
};

const byTone: Record<Tone, ToneWordings> = { warm, formal, brief };

export function wordingCount(tone: Tone): number {
  return byTone[tone].wordings.length;
}

/** The wording a person sees first: stable for the same name and company, different across candidates. */
export function defaultWording(input: Pick<ComposeInput, 'yourName' | 'company' | 'tone'>): number {
  return hashString(`${input.yourName.toLowerCase()}|${input.company.toLowerCase()}`) % wordingCount(input.tone);
}

function context(input: ComposeInput): Ctx {
  const { interviewerName: name, interviewerTitle: title } = input;
  const fallback = input.toldBy === 'agency' ? 'the hiring manager' : 'the interviewer';
  const them = name && title ? `${name} (${title})` : name || (title ? `the ${title}` : fallback);
  return { ...input, whenNote: input.when ? ` (${input.when})` : '', them };
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/** Paragraphs → body text: blank lines between paragraphs, sign-off and name on consecutive lines. */
function assemble(paragraphs: (string | false)[], signOff: string, name: string): string {
  return [...paragraphs.filter((p): p is string => Boolean(p)), `${signOff}\n${name}`].join('\n\n');
}

/**
 * Composes the email. `variant` is how many times "another wording" was pressed: wordings cycle from the default one.
 */
export function composeFeedbackEmail(input: ComposeInput, variant = 0): ComposedEmail {
  const tone = byTone[input.tone];
  const count = tone.wordings.length;
  const wording = (((defaultWording(input) + variant) % count) + count) % count;
  const w = tone.wordings[wording]!;
  const c = context(input);

  // The detail the person appreciated replaces the generic line about enjoying the interview: specific beats general.
  const opening = [w.thanks(c), c.appreciated ? fill(w.detail, { detail: c.appreciated }) : tone.enjoyed[c.toldBy]];
  const ask = w.leadIn ? `${w.leadIn} ${tone.request(c)}` : capitalise(tone.request(c));
  const request = [w.acceptance, ask, c.area && tone.area[c.area], w.easy];
  const future = c.futureOpenings && [w.future(c), c.toldBy === 'agency' && tone.agencyFuture];

  const body = assemble(
    [
      fill(w.greeting, { name: c.greetName }),
      sentences(opening),
      sentences(request),
      future && sentences(future),
      w.closing,
    ],
    w.signOff,
    c.yourName,
  );
  return { subject: w.subject(c), body, wording, wordingCount: count, words: countWords(body) };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sentences = (parts: (string | false | '')[]) => parts.filter(Boolean).join(' ');

const thankYou: Record<Tone, { greeting: string; text: string; future: string; signOff: string }> = {
  warm: {
    greeting: 'Hi {name},',
    text: 'Thank you so much for taking the time to reply, and for such helpful feedback. I’ll put your tips into practice in my next interviews.',
    future: 'I’d still love to be considered for future openings at {company}.',
    signOff: 'All the best,',
  },
  formal: {
    greeting: 'Dear {name},',
    text: 'Thank you for taking the time to share your feedback; I am grateful for it. I will put your suggestions into practice as I prepare for future interviews.',
    future: 'I would still very much like to be considered for future openings at {company}.',
    signOff: 'Kind regards,',
  },
  brief: {
    greeting: 'Hi {name},',
    text: 'Thank you for the feedback; it is really helpful. I’ll put it into practice.',
    future: 'I’d still love to be considered for future openings at {company}.',
    signOff: 'Best,',
  },
};

/** A short reply for when they answer with feedback: thanks, and that you will use it. */
export function composeThankYouReply(input: ComposeInput): string {
  const t = thankYou[input.tone];
  const values = { name: input.greetName, company: input.company };
  return assemble(
    [fill(t.greeting, values), t.text, input.futureOpenings && fill(t.future, values)],
    t.signOff,
    input.yourName,
  );
}

const followUp: Record<Tone, { greeting: string; text: string; signOff: string }> = {
  warm: {
    greeting: 'Hi {name},',
    text: 'I hope you’re well. I’m following up on my note below in case it got buried. If you have a moment for 2 or 3 tips on how I could interview better, I’d be grateful; if not, I completely understand. Thank you again for the opportunity.',
    signOff: 'All the best,',
  },
  formal: {
    greeting: 'Dear {name},',
    text: 'I hope you are well. I am following up on my message below in case it was missed. If you have a moment to share 2 or 3 tips on how I could improve my interviewing, I would be grateful; if not, I entirely understand. Thank you again for the opportunity.',
    signOff: 'Kind regards,',
  },
  brief: {
    greeting: 'Hi {name},',
    text: 'Following up on my note below in case it got buried. If you have a moment for 2 or 3 tips, I’d be grateful; if not, no problem at all. Thanks again for the opportunity.',
    signOff: 'Best,',
  },
};

/** The one gentle follow-up, sent in the same thread about a week after the first email if nobody replied. */
export function composeFollowUp(input: ComposeInput): string {
  const t = followUp[input.tone];
  return assemble([fill(t.greeting, { name: input.greetName }), t.text], t.signOff, input.yourName);
}
