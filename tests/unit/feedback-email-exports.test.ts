import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  formatDate,
  isIsoDate,
  localToday,
  nextWeekday,
  reminderStart,
  suggestFollowUpDate,
  suggestSendDate,
} from '#/lib/feedback-email/send-date.ts';
import { buildReminderIcs, escapeText, foldLine, reminderFileName } from '#/lib/feedback-email/ics.ts';
import { buildMailto, MAILTO_MAX_LENGTH } from '#/lib/feedback-email/mailto.ts';
import { DRAFT_KEY, parseDraft, serializeDraft, type Draft } from '#/lib/feedback-email/draft.ts';
import { emptyFields } from '#/lib/feedback-email/fields.ts';

describe('suggested send date', () => {
  // 2026-11-23 is a Monday.
  it.each([
    ['2026-11-23', '2026-11-25'], // Monday → Wednesday
    ['2026-11-26', '2026-11-30'], // Thursday → Monday
    ['2026-11-27', '2026-12-01'], // Friday → Tuesday
    ['2026-11-28', '2026-12-01'], // Saturday → Tuesday
    ['2026-11-29', '2026-12-01'], // Sunday → Tuesday
    ['2026-12-30', '2027-01-01'], // across the year
  ])('after hearing on %s, suggests %s (two working days later)', (heard, expected) => {
    expect(suggestSendDate(heard, heard)).toBe(expected);
  });

  it('never suggests a day in the past, nor a weekend', () => {
    expect(suggestSendDate('2026-11-02', '2026-11-25')).toBe('2026-11-25');
    expect(suggestSendDate('2026-11-02', '2026-11-28')).toBe('2026-11-30');
    expect(nextWeekday('2026-11-29')).toBe('2026-11-30');
  });

  it('suggests one follow-up a working week after sending', () => {
    expect(suggestFollowUpDate('2026-11-25')).toBe('2026-12-02');
    expect(addWorkingDays('2026-11-27', 5)).toBe('2026-12-04');
  });

  it('recognises real calendar dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const bad of ['2027-02-29', '2026-13-01', '26-11-25', '', 'tomorrow']) expect(isIsoDate(bad), bad).toBe(false);
  });

  it('never sets the reminder in the past', () => {
    // 25 November 2026 is a Wednesday. Before 09:30 the reminder keeps its time; after, it moves on.
    expect(reminderStart('2026-11-25', new Date(2026, 10, 25, 8, 0))).toEqual({ date: '2026-11-25', time: '09:30' });
    expect(reminderStart('2026-11-25', new Date(2026, 10, 25, 14, 2))).toEqual({ date: '2026-11-25', time: '14:15' });
    expect(reminderStart('2026-11-25', new Date(2026, 10, 25, 14, 50))).toEqual({ date: '2026-11-25', time: '15:00' });
    // Late on a Friday evening: the next weekday, at the usual time.
    expect(reminderStart('2026-11-27', new Date(2026, 10, 27, 22, 30))).toEqual({ date: '2026-11-30', time: '09:30' });
    // A day still to come keeps its time, whatever the hour now.
    expect(reminderStart('2026-11-27', new Date(2026, 10, 25, 23, 0))).toEqual({ date: '2026-11-27', time: '09:30' });
    // A date already past (a stale draft) starts from now.
    expect(reminderStart('2026-11-20', new Date(2026, 10, 25, 11, 0))).toEqual({ date: '2026-11-25', time: '11:15' });
  });

  it('reads today in local time and writes dates for people', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(formatDate('2026-12-01', '2026-11-25')).toBe('Tuesday 1 December');
    expect(formatDate('2027-01-04', '2026-12-30')).toBe('Monday 4 January 2027');
  });
});

