// "My plan" as pure logic: the dates of each step from the day of the news, what is due today, "Where am I?"
// answers, the kept plan read back from untrusted storage, the hand-off to the email tool, and the calendar file
// read back with a standard iCalendar parser (ical.js).
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { suggestSendDate } from '#/lib/feedback-email/send-date.ts';
import { buildPlanIcs } from '#/lib/plan/calendar.ts';
import { addDays, dayWords, spanWords, workingDaysBefore } from '#/lib/plan/dates.ts';
import { areaFromHash, readEmailHandoff } from '#/lib/plan/handoff.ts';
import { withArea } from '#/lib/plan/links.ts';
import { datedPlan, stepSpans, todayFocus, type DatedStep } from '#/lib/plan/schedule.ts';
import { planFromSituation, situations, situationStep } from '#/lib/plan/situations.ts';
import { stepIds } from '#/lib/plan/step-ids.ts';
import { planSteps, planSubject } from '#/lib/plan/steps.ts';
import { limits, newPlan, parsePlan, PLAN_KEY, serializePlan, type PlanState } from '#/lib/plan/store.ts';

// Monday 7 December 2026.
const MONDAY = '2026-12-07';
const plan = (changes: Partial<PlanState> = {}): PlanState => ({ ...newPlan(MONDAY), ...changes });
const byId = (steps: DatedStep[]) => Object.fromEntries(steps.map((s) => [s.id, s]));

describe('the plan’s dates', () => {
  it('follows the article’s clock from a Monday: two days without contact, the email on Wednesday, the follow-up a week later', () => {
    const spans = stepSpans(plan(), MONDAY);
    expect(spans).toEqual({
      pause: { start: '2026-12-07', end: '2026-12-08' },
      review: { start: '2026-12-08', end: '2026-12-08' },
      email: { start: '2026-12-09', end: '2026-12-09' },
      reply: { start: '2026-12-09', end: null },
      'follow-up': { start: '2026-12-16', end: '2026-12-16' },
      next: { start: '2026-12-21', end: '2026-12-21' },
    });
  });

  it('sends on the same day the feedback email tool suggests, skipping the weekend', () => {
    const thursday = '2026-12-10';
    const spans = stepSpans(plan({ heard: thursday }), thursday);
    expect(spans.email.start).toBe('2026-12-14');
    expect(spans.email.start).toBe(suggestSendDate(thursday, thursday));
    expect(spans.review).toEqual({ start: '2026-12-11', end: '2026-12-13' });
  });

  it('never suggests sending in the past, but keeps the day an email was really sent', () => {
    const heardLongAgo = plan({ heard: '2026-11-23' });
    expect(stepSpans(heardLongAgo, MONDAY).email.start).toBe(MONDAY);
    const sent = plan({ heard: '2026-11-23', done: { email: '2026-11-25' } });
    expect(stepSpans(sent, MONDAY).email.start).toBe('2026-11-25');
    expect(stepSpans(sent, MONDAY)['follow-up'].start).toBe('2026-12-02');
  });

  it('puts the next interview at about two weeks, and after the follow-up when the email went late', () => {
    expect(stepSpans(plan(), MONDAY).next.start).toBe('2026-12-21');
    const late = stepSpans(plan({ heard: '2026-11-01' }), MONDAY);
    expect(late.next.start).toBe(addDays(late['follow-up'].start, 1));
  });

  it('names days the way people say them', () => {
    expect(dayWords(MONDAY, MONDAY)).toBe('Today');
    expect(dayWords('2026-12-08', MONDAY)).toBe('Tomorrow');
    expect(dayWords('2026-12-09', MONDAY)).toBe('Wednesday 9 December');
    expect(dayWords('2027-01-04', MONDAY)).toBe('Monday 4 January 2027');
    expect(spanWords(MONDAY, '2026-12-08', MONDAY)).toBe('Today and tomorrow');
    expect(spanWords('2026-12-10', null, MONDAY)).toBe('From Thursday 10 December');
    expect(spanWords('2026-12-11', '2026-12-13', MONDAY)).toBe('Friday 11 December to Sunday 13 December');
    expect(workingDaysBefore('2026-12-07', 2)).toBe('2026-12-03');
  });
});

