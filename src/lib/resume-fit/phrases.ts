// The phrases a requirement sentence asks for, by its structure: clauses (split at ; : dashes and brackets), their
// conjuncts (split at commas, "and", "or"), and in each conjunct the core: a noun phrase ("espresso extraction"), a
// verb and its object ("coordinate subcontractors"), with the frame around it trimmed ("strong working knowledge of",
// "experience", "a plus"). A verb shared by a list is dropped ("prepares RFPs, ITBs and RFQs" asks for three things);
// two short nouns joined by "and" stay one item ("injections and vaccines"); conjuncts joined by "or" are alternatives.
// Examples after "such as", "including" or in brackets become their own either-or item.

import { canBeVerb, type Pos } from './tagger.ts';
import {
  CREDENTIAL_WORDS,
  FILLER_ADVERBS,
  FRAME_WORDS,
  GENERIC_NOUNS,
  MANNER_WORDS,
  QUANTITY_NOUNS,
  TRAILING_FRAMES,
} from './grammar.ts';
import { cueOf, type Cue } from './cues.ts';

export interface Word {
  /** Index in the document's tokens. */
  i: number;
  text: string;
  lower: string;
  norm: string;
  pos: Pos;
  start: number;
  end: number;
  /** Text between the previous word of the sentence (or its start) and this one. */
  gap: string;
  /** A short name in brackets right after it: "Requests for Proposals (RFPs)". */
  aliases?: Word[][];
}

export interface Phrase {
  /** Token indexes of the core, in order. */
  tokens: number[];
  start: number;
  end: number;
  /** Token indexes of leading verbs ("diagnose and repair" leaks). */
  verbs: number[];
  /** Alternatives share a group number. */
  group: number;
  /** Names in brackets right after it that stand for it: "Requests for Proposals (RFPs)". */
  aliases: number[][];
  cue: Cue;
  /** Found in a bracket or after "such as": examples of the thing before. */
  example: boolean;
}

type Link = 'start' | 'comma' | 'and' | 'or' | 'frame';

interface Conjunct {
  words: Word[];
  link: Link;
  core: Word[];
  verbs: Word[];
  tail: Word[];
  verbLed: boolean;
  text: string;
}

interface Clause {
  words: Word[];
  paren: boolean;
  examples: boolean;
  start: number;
  end: number;
}

const CLAUSE_GAP = /[;:!?]|\.(?:\s|$)|[()[\]]|\s[—–-]\s|—|[•·|]/;
const DASH = /\s[—–-]\s|—/;
const EXAMPLE_OPENERS = new Set(['including', 'like', 'e.g', 'eg', 'incl']);
/** Prepositions a verb with no object of its own takes its object through: "coordinate with housekeeping". */
const VERB_PREPOSITIONS = new Set(['with', 'to', 'for', 'on', 'in', 'about', 'into', 'through']);

const capitalised = (w: Word) => /^\p{Lu}/u.test(w.text);
const isNameLike = (w: Word) =>
  /^\p{Lu}[\p{L}\d]*\p{Lu}/u.test(w.text) || /\d/.test(w.text) || /\p{Ll}\p{Lu}/u.test(w.text);

function isContent(w: Word): boolean {
  if (['det', 'prep', 'conj', 'pron', 'aux'].includes(w.pos)) return false;
  if (MANNER_WORDS.has(w.lower) || FILLER_ADVERBS.has(w.lower)) return false;
  if (w.pos === 'adv' && /ly$/.test(w.lower) && !isNameLike(w)) return false;
  return true;
}

function isLeadingTrim(w: Word, next: Word | undefined): boolean {
  if (!isContent(w) || FRAME_WORDS.has(w.lower) || MANNER_WORDS.has(w.lower)) return true;
  return QUANTITY_NOUNS.has(w.lower) && !!next && isContent(next);
}

/** "barista experience in a café": the frame noun ends one phrase and its object starts the next. */
const FRAME_NOUNS = new Set([
  'experience',
  'background',
  'knowledge',
  'expertise',
  'skills',
  'proficiency',
  'training',
]);
const PARTICLES = new Set(['up', 'out', 'in', 'off', 'down', 'over', 'back', 'through']);

