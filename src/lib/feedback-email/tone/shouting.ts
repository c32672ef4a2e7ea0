// Shouting is about form, not words: ordinary words in capitals ("SO", "NOT", "THANK YOU"), runs of ! or ?
// ("!!!", "?!?!", "???"), and rows of emoji ("😡😡😡"). Acronyms (HR, CV, STAR, CSCS) and names in capitals are
// not shouting; one "!" and one emoji are fine.
import { acronyms, ordinaryCapitals } from './vocabulary-shouting.ts';

// Words in capitals, two letters or more ("I" alone is not shouting, "I'M" is).
const CAPS_WORD = /(?<![\p{L}\p{N}])(?=\p{Lu}['’]?\p{Lu})\p{Lu}+(?:['’]\p{Lu}+)?(?![\p{L}\p{N}])/gu;
const PUNCTUATION_RUN = /!{2,}|\?{3,}|[!?]*(?:\?!|!\?)[!?]*/;
const EMOJI = String.raw`\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*`;
const EMOJI_RUN = new RegExp(`${EMOJI}(?:\\s*${EMOJI})+`, 'u');
const EMOJI_RUN_G = new RegExp(`\\s*${EMOJI}(?:\\s*${EMOJI})+`, 'gu');

// Words after which a word in capitals is emphasis, not a name: "my DREAM job", "was TOTALLY", "not FAIR". (Names and
// brands in capitals follow "the", "a", "at", "for"… instead.)
const STRESS_AFTER =
  /(?:^|[\s,])(?:my|so|very|really|was|is|am|are|were|be|been|not|just|totally|absolutely|completely|i|you|it|to|and|but|this|that|your|me|most|too|how|what)\s+$/i;
// Long enough to be a word rather than an initialism, with a vowel in it.
const WORDLIKE = /^(?=.*[AEIOUY])\p{Lu}{4,}$/u;

/** The words in capitals that read as raised voice: ordinary words, or several capitalised words in a row. */
export function shoutedWords(sentence: string): string[] {
  const caps = [...sentence.matchAll(CAPS_WORD)].filter((m) => !acronyms.has(m[0].replace(/['’]/g, '')));
  const shouted = new Set<string>();
  caps.forEach((m, i) => {
    const word = m[0];
    const bare = word.replace(/['’].*$/, '').toLowerCase();
    const stressed = WORDLIKE.test(word) && STRESS_AFTER.test(sentence.slice(0, m.index));
    const ordinary =
      stressed || ordinaryCapitals.has(bare) || (bare.length >= 5 && /(?:ly|ing|ed|est|ful|less|ness)$/.test(bare));
    // Two capitalised words in a row ("I GAVE EVERYTHING"), with only spaces or short words between.
    const next = caps[i + 1];
    const previous = caps[i - 1];
    const joined = (a: RegExpMatchArray, b: RegExpMatchArray) =>
      /^[\s,]*$/.test(sentence.slice(a.index! + a[0].length, b.index));
    const inRun = (next && joined(m, next)) || (previous && joined(previous, m));
    if (ordinary || inRun) shouted.add(word);
  });
  return [...shouted];
}

/** Whether the sentence shouts. Greetings and sign-offs are read for ! and emoji only: names there may be in capitals. */
export function isShouting(sentence: string, capitals = true): boolean {
  return PUNCTUATION_RUN.test(sentence) || EMOJI_RUN.test(sentence) || (capitals && shoutedWords(sentence).length > 0);
}

/** The sentence without the shouting: capitals lowered (acronyms and names kept), one mark, no rows of emoji. */
export function calmVersion(sentence: string): string {
  const shouted = new Set(shoutedWords(sentence));
  let out = sentence.replace(CAPS_WORD, (word) =>
    shouted.has(word) ? word.toLowerCase().replace(/^i(?=$|['’])/, 'I') : word,
  );
  out = out
    .replace(EMOJI_RUN_G, '')
    .replace(/[!?]*\?[!?]*/g, '?')
    .replace(/!{2,}/g, '!')
    .replace(/\s+$/, '');
  if (!/[.!?…]["'”’)\]]*$/.test(out)) out += '.';
  return out.charAt(0).toUpperCase() + out.slice(1);
}