describe('what to do today', () => {
  it('on the day of the news is to take a couple of days, and everything else is ahead', () => {
    const steps = datedPlan(plan(), MONDAY);
    expect(steps.map((s) => s.status)).toEqual(['now', 'later', 'later', 'later', 'later', 'later']);
    expect(todayFocus(steps)).toMatchObject({ kind: 'today', step: { id: 'pause', when: 'Today and tomorrow' } });
  });

  it('puts an unfinished review before the email once the email’s day has come', () => {
    const wednesday = '2026-12-09';
    const steps = datedPlan(plan(), wednesday);
    expect(byId(steps).pause!.status).toBe('passed');
    expect(todayFocus(steps)).toMatchObject({ kind: 'today', step: { id: 'review' } });
    const reviewed = datedPlan(plan({ done: { review: '2026-12-08' } }), wednesday);
    expect(todayFocus(reviewed)).toMatchObject({ kind: 'today', step: { id: 'email', when: 'Today' } });
    // Until the email is marked sent, nobody is waiting for a reply yet.
    expect(byId(reviewed).reply!.status).toBe('later');
    const sent = datedPlan(plan({ done: { review: '2026-12-08', email: wednesday } }), wednesday);
    expect(todayFocus(sent)).toMatchObject({ kind: 'today', step: { id: 'reply', when: 'From today' } });
  });

  it('waits for a reply after the email, then offers the follow-up, which a reply makes unnecessary', () => {
    const done = { pause: '2026-12-08', review: '2026-12-08', email: '2026-12-09' };
    expect(todayFocus(datedPlan(plan({ done }), '2026-12-11'))).toMatchObject({ kind: 'today', step: { id: 'reply' } });
    expect(todayFocus(datedPlan(plan({ done }), '2026-12-16'))).toMatchObject({
      kind: 'today',
      step: { id: 'follow-up' },
    });
    const replied = datedPlan(plan({ done: { ...done, reply: '2026-12-14' } }), '2026-12-16');
    expect(byId(replied)['follow-up']!.status).toBe('not-needed');
    expect(todayFocus(replied)).toMatchObject({ kind: 'next', step: { id: 'next', when: 'Monday 21 December' } });
  });

  it('says the plan is finished when every step is done or not needed', () => {
    const all = Object.fromEntries(stepIds.filter((id) => id !== 'follow-up').map((id) => [id, MONDAY]));
    expect(todayFocus(datedPlan(plan({ done: all }), MONDAY))).toEqual({ kind: 'finished' });
  });
});

describe('"Where am I?"', () => {
  it('offers five answers, each a plain link: four to a step of /plan/ and "They replied" to the reply tool', () => {
    expect(situations.map((s) => [s.label, s.href])).toEqual([
      ['I just heard', '/plan/#step-pause'],
      ['I heard a few days ago', '/plan/#step-review'],
      ['I’ve sent my email', '/plan/#step-reply'],
      ['They replied', '/tools/reply/'],
      ['No reply after a week', '/plan/#step-follow-up'],
    ]);
    expect(situationStep('#step-reply')).toBe('reply');
    expect(situationStep('#area=resume')).toBeUndefined();
  });

  it('dates a new plan from the answer, so today’s step is the one the person is at', () => {
    const focus = (step: 'pause' | 'review' | 'reply' | 'follow-up') =>
      todayFocus(datedPlan(planFromSituation(step, MONDAY), MONDAY));
    expect(focus('pause')).toMatchObject({ step: { id: 'pause' } });
    expect(focus('review')).toMatchObject({ step: { id: 'review' } });
    expect(focus('reply')).toMatchObject({ step: { id: 'reply' } });
    expect(focus('follow-up')).toMatchObject({ step: { id: 'follow-up', when: 'Today' } });
    expect(planFromSituation('reply', MONDAY).done.email).toBe(MONDAY);
  });
});

