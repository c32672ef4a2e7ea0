// A small tone check for the thank-you: it should thank them and argue with nothing. It flags defending, disputing,
// asking them to reconsider, and pressure. The page uses the feedback email tool's check through the same shape
// when that tool offers one for replies.

export interface ToneIssue {
  /** The sentence as written. */
  sentence: string;
  why: string;
}

const RULES: { pattern: RegExp; why: string }[] = [
  {
    pattern:
      /\b(?:i disagree|that'?s not (?:fair|true|right|accurate)|that is not (?:fair|true|right|accurate)|in my defen[cs]e|to be fair|actually,? i|but i did|i did (?:mention|say|bring)|you must have|you misunderstood|you didn'?t (?:ask|give me|let me))\b/i,
    why: 'It argues with their feedback. You asked for their honest view; thank them for it, even where you see it differently.',
  },
  {
    pattern:
      /\b(?:reconsider|change your (?:mind|decision)|give me (?:another|a second) chance|still (?:be )?(?:hired|offered)|offer me)\b/i,
    why: 'It asks them to change the decision. That puts them on the spot; asking to be considered for future openings is enough.',
  },
  {
    pattern:
      /\b(?:as soon as possible|asap|i expect|you (?:should|must) (?:reply|answer|respond)|by (?:monday|tuesday|wednesday|thursday|friday|tomorrow))\b/i,
    why: 'It puts them under pressure. They owed you nothing; a thank-you asks for nothing back.',
  },
  {
    pattern: /!{2,}|\?{2,}|\b[A-Z]{4,}\b(?:\s+[A-Z]{2,}\b)+/,
    why: 'It reads as shouting. Calm punctuation reads as confident.',
  },
];

const THANKS = /\bthank|\bgrateful|\bappreciate/i;
const SENTENCE = /[^.!?\n]+[.!?]*/g;

export function toneIssues(text: string): ToneIssue[] {
  const issues: ToneIssue[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const sentence = m[0].trim();
    if (!sentence) continue;
    const rule = RULES.find((r) => r.pattern.test(sentence));
    if (rule) issues.push({ sentence, why: rule.why });
  }
  if (text.trim() && !THANKS.test(text))
    issues.push({ sentence: '', why: 'It does not thank them. A short thank-you is the whole point of this reply.' });
  return issues;
}
