// The reply reader's parts: segmentation (paragraphs, bullets, abbreviations, quoted threads), what a clause is
// doing, kind, area, practice tasks, and the stable outside format.
import { describe, expect, it } from 'vitest';
import { classifyClause } from '#/lib/reply/classify.ts';
import { readReply, toOutside } from '#/lib/reply/read.ts';
import { segment } from '#/lib/reply/segment.ts';
import { TOPICS, AREA_TASKS } from '#/lib/reply/practice.ts';

const context = { answersRequest: true, refuses: false, bullet: false, listening: false, sentenceYou: true };
const role = (clause: string) => classifyClause(clause, context).role;

describe('segment', () => {
  it('splits sentences, keeps abbreviations and initials whole, and drops greeting, sign-off and signature', () => {
    const text =
      'Dear Ms. Chen,\n\nDr Lee asked twice. Mr. J. Smith agreed, e.g. on budgets! Fine.\n\nBest regards,\nRob\nACME';
    const parts = segment(text).filter((s) => !s.frame);
    expect(parts.map((s) => s.text)).toEqual(['Dr Lee asked twice.', 'Mr. J. Smith agreed, e.g. on budgets!', 'Fine.']);
    for (const s of parts) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads bullets and numbered items as units without their markers, and joins hard-wrapped lines', () => {
    const text =
      'Feedback:\n- slow on prep\n* late by 15 mins\n2) no questions\n\nYour answers about the project were long and we\nlost the thread at times.';
    const units = segment(text).map((s) => s.text);
    expect(units).toContain('slow on prep');
    expect(units).toContain('late by 15 mins');
    expect(units).toContain('no questions');
    expect(units).toContain('Your answers about the project were long and we\nlost the thread at times.');
  });

  it('ignores the quoted thread below the reply and lines quoted with >', () => {
    const text =
      'Hi,\n\nNo feedback, sorry.\n\nOn Tue, 4 Mar 2025 at 09:12, Alex <a@example.com> wrote:\n> You should have asked me about my CV.';
    expect(segment(text).map((s) => s.text)).not.toContain('> You should have asked me about my CV.');
    expect(readReply(text).kind).toBe('template');
  });
});

describe('what a clause is doing', () => {
  it('finds advice by its structure: modals, imperatives, negation, judgement frames, comparisons', () => {
    expect(role('you might consider completing your ACA before applying')).toBe('advice');
    expect(role('Tone it down')).toBe('advice');
    expect(role("you didn't mention the incident report")).toBe('advice');
    expect(role('the panel felt you were not fully engaged')).toBe('advice');
    expect(role('we went with someone who had more experience closing enterprise deals')).toBe('advice');
    expect(role('I did wonder whether you had looked at our website')).toBe('advice');
  });

  it('keeps politeness, boilerplate and praise apart from advice', () => {
    expect(role('Thank you for your email asking how you could improve next time')).toBe('politeness');
    expect(role('We encourage you to apply again in six months')).toBe('politeness');
    expect(role('You may also wish to consider joining our substitute teacher pool')).toBe('politeness');
    expect(role('we are unable to provide individual feedback')).toBe('politeness');
    expect(role('there is nothing you did that I would call out')).toBe('politeness');
    expect(role('Your knowledge of PPAP and APQP was very good')).toBe('praise');
    expect(role("you didn't panic when the rail filled up")).toBe('praise');
  });

  it('takes a bare "closer match" as boilerplate in a notice, and as a point in a personal answer', () => {
    const clause = 'the other finalists were simply a closer match for the team';
    expect(classifyClause(clause, { ...context, answersRequest: false }).role).toBe('politeness');
    expect(classifyClause(clause, context).role).toBe('advice');
    expect(classifyClause(clause, { ...context, refuses: true }).role).toBe('politeness');
  });
});

