import { describe, expect, it } from 'vitest';
import { areaToAsk, bandOf, branchGuide, rankedTips, scoreQuiz } from '#/lib/quiz/score.ts';
import { summarize, resultsAnnouncement } from '#/lib/quiz/wording.ts';
import { answersOf, fixtureQuiz } from '../support/quiz-fixture.ts';

const quiz = fixtureQuiz();

describe('scoring the quiz', () => {
  it('adds up each area against its strongest possible answers', () => {
    const result = scoreQuiz(quiz, answersOf(quiz, [0, 1], [2, 2, 0]));
    expect(result.areas.map((a) => [a.id, a.points, a.max])).toEqual([
      ['resume', 3, 4],
      ['attitude', 2, 6],
    ]);
    expect(result.areas[0]!.ratio).toBe(0.75);
  });

  it('names the area with the lowest share of points as the one to check first, and the highest as strongest', () => {
    const result = scoreQuiz(quiz, answersOf(quiz, [0, 1], [2, 2, 0]));
    expect(result.weakest?.id).toBe('attitude');
    expect(result.strongest?.id).toBe('resume');
    expect(result.allStrong).toBe(false);
  });

  it('gives a tip for every answer that is not the strongest, quoting the answer given', () => {
    const result = scoreQuiz(quiz, answersOf(quiz, [0, 1], [0, 2, 1]));
    expect(result.areas[0]!.tips).toEqual([
      {
        questionId: 'highlighted',
        prompt: 'Highlighted?',
        answer: 'Partly',
        tip: 'Partly tip.',
        guide: { href: '/guides/review-your-resume/', title: 'review-your-resume' },
        gap: 0.5,
      },
    ]);
    expect(result.areas[1]!.tips.map((t) => [t.questionId, t.answer, t.tip, t.guide.href])).toEqual([
      ['tone', 'No', 'Mind the tone.', '/guides/review-your-attitude/'],
      ['humble', 'Partly', 'Stay humble.', '/guides/when-you-did-your-best/'],
    ]);
  });

  it('takes the article’s branch when every area is strong: no weakest area, and the summary says you may have done your best', () => {
    const result = scoreQuiz(quiz, answersOf(quiz, [0, 0], [0, 0, 0]));
    expect(result.allStrong).toBe(true);
    expect(result.weakest).toBeUndefined();
    expect(result.areas.every((a) => a.tips.length === 0)).toBe(true);
    const summary = summarize(result);
    expect(summary.body.join(' ')).toContain('You may well have performed at your best');
    expect(summary.body.join(' ')).toMatch(/feedback/);
  });

  it('names no single area to check first on a tie, but every tied area, and no strongest when all are equal', () => {
    const result = scoreQuiz(quiz, answersOf(quiz, [2, 2], [2, 2, 2]));
    expect(result.weakest).toBeUndefined();
    expect(result.lowest.map((a) => a.id)).toEqual(['resume', 'attitude']);
    expect(result.strongest).toBeUndefined();
  });

  it('ranks the things to check first: answers furthest from the strongest, then the weaker area, then quiz order', () => {
    // Resume 1 of 4 (answers Partly, No); attitude 4 of 6 (answers Yes, No, Yes).
    const result = scoreQuiz(quiz, answersOf(quiz, [1, 2], [0, 2, 0]));
    expect(rankedTips(result).map((t) => [t.areaId, t.questionId, t.gap])).toEqual([
      ['resume', 'highlighted', 1],
      ['attitude', 'tone', 1],
      ['resume', 'tailored', 0.5],
    ]);
    expect(rankedTips(result)[0]!.areaTitle).toBe('Resume');
  });

  it('scores only the areas answered in full, and marks the run as partial', () => {
    const result = scoreQuiz(quiz, answersOf(quiz, null, [0, 0, 1]));
    expect(result.areas.map((a) => a.id)).toEqual(['attitude']);
    expect(result.partial).toBe(true);
    expect(result.strongest).toBeUndefined();
    expect(scoreQuiz(quiz, answersOf(quiz, [0], [0, 0, 0])).areas.map((a) => a.id)).toEqual(['attitude']);
  });

  it('says an area that was the only one answered went well without claiming the whole interview did', () => {
    const summary = summarize(scoreQuiz(quiz, answersOf(quiz, null, [0, 0, 0])));
    expect(summary.headline).toBe('Your answers about attitude suggest it went well');
    expect(summary.body.join(' ')).toContain('Take the whole quiz');
  });

  it('puts an area in a band by its share of points', () => {
    expect([1, 0.8, 0.79, 0.5, 0.49, 0].map(bandOf)).toEqual(['strong', 'strong', 'mixed', 'mixed', 'check', 'check']);
  });
});

