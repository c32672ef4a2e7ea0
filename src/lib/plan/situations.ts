// "Where am I?": five answers a person can pick on the home page or on /plan/. Each is a plain link that works
// without JavaScript (an anchor to the step on /plan/, or the reply tool). With JavaScript, a person without a kept
// plan gets one dated from their answer; a kept plan is never changed by a link.
import { addDays, workingDaysBefore } from './dates.ts';
import { PLAN_PATH, stepAnchor } from './links.ts';
import type { StepId } from './steps.ts';
import { newPlan, type PlanState } from './store.ts';

export interface Situation {
  label: string;
  href: string;
  /** The step of /plan/ it leads to, if it leads there. */
  step?: StepId;
}

const toStep = (id: StepId) => ({ step: id, href: `${PLAN_PATH}#${stepAnchor(id)}` });

export const situations: readonly Situation[] = [
  { label: 'I just heard', ...toStep('pause') },
  { label: 'I heard a few days ago', ...toStep('review') },
  { label: 'I’ve sent my email', ...toStep('reply') },
  { label: 'They replied', href: '/tools/reply/' },
  { label: 'No reply after a week', ...toStep('follow-up') },
];

/**
 * A new plan dated from a situation, as if the person had followed the plan so far: "a few days ago" puts the news
 * two days back; "I've sent my email" puts the email today, two working days after the news; "no reply after a week"
 * puts the email five working days back, so the follow-up is today. The steps before are marked done.
 */
export function planFromSituation(step: StepId, today: string): PlanState {
  const plan = newPlan(today);
  if (step === 'review') {
    plan.heard = addDays(today, -2);
    plan.done = { pause: addDays(today, -1) };
  } else if (step === 'reply' || step === 'follow-up') {
    const sent = step === 'reply' ? today : workingDaysBefore(today, 5);
    plan.heard = workingDaysBefore(sent, 2);
    plan.done = { pause: addDays(plan.heard, 1), review: addDays(plan.heard, 1), email: sent };
  }
  return plan;
}

/** The step a fragment such as "#step-review" names (a "Where am I?" answer), if any. */
export function situationStep(hash: string): StepId | undefined {
  const step = situations.find((s) => s.step && hash === `#${stepAnchor(s.step)}`)?.step;
  return step;
}