function isTrailingTrim(w: Word): boolean {
  return (
    !isContent(w) ||
    TRAILING_FRAMES.has(w.lower) ||
    MANNER_WORDS.has(w.lower) ||
    (FRAME_WORDS.has(w.lower) && w.pos !== 'noun')
  );
}

/** Splits a sentence's words into clauses; brackets and "such as" lists are clauses of their own. */
function clauses(input: Word[]): Clause[] {
  const words = [...input];
  const out: Clause[] = [];
  let current: Word[] = [];
  let depth = 0;
  let paren = false;
  let examples = false;
  const flush = () => {
    if (current.length)
      out.push({ words: current, paren, examples, start: current[0]!.start, end: current.at(-1)!.end });
    current = [];
  };
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    // A name of one or two words in brackets after a word is another name for it, not a clause: "(RFPs)", "(ACM)".
    if (k > 0 && current.length && /\(\s*$/.test(w.gap) && !/\)/.test(w.gap)) {
      let m = k;
      while (m + 1 < words.length && m - k < 2 && !/\)/.test(words[m + 1]!.gap)) m++;
      const inner = words.slice(k, m + 1);
      const closes = m + 1 >= words.length || /^\)/.test(words[m + 1]!.gap.trim());
      if (closes && inner.length <= 2 && inner.every((x) => /^\p{Lu}[\p{Lu}\d&-]*s?$/u.test(x.text))) {
        const owner = current.at(-1)!;
        (owner.aliases ??= []).push(inner);
        if (words[m + 1]) words[m + 1] = { ...words[m + 1]!, gap: words[m + 1]!.gap.replace(')', '') };
        k = m;
        continue;
      }
    }
    if (k > 0 && CLAUSE_GAP.test(w.gap)) {
      flush();
      for (const ch of w.gap) {
        if (ch === '(' || ch === '[') depth++;
        if ((ch === ')' || ch === ']') && depth > 0) depth--;
      }
      paren = depth > 0 || DASH.test(w.gap);
      examples = false;
    } else if (k === 0) {
      depth = (w.gap.match(/[([]/g)?.length ?? 0) - (w.gap.match(/[)\]]/g)?.length ?? 0);
      paren = depth > 0;
    }
    const next = words[k + 1];
    const opensExamples =
      EXAMPLE_OPENERS.has(w.lower) ||
      (w.lower === 'such' && next?.lower === 'as') ||
      (w.lower === 'for' && next?.lower === 'example');
    if (opensExamples) {
      flush();
      examples = true;
      continue;
    }
    if (w.lower === 'as' && ['such', 'example'].includes(words[k - 1]?.lower ?? '')) continue;
    current.push(w);
  }
  flush();
  return out;
}

function isConjunction(w: Word, previous: Word | undefined, next: Word | undefined): Link | undefined {
  if (w.lower === 'or' || w.lower === 'nor') return 'or';
  if (w.lower === 'and/or') return 'or';
  if (w.lower === 'and' || w.lower === '&') return 'and';
  // "OSHA 30 plus First Aid" means and; "a plus", "is a plus" do not.
  if (w.lower === 'plus' && previous && next && !['a', 'big', 'huge', 'is', 'are', 'definite'].includes(previous.lower))
    return 'and';
  return undefined;
}

function conjuncts(clause: Clause, duty: boolean): Conjunct[] {
  const out: Conjunct[] = [];
  let current: Word[] = [];
  let link: Link = 'start';
  clause.words.forEach((w, k) => {
    const conj = isConjunction(w, clause.words[k - 1], clause.words[k + 1]);
    const previous = current.at(-1);
    if (previous && FRAME_NOUNS.has(previous.lower) && /^(in|with|of|using|on)$/.test(w.lower) && current.length > 1) {
      out.push(chunk(current, link, duty));
      current = [];
      link = 'frame';
      return;
    }
    if (k > 0 && /,/.test(w.gap) && current.length) {
      out.push(chunk(current, link, duty));
      current = [];
      link = 'comma';
    }
    if (conj) {
      if (current.length) out.push(chunk(current, link, duty));
      current = [];
      link = conj;
      return;
    }
    current.push(w);
  });
  if (current.length) out.push(chunk(current, link, duty));
  return out;
}

