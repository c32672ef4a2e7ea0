// Turns a sentence into the plain form the rules read: lower case, one space between tokens, punctuation as its
// own token, contractions and phone spellings written out ("wasn't" → "was not", "u" → "you", "cud" → "could"),
// so one rule reads "I wasn't", "I was not", "i wasnt" and "i was'nt" alike. The text is padded with a space at
// each end, so every rule can match whole tokens as " token ".
import { spellings } from './vocabulary.ts';

const CONTRACTIONS: [RegExp, string][] = [
  [/\b(can)(?:'|)t\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\bwon'?t\b/g, 'will not'],
  [/\bshan'?t\b/g, 'shall not'],
  [/\bain'?t\b/g, 'is not'],
  [/\b(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need|might)n'?t\b/g, '$1 not'],
  [/\b(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need|might)'nt\b/g, '$1 not'],
  [/\bi'm\b/g, 'i am'],
  [/\b(i|you|we|they|he|she|it|that|there|who)'(ll)\b/g, '$1 will'],
  [/\b(i|you|we|they|who)'ve\b/g, '$1 have'],
  [/\b(i|you|we|they|he|she|it|that|there|who)'d\b/g, '$1 would'],
  [/\b(you|we|they)'re\b/g, '$1 are'],
  [/\b(he|she|it|that|there|who)'s (got|been|had)\b/g, '$1 has $2'],
  [/\b(it|that|there|what|who|here|he|she|where|how)'s\b/g, '$1 is'],
  [/\blet's\b/g, 'let us'],
  [/\b(could|would|should|must|might) of\b/g, '$1 have'],
];

const TOKEN = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*|[?!]+|[,;:()]|\p{Extended_Pictographic}/gu;

export interface Normalised {
  /** " token token … " */
  text: string;
  /** The sentence asks something directly: it ends in "?" or opens like a question ("Was it…", "Could you…"). */
  question: boolean;
}

const FILLER = String.raw`(?:(?:so|and|but|then|ok|well|just|sir|madam|ma'am|please|also|hi|hey|honestly|seriously|really) (?:, )?)*`;
// "Why me", "so what was it…", "Was it…", "Could you…": a question even without its question mark.
const QUESTION_OPENING = new RegExp(
  String.raw`^ ${FILLER}(?:(?:why|who|whom|whose|what|which|where|when) (?!a |an )|how (?!nice|lovely|kind|good|great|wonderful|thoughtful|generous)|(?:was|were|is|are|did|do|does|can|could|would|will|may|might|have|has|had|should) (?:i|you|we|they|he|she|it|there|the|that|this|anyone|someone|your|my) )`,
);

export function normalise(sentence: string): Normalised {
  let s = sentence
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    // Phone-typed "id" for "I'd"; "ID" in capitals stays an identity card.
    .replace(/\bid\b(?= (?:love|like|be|appreciate|really|rather|have|never|just))/g, "i'd")
    .toLowerCase();
  for (const [from, to] of CONTRACTIONS) s = s.replace(from, to);
  const tokens = s.match(TOKEN) ?? [];
  const words = tokens.map((t) => spellings.get(t) ?? t.replace(/'s$/, " 's"));
  const text = ` ${words.join(' ')} `;
  const question = /\?/.test(sentence) || QUESTION_OPENING.test(text);
  return { text, question };
}
