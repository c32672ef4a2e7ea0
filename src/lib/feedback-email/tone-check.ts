// The tone check: reads an email the way a hiring manager would and flags what would burn the bridge (blame,
// insults, sarcasm, comparison with the person hired, asking who or why, asking to reconsider, pressure, asking for
// a call, threats, begging, negotiating, entitlement, shouting, length) and the parts the article says it needs
// (thanks, a request for 2 or 3 tips, interest in future openings). Every kind a sentence has is reported.
//
// The engine is here; what it looks for is data: rules in tone/rules.ts over the word classes of
// tone/vocabulary.ts, and the explanations and better wordings in tone/kinds.ts.
import { kindTexts, sentenceKinds, type EmailKind, type FlagKind, type SentenceKind } from './tone/kinds.ts';
import { normalise } from './tone/normalise.ts';
import { sentenceFeatures } from './tone/features.ts';
import { modelRead, type ToneModel } from './tone/model.ts';
import { compilePattern, firstOf, hasNeeded, neededOf, Tokens, type Matcher, type Needed } from './tone/patterns.ts';
import { partRules, sentenceRules, type Part, type Rule } from './tone/rules.ts';
import { calmVersion, isShouting } from './tone/shouting.ts';
import { splitSentences, type Sentence } from './tone/sentences.ts';
import { wordClasses } from './tone/vocabulary.ts';
import shippedModel from './tone/weights.json' with { type: 'json' };

export { calmVersion } from './tone/shouting.ts';
export { flagKinds, kindTexts, type FlagKind, type SentenceKind, type EmailKind } from './tone/kinds.ts';
export type { Part } from './tone/rules.ts';

export interface ToneFlag {
  kind: FlagKind;
  /** The sentence as written, or null when the flag is about the whole email (length, a missing part). */
  sentence: string | null;
  /** Offsets of the sentence in the text; for a missing part, both are where its wording would go. */
  start: number;
  end: number;
  /** A short name for the problem. */
  label: string;
  /** Why it hurts the person's chance of a helpful reply. */
  why: string;
  /**
   * What "Use this wording" puts in: the whole sentence's replacement (the same for every flag on one sentence),
   * or, for a missing part, the text to insert at `start` (with its spacing). For `too-long`, advice to follow.
   */
  suggestion: string;
}

export interface ToneCheckOptions {
  /** Which parts the email should have; all three by default. A thank-you reply needs no request for tips. */
  expect?: Partial<Record<Part, boolean>>;
  /** Names and labels typed in the form (company, role, people): never read as shouting or as a rude phrase. */
  ignore?: readonly string[];
}

export interface ToneReport {
  flags: ToneFlag[];
  /** Words as whitespace-separated tokens, greeting and sign-off included. */
  words: number;
}

/** Past this many words an email to a busy stranger is too long (the generator writes 80 to 180). */
export const LONG_EMAIL_WORDS = 250;

/** A pattern, compiled on first use; the words it needs are checked before it is tried. */
interface Pattern {
  source: string;
  needed: Needed[];
  /** The words a match can start with; null when it can start anywhere. */
  first: Needed | null;
  anchored: boolean;
  matcher?: Matcher;
  /** The rule this pattern is a `match` of (not set for `unless` patterns). */
  rule?: CompiledRule;
}

interface CompiledRule {
  /** The kind of problem, or the part of the email, that the rule recognises. */
  finds: SentenceKind | Part;
  match: Pattern[];
  unless: Pattern[];
  question: boolean;
}

const pattern = (source: string): Pattern => ({
  source,
  needed: neededOf(source),
  first: firstOf(source),
  anchored: source.trim().startsWith('^ '),
});
const compileRule =
  (finds: SentenceKind | Part) =>
  (rule: Rule): CompiledRule => {
    const compiled: CompiledRule = {
      finds,
      match: rule.match.map(pattern),
      unless: (rule.unless ?? []).map(pattern),
      question: rule.question ?? false,
    };
    for (const p of compiled.match) p.rule = compiled;
    return compiled;
  };

/**
 * Which patterns a sentence could match, found through the words each pattern needs: an index from a needed word
 * (or the first three letters of a needed stem) to the patterns that need it. With some 800 patterns, checking
 * each one against each sentence would cost more than all the matching.
 */
class PatternIndex {
  private byWord = new Map<string, Pattern[]>();
  private byStem = new Map<string, [string, Pattern][]>();
  private always: Pattern[] = [];

