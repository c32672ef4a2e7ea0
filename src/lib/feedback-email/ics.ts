// A calendar reminder (.ics, RFC 5545) to send the email on the suggested day: made in the browser, downloaded
// as a file, never sent anywhere. Lines end in CRLF, long lines are folded at 75 octets, text values are escaped.
import { cleanText } from './text.ts';

export interface Reminder {
  /** Day of the reminder, YYYY-MM-DD, in the person's own time zone (a "floating" time). */
  date: string;
  /** Local start time, HH:MM. */
  time: string;
  durationMinutes: number;
  summary: string;
  description: string;
  /** Globally unique id, e.g. a random UUID followed by @ and a domain. */
  uid: string;
  /** When the file was made (DTSTAMP, in UTC). */
  now: Date;
  /** A page to come back to. */
  url?: string;
}

/**
 * Escapes a TEXT value: backslash, semicolon, comma, and line breaks as \n (RFC 5545 §3.3.11). Control characters,
 * which calendar apps reject (a pasted tab or a stray NUL from a word processor), are removed first.
 */
export function escapeText(value: string): string {
  return cleanText(value)
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line into pieces of at most 75 octets, never splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

const compact = (iso: string) => iso.replace(/-/g, '');
/** A UTC date-time as iCalendar writes it (DTSTAMP): 20261203T091500Z. */
export const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function localDateTime(date: string, minutesOfDay: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCMinutes(minutesOfDay);
  return utcStamp(day).replace(/Z$/, '');
}

export function buildReminderIcs(r: Reminder): string {
  const [h, m] = r.time.split(':').map(Number);
  const start = (h ?? 9) * 60 + (m ?? 0);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Job Seeker Toolkit//Feedback email reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(r.uid)}`,
    `DTSTAMP:${utcStamp(r.now)}`,
    `DTSTART:${localDateTime(r.date, start)}`,
    `DTEND:${localDateTime(r.date, start + r.durationMinutes)}`,
    `SUMMARY:${escapeText(r.summary)}`,
    `DESCRIPTION:${escapeText(r.description)}`,
    ...(r.url ? [`URL:${r.url.replace(/[\p{Cc}\s]/gu, '')}`] : []),
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:PT0M',
    `DESCRIPTION:${escapeText(r.summary)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A file name for the download: letters, digits and dashes only. */
export function reminderFileName(date: string): string {
  return `send-feedback-email-${compact(date)}.ics`;
}