describe('the words of the results', () => {
  // Every combination of answers for the fixture: 3^5 = 243 results.
  const all: number[][] = [];
  for (let n = 0; n < 3 ** 5; n++) all.push([0, 1, 2, 3, 4].map((i) => Math.floor(n / 3 ** i) % 3));

  it('never judge the person, whatever the answers', () => {
    const judging = /\b(bad|poor|fail(ed|ure)?|wrong|weak|mistake|blame|should have|your fault|terrible)\b/i;
    for (const a of all) {
      const result = scoreQuiz(quiz, answersOf(quiz, a.slice(0, 2), a.slice(2)));
      const words = [resultsAnnouncement(result), ...summarize(result).body].join(' ');
      expect(words, a.join('')).not.toMatch(judging);
    }
  });

  it('start with the area to check first when there is one', () => {
    const summary = summarize(scoreQuiz(quiz, answersOf(quiz, [2, 2], [0, 0, 0])));
    expect(summary.headline).toBe('Start with resume');
    expect(summary.body[0]).toContain('Resume is where your answers point to the most things worth checking.');
    expect(summary.body[1]).toBe('Your answers about attitude suggest it went well.');
  });

  it('never name one area as where the answers point the most when areas are tied', () => {
    for (const a of all) {
      const result = scoreQuiz(quiz, answersOf(quiz, a.slice(0, 2), a.slice(2)));
      if (result.lowest.length < 2) continue;
      const summary = summarize(result);
      expect([summary.headline, ...summary.body].join(' '), a.join('')).not.toMatch(/the most|most things/);
      expect(summary.headline).toBe('Start with resume and attitude');
      expect(summary.body[0]).toBe(
        'Your answers point to resume and attitude equally, so no one area comes first. Start with the things to check first, below.',
      );
    }
  });
});

describe('the next steps', () => {
  const next = {
    feedbackTool: '/tools/feedback-email/',
    plan: '/plan/',
    course: '/course/',
    couldDoBetter: { href: '/guides/when-you-could-have-done-better/', title: 'Better' },
    didMyBest: { href: '/guides/when-you-did-your-best/', title: 'Best' },
  };

  it('ask the interviewer about the area to check first, or on a tie the area of the first thing to check', () => {
    expect(areaToAsk(scoreQuiz(quiz, answersOf(quiz, [2, 2], [0, 0, 0])))).toBe('resume');
    // A tie (each area at half its points): attitude's "No" is the answer furthest from the strongest.
    const tie = scoreQuiz(quiz, answersOf(quiz, [1, 1], [0, 2, 1]));
    expect(tie.lowest).toHaveLength(2);
    expect(areaToAsk(tie)).toBe('attitude');
  });

  it('ask about no area when every area looks solid, and offer the "I did my best" branch then', () => {
    const solid = scoreQuiz(quiz, answersOf(quiz, [0, 0], [0, 0, 0]));
    expect(areaToAsk(solid)).toBe('');
    expect(branchGuide(next, solid)).toBe(next.didMyBest);
    expect(branchGuide(next, scoreQuiz(quiz, answersOf(quiz, [2, 2], [0, 0, 0])))).toBe(next.couldDoBetter);
  });
});