  add(p: Pattern) {
    const key = p.needed[0];
    if (!key) return void this.always.push(p);
    for (const w of key.words) this.byWord.set(w, [...(this.byWord.get(w) ?? []), p]);
    for (const stem of key.stems) {
      if (stem.length < 3) return void this.always.push(p);
      const head = stem.slice(0, 3);
      this.byStem.set(head, [...(this.byStem.get(head) ?? []), [stem, p]]);
    }
  }

  candidates(list: string[]): Set<Pattern> {
    const out = new Set<Pattern>();
    for (const p of this.always) out.add(p);
    for (const w of list) {
      for (const p of this.byWord.get(w) ?? []) out.add(p);
      for (const [stem, p] of this.byStem.get(w.slice(0, 3)) ?? []) if (w.startsWith(stem)) out.add(p);
    }
    return out;
  }
}

// Prepared once, on first use: the page loads this module only when the form is first focused.
let compiled: { ask: Pattern; index: PatternIndex } | undefined;

function rules() {
  if (compiled) return compiled;
  const all = [
    ...(Object.entries(sentenceRules) as [SentenceKind, readonly Rule[]][]).flatMap(([k, r]) => r.map(compileRule(k))),
    ...(Object.entries(partRules) as [Part, readonly Rule[]][]).flatMap(([k, r]) => r.map(compileRule(k))),
  ];
  const ask = pattern('{ask}');
  const index = new PatternIndex();
  index.add(ask);
  for (const rule of all) for (const p of [...rule.match, ...rule.unless]) index.add(p);
  compiled = { ask, index };
  return compiled;
}

/** The words of a normalised sentence, and the patterns those words make possible. */
interface Words {
  text: string;
  list: string[];
  set: Set<string>;
  /** The words, with what each word class matches where, worked out as the patterns ask. */
  tokens: Tokens;
  candidates: Set<Pattern>;
}

/** Whether a word could start a match: it is one of the pattern's first words, or starts with one of its stems. */
function canStart(first: Needed | null, word: string): boolean {
  return !first || first.words.has(word) || first.stems.some((stem) => word.startsWith(stem));
}

/**
 * Calls `found` with the matches of the pattern (word positions: the first word, and one past the last) until it
 * returns true; false when none did. A match is reported at its longest (as a greedy regular expression would), or
 * at each of its lengths when `everyLength` (an `unless` overlaps a match if any of its lengths does).
 */
function someMatch(p: Pattern, w: Words, found: (from: number, to: number) => boolean, everyLength = false): boolean {
  if (!w.candidates.has(p) || !hasNeeded(p.needed, w)) return false;
  const m = (p.matcher ??= compilePattern(p.source));
  const last = p.anchored ? 1 : w.list.length;
  for (let i = 0; i < last; i++) {
    if (!canStart(p.first, w.list[i]!)) continue;
    const ends = w.tokens.ends(m.nodes, i);
    if (ends.length === 0) continue;
    if (everyLength ? ends.some((e) => found(i, e)) : found(i, Math.max(...ends))) return true;
  }
  return false;
}

const NEGATORS = new Set(wordClasses.negator);
const CLAUSE_BREAK = new Set([',', ';', ':', 'but', '(', ')']);

// A match that opens a clause of its own ("…how much I need this", "…that you were rushed") is not negated by a
// "not" of the clause before it ("you don't understand how much I need this").
const OPENS_CLAUSE = new Set(['how', 'what', 'why', 'that', 'who', 'whoever', 'which', 'if', 'when', 'where']);

/** A negation among the three words before word `at` of the same clause ("I won't ask who…", "no need to call"). */
function negatedAt(list: string[], at: number): boolean {
  if (OPENS_CLAUSE.has(list[at]!)) return false;
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const word = list[i]!;
    if (CLAUSE_BREAK.has(word) || OPENS_CLAUSE.has(word)) return false;
    // "a no" is a refusal, not a negation.
    if (word === 'no' && (list[i - 1] === 'a' || list[i - 1] === 'the')) continue;
    if (NEGATORS.has(word)) return true;
  }
  return false;
}

const overlapped = (unless: Pattern[], w: Words, from: number, to: number) =>
  unless.some((p) => someMatch(p, w, (a, b) => a < to && b > from, true));