/** The core of one conjunct: frames trimmed, the first run of content words, a verb's prepositional object kept. */
function chunk(words: Word[], link: Link, duty: boolean): Conjunct {
  const text = words.map((w) => w.gap.replace(/^[,\s]+/, ' ') + w.text).join('');
  let i = 0;
  while (i < words.length && isLeadingTrim(words[i]!, words[i + 1])) i++;
  const core: Word[] = [];
  let j = i;
  let joinedPreposition = false;
  while (j < words.length) {
    const w = words[j]!;
    if (isContent(w)) {
      core.push(w);
      j++;
      continue;
    }
    if (!core.length) {
      j++;
      continue;
    }
    const afterVerb = (core.length === 1 && isVerbish(core[0]!, words, duty)) || joinedPreposition;
    if (
      ((w.pos === 'det' || w.pos === 'pron') && afterVerb) ||
      MANNER_WORDS.has(w.lower) ||
      FILLER_ADVERBS.has(w.lower)
    ) {
      // "balance the till", "connect them with…", "respond quickly to…"
      j++;
      continue;
    }
    if (w.pos === 'adv' && /ly$/.test(w.lower)) {
      j++;
      continue;
    }
    if (w.pos === 'prep' || w.lower === 'to') {
      const after = words.slice(j + 1).filter((x) => x.pos !== 'det');
      const nextWord = after[0];
      const nextIsContent = nextWord && isContent(nextWord);
      const first = core[0]!;
      const loneVerb = core.length === 1 && !joinedPreposition && isVerbish(first, words, duty);
      if (loneVerb && VERB_PREPOSITIONS.has(w.lower) && nextIsContent) {
        joinedPreposition = true;
        j++;
        continue;
      }
      const names = capitalised(core.at(-1)!) && nextWord && capitalised(nextWord) && /^(of|for|to)$/.test(w.lower);
      const pair =
        core.length === 1 &&
        /^(of|to)$/.test(w.lower) &&
        nextIsContent &&
        !(words[j + 2] && isContent(words[j + 2]!) && words[j + 1]!.pos !== 'det');
      if ((names || pair) && words[j + 1] && isContent(words[j + 1]!)) {
        j++;
        continue;
      }
      break;
    }
    break;
  }
  const tail = words.slice(j);
  while (core.length && isTrailingTrim(core.at(-1)!)) core.pop();
  while (core.length && isTrailingTrim(core[0]!) && core.length > 1 && FRAME_WORDS.has(core[0]!.lower)) core.shift();
  const first = core[0];
  const verbLed = !!first && isVerbish(first, words, duty, link === 'comma' || link === 'start');
  return { words, link, core, verbs: verbLed ? [first] : [], tail, verbLed, text };
}

/** A verb opening a duty: tagged a verb, or the first word of its conjunct that can be one ("Escort staff…"). */
function isVerbish(w: Word, words: Word[], duty: boolean, listed = false): boolean {
  if (/(?:tion|ment|ness|ity|ance|ence|ship|ist|ism)s?$/.test(w.lower) || isNameLike(w)) return false;
  if (!canBeVerb(w.text)) return false;
  if (w.pos === 'verb') return true;
  // Under requirements, a list item opens with a noun ("Load boards"); under duties, with a verb ("Check deliveries").
  if (!duty) return false;
  const opens = words.findIndex((x) => isContent(x) && !FRAME_WORDS.has(x.lower)) === words.indexOf(w);
  return (
    opens &&
    (w.pos === 'noun' || w.pos === 'adj' || w.pos === 'other') &&
    (listed || (capitalised(w) && w === words[0]))
  );
}

function contentCount(words: Word[]): number {
  return words.filter((w) => isContent(w) && !GENERIC_NOUNS.has(w.lower)).length;
}