describe('readReply', () => {
  it('tells template, general and specific replies apart', () => {
    expect(readReply('Dear Sam,\n\nThank you for applying. The position has been filled.\n\nHR').kind).toBe('template');
    expect(readReply('Hi Sam,\n\nThanks for asking. Work on your confidence a bit.\n\nJo').kind).toBe('general');
    expect(
      readReply(
        'Hi Sam,\n\nThanks for asking. When we asked about your last project, your answer had no figures.\n\nJo',
      ).kind,
    ).toBe('specific');
  });

  it('warm praise with nothing to act on is a template, its praise kept as strengths', () => {
    const r = readReply(
      'Dear Amira,\n\nYour sourdough was one of the best we have tasted. We have offered the role to someone else.\n\nBee',
    );
    expect(r.kind).toBe('template');
    expect(r.strengths.map((s) => s.text)).toContain('Your sourdough was one of the best we have tasted.');
  });

  it('splits praise from criticism in one sentence, and files points by what to change', () => {
    const r = readReply(
      'Kieran,\n\n- knife work was fine but you were slow on prep\n- hair needs to be tied back\n- 15 mins late with no call\n\nChef',
    );
    expect(r.points.map((p) => [p.area, p.text])).toEqual([
      ['other', 'but you were slow on prep'],
      ['appearance', 'hair needs to be tied back'],
      ['attitude', '15 mins late with no call'],
    ]);
    expect(r.strengths.map((s) => s.text)).toEqual(['knife work was fine']);
  });

  it('joins a criticism and its fix into one point, and starts a new one at "Also"', () => {
    const r = readReply(
      "Hi,\n\nYour CV doesn't give dates for each role. It would have helped to see the months. Also, you spoke very fast.\n\nJo",
    );
    expect(r.points.map((p) => p.text)).toEqual([
      "Your CV doesn't give dates for each role. It would have helped to see the months.",
      'Also, you spoke very fast.',
    ]);
    expect(r.points.map((p) => p.area)).toEqual(['resume', 'attitude']);
  });

  it('gives every point one practice task and a guide link', () => {
    const r = readReply('Hi,\n\nYou arrived 20 minutes late. Your CV had two typos. A hoodie is too casual.\n\nJo');
    for (const p of r.points) {
      expect(p.practice.task.length).toBeGreaterThan(20);
      expect(p.practice.guide.href).toMatch(/^\/guides\/[a-z-]+\/$/);
    }
    expect(TOPICS.every((t) => t.task && t.theme && t.guide.href.startsWith('/guides/'))).toBe(true);
    expect(Object.keys(AREA_TASKS).sort()).toEqual(['appearance', 'attitude', 'other', 'resume']);
  });

  it('prints the stable outside format: kind, then points with area and text only', () => {
    const out = toOutside(readReply('Hi,\n\nYou looked at your phone twice.\n\nVal'));
    expect(out).toEqual({ kind: 'specific', points: [{ area: 'attitude', text: 'You looked at your phone twice.' }] });
  });

  // About half a second on an idle machine; the timeout allows for a busy one.
  it(
    'reads only the first 40,000 characters of a huge paste, and survives empty and odd input',
    { timeout: 30_000 },
    () => {
      expect(readReply('').kind).toBe('template');
      expect(readReply('\n\n\n').points).toEqual([]);
      expect(readReply('🙂🙂 …!!! ???').kind).toBe('template');
      const huge = 'Your answers were too long. '.repeat(5000);
      const r = readReply(huge);
      expect(r.points.at(-1)!.end).toBeLessThanOrEqual(40_000);
    },
  );
});

