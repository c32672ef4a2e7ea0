// The words of "My plan" (/plan/): its steps, in order, as editors change them. The dates come from schedule.ts;
// each link's `to` names a page, and `handoff` says that the page opens with what the plan knows (see handoff.ts).
// Keep the article's order and timing: a couple of days with no contact, the self-review, the email, a reply or one
// follow-up after about a week, then the next interview.
import type { StepId } from './step-ids.ts';

export type { StepId } from './step-ids.ts';

export interface PlanLink {
  label: string;
  href: string;
  /** The page reads the plan (company, role, the day they heard, the area to ask about) from this device. */
  handoff?: boolean;
}

export interface PlanStepWords {
  id: StepId;
  title: string;
  /** When, relative to the day of the news: what the page says without JavaScript (the dates need a clock). */
  relative: string;
  /** What to do, in two or three short sentences. */
  text: string;
  /** The main action (a button), if any. */
  action?: PlanLink;
  /** Further links (guides, other tools). */
  links: PlanLink[];
  /**
   * A waiting step (the couple of days, the days for a reply): it is today's step only while its days last, and the
   * days passing count as doing it.
   */
  waiting?: boolean;
}

export const planSteps: readonly PlanStepWords[] = [
  {
    id: 'pause',
    title: 'Take a couple of days',
    relative: 'Day 1 and day 2',
    text: 'Don’t contact the company yet. Let the news settle. While the interview is fresh, write down what you remember of it.',
    links: [{ label: 'Take time before you act', href: '/guides/take-time-before-you-act/' }],
    waiting: true,
  },
  {
    id: 'review',
    title: 'Look back at your resume, attitude and appearance',
    relative: 'Day 2',
    text: 'Think about the interview honestly and kindly. The quiz asks about all three in a few minutes; the resume fit check compares your resume with the job post.',
    action: { label: 'Take the quiz', href: '/tools/quiz/' },
    links: [
      { label: 'Resume fit check', href: '/tools/resume-fit/' },
      { label: 'Review your resume', href: '/guides/review-your-resume/' },
      { label: 'Review your attitude', href: '/guides/review-your-attitude/' },
      { label: 'Review your appearance', href: '/guides/review-your-appearance/' },
    ],
  },
  {
    id: 'email',
    title: 'Send your feedback email',
    relative: 'Day 3, or the next working day',
    text: 'Email the interviewer rather than calling. Thank them, ask politely for 2 or 3 tips, and say you would love to be considered for future openings.',
    action: { label: 'Write my email', href: '/tools/feedback-email/', handoff: true },
    links: [{ label: 'Ask for feedback by email', href: '/guides/ask-for-feedback-by-email/' }],
  },
  {
    id: 'reply',
    title: 'Wait for their reply',
    relative: 'The week after your email',
    text: 'Give them time to answer. When they reply, read it slowly and listen: the reply reader lists each piece of advice in their words, with one thing to practise.',
    action: { label: 'They replied: read it', href: '/tools/reply/' },
    links: [{ label: 'Listen to the feedback and use it', href: '/guides/use-the-feedback/' }],
    waiting: true,
  },
  {
    id: 'follow-up',
    title: 'No reply after a week? Send one follow-up',
    relative: 'About a week after your email',
    text: 'Send one short, friendly follow-up in the same thread, and only one. If there is still no answer, let it go: silence is not a verdict on you.',
    action: { label: 'Write the follow-up', href: '/tools/feedback-email/', handoff: true },
    links: [],
  },
  {
    id: 'next',
    title: 'Get ready for your next interview',
    relative: 'From about two weeks after the news',
    text: 'Practise what you found in your review and what they told you. Tailor your resume to the next job post.',
    links: [
      { label: 'Prepare for your next interview', href: '/course/prepare-for-your-next-interview/' },
      { label: 'Resume fit check', href: '/tools/resume-fit/' },
    ],
  },
];

/** How the plan names the area the quiz pointed to: "From your quiz: ask about how you came across." */
export const areaWords = {
  resume: 'your resume',
  attitude: 'how you came across',
  appearance: 'how you dressed for the interview',
} as const;

/** The guide for the area the quiz pointed to, shown at the review's fork ("I found things to improve"). */
export const areaGuides = {
  resume: { label: 'Review your resume', href: '/guides/review-your-resume/' },
  attitude: { label: 'Review your attitude', href: '/guides/review-your-attitude/' },
  appearance: { label: 'Review your appearance', href: '/guides/review-your-appearance/' },
} as const;

/** After the review the path forks (the article's two questions); each way has its own guide. */
export const reviewFork = {
  question: 'Then read what fits you:',
  ways: [
    { label: 'I found things to improve', href: '/guides/when-you-could-have-done-better/' },
    { label: 'I did my best', href: '/guides/when-you-did-your-best/' },
  ],
} as const;

/** What a plan is about, in words: "Store Manager at Acme", "Store Manager", "Acme" or ''. */
export function planSubject(company: string, role: string): string {
  const [c, r] = [company.trim(), role.trim()];
  return c && r ? `${r} at ${c}` : r || c;
}