/** Whether a rule finds its structure in the sentence, through those of its patterns the sentence's words allow. */
function ruleMatches(rule: CompiledRule, w: Words, question: () => boolean): boolean {
  if (rule.question && !question()) return false;
  return rule.match.some((p) =>
    someMatch(p, w, (from, to) => !negatedAt(w.list, from) && !overlapped(rule.unless, w, from, to)),
  );
}

/** Replaces each ignored phrase (whole words, any case) with x's of the same length, so offsets still match. */
function mask(text: string, phrases: readonly string[]): string {
  let masked = text;
  for (const phrase of phrases) {
    const p = phrase.trim();
    if (p.length < 2) continue;
    const escaped = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const whole = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
    masked = masked.replace(whole, (found) => found.replace(/[\p{L}\p{N}]/gu, 'x'));
  }
  return masked;
}

const GREETING =
  /^\s*(?:dear|hi|hello|hey|hiya|heya|yo|greetings|respected|to whom|to whoever|g'?day|howzit|good (?:morning|afternoon|evening|day)|morning|afternoon|evening|ma'?am|sir|madam)\b/i;
const CLOSING =
  /^\s*(?:(?:with )?(?:kind|kindest|best|warm|warmest|many|all the|with)?\s*(?:regards|wishes|thanks|best)|best|cheers|thanks|thank you|thx|ta|sincerely|yours|respectfully|faithfully|warmly|take care|god bless|thanking you|rgds|br|love|xx+|peace|all the best|talk soon|speak soon|go raibh|with thanks|with gratitude|many thanks|thanks again|thanks in advance|regards)\b[^.!?]{0,40}$/i;

interface Layout {
  /** Index of the first sentence after the greeting line. */
  bodyFrom: number;
  /** Index of the first sentence of the sign-off block (closing phrase and name), or the count. */
  signOffFrom: number;
}

function layout(sentences: Sentence[]): Layout {
  let bodyFrom = 0;
  const first = sentences[0];
  const greets = first && GREETING.test(first.text) && first.text.split(/\s+/).length <= 8;
  if (sentences.length > 1 && greets && (first.wholeLine || /,$/.test(first.text))) bodyFrom = 1;
  let signOffFrom = sentences.length;
  for (let i = sentences.length - 1; i > Math.max(bodyFrom, sentences.length - 5); i--) {
    const s = sentences[i]!;
    if (CLOSING.test(s.text) && s.text.split(/\s+/).length <= 6) signOffFrom = i;
  }
  // A bare name at the very end ("Jo", "ryan") belongs to the sign-off too.
  const last = sentences.length - 1;
  if (signOffFrom === sentences.length && last > bodyFrom) {
    const s = sentences[last]!;
    if (s.wholeLine && s.text.split(/\s+/).length <= 3 && !/[.!?]$/.test(s.text)) signOffFrom = last;
  }
  return { bodyFrom, signOffFrom };
}

// "Thanks," "Thank you again." "Many thanks!": thanks with nothing thanked, which only counts inside the body.
const BARE_THANKS =
  /^ (?:(?:many|big|huge|so|very|much|again|once|thanks|thank|you|u|thx|cheers|and|a|lot|heaps|god|bless|po|kindly|in|advance|with|regards|ever|truly|sincerely|ta|,|!)\s)+$/;

/** Priority for the one wording that replaces a sentence with several problems: the request kinds first. */
const WORDING_ORDER: SentenceKind[] = [
  'asking-why',
  'asking-who-was-hired',
  'comparison',
  'asking-to-reconsider',
  'negotiating',
  'entitlement',
  'begging',
  'threat',
  'insult',
  'blame',
  'sarcasm',
  'pressure',
  'asking-for-a-call',
  'shouting',
];

/** Whitespace-separated tokens, counted without building an array of them (this runs on every keystroke). */
function whitespaceWords(text: string): number {
  let words = 0;
  for (const nonSpace = /\S+/g; nonSpace.exec(text);) words++;
  return words;
}

const partNames: Part[] = ['thanks', 'tips-request', 'future-interest'];

interface Analysed {
  sentence: Sentence;
  kinds: SentenceKind[];
  parts: Set<Part>;
}

// What each sentence was found to have, by its text: while someone types, every sentence but one is unchanged.
const seen = new Map<string, { kinds: SentenceKind[]; parts: Set<Part> }>();
const SEEN_MAX = 2000;

/** Forgets the sentences already read, so the next check reads every sentence afresh (the bench's cold figure). */
export function clearToneCache(): void {
  seen.clear();
}