/** Capitalised names and acronyms left in a conjunct's tail: "write daily reports in Procore". */
function tailNames(tail: Word[]): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  for (const w of tail) {
    const name = (capitalised(w) || isNameLike(w)) && isContent(w);
    if (name && (!run.length || !/[,;]/.test(w.gap))) run.push(w);
    else {
      if (run.length) runs.push(run);
      run = name ? [w] : [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

let groupCounter = 0;

/**
 * The phrases one sentence asks for. `isConceptSpan` tells whether a token run is a vocabulary concept, which keeps
 * "vital signs and medical histories" apart while "injections and vaccines" stay one item.
 */
export function sentencePhrases(words: Word[], hasConcept: (tokens: number[]) => boolean, duty: boolean): Phrase[] {
  const phrases: Phrase[] = [];
  let sentenceCue: Cue;
  let previous: Phrase | undefined;
  for (const clause of clauses(words)) {
    const list = conjuncts(clause, duty);
    if (!list.length) continue;
    const clauseCue = trailingCue(clause, list);
    // Brackets: an acronym or one name right after a phrase stands for it; names and tools in a list are examples.
    if (clause.paren && previous && CREDENTIAL_WORDS.has(words.find((w) => w.end === previous!.end)?.lower ?? ''))
      continue;
    if (clause.paren && previous) {
      const names = list.filter((c) => c.core.length);
      const single = names.length === 1 && names[0]!.core.length <= 2 && names[0]!.core.every(isNameLike);
      if (single && names[0]!.core.length === list[0]!.words.length) {
        previous.aliases.push(names[0]!.core.map((w) => w.i));
        continue;
      }
    }
    const made: { conjunct: Conjunct; core: Word[]; verbs: Word[] }[] = [];
    let absorbing = false;
    let k = 0;
    while (k < list.length) {
      const c = list[k]!;
      const leading = cueOf(c.text);
      if (!c.core.length) {
        if (leading && k === 0) sentenceCue = leading;
        k++;
        continue;
      }
      // A lone verb shares the next conjunct's object: "diagnosing and repairing leaks", "open or close the café".
      const particleOnly = c.tail.length === 0 || (c.tail.length === 1 && PARTICLES.has(c.tail[0]!.lower));
      if (
        c.core.length === 1 &&
        c.verbLed &&
        particleOnly &&
        list[k + 1]?.core.length &&
        list[k + 1]!.link !== 'comma'
      ) {
        const next = list[k + 1]!;
        next.verbs = [c.core[0]!, ...(next.verbLed ? next.verbs : [])];
        next.core = [c.core[0]!, ...next.core];
        next.verbLed = true;
        next.link = c.link;
        k++;
        continue;
      }
      // After a phrase cut at a preposition, nouns that follow belong to that prepositional phrase ("rounds with
      // physicians, nursing and pharmacy"), unless they start a new duty.
      if (absorbing && !c.verbLed && c.link !== 'start') {
        k++;
        continue;
      }
      absorbing = c.tail.length > 0 && c.tail[0]!.pos === 'prep' && !PARTICLES.has(c.tail[0]!.lower);
      // A verb and its particle with no object ("set up") asks for nothing on its own.
      if (c.core.length === 1 && c.verbLed && c.tail.length === 1 && PARTICLES.has(c.tail[0]!.lower)) {
        k++;
        continue;
      }
      made.push({ conjunct: c, core: c.core, verbs: c.verbs });
      k++;
    }
    // A verb over a list of objects asks for the objects; over one short extra noun, it stays one duty.
    for (let m = 0; m < made.length && !clause.paren && !clause.examples; m++) {
      const head = made[m]!;
      if (!head.conjunct.verbLed || head.core.length < 2) continue;
      let n = m + 1;
      while (n < made.length && !made[n]!.conjunct.verbLed && made[n]!.conjunct.link !== 'or') n++;
      const objects = n - m;
      if (objects >= 3 || (objects === 2 && made[m + 1]!.conjunct.link === 'comma')) {
        head.core = head.core.filter((w) => !head.verbs.includes(w));
        head.verbs = [];
      } else if (objects === 2) {
        const extra = made[m + 1]!;
        const concept = hasConcept(extra.core.map((w) => w.i)) || hasConcept(head.core.slice(1).map((w) => w.i));
        if (extra.core.length <= 2 && !concept) {
          head.core = [...head.core, ...extra.core];
          made.splice(m + 1, 1);
        }
      }
    }
    // Two short nouns joined by "and" are one thing; lists of three or more are several.
    for (let m = 0; m + 1 < made.length; m++) {
      const a = made[m]!;
      const b = made[m + 1]!;
      const listed = made[m + 2]?.conjunct.link === 'comma' || a.conjunct.link === 'comma';
      const bare = b.conjunct.words[0] === b.core[0] || b.conjunct.words[0]?.pos === 'det';
      if (
        b.conjunct.link === 'and' &&
        !listed &&
        bare &&
        a.core.length + b.core.length <= 3 &&
        !a.conjunct.verbLed &&
        !b.conjunct.verbLed &&
        a.core.length <= 2 &&
        b.core.length <= 2 &&
        !hasConcept(a.core.map((w) => w.i)) &&
        !hasConcept(b.core.map((w) => w.i))
      ) {
        a.core = [...a.core, ...b.core];
        made.splice(m + 1, 1);
      }
    }
    // Alternatives: a run of conjuncts joined by commas that ends in "or"; examples are always alternatives.
    let group = ++groupCounter;
    for (let m = 0; m < made.length; m++) {
      const c = made[m]!.conjunct;
      const continues =
        m > 0 &&
        (c.link === 'or' ||
          (c.link === 'comma' && (clause.examples || clause.paren || orAhead(made, m))) ||
          ((clause.examples || clause.paren) && c.link === 'and' && !c.verbLed));
      if (!continues) group = ++groupCounter;
      const core = made[m]!.core;
      if (!core.length || contentCount(core) === 0) continue;
      const own = cueOf(c.text);
      const inLastChain = made
        .slice(m + 1)
        .every(
          (x) =>
            x.conjunct.link === 'or' || x.conjunct.link === 'and' || (x.conjunct.link === 'comma' && orAhead(made, m)),
        );
      const phrase: Phrase = {
        tokens: core.map((w) => w.i),
        start: core[0]!.start,
        end: core.at(-1)!.end,
        verbs: made[m]!.verbs.map((w) => w.i),
        group,
        aliases: core.flatMap((w) => w.aliases ?? []).map((a) => a.map((x) => x.i)),
        cue: own ?? (inLastChain ? clauseCue : undefined) ?? sentenceCue,
        example: clause.examples || clause.paren,
      };
      if (clause.paren && !core.some((w) => capitalised(w) || isNameLike(w)) && !hasConcept(phrase.tokens)) continue;
      phrases.push(phrase);
      previous = phrase;
    }
    // Names left in tails ("in Procore", "using InterQual criteria") are asked for too.
    for (const { conjunct } of made) {
      for (const run of tailNames(conjunct.tail)) {
        phrases.push({
          tokens: run.map((w) => w.i),
          start: run[0]!.start,
          end: run.at(-1)!.end,
          verbs: [],
          group: ++groupCounter,
          aliases: [],
          cue: cueOf(conjunct.text) ?? clauseCue ?? sentenceCue,
          example: false,
        });
      }
    }
  }
  return phrases;
}

function orAhead(made: { conjunct: Conjunct }[], m: number): boolean {
  for (let n = m + 1; n < made.length; n++) {
    const link = made[n]!.conjunct.link;
    if (link === 'or') return true;
    if (link !== 'comma') return false;
  }
  return false;
}

/** A cue after the last conjunct's core applies to the whole clause: "Docker, Kubernetes or Terraform is a plus". */
function trailingCue(clause: Clause, list: Conjunct[]): Cue {
  const last = list.at(-1)!;
  const after = last.tail.length ? last.tail : [];
  const trailing = after.map((w) => w.text).join(' ');
  const lastCore = last.core.at(-1);
  const rest = lastCore ? last.words.slice(last.words.indexOf(lastCore) + 1) : last.words;
  return cueOf(rest.map((w) => w.text).join(' ')) ?? cueOf(trailing);
}
