// How strong the resume's evidence for one requirement is, as named measurements the verdict model weighs
// (verdict.ts): how many of the requirement's words one line or sentence of the resume holds, whether its head word is
// among them, whether the words found are only the modifiers ("motion" of "motion graphics") or the head with a
// modifier missing ("license" for "driver's license"), whether the duty's own verb is there, and what kind of thing is
// asked. The measurements say nothing about any field: they are the shape of the evidence.

import { tokenize, type Token } from './tokenize.ts';
import { PREPOSITIONS } from './grammar.ts';
import { STOP_WORDS, type Range } from './find.ts';

/** A span of resume tokens: a sentence (or bullet) or a whole line. */
export type Span = readonly [from: number, to: number];

export interface Units {
  /** Sentences and bullets: what one claim of a resume usually is. */
  sentences: Span[];
  /** Whole lines (a paragraph written as one line is several sentences). */
  lines: Span[];
}

/** The resume's sentences and lines, as token spans. */
export function resumeUnits(text: string, tokens: Token[], breaks: boolean[]): Units {
  const sentences: Span[] = [];
  const lines: Span[] = [];
  let sentence = 0;
  let line = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const newline = i === tokens.length || /\n/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
    if (i === tokens.length || breaks[i] || newline) {
      sentences.push([sentence, i]);
      sentence = i;
    }
    if (newline) {
      lines.push([line, i]);
      line = i;
    }
  }
  return { sentences, lines };
}

