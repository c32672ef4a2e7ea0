// The reply to their reply (a thank-you that argues with nothing), its tone check, the practice calendar file and
// what "keep on this device" stores.
import { describe, expect, it } from 'vitest';
import { buildPracticeIcs, nextDay } from '#/lib/reply/calendar.ts';
import { composeThanks } from '#/lib/reply/compose.ts';
import { parseKept, serializeKept } from '#/lib/reply/keep.ts';
import { toneIssues } from '#/lib/reply/tone.ts';

describe('composeThanks', () => {
  it('thanks them, names the chosen point in the candidate’s words, and asks nothing back', () => {
    const { subject, body } = composeThanks({
      greetName: 'Ms Patel',
      yourName: 'Jordan Lee',
      company: 'Northwind',
      futureOpenings: true,
      point: { area: 'attitude', text: 'Your answers lacked examples and structure.' },
    });
    expect(subject).toBe('Thank you for your feedback');
    expect(body).toBe(
      'Dear Ms Patel,\n\nThank you for taking the time to reply, and for your honest feedback.\n' +
        'Your point about structuring my answers with examples is especially helpful, and I am going to work on it before my next interview.\n' +
        'I would still very much like to be considered for future openings at Northwind.\n\nWith thanks and best wishes,\nJordan Lee',
    );
    expect(toneIssues(body)).toEqual([]);
  });

  it('writes a plain thank-you for a reply with no points, and greets with "Hello" without a name', () => {
    const { subject, body } = composeThanks({ greetName: ' ', yourName: '', futureOpenings: false });
    expect(subject).toBe('Thank you');
    expect(body.startsWith('Hello,\n\nThank you for letting me know')).toBe(true);
    expect(body).not.toMatch(/future openings/);
    expect(toneIssues(body)).toEqual([]);
  });
});

describe('toneIssues', () => {
  it('flags arguing, asking them to reconsider, pressure, shouting and a missing thank-you', () => {
    const why = (text: string) => toneIssues(text).map((i) => i.why.split('.')[0]);
    expect(why('Thanks. To be fair, I did mention my registration.')).toEqual(['It argues with their feedback']);
    expect(why('Thank you. Could you reconsider your decision?')).toEqual(['It asks them to change the decision']);
    expect(why('Thank you, please reply by Friday.')).toEqual(['It puts them under pressure']);
    expect(why('Thank you!!')).toEqual(['It reads as shouting']);
    expect(why('Noted. I will work on it.')).toEqual(['It does not thank them']);
    expect(toneIssues('')).toEqual([]);
  });
});

describe('buildPracticeIcs', () => {
  const ics = buildPracticeIcs({
    events: [
      {
        summary: 'Practise: STAR stories',
        description: 'Their words: “Your answers, frankly; were long”\n\nPrepare three stories.',
      },
      { summary: 'Practise: proofread', description: 'x'.repeat(200) },
    ],
    firstDay: '2026-12-31',
    time: '18:00',
    durationMinutes: 30,
    uid: 'abc',
    now: new Date(Date.UTC(2026, 11, 30, 9, 5, 7)),
    url: 'https://example.com/tools/reply/',
  });
  const lines = ics.split('\r\n');

  it('is an RFC 5545 calendar: CRLF lines of at most 75 octets, one event a day with unique ids', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(lines.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('UID:abc-1@job-seeker-toolkit');
    expect(lines).toContain('UID:abc-2@job-seeker-toolkit');
    expect(lines).toContain('DTSTAMP:20261230T090507Z');
    expect(lines).toContain('DTSTART:20261231T180000');
    expect(lines).toContain('DTEND:20261231T183000');
    expect(lines).toContain('DTSTART:20270101T180000');
  });

  it('escapes commas, semicolons and line breaks in text', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(
      'DESCRIPTION:Their words: “Your answers\\, frankly\\; were long”\\n\\nPrepare three stories.',
    );
  });

  it('starts practice the day after today', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
  });
});

describe('keep on this device', () => {
  it('reads back only what it wrote, and nothing from a damaged or foreign value', () => {
    const stored = serializeKept({ reply: 'Hi', greetName: 'Sam', yourName: 'Jo', company: '' });
    expect(parseKept(stored)).toEqual({ version: 1, reply: 'Hi', greetName: 'Sam', yourName: 'Jo', company: '' });
    expect(parseKept(null)).toBeNull();
    expect(parseKept('{oops')).toBeNull();
    expect(parseKept('{"version":2,"reply":"Hi"}')).toBeNull();
    expect(parseKept('{"version":1,"reply":"Hi","greetName":7}')!.greetName).toBe('');
  });
});