describe('calendar reminder (.ics)', () => {
  const ics = buildReminderIcs({
    date: '2026-12-01',
    time: '09:30',
    durationMinutes: 15,
    summary: 'Send your feedback request to Northwind, Inc; "quoted"',
    description:
      'Subject: Thank you – Designer interview\nReread it once; then send.\\ ' +
      'Long line of text with emoji 🙂 and accents éàü. '.repeat(6),
    uid: '0f1e2d3c@job-seeker-toolkit',
    now: new Date(Date.UTC(2026, 10, 25, 14, 3, 9, 512)),
    url: 'https://example.org/tools/feedback-email/',
  });
  const lines = ics.split('\r\n');
  const unfolded = ics.replace(/\r\n /g, '');

  it('is a VCALENDAR with one VEVENT, CRLF line endings and the required properties', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(unfolded).toContain('\r\nUID:0f1e2d3c@job-seeker-toolkit\r\n');
    expect(unfolded).toContain('\r\nDTSTAMP:20261125T140309Z\r\n');
    expect(unfolded).toContain('\r\nDTSTART:20261201T093000\r\n');
    expect(unfolded).toContain('\r\nDTEND:20261201T094500\r\n');
    expect(unfolded).toMatch(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:PT0M\r\nDESCRIPTION:.+\r\nEND:VALARM/);
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    expect(unfolded).toContain('SUMMARY:Send your feedback request to Northwind\\, Inc\\; "quoted"\r\n');
    expect(unfolded).toContain(
      'DESCRIPTION:Subject: Thank you – Designer interview\\nReread it once\\; then send.\\\\ Long',
    );
  });

  it('keeps control characters out of the file, whatever was pasted', () => {
    const dirty = buildReminderIcs({
      date: '2026-12-01',
      time: '09:30',
      durationMinutes: 15,
      summary: 'Send\u0000 it\u0007\u001b[31m',
      description: 'Line one\r\nLine\ttwo\u0008\u007f\u0085 end',
      uid: 'u\u0000id@x',
      now: new Date(0),
      url: 'https://example.org/\u0000tools/\n',
    });
    // Only the CRLF line ends (and folding) remain: no other control character anywhere.
    expect(dirty.replace(/\r\n/g, '')).not.toMatch(/\p{Cc}/u);
    const lines = dirty.replace(/\r\n /g, '');
    expect(lines).toContain('SUMMARY:Send it[31m\r\n');
    expect(lines).toContain('DESCRIPTION:Line one\\nLine two end\r\n');
    expect(lines).toContain('URL:https://example.org/tools/\r\n');
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const encoder = new TextEncoder();
    for (const line of lines) expect(encoder.encode(line).length, line).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(ics).not.toContain('\uFFFD');
    const folded = foldLine('X:' + '🙂'.repeat(40));
    expect(folded.replace(/\r\n /g, '')).toBe('X:' + '🙂'.repeat(40));
    for (const piece of folded.split('\r\n')) expect(encoder.encode(piece).length).toBeLessThanOrEqual(75);
  });

  it('ends an event that runs past midnight on the next day, and names the file by date', () => {
    const late = buildReminderIcs({
      date: '2026-12-31',
      time: '23:50',
      durationMinutes: 15,
      summary: 's',
      description: 'd',
      uid: 'u',
      now: new Date(0),
    });
    expect(late).toContain('DTEND:20270101T000500');
    expect(reminderFileName('2026-12-01')).toBe('send-feedback-email-20261201.ics');
  });
});

describe('mailto link', () => {
  const message = {
    to: 'sam@example.com',
    subject: 'Thank you – Designer & more?',
    body: 'Hi Sam,\n\nThanks + 2 or 3 tips?\nJo 🙂 100%',
  };

  it('encodes spaces as %20, line breaks as %0D%0A, and decodes back to the exact email', () => {
    const { href, includesBody } = buildMailto(message);
    expect(includesBody).toBe(true);
    expect(href.startsWith('mailto:sam@example.com?subject=')).toBe(true);
    expect(href).not.toContain('+');
    expect(href).not.toMatch(/ |\n/);
    expect(href).toContain('Hi%20Sam%2C%0D%0A%0D%0AThanks%20%2B%202');
    const url = new URL(href);
    const params = new Map(
      url.search
        .slice(1)
        .split('&')
        .map((p) => p.split('=') as [string, string]),
    );
    expect(decodeURIComponent(params.get('subject')!)).toBe(message.subject);
    expect(decodeURIComponent(params.get('body')!)).toBe(message.body.replace(/\n/g, '\r\n'));
  });

  it('leaves the address out when it is not one plain address, and never lets the subject add a line', () => {
    const { href } = buildMailto({ to: 'a@example.com,b@example.com', subject: 'Hi\r\nBcc: x@example.com', body: 'b' });
    expect(href.startsWith('mailto:?subject=Hi%20Bcc')).toBe(true);
  });

  it('leaves the body out past the length limit, so the page can copy it instead', () => {
    const long = buildMailto({ ...message, body: 'é'.repeat(1000) });
    expect(long.includesBody).toBe(false);
    expect(long.href).not.toContain('body=');
    expect(long.href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
  });

  it('survives half an emoji instead of throwing', () => {
    expect(() => buildMailto({ subject: 'x\uD83D', body: '\uDE00y' })).not.toThrow();
  });
});

describe('kept drafts', () => {
  const draft: Draft = {
    fields: { ...emptyFields, yourName: 'Jo', company: 'Northwind', tone: 'formal', area: 'resume' },
    edits: { subject: 'Thank you', body: 'Hi Sam' },
    variant: 2,
    heard: '2026-11-24',
  };

  it('reads back what was kept', () => {
    expect(DRAFT_KEY).toMatch(/^jst:/);
    expect(parseDraft(serializeDraft(draft))).toEqual(draft);
  });

  it('ignores missing, broken or foreign data, and repairs odd values', () => {
    for (const bad of [null, '', '{', '[]', '"x"', JSON.stringify({ version: 99, ...draft })])
      expect(parseDraft(bad)).toBeNull();
    const odd = parseDraft(
      JSON.stringify({
        version: 1,
        fields: { tone: 'angry', area: '<b>', yourName: 42, futureOpenings: 'no' },
        variant: -3,
        heard: 'soon',
        edits: { body: 7 },
      }),
    )!;
    expect(odd.fields.tone).toBe('warm');
    expect(odd.fields.area).toBe('');
    expect(odd.fields.yourName).toBe('');
    expect(odd.fields.futureOpenings).toBe(true);
    expect(odd.variant).toBe(0);
    expect(odd.heard).toBe('');
    expect(odd.edits).toEqual({ subject: '', body: '' });
  });
});
