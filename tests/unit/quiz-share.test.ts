import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, quizFingerprint, shareCodeFromHash, shareUrl } from '#/lib/quiz/share.ts';
import { scoreQuiz } from '#/lib/quiz/score.ts';
import { answersOf, fixtureQuiz } from '../support/quiz-fixture.ts';

const quiz = fixtureQuiz();
/** The fixture quiz's fingerprint, written down once: links made today must read the same next year. */
const fp = '1kcbtc4';

describe('result links', () => {
  it('round-trip the answers and so the result', () => {
    const answers = answersOf(quiz, [0, 1], [2, 0, 1]);
    expect(encodeShare(quiz, answers)).toBe('1.1kcbtc4.01201');
    const decoded = decodeShare(quiz, '1.1kcbtc4.01201');
    expect(decoded).toEqual({ status: 'ok', answers });
    if (decoded.status === 'ok') expect(scoreQuiz(quiz, decoded.answers)).toEqual(scoreQuiz(quiz, answers));
  });

  it('carry an area that was not part of the run as blanks', () => {
    const answers = answersOf(quiz, null, [1, 1, 0]);
    expect(encodeShare(quiz, answers)).toBe('1.1kcbtc4.__110');
    expect(decodeShare(quiz, '1.1kcbtc4.__110')).toEqual({ status: 'ok', answers });
  });

  it('still read a link made before an editor reworded questions, answers and tips', () => {
    const code = '1.1kcbtc4.01201';
    const reworded = fixtureQuiz();
    reworded.areas[0]!.questions[0]!.prompt = 'Was it tailored to this job?';
    reworded.areas[0]!.questions[0]!.options[0]!.label = 'Yes, completely';
    reworded.areas[1]!.questions[2]!.tip = 'A better tip.';
    expect(decodeShare(reworded, code).status).toBe('ok');
  });

  it('say the quiz has changed for a link made before a question was added, removed or reordered', () => {
    const old = '1.1kcbtc4.01201';
    const added = fixtureQuiz();
    added.areas[0]!.questions.push({ ...added.areas[0]!.questions[0]!, id: 'new-question' });
    const removed = fixtureQuiz();
    removed.areas[1]!.questions.pop();
    const reordered = fixtureQuiz();
    reordered.areas[1]!.questions.reverse();
    const rescored = fixtureQuiz();
    rescored.areas[0]!.questions[0]!.options[1]!.score = 0;
    for (const changed of [added, removed, reordered, rescored])
      expect(decodeShare(changed, old)).toEqual({ status: 'changed' });
  });

  it('say the quiz has changed for a link in another format version', () => {
    expect(decodeShare(quiz, `2.${fp}.01201`)).toEqual({ status: 'changed' });
    expect(decodeShare(quiz, `0.${fp}.01201`)).toEqual({ status: 'changed' });
  });

  it('reject truncated, tampered and foreign links without throwing', () => {
    const bad = [
      `1.${fp}.0120`, // truncated
      `1.${fp}.012011`, // too long
      `1.${fp}.01209`, // an answer that does not exist
      `1.${fp}.0_201`, // half an area
      `1.${fp}._____`, // nothing answered
      `1.${fp}`,
      'hello',
      '<img src=x onerror=alert(1)>',
      '1..',
      `1.${fp}.01201.extra`,
      `1.${fp}.0120${'1'.repeat(300)}`,
      '%E0%A4%A',
      `1.${fp.toUpperCase()}X.01201`,
    ];
    for (const code of bad) expect(decodeShare(quiz, code).status, code).toMatch(/^(invalid|changed)$/);
    expect(decodeShare(quiz, '<script>').status).toBe('invalid');
    expect(decodeShare(quiz, `1.${fp}.0120`).status).toBe('invalid');
  });

  it('are absent when there is no code', () => {
    expect(decodeShare(quiz, null)).toEqual({ status: 'none' });
    expect(decodeShare(quiz, '')).toEqual({ status: 'none' });
  });

  it('live in the URL fragment, which browsers never send to a server', () => {
    const url = shareUrl('https://example.org/embed/quiz/?area=resume', '/tools/quiz/', `1.${fp}.01201`);
    expect(url).toBe(`https://example.org/tools/quiz/#r=1.${fp}.01201`);
    expect(shareCodeFromHash(new URL(url).hash)).toBe(`1.${fp}.01201`);
    expect(shareCodeFromHash('')).toBeNull();
    expect(shareCodeFromHash('#main')).toBeNull();
  });

  it('use a fingerprint that depends on the structure only and never changes for the same structure', () => {
    expect(quizFingerprint(fixtureQuiz())).toBe('1kcbtc4');
    const reworded = fixtureQuiz();
    reworded.areas[1]!.title = 'How you came across';
    reworded.areas[1]!.questions[0]!.hint = 'A new hint.';
    expect(quizFingerprint(reworded)).toBe('1kcbtc4');
  });
});
