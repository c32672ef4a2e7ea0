// One concrete practice task per point, and the guide that helps with it. The first topic of the point's area whose
// words the point uses gives the task; otherwise the area's general task does. Editors change tasks and links here.
import { phrases } from './cues.ts';
import type { Area, Practice } from './types.ts';

export const GUIDES = {
  resume: { title: 'Review your resume', href: '/guides/review-your-resume/' },
  attitude: { title: 'Review your attitude in the interview', href: '/guides/review-your-attitude/' },
  appearance: { title: 'Review your appearance', href: '/guides/review-your-appearance/' },
  feedback: { title: 'Listen to the feedback and use it', href: '/guides/use-the-feedback/' },
  bestEffort: { title: 'When you feel you did your best', href: '/guides/when-you-did-your-best/' },
} as const;

interface Topic {
  area: Area;
  words: RegExp;
  /** What the point is about, in the candidate's words, for the thank-you: "Your point about {theme}…". */
  theme: string;
  task: string;
  guide: Practice['guide'];
}

export const TOPICS: Topic[] = [
  // Resume
  {
    area: 'resume',
    words: phrases(['typo*', 'typographical', 'spelling', 'name', 'phone number', 'email address', 'contact details']),
    theme: 'checking the details in my application',
    task: 'Read your CV and cover letter aloud, slowly, then check every name, number and contact detail against the source. Ask someone else to proofread them too.',
    guide: GUIDES.resume,
  },
  {
    area: 'resume',
    words: phrases(['figures', 'numbers', 'result*', 'impact', 'outcome', 'how big', 'how much', 'responsibilities']),
    theme: 'showing results on my resume',
    task: 'Rewrite three bullet points on your resume so each ends with a result: a number, a size or what changed because of your work.',
    guide: GUIDES.resume,
  },
  {
    area: 'resume',
    words: phrases(['tailor*', 'any firm', 'any company', 'practice areas', 'closely']),
    theme: 'tailoring my application',
    task: 'Pick one job ad you want. Underline what it asks for, and rewrite your cover letter’s first paragraph and your top three resume bullets to answer exactly that.',
    guide: GUIDES.resume,
  },
  {
    area: 'resume',
    words: phrases(['portfolio', 'case stud(y|ies)']),
    theme: 'showing my process in my portfolio',
    task: 'Rework one portfolio case study to show how you got there: the brief, your research, two sketches or iterations, the decision and the result.',
    guide: GUIDES.resume,
  },
  {
    area: 'resume',
    words: phrases(['gap', 'years', 'months', 'dates']),
    theme: 'the dates on my resume',
    task: 'Give every position month-and-year dates, and add one honest line for any gap longer than a few months.',
    guide: GUIDES.resume,
  },
  {
    area: 'resume',
    words: phrases(['expert', 'overclaim*', 'second-guess', 'tutorial']),
    theme: 'describing my skills accurately',
    task: 'Go through your resume and change any level you could not defend in a 10-minute conversation to words that match what you have done.',
    guide: GUIDES.resume,
  },
  {
    area: 'resume',
    words: phrases(['mention*', "didn't say", "wasn't on", 'not on', 'front and center', 'at the top', 'missing']),
    theme: 'putting my strongest experience on my resume',
    task: 'List the three things you are proudest of from your interviews, and check each one is on your resume, near the top where it can’t be missed.',
    guide: GUIDES.resume,
  },
  // Attitude
  {
    area: 'attitude',
    words: phrases(['late', 'punctual*', 'on time']),
    theme: 'punctuality',
    task: 'For your next interview, plan the journey the day before and aim to arrive 15 minutes early; if anything delays you, call before the start time.',
    guide: GUIDES.attitude,
  },
  {
    area: 'attitude',
    words: phrases(['phone', 'gum', 'chewing']),
    theme: 'how I prepare on the day',
    task: 'Make a pre-interview routine: phone off and out of sight, no gum, water ready. Run through it before every interview or trial.',
    guide: GUIDES.attitude,
  },
  {
    area: 'attitude',
    words: phrases(['interrupt*', 'listen*', 'talk* over', 'eye contact', 'panel members', 'looked at', 'addressed']),
    theme: 'listening and including everyone on the panel',
    task: 'Practise a mock panel interview with two friends: let each question finish, pause a second before answering, and share eye contact with everyone on the panel.',
    guide: GUIDES.attitude,
  },
  {
    area: 'attitude',
    words: phrases(['fast', 'slides', 'read from', 'follow you']),
    theme: 'the pace of my delivery',
    task: 'Record yourself giving a 3-minute presentation from notes, not slides. Play it back and slow down wherever you can’t follow yourself.',
    guide: GUIDES.attitude,
  },
  {
    area: 'attitude',
    words: phrases(['employer', 'chaotic', 'management', 'professional']),
    theme: 'how I talk about my current job',
    task: 'Write and practise one calm, positive sentence about why you want to leave your current job, one that criticises no one.',
    guide: GUIDES.attitude,
  },
  {
    area: 'attitude',
    words: phrases(['arrogan*', 'dismissive', 'tone it', 'over-?confiden*', 'cocky']),
    theme: 'how I came across',
    task: 'Before your next interview, prepare two questions about how the team works today, and practise answers that credit the people you worked with.',
    guide: GUIDES.attitude,
  },
  {
    area: 'attitude',
    words: phrases(['confiden*', 'back yourself', 'reserved', 'quiet', 'active', 'presence', 'shy']),
    theme: 'showing my confidence',
    task: 'Write down three achievements and practise saying each out loud in two sentences, starting with “I”, until it feels natural.',
    guide: GUIDES.attitude,
  },
  {
    area: 'attitude',
    words: phrases(['enthusias*', 'why you want', 'appealed', 'brand', 'join', 'any company', 'motivat*']),
    theme: 'showing why I want to work with you',
    task: 'For the next company, write three reasons you want to work there that would not fit any other company, and practise saying them.',
    guide: GUIDES.attitude,
  },
  {
    area: 'attitude',
    words: phrases(['docs', 'homepage', 'website', 'research*', 'prepar*', 'legal press', 'current', 'beforehand']),
    theme: 'researching the company',
    task: 'Before your next interview, spend an hour on the company’s website, recent news and trade press, and write down what you learn and two questions it leaves open.',
    guide: GUIDES.attitude,
  },
  {
    area: 'attitude',
    words: phrases(['figures', 'numbers', 'different numbers', 'quota', 'consisten*']),
    theme: 'keeping my figures consistent',
    task: 'Write down the key figures of your work (targets, results, budgets) and practise quoting the same ones every time you are asked.',
    guide: GUIDES.attitude,
  },
  {
    area: 'attitude',
    words: phrases([
      'example*',
      'structure',
      'circles',
      'ramble*',
      'brief',
      'general',
      'clear',
      'impact',
      'your own actions',
      'communication',
    ]),
    theme: 'structuring my answers with examples',
    task: 'Prepare three stories with the STAR structure (situation, task, your action, result) and practise telling each in under two minutes, saying “I”, not “we”.',
    guide: GUIDES.attitude,
  },
  // Appearance
  {
    area: 'appearance',
    words: phrases(['camera', 'lighting', 'window', 'background', 'silhouette', 'noise', 'laundry', 'webcam']),
    theme: 'my video set-up',
    task: 'Set up a test video call with a friend: light in front of you, a plain and tidy background, camera at eye level, a quiet room. Fix what they notice.',
    guide: GUIDES.appearance,
  },
  {
    area: 'appearance',
    words: phrases(['hair', 'groom*', 'beard', 'nails', 'hat']),
    theme: 'my appearance',
    task: 'Make a grooming checklist for interview and trial days (hair tied back or covered where food is served) and use it the night before.',
    guide: GUIDES.appearance,
  },
  // Other
  {
    area: 'other',
    words: phrases(['certif*', 'qualified', 'qualification*', 'licen[cs]e*', 'pmp', 'aca']),
    theme: 'the qualification you mentioned',
    task: 'Find the certificate or qualification named, its cost and the next start date, and put the enrolment date in your calendar.',
    guide: GUIDES.feedback,
  },
  {
    area: 'other',
    words: phrases(['availab*', 'start', 'notice period', 'shifts', 'hours', 'salary', 'location']),
    theme: 'my availability',
    task: 'Write down your real availability, notice period and hours before the next interview, so you give the same answer on the phone and in person.',
    guide: GUIDES.feedback,
  },
  {
    area: 'other',
    words: phrases(['english', 'language', 'speaking with', 'mandarin', 'fluen*']),
    theme: 'my language skills',
    task: 'Book two practice conversations a week in the language named, and practise the situations the job involves (greeting guests, handling a complaint).',
    guide: GUIDES.feedback,
  },
  {
    area: 'other',
    words: phrases([
      'test',
      'exam',
      'question',
      'join',
      'limit',
      'finished',
      'rate',
      'practical',
      'trial',
      'prep',
      'clean',
    ]),
    theme: 'the test',
    task: 'Redo the task from the test or trial at home, against the clock, until you meet the standard they named; then do one more like it.',
    guide: GUIDES.feedback,
  },
  {
    area: 'other',
    words: phrases(['experience', 'team', 'role where', 'year', 'years']),
    theme: 'building more experience',
    task: 'Find one way to build the experience named in the next three months (a project, a secondment, volunteering or a course) and write down the first step.',
    guide: GUIDES.feedback,
  },
];

