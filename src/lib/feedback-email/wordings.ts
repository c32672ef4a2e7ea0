// The words of the generated emails, per tone. Editors change these; the composer (compose.ts) fills them in.
// Placeholders: {name} who is greeted · {company} · {role} the job as typed, without "position"/"role" at its end ·
// {theRole} "the Designer role at Northwind (second round)" · {news} and {chance} the tone's own phrases below ·
// {them} the interviewer as a recruiter would be asked to reach them · {detail} the thing the person appreciated.
// Each wording asks for tips in its own words, so "Another wording" really gives another email; no sentence
// should use the same word twice (the unit tests check both).
import type { FeedbackArea, SenderKind, Tone } from './fields.ts';

export type BySender = Record<SenderKind, string>;

export interface Wording {
  subject: string;
  /** With a first name; a title or full name always takes "Dear {name},". */
  greeting: string;
  thanks: string;
  /** Follows the thanks when the person typed something they appreciated (as a phrase). */
  detail: string;
  acceptance: string;
  /** The request for 2 or 3 tips, by who told the person the news. */
  request: BySender;
  easy: string;
  future: string;
  closing: string;
  signOff: string;
}

export interface ToneWordings {
  /** What the job is called after the typed role: "the Designer role", "the Designer position". */
  roleNoun: string;
  /** How each sender is thanked for the news: {news}. */
  news: BySender;
  /** The opportunity: {chance}. */
  chance: BySender;
  /** Said instead of {detail} when the person typed nothing they appreciated. */
  enjoyed: BySender;
  area: Record<FeedbackArea, string>;
  /** Added after the future line when an agency told the person: they recruit for other employers too. */
  agencyFuture: string;
  wordings: Wording[];
}

const warm: ToneWordings = {
  roleNoun: 'role',
  news: {
    interviewer: 'letting me know your decision',
    recruiter: 'letting me know the decision',
    agency: 'letting me know the outcome',
  },
  chance: {
    interviewer: 'interviewing me for {theRole}',
    recruiter: 'interviewing me for {theRole}',
    agency: 'putting me forward for {theRole}',
  },
  enjoyed: {
    interviewer: 'I really enjoyed our conversation and learning more about the team.',
    recruiter: 'I really enjoyed meeting the team and learning more about their work.',
    agency: 'I really enjoyed the interview and learning about the team.',
  },
  area: {
    resume: 'Thoughts on my resume would be especially helpful, for example whether it showed what the role needed.',
    attitude: 'It would be especially useful to hear how I came across in the interview.',
    appearance:
      'It would also help to hear whether the way I presented myself, including how I dressed, suited the team.',
  },
  agencyFuture: 'I’m also open to other roles you’re recruiting for.',
  wordings: [
    {
      subject: 'Thank you – {role} interview',
      greeting: 'Hi {name},',
      thanks: 'Thank you for {news}, and for {chance}.',
      detail: 'I especially enjoyed {detail}.',
      acceptance: 'Although I’m disappointed, I respect the decision.',
      request: {
        interviewer:
          'I’m keen to keep improving, so if you have a few minutes, I’d be grateful for 2 or 3 tips on how I could interview better.',
        recruiter:
          'I’m keen to keep improving, so I’d be grateful if you could ask {them} whether they have time to share 2 or 3 tips on how I could interview better, or pass on any notes you have yourself.',
        agency:
          'I’m keen to keep improving, so if {company} shared any comments on my interview, I’d be grateful if you could pass on 2 or 3 of them, or ask {them} for a few tips.',
      },
      easy: 'I know you’re busy, so even a short reply would mean a lot.',
      future: 'I’d love to be considered for future openings at {company}.',
      closing: 'Thank you again for your time and kindness.',
      signOff: 'Warm wishes,',
    },
    {
      subject: 'Thanks for the {role} interview',
      greeting: 'Dear {name},',
      thanks: 'Thanks so much for {news}, and for {chance}.',
      detail: 'I particularly appreciated {detail}.',
      acceptance: 'I’m disappointed, of course, but I respect the decision and want to learn from it.',
      request: {
        interviewer:
          'With that in mind, I’d really value 2 or 3 pointers on what I could do better in my next interview.',
        recruiter:
          'With that in mind, could you ask {them} if they might share 2 or 3 pointers on what I could do better, or pass on any notes of your own?',
        agency:
          'With that in mind, could you pass on 2 or 3 of any comments {company} shared, or ask {them} for a few pointers on what I could do better?',
      },
      easy: 'Even a quick note would help, whenever you have a moment.',
      future: 'I’d still love to work with {company}, so please keep me in mind for future openings.',
      closing: 'Thanks again for everything.',
      signOff: 'All the best,',
    },
    {
      subject: 'Thank you, and a small request',
      greeting: 'Hello {name},',
      thanks: 'Thank you for your message, and for {chance}.',
      detail: 'I really appreciated {detail}.',
      acceptance: 'It wasn’t the news I hoped for, but I respect the decision.',
      request: {
        interviewer:
          'I’m always looking to improve, so I’d love to hear 2 or 3 tips on how I could be a stronger candidate.',
        recruiter:
          'I’m always looking to improve, so I’d love it if you could ask {them} for 2 or 3 tips on how I could be a stronger candidate, or share any thoughts of your own.',
        agency:
          'I’m always looking to improve, so if {company} gave any feedback on my interview, I’d love to hear 2 or 3 points from it, or any tips {them} could share.',
      },
      easy: 'I know how busy things get, so a short reply would be plenty.',
      future: 'If a suitable role comes up in the future, I’d love to be considered.',
      closing: 'Thank you again for your time and help.',
      signOff: 'Best wishes,',
    },
  ],
};

