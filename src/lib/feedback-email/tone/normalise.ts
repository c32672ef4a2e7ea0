// Turns a sentence into the plain form the rules read: lower case, one space between tokens, punctuation as its
// own token, contractions and phone spellings written out ("wasn't" → "was not", "u" → "you", "cud" → "could"),
// so one rule reads "I wasn't", "I was not", "i wasnt" and "i was'nt" alike. The text is padded with a space at
// each end, so every rule can match whole tokens as " token ". One pass over the tokens: this runs per sentence.
import { spellings } from './vocabulary.ts';

const TOKEN = /[\p{L}\p{N}]+(?:['’‘`´-][\p{L}\p{N}]+)*|[?!]+|[,;:()]|\p{Extended_Pictographic}|[\uE000\uE001]/gu;

// A short phrase in quotes ("your 'perfect fit'", "how “caring” you are"): scare quotes, read as the tokens “ and ”
// around it. Longer quotations are plain words.
const SCARE_QUOTED = /(^|[\s(,])['‘"“]([\p{L}\p{N}][^'‘’"“”\n]{0,30}?)['’"”](?=$|[\s.,!?;:)])/gu;
const QUOTE_TOKENS: Record<string, string> = { '\uE000': '“', '\uE001': '”' };

const NOT_IRREGULAR: Record<string, string> = { can: 'can', wo: 'will', sha: 'shall', ai: 'is', ca: 'can' };
const PRONOUN_IS = new Set(['he', 'she', 'it', 'that', 'there', 'who', 'what', 'here', 'where', 'how']);
const HAS_BEFORE = new Set(['got', 'been', 'had']);
const MODAL = new Set(['could', 'would', 'should', 'must', 'might']);
const ID_BEFORE = new Set(['love', 'like', 'be', 'appreciate', 'really', 'rather', 'have', 'never', 'just']);

/** Writes out one token's contraction: "wasn't" → ["was", "not"], "i'm" → ["i", "am"], "he's" → ["he", "is"]. */
function expand(token: string, next: string | undefined): string[] {
  const apostrophe = token.indexOf("'");
  if (apostrophe < 0) {
    if (token === 'cannot') return ['can', 'not'];
    return [token];
  }
  const head = token.slice(0, apostrophe);
  const tail = token.slice(apostrophe + 1);
  if (tail === 't' && head.endsWith('n')) {
    const base = head.slice(0, -1);
    return [NOT_IRREGULAR[base] ?? base, 'not'];
  }
  if (tail === 'nt') return [head, 'not']; // "was'nt"
  if (tail === 'm') return [head, 'am'];
  if (tail === 'll') return [head, 'will'];
  if (tail === 've') return [head, 'have'];
  if (tail === 'd') return [head, 'would'];
  if (tail === 're') return [head, 'are'];
  if (tail === 's') {
    if (head === 'let') return ['let', 'us'];
    if (PRONOUN_IS.has(head)) return [head, next && HAS_BEFORE.has(next) ? 'has' : 'is'];
    return [head, "'s"];
  }
  return [token];
}

export interface Normalised {
  /** " token token … " */
  text: string;
  /** The sentence asks something directly: it ends in "?" or opens like a question ("Was it…", "Could you…"). */
  question: boolean;
}

const FILLER = new Set([
  'so',
  'and',
  'but',
  'then',
  'ok',
  'well',
  'just',
  'sir',
  'madam',
  "ma'am",
  'please',
  'also',
  'hi',
  'hey',
  'honestly',
  'seriously',
  'really',
  ',',
]);
const WH = new Set(['why', 'who', 'whom', 'whose', 'what', 'which', 'where', 'when']);
const AUX = new Set([
  'was',
  'were',
  'is',
  'are',
  'did',
  'do',
  'does',
  'can',
  'could',
  'would',
  'will',
  'may',
  'might',
  'have',
  'has',
  'had',
  'should',
]);
const SUBJECT = new Set([
  'i',
  'you',
  'we',
  'they',
  'he',
  'she',
  'it',
  'there',
  'the',
  'that',
  'this',
  'anyone',
  'someone',
  'your',
  'my',
]);
const NOT_A_QUESTION_AFTER_HOW = new Set([
  'nice',
  'lovely',
  'kind',
  'good',
  'great',
  'wonderful',
  'thoughtful',
  'generous',
]);

/** "Why me", "so what was it…", "Was it…", "Could you…": a question even without its question mark. */
function opensAsQuestion(words: string[]): boolean {
  let i = 0;
  while (i < words.length && FILLER.has(words[i]!)) i++;
  const [first, second] = [words[i], words[i + 1]];
  if (!first) return false;
  if (WH.has(first)) return second !== 'a' && second !== 'an';
  if (first === 'how') return !second || !NOT_A_QUESTION_AFTER_HOW.has(second);
  return AUX.has(first) && second !== undefined && SUBJECT.has(second);
}

export function normalise(sentence: string): Normalised {
  const marked = sentence.replace(SCARE_QUOTED, (all, before: string, inner: string) =>
    inner.trim().split(/\s+/).length <= 4 ? `${before}\uE000${inner}\uE001` : all,
  );
  const raw = marked.match(TOKEN) ?? [];
  const words: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const original = raw[i]!;
    const quote = QUOTE_TOKENS[original];
    if (quote) {
      words.push(quote);
      continue;
    }
    const token = original.replace(/[’‘`´]/g, "'").toLowerCase();
    const next = raw[i + 1]?.toLowerCase();
    // Phone-typed "id" for "I'd"; "ID" in capitals stays an identity card.
    if (original === 'id' && next && ID_BEFORE.has(next)) {
      words.push('i', 'would');
      continue;
    }
    // "should of" for "should have".
    if (token === 'of' && MODAL.has(words.at(-1) ?? '')) {
      words.push('have');
      continue;
    }
    for (const part of expand(token, next)) {
      const spelled = spellings.get(part);
      if (spelled) words.push(...spelled.split(' '));
      else words.push(part);
    }
  }
  return { text: ` ${words.join(' ')} `, question: sentence.includes('?') || opensAsQuestion(words) };
}