/** A content word right before another, in the same phrase (a space or hyphen apart). */
function modifies(before: Token, word: Token): boolean {
  return (
    word.start - before.end <= 1 &&
    /^\p{L}[\p{L}'-]*$/u.test(before.text) &&
    !STOP_WORDS.has(before.norm) &&
    !PREPOSITIONS.has(before.text.toLowerCase())
  );
}

/** The named measurements, each 0 to 1. */
export const FEATURES = [
  'twoWords',
  'unitShare',
  'lineShare',
  'anyShare',
  'allAnywhere',
  'modifierMissing',
  'headMissing',
  'verbAsked',
  'verbAndHead',
  'looseShare',
  'verbShown',
  'verbsAll',
  'nameMissing',
  'kindMissing',
  'foundTopic',
  'headInPhrase',
] as const;
export type Feature = (typeof FEATURES)[number];
export type Features = Record<Feature, number>;

export interface Partial {
  features: Features;
  /** Where the words of the best line or sentence are (a few). */
  ranges: Range[];
  /** The resume's own words for the requirement's words it has. */
  present: string[];
}

export interface Asked {
  /** The content words that carry the requirement (normalised). */
  words: string[];
  /** Index in `words` of the head: "license" of "driver's license", "attention" of "attention to detail". */
  head: number;
  /** The duty's own verbs, when it has some that are not light ("reroute" drivers, not "handle"). */
  verbs: string[];
  /** Which of `words` are written as names or codes in the description (ZIMS, WDO, 811, Passare). */
  names?: boolean[];
  /** Which of `words` other requirements of the description also ask: the ad's own subject ("timber" in a forestry ad). */
  topics?: boolean[];
}

/**
 * The head of a phrase: its last content word before a preposition ("hours of service" → hours, "design for
 * manufacturability" → design), else its last content word ("interior trim" → trim).
 */
export function headOf(label: string, words: string[]): number {
  const tokens = tokenize(label);
  const first = tokens.findIndex((t) => words.includes(t.norm));
  const preposition = tokens.findIndex((t, k) => k > first && first >= 0 && PREPOSITIONS.has(t.text.toLowerCase()));
  if (preposition > 0) {
    for (let k = preposition - 1; k >= 0; k--) {
      const at = words.indexOf(tokens[k]!.norm);
      if (at >= 0) return at;
    }
  }
  return words.length - 1;
}

/**
 * Measures the partial evidence for `asked` in the resume. `matches(word)` gives the tokens that show a word (its
 * forms, synonyms); `loosely(word)`, when given, the tokens of words related to it (relations.ts: "talk" for
 * "speak", "service" for "serve"), which count as evidence the model weighs apart (looseShare). The best unit is the
 * sentence holding most of the words, the head breaking ties.
 */
export function measure(
  asked: Asked,
  tokens: Token[],
  units: Units,
  matches: (word: string) => number[],
  loosely: (word: string) => number[] = () => [],
): Partial {
  const { words, head, verbs } = asked;
  const strict = words.map(matches);
  const union = (word: string, own: number[]) => {
    const extra = loosely(word);
    return extra.length ? [...new Set([...own, ...extra])] : own;
  };
  const at = words.map((w, k) => union(w, strict[k]!));
  const verbAt = verbs.map((v) => union(v, matches(v)));
  const best = (spans: Span[]) => {
    let top = { count: 0, head: false, verb: false, span: undefined as Span | undefined };
    for (const span of spans) {
      const inside = (list: number[]) => list.some((i) => i >= span[0] && i < span[1]);
      const count = at.filter(inside).length;
      const hasHead = inside(at[head] ?? []);
      const verb = verbAt.some(inside);
      const better =
        count > top.count ||
        (count === top.count && Number(hasHead) + Number(verb) > Number(top.head) + Number(top.verb));
      if (better) top = { count, head: hasHead, verb, span };
    }
    return top;
  };
  const sentence = best(units.sentences);
  const line = best(units.lines);
  const n = words.length;
  const found = at.filter((list) => list.length > 0).length;
  const span = sentence.span;
  const inUnit = (k: number) => !!span && at[k]!.some((i) => i >= span[0] && i < span[1]);
  const missingInUnit = words.map((_, k) => k).filter((k) => !inUnit(k));
  const features: Features = {
    twoWords: Number(n === 2),
    unitShare: n ? sentence.count / n : 0,
    lineShare: n ? line.count / n : 0,
    anyShare: n ? found / n : 0,
    // Every word is somewhere in the resume, the best sentence holding some: "site plans" by "site" in one bullet and
    // "plans" in another about the same work.
    allAnywhere: Number(n > 1 && found === n),
    // Found: the head, and some words are missing, all of them before it ("license" for "driver's license").
    modifierMissing: Number(
      sentence.head && missingInUnit.length > 0 && missingInUnit.every((k) => k < head) && sentence.count > 0,
    ),
    // Found: some words, never the head ("motion" for "motion graphics").
    headMissing: Number(sentence.count > 0 && !sentence.head),
    verbAsked: Number(verbs.length > 0),
    // The duty's verb with its object's head in one sentence: "led interdisciplinary rounds" by "lead daily rounds".
    verbAndHead: Number(sentence.verb && sentence.head),
    // Words of the best sentence shown only by a related word ("gave talks" for "public speaking").
    looseShare:
      n && span
        ? words.filter((_, k) => inUnit(k) && !strict[k]!.some((i) => i >= span[0] && i < span[1])).length / n
        : 0,
    // The duty's own verb (or a related one) in the best sentence, with or without its object's head.
    verbShown: Number(sentence.verb),
    // A name or code of the requirement is nowhere in the resume ("daily keeper reports in ZIMS"): what is there is
    // the kind of work, not the thing asked.
    nameMissing: Number((asked.names ?? []).some((isName, k) => isName && !at[k]!.length)),
    // A two-word name of a thing, not a duty, whose first word is missing: that word says which kind ("motion
    // graphics" is not "social graphics", a driver's licence is not a licence to practise).
    kindMissing: Number(n === 2 && !verbs.length && sentence.head && sentence.count === 1),
    // Two verbs or more, all in that sentence: "mixed and applied products per label" for "mix and apply pesticides".
    verbsAll: Number(
      verbs.length > 1 && !!span && verbAt.every((list) => list.some((i) => i >= span[0] && i < span[1])),
    ),
    // Some words missing, and those found are all the description's own subject, asked by other requirements too
    // ("grooming" of "cat grooming" in a dog groomer's ad): what is found says the field, not the thing asked.
    foundTopic: Number(
      sentence.count > 0 && missingInUnit.length > 0 && words.every((_, k) => !inUnit(k) || !!asked.topics?.[k]),
    ),
    // The head found inside a phrase of the resume's own, another word where the asked one would be ("resin infusion"
    // for "vacuum infusion", "cruise plots" for "timber cruises"). Measured, not assumed: fitted on the development
    // pairs it counts for "shown" (a resume names the thing its own way far more often than it names another kind).
    headInPhrase: Number(
      n >= 2 &&
        !!span &&
        sentence.head &&
        missingInUnit.length > 0 &&
        missingInUnit.every((k) => k < head) &&
        at[head]!.some(
          (i) =>
            i > span[0] && i < span[1] && modifies(tokens[i - 1]!, tokens[i]!) && !at.some((l) => l.includes(i - 1)),
        ),
    ),
  };
  const ranges: Range[] = [];
  if (span)
    for (const list of [...at, ...verbAt])
      for (const i of list)
        if (i >= span[0] && i < span[1]) ranges.push({ start: tokens[i]!.start, end: tokens[i]!.end });
  const present = [...new Set(at.filter((list) => list.length).map((list) => tokens[list[0]!]!.text))];
  return { features, ranges, present };
}
