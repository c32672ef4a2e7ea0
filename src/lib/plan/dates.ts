// Calendar days for the plan, as YYYY-MM-DD strings in UTC (the person's own calendar day, never shifted by a time
// zone). Working days and the suggested send date are the feedback email tool's (send-date.ts), so the plan and the
// tool always name the same day.
import { formatDate } from '#/lib/feedback-email/send-date.ts';

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);
const isWeekend = (date: Date) => date.getUTCDay() === 0 || date.getUTCDay() === 6;

/** `days` calendar days after `iso` (before it when negative). */
export function addDays(iso: string, days: number): string {
  const date = toDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

/** The date `days` working days (Monday to Friday) before `iso`. */
export function workingDaysBefore(iso: string, days: number): string {
  const date = toDate(iso);
  for (let left = days; left > 0;) {
    date.setUTCDate(date.getUTCDate() - 1);
    if (!isWeekend(date)) left--;
  }
  return toIso(date);
}

/** The later of two dates. */
export const later = (a: string, b: string) => (a > b ? a : b);

/** "Today", "Tomorrow", "Yesterday", else "Wednesday 9 December" (with the year when it is not this year's). */
export function dayWords(iso: string, today: string): string {
  if (iso === today) return 'Today';
  if (iso === addDays(today, 1)) return 'Tomorrow';
  if (iso === addDays(today, -1)) return 'Yesterday';
  return formatDate(iso, today);
}

/** Words for a span of days: "Today and tomorrow", "From Friday 4 December", "Monday 7 to Tuesday 8 December"… */
export function spanWords(start: string, end: string | null, today: string): string {
  const first = dayWords(start, today);
  if (end === null) return `From ${lowerRelative(first)}`;
  if (end <= start) return first;
  const last = lowerRelative(dayWords(end, today));
  return end === addDays(start, 1) ? `${first} and ${last}` : `${first} to ${last}`;
}

const lowerRelative = (words: string) => (/^(Today|Tomorrow|Yesterday)$/.test(words) ? words.toLowerCase() : words);