// The learned part (tone/model.ts): adds the kinds the rules missed in the body of the email, when confident.
let model: ToneModel | null = shippedModel as ToneModel;

/**
 * Reads with another learned model, or with the rules alone (null); the shipped weights when called with no
 * argument. For training and cross-validation (scripts/tone-train.ts), which read each case with a model that never
 * saw it.
 */
export function useToneModel(next: ToneModel | null = shippedModel as ToneModel): void {
  model = next;
  seen.clear();
}

function analyse(sentence: Sentence, masked: string, inBody: boolean): Analysed {
  const raw = masked.slice(sentence.start, sentence.end);
  const key = `${inBody ? 'b' : 's'}${raw}`;
  const known = seen.get(key);
  if (known) return { sentence, kinds: known.kinds, parts: known.parts };
  const result = read(raw, inBody);
  if (seen.size >= SEEN_MAX) seen.clear();
  seen.set(key, result);
  return { sentence, ...result };
}

/** A sentence's words as the rules read them, and whether it asks (directly, or indirectly: "may I ask…"). */
function view(raw: string): { w: Words; question: () => boolean } {
  const { text, question: direct } = normalise(raw);
  const r = rules();
  const list = text.trim().split(' ');
  const w: Words = { text, list, set: new Set(list), tokens: new Tokens(list), candidates: r.index.candidates(list) };
  let asks: boolean | undefined;
  return { w, question: () => (asks ??= direct || someMatch(r.ask, w, () => true)) };
}

/** What the rules find in a sentence, with the words they read. */
function ruleRead(raw: string, inBody: boolean) {
  const { w, question } = view(raw);
  // Only the rules that one of the sentence's words makes possible.
  const found = new Set<SentenceKind | Part>();
  const tried = new Set<CompiledRule>();
  for (const p of w.candidates) {
    const rule = p.rule;
    if (!rule || tried.has(rule) || found.has(rule.finds)) continue;
    tried.add(rule);
    if (ruleMatches(rule, w, question)) found.add(rule.finds);
  }
  if (isShouting(raw, inBody)) found.add('shouting');
  return { w, question, found };
}

/** What the learned model sees: the sentence's features, and the parts of the email the rules found in it. */
function featuresOf(w: Words, question: () => boolean, found: Set<SentenceKind | Part>): string[] {
  const features = sentenceFeatures(w, question());
  for (const part of partNames) if (found.has(part)) features.push(`part:${part}`);
  return features;
}

/** What the learned model sees in a sentence of the body (tone/features.ts). */
export function toneFeatures(raw: string): string[] {
  const { w, question, found } = ruleRead(raw, true);
  return featuresOf(w, question, found);
}

function read(raw: string, inBody: boolean): { kinds: SentenceKind[]; parts: Set<Part> } {
  const { w, question, found } = ruleRead(raw, inBody);
  if (model && inBody) {
    const features = featuresOf(w, question, found);
    // Where the rules found a problem, their reading stands: the model flags sentences the rules left clean (of
    // everything but shouting, which is about form).
    const learned = modelRead(model, features);
    // …unless the model is confident the sentence is clean of that kind (model.veto).
    for (const k of sentenceKinds) if (k !== 'shouting' && found.has(k) && learned.vetoed(k)) found.delete(k);
    const ruled = sentenceKinds.some((k) => k !== 'shouting' && found.has(k));
    if (!ruled) for (const kind of learned.kinds) found.add(kind);
    for (const part of learned.parts) found.add(part);
  }
  const parts = new Set(partNames.filter((part) => found.has(part)));
  return { kinds: sentenceKinds.filter((k) => found.has(k)), parts };
}

// Whether a wording asks for tips, read by the same rules as the email; the wordings are few, so each is read once.
const wordingAsks = new Map<string, boolean>();
function asksForTips(wording: string): boolean {
  let asks = wordingAsks.get(wording);
  if (asks === undefined) wordingAsks.set(wording, (asks = ruleRead(wording, true).found.has('tips-request')));
  return asks;
}

function wordingFor(a: Analysed, tipsElsewhere: boolean, text: string): string {
  const kind = WORDING_ORDER.find((k) => a.kinds.includes(k))!;
  if (kind === 'shouting') return calmVersion(text.slice(a.sentence.start, a.sentence.end));
  const t = kindTexts[kind];
  // The sentence was the email's only request for tips: its replacement keeps one.
  if (a.parts.has('tips-request') && !tipsElsewhere) {
    return asksForTips(t.wording) ? t.wording : kindTexts['missing-tips-request'].wording;
  }
  // Another sentence asks already: the replacement must not ask again.
  if (tipsElsewhere && asksForTips(t.wording)) return t.wordingWhenTipsAsked ?? '';
  return t.wording;
}