const formal: ToneWordings = {
  roleNoun: 'position',
  news: {
    interviewer: 'informing me of your decision',
    recruiter: 'informing me of the decision',
    agency: 'informing me of the outcome',
  },
  chance: {
    interviewer: 'inviting me to interview for {theRole}',
    recruiter: 'inviting me to interview for {theRole}',
    agency: 'putting me forward for {theRole}',
  },
  enjoyed: {
    interviewer: 'I valued our conversation and the insight it gave me into your team.',
    recruiter: 'I valued meeting the team and learning about their work.',
    agency: 'I valued the interview and what I learned about the team.',
  },
  area: {
    resume: 'Comments on whether my resume reflected the requirements of the role would be particularly helpful.',
    attitude: 'Comments on how I came across, for example my manner and engagement, would be particularly helpful.',
    appearance: 'Comments on whether my presentation and dress suited the company’s culture would also be helpful.',
  },
  agencyFuture: 'I would also be interested in other roles you are recruiting for.',
  wordings: [
    {
      subject: 'Thank you for the {role} interview',
      greeting: 'Dear {name},',
      thanks: 'Thank you for {news}, and for {chance}.',
      detail: 'I particularly appreciated {detail}.',
      acceptance: 'While I am disappointed, I fully respect the decision.',
      request: {
        interviewer:
          'With that in mind, if you have a few minutes, I would be grateful for 2 or 3 tips on how I could improve my interviewing.',
        recruiter:
          'With that in mind, I would be grateful if you could ask {them} whether they might have time to share 2 or 3 tips on how I could improve my interviewing, or pass on any notes you have yourself.',
        agency:
          'With that in mind, if {company} shared any comments on my interview, I would be grateful if you could pass on 2 or 3 of them, or ask {them} for a few tips on how I could improve.',
      },
      easy: 'I understand you are busy, and even a brief reply would be very welcome.',
      future: 'Should a suitable opening arise at {company} in the future, I would very much like to be considered.',
      closing: 'Thank you again for your time and consideration.',
      signOff: 'Kind regards,',
    },
    {
      subject: '{role} interview: thank you and a request',
      greeting: 'Dear {name},',
      thanks: 'I am writing to thank you for {news}, and for {chance}.',
      detail: 'I was especially grateful for {detail}.',
      acceptance: 'I respect the decision and would like to learn from the experience.',
      request: {
        interviewer:
          'To that end, I would greatly value 2 or 3 suggestions on how I might strengthen my performance at interview.',
        recruiter:
          'To that end, might you ask {them} whether they could offer 2 or 3 suggestions on how I might strengthen my performance at interview, or share any observations of your own?',
        agency:
          'To that end, could you pass on 2 or 3 of any observations {company} made about my interview, or ask {them} for suggestions on how I might strengthen my performance?',
      },
      easy: 'I appreciate that your time is limited; a short reply would be most helpful.',
      future: 'I remain very interested in {company} and would welcome being considered for future openings.',
      closing: 'Thank you once again for your time.',
      signOff: 'Yours sincerely,',
    },
    {
      subject: 'Thank you, and a request for feedback',
      greeting: 'Dear {name},',
      thanks: 'Thank you for your message, and for {chance}.',
      detail: 'I also appreciated {detail}.',
      acceptance: 'I fully respect the decision, and I see it as a chance to improve.',
      request: {
        interviewer:
          'As I continue to develop, I would welcome 2 or 3 pointers on the areas I should focus on before my next interview.',
        recruiter:
          'As I continue to develop, I would welcome it if you could ask {them} for 2 or 3 pointers on the areas I should focus on, or share any you noted yourself.',
        agency:
          'As I continue to develop, I would welcome any feedback {company} gave on my interview, ideally 2 or 3 points, or a few pointers from {them} on the areas I should focus on.',
      },
      easy: 'A brief reply, whenever convenient, would be greatly appreciated.',
      future: 'I would be glad to be considered for future opportunities at {company}.',
      closing: 'Thank you again for your time and assistance.',
      signOff: 'Best regards,',
    },
  ],
};

