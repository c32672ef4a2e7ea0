// Result links: the answers travel in the URL fragment (#r=…), which browsers never send to a server, not even in
// Referer headers. Format 1 is "1.<fingerprint>.<one character per question>".
//
// The fingerprint is computed from the quiz's structure (area ids, question ids, option scores), not its wording, so
// an editor may reword anything and old links still read; adding, removing or reordering questions or options changes
// it, and old links then say clearly that the quiz has changed instead of showing a wrong result.
import { fnv1a } from '#/lib/text/hash.ts';
import { answerKey, isAreaAnswered, isValidAnswer, type Answers, type Quiz } from './types.ts';

export const SHARE_FORMAT = 1;
/** The fragment parameter that carries a result. */
export const SHARE_PARAM = 'r';
const UNANSWERED = '_';
const MAX_LENGTH = 200;

export type ShareState =
  | { status: 'none' }
  | { status: 'ok'; answers: Answers }
  /** Made by another version of the quiz (other questions or another link format). */
  | { status: 'changed' }
  /** Truncated, tampered with, or not a result link at all. */
  | { status: 'invalid' };

/** FNV-1a (32 bit) of the quiz's structure, in base 36: short, stable, and the same in Node and browsers. */
export function quizFingerprint(quiz: Quiz): string {
  const shape = quiz.areas
    .map(
      (area) =>
        `${area.id}:${area.questions.map((q) => `${q.id}=${q.options.map((o) => o.score).join(',')}`).join(';')}`,
    )
    .join('|');
  return fnv1a(shape).toString(36);
}

/** The compact code for a set of answers; unanswered questions (areas left out of the run) are kept as "_". */
export function encodeShare(quiz: Quiz, answers: Answers): string {
  const chars = quiz.areas.flatMap((area) =>
    area.questions.map((q) => {
      const value = answers[answerKey(area.id, q.id)];
      return isValidAnswer(q, value) ? value.toString(36) : UNANSWERED;
    }),
  );
  return `${SHARE_FORMAT}.${quizFingerprint(quiz)}.${chars.join('')}`;
}

export function decodeShare(quiz: Quiz, code: string | null | undefined): ShareState {
  if (!code) return { status: 'none' };
  if (code.length > MAX_LENGTH) return { status: 'invalid' };
  const match = /^(\d{1,3})\.([0-9a-z]{1,8})\.([0-9a-z_]+)$/.exec(code);
  if (!match) return { status: 'invalid' };
  const [, format, fingerprint, chars] = match as unknown as [string, string, string, string];
  if (Number(format) !== SHARE_FORMAT || fingerprint !== quizFingerprint(quiz)) return { status: 'changed' };

  const questions = quiz.areas.flatMap((area) => area.questions.map((question) => ({ area, question })));
  if (chars.length !== questions.length) return { status: 'invalid' };
  const answers: Answers = {};
  for (let i = 0; i < questions.length; i++) {
    const char = chars[i]!;
    if (char === UNANSWERED) continue;
    const { area, question } = questions[i]!;
    const value = parseInt(char, 36);
    if (!isValidAnswer(question, value)) return { status: 'invalid' };
    answers[answerKey(area.id, question.id)] = value;
  }
  // An area is answered in full or not at all: anything else was cut or edited by hand.
  const touched = quiz.areas.filter((area) => area.questions.some((q) => answerKey(area.id, q.id) in answers));
  if (touched.length === 0 || !touched.every((area) => isAreaAnswered(area, answers))) return { status: 'invalid' };
  return { status: 'ok', answers };
}

/** The code in a location.hash such as "#r=1.abc.0120"; null when there is none. */
export function shareCodeFromHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get(SHARE_PARAM);
}

/** The full link to a result on the quiz page, from any page of the same site (the embed included). */
export function shareUrl(base: string | URL, quizPath: string, code: string): string {
  const url = new URL(quizPath, base);
  url.hash = `${SHARE_PARAM}=${code}`;
  return url.href;
}