/** Where a missing part's wording goes, and the text to insert there (with its spacing). */
function insertion(part: EmailKind, text: string, sentences: Sentence[], l: Layout, found: Analysed[]) {
  const wording = kindTexts[part].wording;
  const greeting = l.bodyFrom > 0 ? sentences[0] : undefined;
  if (part === 'missing-thanks') {
    if (greeting) return { at: greeting.end, insert: `\n\n${wording}` };
    return { at: 0, insert: `${wording} ` };
  }
  // The tips request goes before the sentence about future openings; both go before the closing thanks
  // ("Thank you again for your time.") when there is one, else before the sign-off.
  const future = part === 'missing-tips-request' ? found.find((a) => a.parts.has('future-interest')) : undefined;
  const closing = found[l.signOffFrom - 1];
  const closingThanks =
    closing && l.signOffFrom - 1 > l.bodyFrom && closing.sentence.wholeLine && closing.parts.has('thanks')
      ? closing.sentence
      : undefined;
  const before = future?.sentence ?? closingThanks ?? sentences[l.signOffFrom];
  if (before && before.start > (greeting?.end ?? -1)) {
    const lineStart = text.lastIndexOf('\n', before.start - 1) + 1;
    if (text.slice(lineStart, before.start).trim() === '') return { at: lineStart, insert: `${wording}\n\n` };
    return { at: before.start, insert: `${wording} ` };
  }
  const end = text.trimEnd().length;
  return { at: end, insert: end ? `\n\n${wording}` : wording };
}

/** The sentences of an email's body (after the greeting, before the sign-off): where the learned model reads. */
export function bodySentences(text: string): string[] {
  const sentences = splitSentences(text);
  const l = layout(sentences);
  return sentences.slice(l.bodyFrom, l.signOffFrom).map((s) => s.text);
}

export function checkTone(text: string, options: ToneCheckOptions = {}): ToneReport {
  const expect = { thanks: true, 'tips-request': true, 'future-interest': true, ...options.expect };
  const masked = mask(text, options.ignore ?? []);
  const sentences = splitSentences(masked);
  const l = layout(sentences);
  const analysed = sentences.map((s, i) => analyse(s, masked, i >= l.bodyFrom && i < l.signOffFrom));

  // Thanks counts in the body; a bare "Thanks," or "Thank you again." at the close does not.
  const lastBody = l.signOffFrom - 1;
  const has = (part: Part) =>
    analysed.some((a, i) => {
      if (!a.parts.has(part)) return false;
      if (part !== 'thanks') return true;
      const bare = BARE_THANKS.test(normalise(masked.slice(a.sentence.start, a.sentence.end)).text);
      return !(bare && i >= lastBody) && !(i >= l.signOffFrom);
    });

  const flags: ToneFlag[] = [];
  const tipsSentences = analysed.filter((a) => a.parts.has('tips-request'));
  for (const a of analysed) {
    if (a.kinds.length === 0) continue;
    const tipsElsewhere = tipsSentences.some((t) => t !== a);
    const suggestion = wordingFor(a, tipsElsewhere, text);
    const sentence = text.slice(a.sentence.start, a.sentence.end);
    for (const kind of a.kinds) {
      const { label, why } = kindTexts[kind];
      flags.push({ kind, sentence, start: a.sentence.start, end: a.sentence.end, label, why, suggestion });
    }
  }

  const words = whitespaceWords(text);
  const whole = (kind: EmailKind, at = 0, insert = '') => {
    const { label, why } = kindTexts[kind];
    flags.push({ kind, sentence: null, start: at, end: at, label, why, suggestion: insert });
  };
  if (words > LONG_EMAIL_WORDS) whole('too-long', 0, kindTexts['too-long'].wording);
  const missing: [Part, EmailKind][] = [
    ['thanks', 'missing-thanks'],
    ['tips-request', 'missing-tips-request'],
    ['future-interest', 'missing-future-interest'],
  ];
  for (const [part, kind] of missing) {
    if (!expect[part] || has(part)) continue;
    const { at, insert } = insertion(kind, text, sentences, l, analysed);
    whole(kind, at, insert);
  }
  return { flags, words };
}