const brief: ToneWordings = {
  roleNoun: 'role',
  news: { interviewer: 'letting me know', recruiter: 'letting me know', agency: 'letting me know' },
  chance: {
    interviewer: 'interviewing me for {theRole}',
    recruiter: 'interviewing me for {theRole}',
    agency: 'putting me forward for {theRole}',
  },
  enjoyed: {
    interviewer: 'I enjoyed meeting you and learning about the team.',
    recruiter: 'I enjoyed meeting the team and learning about their work.',
    agency: 'I enjoyed the interview and learning about the team.',
  },
  area: {
    resume: 'Thoughts on my resume would be especially welcome.',
    attitude: 'I’d especially like to know how I came across.',
    appearance: 'A word on my presentation and dress would be welcome too.',
  },
  agencyFuture: 'I’m also open to other roles you’re recruiting for.',
  wordings: [
    {
      subject: 'Thank you – {role}',
      greeting: 'Hi {name},',
      thanks: 'Thanks for {news}, and for {chance}.',
      detail: 'I especially liked {detail}.',
      acceptance: 'I respect the decision and want to learn from it.',
      request: {
        interviewer: 'If you have a few minutes, could you share 2 or 3 tips on how I could interview better?',
        recruiter:
          'Could you ask {them} if they have time to share 2 or 3 tips on how I could interview better, or pass on any notes you have?',
        agency:
          'If {company} shared any comments on my interview, could you pass on 2 or 3 of them, or ask {them} for a few tips?',
      },
      easy: 'Your view would help me prepare for my next interview, and even a short reply is plenty.',
      future: 'I’d love to be considered for future openings at {company}.',
      closing: 'Thanks again for your time.',
      signOff: 'Best,',
    },
    {
      subject: 'Quick request after the {role} interview',
      greeting: 'Hello {name},',
      thanks: 'Thank you for {news} and for {chance}.',
      detail: 'I appreciated {detail}.',
      acceptance: 'I respect the decision, and I’d like to do better next time.',
      request: {
        interviewer:
          'When you have a moment, could you tell me 2 or 3 things I could improve before my next interview?',
        recruiter: 'Could you ask {them} for 2 or 3 things I could improve, or share any of your own?',
        agency:
          'Could you pass on 2 or 3 points {company} made about my interview, or ask {them} what I could improve?',
      },
      easy: 'A short reply would be plenty, and it would help me prepare for the next one.',
      future: 'Please keep me in mind for future openings at {company}.',
      closing: 'Thank you again for your time.',
      signOff: 'Best wishes,',
    },
    {
      subject: 'Thanks, and a quick request',
      greeting: 'Dear {name},',
      thanks: 'Thank you for your message and for {chance}.',
      detail: 'I particularly valued {detail}.',
      acceptance: 'I respect the decision and see it as a chance to improve.',
      request: {
        interviewer: 'If you can spare a moment, any 2 or 3 pointers on what I should work on would be very welcome.',
        recruiter:
          'If {them} could share 2 or 3 pointers on what to work on, or you have any notes yourself, I’d be grateful.',
        agency: 'If {company} gave any feedback, could you pass on 2 or 3 pointers, or ask {them} what to work on?',
      },
      easy: 'Even a few words would help me prepare for my next interview.',
      future: 'I’d be glad to be considered for future roles at {company}.',
      closing: 'Thanks again for your time and help.',
      signOff: 'Regards,',
    },
  ],
};

export const wordingsByTone: Record<Tone, ToneWordings> = { warm, formal, brief };

/**
 * The short reply for when they answer: thanks, and that the person will use what they said. `news` is the thanks
 * for a reply that only gave the news (no feedback to thank for); `point` acknowledges one point of their feedback
 * ({point} is a few words: "structuring my answers with examples"). {atCompany} is " at Acme", or nothing.
 */
export const thankYouReply: Record<
  Tone,
  { greeting: string; text: string; news: string; point: string; future: string; signOff: string }
> = {
  warm: {
    greeting: 'Hi {name},',
    text: 'Thank you so much for taking the time to reply, and for such helpful feedback. I’ll put your tips into practice in my next interviews.',
    news: 'Thank you so much for letting me know, and for taking the time to reply. I really enjoyed the chance to interview and to learn more about the team.',
    point: 'Your point about {point} is especially useful, and I’m going to work on it before my next interview.',
    future: 'I’d still love to be considered for future openings{atCompany}.',
    signOff: 'All the best,',
  },
  formal: {
    greeting: 'Dear {name},',
    text: 'Thank you for taking the time to share your feedback; I am grateful for it. I will put your suggestions into practice as I prepare for future interviews.',
    news: 'Thank you for letting me know, and for taking the time to reply. I appreciated the chance to interview and to learn more about the team.',
    point: 'Your point about {point} is especially helpful, and I am going to work on it before my next interview.',
    future: 'I would still very much like to be considered for future openings{atCompany}.',
    signOff: 'Kind regards,',
  },
  brief: {
    greeting: 'Hi {name},',
    text: 'Thank you for the feedback; it is really helpful. I’ll put it into practice.',
    news: 'Thank you for letting me know, and for your time.',
    point: 'Your point about {point} is especially helpful.',
    future: 'I’d still love to be considered for future openings{atCompany}.',
    signOff: 'Best,',
  },
};

/** The one gentle follow-up, sent in the same thread about a week after the first email if nobody replied. */
export const followUp: Record<Tone, { greeting: string; text: string; signOff: string }> = {
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
