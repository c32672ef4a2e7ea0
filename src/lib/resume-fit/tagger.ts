// Part of speech for each token of a job description, from compromise (its tagger: a lexicon plus rules, about 100 KB
// brotli, loaded with the analysis only when a check runs). The phrase finder needs to know which word is a verb (the
// duty "schedule appointments"), a noun (the object "appointments") or a lone adjective ("clear"), in fields no word
// list of ours covers. Closed-class words are decided by our own lists first, so they never depend on the tagger.

import nlp from 'compromise/two';
import type { Token } from './tokenize.ts';
import { AUXILIARIES, CONJUNCTIONS, DETERMINERS, PREPOSITIONS, PRONOUNS } from './grammar.ts';

export type Pos = 'verb' | 'noun' | 'adj' | 'adv' | 'prep' | 'conj' | 'det' | 'pron' | 'aux' | 'num' | 'other';

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

function fromTags(tags: Set<string>): Pos {
  if (tags.has('Value') || tags.has('Cardinal')) return 'num';
  if (tags.has('Pronoun')) return 'pron';
  if (tags.has('Determiner')) return 'det';
  if (tags.has('Preposition')) return 'prep';
  if (tags.has('Conjunction')) return 'conj';
  if (tags.has('Copula') || tags.has('Modal') || tags.has('Auxiliary')) return 'aux';
  if (tags.has('Verb') || tags.has('Gerund')) return 'verb';
  if (tags.has('Adverb')) return 'adv';
  if (tags.has('Adjective')) return 'adj';
  if (tags.has('Noun') || tags.has('Acronym')) return 'noun';
  return 'other';
}

const verbCache = new Map<string, boolean>();
const VERB_TAG = /Infinitive|PresentTense|PastTense|Gerund|Participle|Verb|Imperative|Present|Past/;

interface Model {
  one: { lexicon: Record<string, string> };
  two: { switches: Record<string, string> };
}

/** What the tagger's lexicon says of one word form: a verb, not a verb, or unknown. */
function lexiconSaysVerb(word: string): boolean | undefined {
  const { one, two } = (nlp.world() as { model: Model }).model;
  const switched = two.switches[word];
  if (switched) return VERB_TAG.test(switched);
  const tag = one.lexicon[word];
  if (tag) return VERB_TAG.test(tag);
  return undefined;
}

/**
 * Whether a word can be a verb, by the tagger's lexicon (with -s, -ed and -ing taken off). Imperatives that open a
 * line are often tagged nouns in context ("Check deliveries"); words the lexicon does not know are not verbs.
 */
export function canBeVerb(word: string): boolean {
  const lower = word.toLowerCase();
  let known = verbCache.get(lower);
  if (known === undefined) {
    const bases = [lower];
    const m = /^(.{2,}?)(ies|es|s|ied|ed|ing)$/.exec(lower);
    if (m) {
      const stemmed = m[1]!;
      bases.push(stemmed, stemmed + 'e', stemmed + 'y', stemmed.replace(/([^aeiou])\1$/, '$1'));
    }
    known = bases.some((b) => lexiconSaysVerb(b) === true);
    verbCache.set(lower, known);
  }
  return known;
}

const isCapitalised = (word: string) => /^\p{Lu}\p{Ll}/u.test(word);

/** The token continues a sentence on the same line: no line break, bullet or sentence mark before it. */
function midSentence(text: string, tokens: Token[], k: number): boolean {
  const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
  return !/[\n.:;!?•·—–(]/.test(gap);
}

/**
 * One part of speech per token, aligned by offsets (the tagger splits words a little differently from us). `people`,
 * when given, is filled with whether each token names people by their role ("designers", "brokers": the tagger's Actor).
 */
export function tagTokens(text: string, tokens: Token[], people?: boolean[]): Pos[] {
  const docs = (nlp(text) as unknown as { docs: Term[][] }).docs;
  const spans: { start: number; end: number; pos: Pos; actor: boolean }[] = [];
  let cursor = 0;
  for (const sentence of docs) {
    for (const term of sentence) {
      if (!term.text) continue;
      const at = text.indexOf(term.text, cursor);
      if (at < 0) continue;
      spans.push({ start: at, end: at + term.text.length, pos: fromTags(term.tags), actor: term.tags.has('Actor') });
      cursor = at + term.text.length;
    }
  }
  let s = 0;
  return tokens.map((token, k) => {
    const lower = token.text.toLowerCase().replace(/’/g, "'");
    // "Class A CDL": a capital A after a capitalised word is a name, not an article.
    if (token.text === 'A' && k > 0 && /^\p{Lu}/u.test(tokens[k - 1]!.text) && midSentence(text, tokens, k))
      return 'noun';
    // Mid-sentence, a capitalised little word before another capital is part of a name: "After Effects".
    if (k > 0 && isCapitalised(token.text) && isCapitalised(tokens[k + 1]?.text ?? '') && midSentence(text, tokens, k))
      return 'noun';
    // "you'll own a route", "Own a territory": a determiner that can be a verb is one after a modal or "to", or opening
    // a sentence, when an article follows.
    if (DETERMINERS.has(lower) && DETERMINERS.has(tokens[k + 1]?.text.toLowerCase() ?? '') && canBeVerb(lower)) {
      const before = k > 0 ? tokens[k - 1]!.text.toLowerCase().replace(/’/g, "'") : '';
      if (!before || !midSentence(text, tokens, k) || before === 'to' || /'ll$|^(?:will|must|can|would)$/.test(before))
        return 'verb';
    }
    if (DETERMINERS.has(lower)) return 'det';
    if (PREPOSITIONS.has(lower)) return 'prep';
    if (CONJUNCTIONS.has(lower)) return 'conj';
    if (PRONOUNS.has(lower)) return 'pron';
    if (AUXILIARIES.has(lower) || /^(?:you|we|they|i)['’](?:ll|re|ve|d)$/i.test(token.text)) return 'aux';
    if (/^\d/.test(token.text)) return 'num';
    while (s < spans.length && spans[s]!.end <= token.start) s++;
    const span = spans[s];
    const pos = span && span.start <= token.start ? span.pos : 'other';
    if (people) people[k] = !!span && span.start <= token.start && span.actor;
    // "balance the till": after a determiner, a word we do not list as a preposition is a noun.
    if (pos === 'prep' && k > 0 && DETERMINERS.has(tokens[k - 1]!.text.toLowerCase())) return 'noun';
    return pos;
  });
}
