// The whole plan as a calendar file (.ics, RFC 5545): one all-day event per step on its days, made on the device
// and downloaded, never sent. Escaping, line folding and the timestamp come from the feedback email tool's reminder
// file. Steps to act on (the email, the follow-up) carry a reminder at 9:00 on their day.
import { escapeText, foldLine, utcStamp } from '#/lib/feedback-email/ics.ts';
import { addDays } from './dates.ts';
import type { DatedStep } from './schedule.ts';
import { PLAN_PATH, stepAnchor } from './links.ts';

export interface PlanCalendar {
  steps: readonly DatedStep[];
  /** The plan's id: each event's UID is it plus the step, so importing an updated plan updates the same events. */
  planId: string;
  /** Domain part of the UIDs, e.g. the site's host. */
  host: string;
  /** The site's origin, for absolute links. */
  origin: string;
  now: Date;
  /** What the plan is about, e.g. "Store Manager at Acme"; '' when the person gave neither. */
  about: string;
}

/** Steps the person acts on, on one day: the calendar reminds them that morning. */
const REMIND: ReadonlySet<string> = new Set(['email', 'follow-up']);

const dateValue = (iso: string) => iso.replace(/-/g, '');
const absolute = (href: string, origin: string) => new URL(href, origin).href;

export function buildPlanIcs(c: PlanCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Job Seeker Toolkit//My plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const step of c.steps) {
    // A step with no end (waiting for a reply) is shown on its first day; DTEND is the day after the last (exclusive).
    const last = step.end ?? step.start;
    const links = [step.action, ...step.links].filter((l) => l !== undefined);
    const description = [
      step.text,
      ...links.map((l) => `${l.label}: ${absolute(l.href, c.origin)}`),
      `Your plan: ${absolute(PLAN_PATH, c.origin)}`,
    ].join('\n');
    const summary = c.about ? `${step.title} (${c.about})` : step.title;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`${c.planId}-${step.id}@${c.host}`)}`,
      `DTSTAMP:${utcStamp(c.now)}`,
      `DTSTART;VALUE=DATE:${dateValue(step.start)}`,
      `DTEND;VALUE=DATE:${dateValue(addDays(last, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `URL:${absolute(`${PLAN_PATH}#${stepAnchor(step.id)}`, c.origin)}`,
      'TRANSP:TRANSPARENT',
    );
    if (REMIND.has(step.id) && step.status !== 'done' && step.status !== 'not-needed') {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        'TRIGGER;RELATED=START:PT9H',
        `DESCRIPTION:${escapeText(step.title)}`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export const PLAN_ICS_FILE = 'my-plan.ics';