export const AREA_TASKS: Record<Area, Practice> = {
  resume: {
    task: 'Reread your resume and cover letter with this point in mind, change one thing today, and ask someone to check it.',
    guide: GUIDES.resume,
  },
  attitude: {
    task: 'Practise the answer or moment this point is about with a friend, out loud, and ask them what they noticed.',
    guide: GUIDES.attitude,
  },
  appearance: {
    task: 'Plan what you will wear (and your setting, for a video call) the day before your next interview, with this point in mind.',
    guide: GUIDES.appearance,
  },
  other: {
    task: 'Write down one step you can take this month towards what this point names, and put it in your calendar.',
    guide: GUIDES.feedback,
  },
};

export function practiceFor(area: Area, text: string): Practice {
  const topic = TOPICS.find((t) => t.area === area && t.words.test(text));
  return topic ? { task: topic.task, guide: topic.guide } : AREA_TASKS[area];
}

const AREA_THEMES: Record<Area, string> = {
  resume: 'my resume',
  attitude: 'how I came across in the interview',
  appearance: 'my appearance',
  other: 'the experience you mentioned',
};

export function themeFor(area: Area, text: string): string {
  return TOPICS.find((t) => t.area === area && t.words.test(text))?.theme ?? AREA_THEMES[area];
}
