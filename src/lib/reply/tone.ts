// The thank-you's tone check: the feedback email tool's check (`checkTone`), which knows the kinds of problem (asking
// them to reconsider, pressure, shouting, blame…) and whether it thanks them. A thank-you needs no request for tips,
// and interest in future openings is the person's choice. One thing only a reply to feedback can do is added here:
// arguing with the feedback ("to be fair, I did mention…").
import { checkTone, type FlagKind } from '#/lib/feedback-email/tone-check.ts';

export interface ToneIssue {
  /** The sentence as written; empty for a problem of the whole text (no thanks in it). */
  sentence: string;
  /** The kind of problem: one of the tone check's kinds, or `arguing`. */
  kind: FlagKind | 'arguing';
  why: string;
}

const ARGUING =
  /\b(?:i disagree|that'?s not (?:fair|true|right|accurate)|that is not (?:fair|true|right|accurate)|in my defen[cs]e|to be fair|actually,? i|but i did|i did (?:mention|say|bring)|you must have|you misunderstood)\b/i;
const ARGUING_WHY =
  'It argues with their feedback. You asked for their honest view; thank them for it, even where you see it differently.';
const SENTENCE = /[^.!?\n]+[.!?]*/g;

export function toneIssues(text: string): ToneIssue[] {
  if (!text.trim()) return [];
  const { flags } = checkTone(text, { expect: { 'tips-request': false, 'future-interest': false } });
  const issues: ToneIssue[] = flags.map((f) => ({ sentence: f.sentence ?? '', kind: f.kind, why: f.why }));
  for (const m of text.matchAll(SENTENCE)) {
    const sentence = m[0].trim();
    if (ARGUING.test(sentence)) issues.push({ sentence, kind: 'arguing', why: ARGUING_WHY });
  }
  return issues;
}
