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
    // The feedback email tool's thank-you, in its formal wording, with the point acknowledged.
    expect(body).toBe(
      'Dear Ms Patel,\n\nThank you for taking the time to share your feedback; I am grateful for it. ' +
        'I will put your suggestions into practice as I prepare for future interviews. ' +
        'Your point about structuring my answers with examples is especially helpful, and I am going to work on it before my next interview.\n\n' +
        'I would still very much like to be considered for future openings at Northwind.\n\nKind regards,\nJordan Lee',
    );
    expect(toneIssues(body)).toEqual([]);
  });

  it('writes a plain thank-you for a reply with no points, and greets with "Hello" without a name', () => {
    const { subject, body } = composeThanks({ greetName: ' ', yourName: '', futureOpenings: false });
    expect(subject).toBe('Thank you');
    expect(body.startsWith('Hello,\n\nThank you for letting me know')).toBe(true);
    expect(body).not.toMatch(/feedback|future openings/);
    expect(body.endsWith('Kind regards,')).toBe(true);
    expect(toneIssues(body)).toEqual([]);
  });

  it('leaves out the company when none is given', () => {
    const { body } = composeThanks({ greetName: 'Sam', yourName: 'Jo', futureOpenings: true });
    expect(body).toMatch(/considered for future openings\.\n/);
  });
});

describe('toneIssues', () => {
  it('is the feedback email tool’s check, plus arguing with the feedback', () => {
    const kinds = (text: string) => toneIssues(text).map((i) => i.kind);
    expect(kinds('Thank you. To be fair, I did mention my registration.')).toEqual(['arguing']);
    expect(kinds('Thank you. Could you reconsider your decision?')).toEqual(['asking-to-reconsider']);
    expect(kinds('Thank you, please reply by Friday.')).toEqual(['pressure']);
    expect(kinds('Thank you so much for your feedback!!')).toEqual(['shouting']);
    expect(kinds('Thank you for the feedback. Why did you pick someone else?')).toEqual(['asking-why']);
    expect(kinds('Noted. I will work on it.')).toEqual(['missing-thanks']);
    expect(toneIssues('Noted.')[0]).toMatchObject({ sentence: '', kind: 'missing-thanks' });
    expect(toneIssues('')).toEqual([]);
  });

  it('needs no request for tips and no interest in future openings', () => {
    expect(toneIssues('Thank you for your helpful feedback. I will work on it.')).toEqual([]);
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