describe('the kept plan', () => {
  it('reads back what was kept', () => {
    const kept = plan({
      company: 'Acme',
      role: 'Store Manager',
      area: 'attitude',
      done: { pause: MONDAY },
      id: 'abc-12345',
    });
    expect(parsePlan(serializePlan(kept))).toEqual(kept);
    expect(PLAN_KEY).toBe('jst:plan');
  });

  it('refuses what it did not write, and drops values that do not fit', () => {
    expect(parsePlan(null)).toBeNull();
    expect(parsePlan('{not json')).toBeNull();
    expect(parsePlan(JSON.stringify({ version: 2, heard: MONDAY }))).toBeNull();
    expect(parsePlan(JSON.stringify({ version: 1, heard: '2026-02-30' }))).toBeNull();
    const odd = parsePlan(
      JSON.stringify({
        version: 1,
        heard: MONDAY,
        company: 'x'.repeat(500),
        role: 42,
        area: 'salary',
        done: { pause: 'yesterday', email: '2026-12-09', unknown: '2026-12-09' },
        id: '<script>',
      }),
    );
    expect(odd).toEqual({
      heard: MONDAY,
      company: 'x'.repeat(limits.company),
      role: '',
      area: '',
      done: { email: '2026-12-09' },
      id: '',
    });
  });
});

describe('hand-offs', () => {
  it('carry the area in the fragment, never in a query string', () => {
    expect(withArea('/tools/feedback-email/', 'attitude')).toBe('/tools/feedback-email/#area=attitude');
    expect(withArea('/tools/feedback-email/', '')).toBe('/tools/feedback-email/');
    expect(areaFromHash('#area=appearance')).toBe('appearance');
    expect(areaFromHash('#area=salary')).toBe('');
  });

  it('give the email tool the plan’s company, role and day of the news, and the linked area first', () => {
    const kept = serializePlan(plan({ company: ' Acme ', role: 'Store Manager', area: 'resume' }));
    expect(readEmailHandoff({ hash: '#area=attitude', search: '' }, kept)).toEqual({
      area: 'attitude',
      areaFromLink: true,
      company: 'Acme',
      role: 'Store Manager',
      heard: MONDAY,
      fromPlan: true,
    });
    expect(readEmailHandoff({ hash: '', search: '' }, kept)).toMatchObject({ area: 'resume', areaFromLink: false });
    // Links made before the area moved to the fragment still work.
    expect(readEmailHandoff({ hash: '', search: '?area=appearance' }, null)).toEqual({
      area: 'appearance',
      areaFromLink: true,
      company: '',
      role: '',
      heard: '',
      fromPlan: false,
    });
  });
});

describe('the plan as a calendar file', () => {
  const steps = datedPlan(plan({ done: { pause: MONDAY } }), MONDAY);
  const ics = buildPlanIcs({
    steps,
    planId: 'plan-1234',
    host: 'jobs.example.org',
    origin: 'https://jobs.example.org',
    now: new Date('2026-12-07T10:00:00Z'),
    about: planSubject('Acme, Inc.', 'Store Manager'),
  });

  it('parses with a standard iCalendar parser, one all-day event per step on the plan’s days', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(planSteps.length);
    expect(events.map((e) => e.startDate.toString())).toEqual(steps.map((s) => s.start));
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
    expect(events[0]!.endDate.toString()).toBe('2026-12-09');
    expect(events[2]!.summary).toBe('Send your feedback email (Store Manager at Acme, Inc.)');
    expect(events[2]!.description).toContain('Write my email: https://jobs.example.org/tools/feedback-email/');
    expect(new Set(events.map((e) => e.uid)).size).toBe(planSteps.length);
    expect(events[2]!.uid).toBe('plan-1234-email@jobs.example.org');
    expect(events[2]!.component.getFirstSubcomponent('valarm')).not.toBeNull();
  });

  it('follows RFC 5545’s form: CRLF line ends, lines of at most 75 octets, no control characters', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\p{Cc}]/u);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(6);
  });
});
