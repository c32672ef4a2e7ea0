// Reading-grade estimate for the guides and lessons: readers are often upset and on a phone, so the words must stay
// simple. The content tests and the readability bench use it; the site itself never does.
import { sentences } from '#/lib/text/sentences.ts';
import { words } from '#/lib/text/words.ts';

/** Counts, for a piece of plain text, that the Flesch–Kincaid formula needs. */
export interface TextStats {
  sentences: number;
  words: number;
  syllables: number;
}

// Words that the vowel-group heuristic gets wrong and that the guides use.
const syllableExceptions: Record<string, number> = {
  anyone: 3,
  business: 2,
  clothes: 1,
  employer: 3,
  every: 2,
  interview: 3,
  interviewer: 4,
  interviewers: 4,
  interviews: 3,
  maybe: 2,
  people: 2,
  resume: 3,
  resumes: 3,
  someone: 2,
  something: 2,
  sometimes: 2,
  whether: 2,
};

/**
 * Estimates the syllables in one English word from its vowel groups, with the usual corrections
 * (a silent final "e", "-ed"/"-es" endings that add no sound, a trailing consonant + "le" that does).
 * Good enough to rank texts by difficulty; not a dictionary.
 */
export function countSyllables(rawWord: string): number {
  const word = rawWord.toLowerCase().replace(/[^a-z]/g, '');
  if (word.length === 0) return /\d/.test(rawWord) ? 1 : 0;
  const known = syllableExceptions[word];
  if (known !== undefined) return known;
  const suffixed = word
    // A silent "e" before a suffix (likely, useful, statement).
    .replace(/([^aeiouy])e(ful|ly|ment|ness|less)$/, '$1$2')
    // "-ed" after anything but t/d is silent (asked, used); "-es" after most consonants too (makes, takes).
    .replace(/(?:[^aeiouytd]ed|[^aeiouyszxhcg]es)$/, (m) => m.charAt(0));
  // A silent final "e" (take, role), but not in "-le" after a consonant (simple, table).
  const silentE = /[^aeiouy]le$/.test(suffixed) ? suffixed : suffixed.replace(/([^aeiouy])e$/, '$1');
  const trimmed = silentE.replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]+/g)?.length ?? 0;
  // Vowel pairs read as two sounds (media, being, trying, easier, casual, idea), and "n't" after a consonant (didn't).
  const splits = trimmed.match(/(?<![cgstx])i[aou]|[aeiou]ing|yi|(?<![qg])ua|ea$|ie(?:r|st)$/g)?.length ?? 0;
  const contraction = /[^aeiouy'’]n['’]t$/i.test(rawWord) ? 1 : 0;
  return Math.max(1, groups + splits + contraction);
}

/**
 * Counts sentences: text ending in . ! or ?, and every line (a heading or list item is read as one sentence even
 * without a full stop). Pieces without a word do not count.
 */
export function countSentences(text: string): number {
  return sentences(text).filter((s) => words(s.text).length > 0).length;
}

/** Sentences, words and syllables of plain text (run `mdxToPlainText` first on Markdown). */
export function textStats(text: string): TextStats {
  const all = words(text);
  const syllables = all.reduce(
    (sum, word) => sum + word.split(/[-]/).reduce((s, part) => s + countSyllables(part), 0),
    0,
  );
  return { sentences: countSentences(text), words: all.length, syllables };
}

/**
 * The Flesch–Kincaid grade level of plain text: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
 * Roughly the US school grade needed to read it easily. Empty text is grade 0.
 */
export function fleschKincaidGrade(text: string): number {
  const { sentences, words, syllables } = textStats(text);
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/**
 * Turns an MDX or Markdown document into the plain text a reader sees: drops frontmatter, import/export lines,
 * JSX/HTML tags, code and URLs; keeps link text, list items, headings and quotes as separate lines.
 */
export function mdxToPlainText(source: string): string {
  return (
    source
      .replace(/\r\n?/g, '\n')
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .replace(/^(?:import|export)\s.*$/gm, '')
      .replace(/```[\s\S]*?```/g, '')
      .replace(/`([^`]*)`/g, '$1')
      // Images vanish; links keep their text.
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<\/?[A-Za-z][^>]*>/g, '')
      .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
      .replace(/^[ \t]*(?:#{1,6}|>+|[-*+]|\d+[.)])(?:[ \t]+|$)/gm, '')
      .replace(/(\*\*|__|\*|_)(\S(?:[\s\S]*?\S)?)\1/g, '$2')
      .replace(/^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/gm, '')
      .replace(/[ \t]+/g, ' ')
      .replace(/\n{2,}/g, '\n')
      .trim()
  );
}