describe('the third round: what generalises', () => {
  const points = (text: string) => readReply(text).points.map((p) => p.text);

  it('sets aside everything under a closing and its name (legal and equal-opportunity footers), except a P.S.', () => {
    const text =
      'Dear Jo,\n\nThank you for applying.\n\nKind regards,\nHR Team\n\nAll qualified applicants will receive consideration without regard to race or disability.\n\nP.S. Your CV had two typos on page one.';
    const body = segment(text).filter((s) => !s.frame);
    expect(body.map((s) => s.text)).toEqual(['Thank you for applying.', 'P.S.', 'Your CV had two typos on page one.']);
  });

  it('keeps the advice of an order that also sends the person on ("Brush up on X and reapply")', () => {
    expect(points('Hi,\n\nI would brush up on the Plan of Work and reapply when we next advertise.\n\nHelen')).toEqual([
      'I would brush up on the Plan of Work',
    ]);
    expect(points('Hi,\n\nSort the timekeeping and try again in the spring.\n\nPhil')).toEqual([
      expect.stringMatching(/^Sort the timekeeping/),
    ]);
  });

  it('reports no point for the employer’s circumstances, a verdict on fit, encouragement or closeness', () => {
    for (const line of [
      'the budget for this role got cut last week and we cannot hire anyone right now.',
      "I just don't think we're the right studio for you.",
      "Don't let this knock your confidence, you have a lot to offer.",
      'Truthfully there was very little between you and the person we appointed.',
      'So the decision had nothing to do with how you interviewed.',
    ])
      expect(readReply(`Hi Sam,\n\nThanks for asking. ${line}\n\nJo`).kind, line).toBe('template');
  });

  it('does not take praise of what the candidate did for advice: advice judges or directs', () => {
    const r = readReply(
      'Hi Raj,\n\nYou answered the safeguarding scenario confidently and you referred to the correct policy. Your CV did not list your QTS number.\n\nJo',
    );
    expect(r.points.map((p) => p.text)).toEqual(['Your CV did not list your QTS number.']);
  });

  it('reads a fault denied and a favourable comparison as praise', () => {
    const r = readReply(
      "Hi Nina,\n\nI couldn't fault your preparation, and you were stronger than most on the scenario. You didn't put a foot wrong with the role-play either. You got question 3 wrong, 2.5 ml instead of 0.25 ml.\n\nCarla",
    );
    expect(r.points.map((p) => p.text)).toEqual(['You got question 3 wrong, 2.5 ml instead of 0.25 ml.']);
    expect(r.kind).toBe('specific');
  });

  it('reads a figure that is a name, a grade or a date as no anchor: a gap stated with one is general', () => {
    const r = readReply(
      'Dear Ana,\n\nThe selected candidate has more practical experience with ISO 26262 at Stage 4. We recommend a certification in functional safety, which closes on 30 April.\n\nKatrin',
    );
    expect(r.kind).toBe('general');
  });
});

describe('the fourth round: what a sentence does, not which phrase it uses', () => {
  const wrap = (body: string) => `Dear Alex,\n\n${body}\n\nBest wishes,\nSam`;

  it('never reports a heading over a list, only the items under it', () => {
    const r = readReply(
      wrap(
        'Thank you for coming in.\n\nAreas for development\n- Limited experience of lone working\n- No questions at the end',
      ),
    );
    expect(r.points.map((p) => p.text)).toEqual(['Limited experience of lone working', 'No questions at the end']);
  });

  it('reads a clause that points back at an invitation as the invitation', () => {
    const r = readReply(
      wrap('We think you would be a great fit for our Junior Analyst opening, which you may wish to consider.'),
    );
    expect(r.kind).toBe('template');
  });

  it('does not anchor a point on a figure that describes the employer', () => {
    const r = readReply(wrap("You need to be faster on service; it's a 200-cover place on a Friday."));
    expect(r.kind).toBe('general');
    const own = readReply(wrap('You took 50 minutes on the fade, which is too slow for us.'));
    expect(own.kind).toBe('specific');
  });

  it('files a point by word classes, also when the noun is possessive or the garment is new', () => {
    const portfolio = readReply(wrap("Your portfolio's strongest project didn't show any research or testing."));
    expect(portfolio.points[0]?.area).toBe('resume');
    const cap = readReply(wrap('Also, maybe lose the cap next time.'));
    expect(cap.points[0]?.area).toBe('appearance');
  });

  it('reports no point for the sender’s offers, a survey, or a decision said to be even', () => {
    for (const body of [
      'I would be glad to write in support of you in future, and keep me posted on what you end up doing!',
      'Please take two minutes to complete our candidate survey.',
      'We went with someone with a very similar profile, and it could easily have gone the other way.',
    ])
      expect(readReply(wrap(body)).points, body).toEqual([]);
  });
});
