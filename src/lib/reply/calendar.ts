// Practice tasks to a calendar file (.ics, RFC 5545): one event per task on consecutive days, made on the device and
// downloaded, never sent anywhere. Escaping and line folding come from the feedback email tool's reminder file.
import { escapeText, foldLine } from '#/lib/feedback-email/ics.ts';

export interface PracticeEvent {
  summary: string;
  description: string;
}

export interface PracticeCalendar {
  events: PracticeEvent[];
  /** First day, YYYY-MM-DD, in the person's own time zone (floating times). */
  firstDay: string;
  /** Local start time, HH:MM. */
  time: string;
  durationMinutes: number;
  /** A unique prefix for the events' UIDs, e.g. a random UUID. */
  uid: string;
  now: Date;
  url?: string;
}

const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function localDateTime(day: string, dayOffset: number, minutes: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dayOffset);
  d.setUTCMinutes(minutes);
  return utcStamp(d).replace(/Z$/, '');
}

export function buildPracticeIcs(c: PracticeCalendar): string {
  const [h, m] = c.time.split(':').map(Number);
  const start = (h ?? 18) * 60 + (m ?? 0);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Job Seeker Toolkit//Reply reader practice//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  c.events.forEach((e, i) => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`${c.uid}-${i + 1}@job-seeker-toolkit`)}`,
      `DTSTAMP:${utcStamp(c.now)}`,
      `DTSTART:${localDateTime(c.firstDay, i, start)}`,
      `DTEND:${localDateTime(c.firstDay, i, start + c.durationMinutes)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      ...(c.url ? [`URL:${c.url}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The day after `today` (YYYY-MM-DD): practice starts tomorrow, not in the hour the reply arrived. */
export function nextDay(today: string): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
