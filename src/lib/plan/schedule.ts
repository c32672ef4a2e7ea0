// The plan's clock: from the day of the news, the dates of each step, what state each step is in today, and the one
// thing to do today. The article's timing: a couple of days with no contact, the review, the email two working days
// after the news (the feedback email tool's own rule), one follow-up about a week after the email, and the next
// interview from about two weeks on (the course's last lesson comes on day 14).
import { suggestFollowUpDate, suggestSendDate } from '#/lib/feedback-email/send-date.ts';
import { addDays, later, spanWords } from './dates.ts';
import { planSteps, type PlanStepWords, type StepId } from './steps.ts';
import type { PlanState } from './store.ts';

/** Days from the news to the step for the next interview (at the earliest). */
export const NEXT_INTERVIEW_AFTER_DAYS = 14;

export interface StepSpan {
  start: string;
  /** Last day, inclusive; null when the step has no end (a reply can come any time). */
  end: string | null;
}

/**
 * done: marked done. not-needed: the follow-up, once they replied. now: its days have come and it is not done.
 * later: its days are still ahead. passed: a waiting step whose days are over (the couple of days went by).
 */
export type StepStatus = 'done' | 'not-needed' | 'now' | 'later' | 'passed';

export interface DatedStep extends PlanStepWords, StepSpan {
  status: StepStatus;
  /** The day it was marked done. */
  doneOn?: string;
  /** "Today and tomorrow", "Wednesday 9 December"… */
  when: string;
}

/**
 * The day the email goes: the day it was marked sent, else the suggested day (two working days after the news,
 * never in the past: the feedback email tool shows the same day).
 */
export function sendDate(plan: Pick<PlanState, 'heard' | 'done'>, today: string): string {
  return plan.done.email ?? suggestSendDate(plan.heard, today);
}

export function stepSpans(plan: Pick<PlanState, 'heard' | 'done'>, today: string): Record<StepId, StepSpan> {
  const { heard } = plan;
  const send = sendDate(plan, today);
  const followUp = suggestFollowUpDate(send);
  const reviewStart = addDays(heard, 1);
  const next = later(addDays(heard, NEXT_INTERVIEW_AFTER_DAYS), addDays(followUp, 1));
  return {
    pause: { start: heard, end: addDays(heard, 1) },
    review: { start: reviewStart, end: later(reviewStart, addDays(send, -1)) },
    email: { start: send, end: send },
    // A reply can come from the day the email goes, and any time after.
    reply: { start: send, end: null },
    'follow-up': { start: followUp, end: followUp },
    next: { start: next, end: next },
  };
}

function statusOf(step: PlanStepWords, span: StepSpan, plan: Pick<PlanState, 'done'>, today: string): StepStatus {
  if (plan.done[step.id]) return 'done';
  if (step.id === 'follow-up' && plan.done.reply) return 'not-needed';
  // Waiting for a reply starts once the email is sent (on its day, the email is the thing to do).
  if (span.start > today || (step.id === 'reply' && !plan.done.email)) return 'later';
  if (step.waiting && span.end !== null && span.end < today) return 'passed';
  return 'now';
}

/** Every step with its dates, its words for when, and its state today. */
export function datedPlan(plan: Pick<PlanState, 'heard' | 'done'>, today: string): DatedStep[] {
  const spans = stepSpans(plan, today);
  return planSteps.map((step) => {
    const span = spans[step.id];
    return {
      ...step,
      ...span,
      status: statusOf(step, span, plan, today),
      doneOn: plan.done[step.id],
      when: spanWords(span.start, span.end, today),
    };
  });
}

export type TodayFocus = { kind: 'today'; step: DatedStep } | { kind: 'next'; step: DatedStep } | { kind: 'finished' };

/**
 * What to do today: the first step to act on whose day has come (an overdue review before the email), else the
 * waiting that today is for, else the next step ahead; when every step is done or not needed, the plan is finished.
 */
export function todayFocus(steps: readonly DatedStep[]): TodayFocus {
  const now = steps.filter((s) => s.status === 'now');
  const step = now.find((s) => !s.waiting) ?? now[0];
  if (step) return { kind: 'today', step };
  const ahead = steps.find((s) => s.status === 'later');
  return ahead ? { kind: 'next', step: ahead } : { kind: 'finished' };
}
