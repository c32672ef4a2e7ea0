// The plan to a calendar file, loaded when the person asks for it: made on the device and saved as a download.
import { downloadText } from '#/components/feedback-email/browser.ts';
import { buildPlanIcs, PLAN_ICS_FILE } from '#/lib/plan/calendar.ts';
import { planSubject } from '#/lib/plan/steps.ts';
import type { DatedStep } from '#/lib/plan/schedule.ts';
import type { PlanState } from '#/lib/plan/store.ts';
import { randomId } from './random-id.ts';

export function downloadPlanCalendar(steps: readonly DatedStep[], plan: PlanState, origin: string): void {
  const ics = buildPlanIcs({
    steps,
    planId: plan.id || randomId(),
    host: new URL(origin).host,
    origin,
    now: new Date(),
    about: planSubject(plan.company, plan.role),
  });
  downloadText(PLAN_ICS_FILE, ics, 'text/calendar;charset=utf-8');
}
