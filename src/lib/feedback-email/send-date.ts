// When to send the email. The article: take a couple of days to process the rejection before contacting the
// company. Dates are plain YYYY-MM-DD strings (the person's own calendar day), computed in UTC so no time zone
// or daylight-saving change can shift them.

/** Working days to wait after hearing the news ("a couple of days"). */
export const DAYS_TO_WAIT = 2;
/** Working days to wait for a reply before one gentle follow-up. */
export const DAYS_BEFORE_FOLLOW_UP = 5;

const pad = (n: number) => String(n).padStart(2, '0');
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.toISOString().slice(0, 10) === value;
}

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);
const isWeekend = (date: Date) => date.getUTCDay() === 0 || date.getUTCDay() === 6;

/** The date `days` working days (Monday to Friday) after `iso`. */
export function addWorkingDays(iso: string, days: number): string {
  const date = toDate(iso);
  for (let left = days; left > 0;) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (!isWeekend(date)) left--;
  }
  return toIso(date);
}

/** `iso` itself when it is a weekday, else the Monday after. */
export function nextWeekday(iso: string): string {
  const date = toDate(iso);
  while (isWeekend(date)) date.setUTCDate(date.getUTCDate() + 1);
  return toIso(date);
}

/** Today's date in the person's own time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The suggested send date: two working days after the news, skipping weekends; never in the past
 * (someone who heard a week ago can send today, or on Monday if today is a weekend).
 */
export function suggestSendDate(heard: string, today: string): string {
  const suggested = addWorkingDays(heard, DAYS_TO_WAIT);
  return suggested < today ? nextWeekday(today) : suggested;
}

/** When to send one follow-up if nobody has replied. */
export function suggestFollowUpDate(sent: string): string {
  return addWorkingDays(sent, DAYS_BEFORE_FOLLOW_UP);
}

/** "Tuesday 1 December" (or with the year when it is not `today`'s year). */
export function formatDate(iso: string, today: string, locale = 'en-GB'): string {
  const sameYear = iso.slice(0, 4) === today.slice(0, 4);
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  })
    .format(toDate(iso))
    .replace(',', '');
}

/**
 * When the calendar reminder starts: `time` on the suggested day, but never in the past. On the day itself, once
 * `time` has gone, it is the next quarter hour at least 10 minutes away; late in the evening, the next weekday.
 */
export function reminderStart(date: string, now: Date, time = '09:30'): { date: string; time: string } {
  const today = localToday(now);
  if (date > today) return { date, time };
  const [h, m] = time.split(':').map(Number) as [number, number];
  const nowMinutes = now.getHours() * 60 + now.getMinutes();
  if (date === today && nowMinutes < h * 60 + m) return { date, time };
  const soon = Math.ceil((nowMinutes + 10) / 15) * 15;
  if (soon <= 21 * 60) return { date: today, time: `${pad(Math.floor(soon / 60))}:${pad(soon % 60)}` };
  const tomorrow = toDate(today);
  tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
  return { date: nextWeekday(toIso(tomorrow)), time };
}
