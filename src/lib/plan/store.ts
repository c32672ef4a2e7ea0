// A plan as it is kept on this device (localStorage, key jst:plan): the day of the news, the optional company and
// role, the area the quiz pointed to, and the day each step was marked done. Anything read back is untrusted
// (another version of the site, a hand-edited value) and is checked here.
import { feedbackAreas, type FeedbackArea } from '#/lib/feedback-email/areas.ts';
import { fieldLimits } from '#/lib/feedback-email/limits.ts';
import { isIsoDate } from '#/lib/feedback-email/send-date.ts';
import { storedRecord } from '#/lib/stored.ts';
import { stepIds, type StepId } from './step-ids.ts';

export { PLAN_KEY } from './links.ts';
const VERSION = 1;

export interface PlanState {
  /** The day they heard the news, YYYY-MM-DD. */
  heard: string;
  /** Optional, as typed (at most the email tool's limits). */
  company: string;
  role: string;
  /** The area to ask the interviewer about, from the quiz; '' for none. */
  area: FeedbackArea | '';
  /** The day each step was marked done, YYYY-MM-DD. */
  done: Partial<Record<StepId, string>>;
  /** A random id, made when the plan is first kept: it keeps calendar events of one plan the same events. */
  id: string;
}

/** The email tool's own limits for these fields, so a hand-off always fits its form. */
export const limits = { company: fieldLimits.company, role: fieldLimits.role };

export function newPlan(today: string): PlanState {
  return { heard: today, company: '', role: '', area: '', done: {}, id: '' };
}

export function serializePlan(plan: PlanState): string {
  return JSON.stringify({ version: VERSION, ...plan });
}

const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');

/** The kept plan, or null when there is none or it cannot be read. */
export function parsePlan(stored: string | null): PlanState | null {
  const d = storedRecord(stored, VERSION);
  if (!d || typeof d.heard !== 'string' || !isIsoDate(d.heard)) return null;
  const done: Partial<Record<StepId, string>> = {};
  if (d.done && typeof d.done === 'object') {
    for (const id of stepIds) {
      const day = (d.done as Record<string, unknown>)[id];
      if (typeof day === 'string' && isIsoDate(day)) done[id] = day;
    }
  }
  return {
    heard: d.heard,
    company: text(d.company, limits.company),
    role: text(d.role, limits.role),
    area: (feedbackAreas as readonly unknown[]).includes(d.area) ? (d.area as FeedbackArea) : '',
    done,
    id: typeof d.id === 'string' && /^[\w-]{8,64}$/.test(d.id) ? d.id : '',
  };
}
