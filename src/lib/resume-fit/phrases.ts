// The phrases a requirement sentence asks for, by its structure: clauses (split at ; : dashes and brackets), their
// conjuncts (split at commas, "and", "or"), and in each conjunct the core: a noun phrase ("espresso extraction"), a
// verb and its object ("coordinate subcontractors"), with the frame around it trimmed ("strong working knowledge of",
// "experience", "a plus"). A verb shared by a list is dropped ("prepares RFPs, ITBs and RFQs" asks for three things);
// two short nouns joined by "and" stay one item ("injections and vaccines"); conjuncts joined by "or" are alternatives.
// Examples after "such as", "including" or in brackets become their own either-or item.

import { canBeVerb, type Pos } from './tagger.ts';
import {
  CREDENTIAL_WORDS,
  DEGREE_WORDS,
  FILLER_ADVERBS,
  FRAME_WORDS,
  GENERIC_DUTY_VERBS,
  GENERIC_NOUNS,
  GENERIC_OBJECTS,
  MANNER_WORDS,
  PEOPLE_NOUNS,
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
  /** Joined to the word before by a hyphen: "add-on", "on-call". */
  joined?: boolean;
  /** Names people by their role ("designers", "brokers"), as the tagger reads it. */
  person?: boolean;
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
  /** One of a list of things asked together ("nights, weekends and holidays"): its group is asked as a whole. */
  each?: boolean;
  /** A name left in a conjunct's tail ("write daily reports in Procore"), not the conjunct's own core. */
  fromTail?: boolean;
  /** Not the first thing its clause asks: a later member of a list ("… and incidents"). */
  secondary?: boolean;
  /** From a clause after the sentence's first (after ";", ":", a dash or a bracket). */
  laterClause?: boolean;
  /** Where a degree's fields or a noun's "of" complement end: the label runs on ("inspections of stopes"). */
  fieldsEnd?: number;
}

type Link = 'start' | 'comma' | 'and' | 'or' | 'frame';

interface Conjunct {
  words: Word[];
  link: Link;
  /** A comma comes before it, even when "and" or "or" does too: "After Effects, and a reel". */
  commaBefore: boolean;
  /** A subordinate clause was cut from its end ("a reel that shows pacing"). */
  subordinate: boolean;
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

function isLeadingTrim(w: Word, next: Word | undefined, previous?: Word): boolean {
  if (!isContent(w) || FRAME_WORDS.has(w.lower) || MANNER_WORDS.has(w.lower)) return true;
  // "a track record of", but "track every load".
  if ((w.lower === 'track' && next?.lower === 'record') || (w.lower === 'record' && previous?.lower === 'track'))
    return true;
  // "Expert user of QuickBooks", "Graduate of an accredited program", "holder of a CDL": the person, then what counts.
  if (ROLE_FRAMES.has(w.lower) && next?.lower === 'of') return true;
  // "Graduation from a recognized program", "completion of a course": the event, then what counts.
  if (/^(graduation|completion)$/.test(w.lower) && /^(from|of)$/.test(next?.lower ?? '')) return true;
  return QUANTITY_NOUNS.has(w.lower) && !!next && isContent(next);
}

const ROLE_FRAMES = new Set(['user', 'users', 'graduate', 'holder', 'member']);
/** Nouns that count or collect what follows "of": "a full set of finish tools", "a wide range of clients". */
const PARTITIVES = new Set([...QUANTITY_NOUNS, 'set', 'kit', 'collection', 'array', 'mix', 'handful']);

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

const SPELLING_SKIPS = new Set(['of', 'and', 'the', 'for', 'in', '&', 'on']);

/** The bracket opening at `k` spells out the acronym `owner` ("CIS (Certified Instrument Specialist)"): its last word. */
function spelledOut(owner: Word, words: Word[], k: number): number | undefined {
  if (!/^\p{Lu}{2,6}s?$/u.test(owner.text)) return undefined;
  const letters = owner.text.replace(/s$/, '').toLowerCase();
  let initials = '';
  for (let m = k; m < words.length && m - k < 8; m++) {
    const w = words[m]!;
    if (m > k && /[)\]]/.test(w.gap)) return undefined;
    if (!SPELLING_SKIPS.has(w.lower) && !w.joined) initials += w.lower[0];
    const closes = m + 1 >= words.length || /^\)/.test(words[m + 1]!.gap.trim());
    if (closes) return initials === letters ? m : undefined;
  }
  return undefined;
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
      // An acronym spelt out in brackets is its other name too: "CIS (Certified Instrument Specialist)".
      const spelt = spelledOut(current.at(-1)!, words, k);
      if (spelt) {
        m = spelt;
      } else if (!(closes && inner.length <= 2 && inner.every((x) => /^\p{Lu}[\p{Lu}\d&-]*s?$/u.test(x.text)))) m = -1;
      if (m >= k) {
        const inner = words.slice(k, m + 1);
        const owner = current.at(-1)!;
        (owner.aliases ??= []).push(inner);
        if (words[m + 1]) words[m + 1] = { ...words[m + 1]!, gap: words[m + 1]!.gap.replace(')', '') };
        k = m;
        continue;
      }
    }
    // "1:1", "24/7" and times ("7:30") hold their colon inside: no clause ends there.
    const ratio = w.gap === ':' && /\d$/.test(words[k - 1]?.text ?? '') && /^\d/.test(w.text);
    if (k > 0 && CLAUSE_GAP.test(w.gap) && !ratio) {
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
  if (w.joined || next?.joined) return undefined; // "drag-and-drop"
  // "his or her faith group" is one person.
  if (/^(?:he|his|him|she|her)$/.test(previous?.lower ?? '') && /^(?:he|his|him|she|her)$/.test(next?.lower ?? ''))
    return undefined;
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
  let comma = false;
  const push = () => {
    if (current.length) out.push(chunk(current, link, duty, comma));
    current = [];
  };
  clause.words.forEach((w, k) => {
    const conj = isConjunction(w, clause.words[k - 1], clause.words[k + 1]);
    const previous = current.at(-1);
    if (previous && FRAME_NOUNS.has(previous.lower) && /^(in|with|of|using|on)$/.test(w.lower) && current.length > 1) {
      push();
      link = 'frame';
      comma = false;
      return;
    }
    if (k > 0 && /,/.test(w.gap) && current.length) {
      push();
      link = 'comma';
      comma = true;
    } else if (
      k > 0 &&
      /(?:^|\s)&(?:\s|$)/.test(w.gap) &&
      current.length &&
      !(capitalised(w) && capitalised(clause.words[k - 1]!)) &&
      // "health & safety", "pre & post natal": between two single words "&" makes one compound; before a verb it
      // joins duties.
      (w.pos === 'verb' || current.length > 1)
    ) {
      // A lone "&" between words is "and" ("reads prints & understands GD&T"), not inside a name ("Food & Nutrition
      // Services"); the tokens leave it in the gap.
      push();
      link = 'and';
      comma = false;
    }
    if (conj) {
      push();
      comma = /,/.test(w.gap);
      link = conj;
      return;
    }
    current.push(w);
  });
  push();
  return out;
}

/** The core of one conjunct: frames trimmed, the first run of content words, a verb's prepositional object kept. */
function chunk(all: Word[], link: Link, duty: boolean, commaBefore = false): Conjunct {
  const text = all.map((w) => w.gap.replace(/^[,\s]+/, ' ') + w.text).join('');
  // A subordinate clause says when or why, not what: "solve problems before they become reviews", "a reel that shows
  // pacing", "share what we learned".
  const cut = all.findIndex((_, k) => opensSubordinate(all, k));
  const words = cut < 0 ? all : all.slice(0, cut);
  const subordinate = cut >= 0;
  // "Some days you'll frame a wall": a time phrase and its subject come before what is asked.
  const subject = words.findIndex((w, k) => k > 0 && k <= 3 && /^(you|you'll|you're|we|we'll)$/.test(w.lower));
  let i =
    subject > 0 && words.slice(0, subject).every((w) => !isContent(w) || GENERIC_NOUNS.has(w.lower)) ? subject : 0;
  // "The Grant Writer researches funding opportunities", "This position coordinates deliveries": the role as the
  // subject of a verb in the present comes before what is asked.
  if (!i) i = roleSubjectEnd(words);
  // "Reporting to the Director" places the job; it asks nothing. "Serve as a cultural broker" asks to be one.
  if (/^report(?:s|ing)?$/.test(words[0]?.lower ?? '') && words[1]?.lower === 'to') i = words.length;
  else if (/^(?:serves?|serving|acts?|acting)$/.test(words[i]?.lower ?? '') && words[i + 1]?.lower === 'as') i += 2;
  // A compound goes with its first part: "hands-on" is a frame as "hands" is.
  while (i < words.length && (isLeadingTrim(words[i]!, words[i + 1], words[i - 1]) || (i > 0 && words[i]!.joined))) i++;
  const core: Word[] = [];
  let j = i;
  let joinedPreposition = false;
  while (j < words.length) {
    const w = words[j]!;
    // "lift up to 50 lbs", "stand for at least 8 hours": the bound is not the object.
    if (
      /^(up|at)$/.test(w.lower) &&
      /^(to|least|most)$/.test(words[j + 1]?.lower ?? '') &&
      words[j + 2]?.pos === 'num'
    ) {
      j += 2;
      continue;
    }
    if (isContent(w)) {
      core.push(w);
      j++;
      continue;
    }
    if (!core.length) {
      j++;
      continue;
    }
    const listed = link === 'comma' || link === 'start';
    const afterVerb = core.length === 1 && (joinedPreposition || isVerbish(core[0]!, words, duty, listed));
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
      const loneVerb = core.length === 1 && !joinedPreposition && isVerbish(first, words, duty, listed);
      if (loneVerb && VERB_PREPOSITIONS.has(w.lower) && nextIsContent) {
        joinedPreposition = true;
        j++;
        continue;
      }
      // A particle then a preposition: "check in with every driver", "follow up on quotes".
      const then = words[j + 1];
      if (loneVerb && PARTICLES.has(w.lower) && then && VERB_PREPOSITIONS.has(then.lower)) {
        const object = words.slice(j + 2).find((x) => x.pos !== 'det');
        if (object && isContent(object)) {
          joinedPreposition = true;
          j += 2;
          continue;
        }
      }
      // "own a full set of finish tools": a quantity is not the object, what it counts is.
      if (w.lower === 'of' && PARTITIVES.has(core.at(-1)!.lower) && nextIsContent && core.length > 1) {
        core.pop();
        while (core.length && core.at(-1)!.pos === 'adj') core.pop();
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
  // Half of a hyphenated word stays with it: "self-motivated" is not "self".
  while (core.length && isTrailingTrim(core.at(-1)!) && !core.at(-1)!.joined) core.pop();
  while (core.length && isTrailingTrim(core[0]!) && core.length > 1 && FRAME_WORDS.has(core[0]!.lower)) core.shift();
  const first = core[0];
  const verbLed = !!first && isVerbish(first, words, duty, link === 'comma' || link === 'start');
  return { words: all, link, commaBefore, subordinate, core, verbs: verbLed ? [first] : [], tail, verbLed, text };
}

/** Where a third-person subject naming the role ends: at its verb in -s, or 0 when the words do not open so. */
export function roleSubjectEnd(words: Word[]): number {
  const opener = words[0];
  if (!opener || !(/^(the|this|that|each)$/.test(opener.lower) || capitalised(opener))) return 0;
  for (let k = 1; k <= 6 && k < words.length; k++) {
    const w = words[k]!;
    // Its object may follow a list of verbs: "the Technician II decontaminates, inspects and sterilizes instruments".
    const next = words[k + 1]?.pos === 'det' ? words[k + 2] : words[k + 1];
    // The tagger may read the verb as a plural noun after a determiner: "The Medical Coder II reviews documentation".
    const verb =
      w.pos === 'verb' ||
      (w.pos === 'noun' && !!next && /^(?:the|this|that|each)$/.test(opener.lower) && canBeVerb(w.lower.slice(0, -1)));
    if (verb && /[^s]s$/.test(w.lower) && !w.joined && (next ? isContent(next) || /ly$/.test(next.lower) : k > 1)) {
      const subject = words.slice(0, k);
      // A grade after the title is part of it: "the Procurement Officer II manages".
      const nominal = subject.every(
        (x, n) =>
          x.pos === 'det' || x.pos === 'noun' || x.pos === 'adj' || x.pos === 'other' || (n > 1 && x.pos === 'num'),
      );
      return nominal && subject.some((x) => x.pos === 'noun') ? k : 0;
    }
    if (w.pos !== 'noun' && w.pos !== 'adj' && w.pos !== 'other' && w.pos !== 'num') return 0;
  }
  return 0;
}

const SUBORDINATORS = new Set(
  'when whenever if unless because while whereas although though whether where wherever what whatever which whom whose'.split(
    ' ',
  ),
);
const SUBJECTS = new Set(['you', 'they', 'we', 'it', 'he', 'she', 'i', "you're", "they're", "it's", "we're"]);

function opensSubordinate(words: Word[], k: number): boolean {
  const w = words[k]!;
  if (w.joined || words[k + 1]?.joined) return false;
  if (SUBORDINATORS.has(w.lower)) return true;
  const previous = words[k - 1];
  if (w.lower === 'that') return !!previous && isContent(previous) && k + 1 < words.length;
  return /^(before|after|until|once|as|so|since)$/.test(w.lower) && SUBJECTS.has(words[k + 1]?.lower ?? '');
}

/** A verb opening a duty: tagged a verb, or the first word of its conjunct that can be one ("Escort staff…"). */
function isVerbish(w: Word, words: Word[], duty: boolean, listed = false): boolean {
  if (/(?:tion|ment|ness|ity|ship|ism)s?$/.test(w.lower) || isNameLike(w)) return false;
  // "balance the till", "assist the nurses": -ance, -ence and -ist words are verbs only where the tagger says so.
  if (/(?:ance|ence|ist)s?$/.test(w.lower) && w.pos !== 'verb') return false;
  // The first part of a compound is not a verb: "follow-up calls", "add-on products".
  const at = words.indexOf(w);
  if (words[at + 1]?.joined) return false;
  const opens = words.findIndex((x) => isContent(x) && !FRAME_WORDS.has(x.lower)) === at;
  // A duty that opens with a word and then "the", "a" or "them" (maybe after a particle) opens with a verb, whatever
  // the lexicon knows of it: "dial in the espresso", "room the patients".
  if (duty && listed && opens && w.pos !== 'num') {
    const next = words[at + 1];
    const after = next && (next.pos === 'prep' || PARTICLES.has(next.lower)) ? words[at + 2] : next;
    if (after && (after.pos === 'det' || /^(them|him|her|it)$/.test(after.lower)) && after.lower !== 'all') return true;
  }
  if (!canBeVerb(w.text)) return false;
  if (w.pos === 'verb') return true;
  // Under requirements, a list item opens with a noun ("Load boards"); under duties, with a verb ("Check deliveries").
  if (!duty) return false;
  return (
    opens &&
    (w.pos === 'noun' || w.pos === 'adj' || w.pos === 'other') &&
    (listed || (capitalised(w) && w === words[0]))
  );
}

function contentCount(words: Word[]): number {
  return words.filter((w) => isContent(w) && !GENERIC_NOUNS.has(w.lower)).length;
}

/**
 * Capitalised names and acronyms left in a conjunct's tail: "write daily reports in Procore". Who the work is for
 * ("journal entries for the CPA", "recommendations for the Board of County Commissioners") is not asked for.
 */
function tailNames(tail: Word[]): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  let recipient = false;
  tail.forEach((w, k) => {
    // "for the CPA", "for our clients": someone; "posts for Facebook and Instagram": somewhere.
    if (w.lower === 'for' && tail[k + 1]?.pos === 'det') recipient = true;
    else if (/^(in|on|using|with|via|through|into)$/.test(w.lower)) recipient = false;
    const name = (capitalised(w) || isNameLike(w)) && isContent(w) && !recipient;
    if (name && (!run.length || !/[,;]/.test(w.gap))) run.push(w);
    else {
      if (run.length) runs.push(run);
      run = name ? [w] : [];
    }
  });
  if (run.length) runs.push(run);
  return runs;
}

let groupCounter = 0;

/**
 * The phrases one sentence asks for. `isConceptSpan` tells whether a token run is a vocabulary concept, which keeps
 * "vital signs and medical histories" apart while "injections and vaccines" stay one item.
 */
export function sentencePhrases(input: Word[], hasConcept: (tokens: number[]) => boolean, duty: boolean): Phrase[] {
  const words = withoutEquivalence(input);
  const phrases: Phrase[] = [];
  let sentenceCue: Cue;
  let previous: Phrase | undefined;
  let clauseIndex = -1;
  const all = clauses(words);
  for (const clause of all) {
    clauseIndex++;
    // "Typing: type at least 35 words per minute": a key the rest of the line says again is a label, not an ask.
    const rest = all[clauseIndex + 1];
    if (
      clauseIndex === 0 &&
      rest &&
      clause.words.length <= 2 &&
      /:/.test(rest.words[0]?.gap ?? '') &&
      clause.words.every((w) => rest.words.some((x) => x.norm === w.norm))
    )
      continue;
    // "The role in a nutshell: you'll check guests in…": a lead-in naming the job or the day heads what follows.
    const leadIn = clause.words.find((w) => w.pos !== 'det');
    if (
      clauseIndex === 0 &&
      rest &&
      /:/.test(rest.words[0]?.gap ?? '') &&
      clause.words.length <= 5 &&
      leadIn &&
      GENERIC_NOUNS.has(leadIn.lower)
    )
      continue;
    const list = conjuncts(clause, duty);
    const lead = clause.words[0]?.lower ?? '';
    // A gloss with its own subject says why or how ("— you'll be directing 40+ workers", "(many of our team speak
    // Portuguese)"): nothing asked.
    if (
      clause.paren &&
      /^(you|you're|you'll|it|it's|they|they're|this|these|those|he|she|many|most|some|several|our|their)$/.test(lead)
    )
      continue;
    // "Will train the right person!": the employer's promise, its subject left out.
    if (clauseIndex === 0 && lead === 'will' && clause.words[1]?.pos === 'verb') continue;
    // The employer's own clause ("we use Square", "our stack is Terraform and Helm") asks only for the names in it.
    const namesOnly =
      /^(we|we're|we've|we'll|our|us|i)$/.test(lead) &&
      !clause.words
        .slice(1, 4)
        .some((w) => /^(looking|need|needs|want|seek|seeking|require|expect|hope)$/.test(w.lower));
    if (!list.length) continue;
    const clauseCue = trailingCue(list);
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
    const made: { conjunct: Conjunct; core: Word[]; verbs: Word[]; fields?: Word[] }[] = [];
    const tailOnly: Conjunct[] = [];
    let absorbing = false;
    // After "a degree in", the fields belong to the degree, capitals or not: "Bachelor's degree in Accounting or
    // Finance", "Bachelor of Science in Mechanical Engineering (BSME) from an ABET-accredited program".
    let degreeFields = false;
    let k = 0;
    while (k < list.length) {
      const c = list[k]!;
      // "No drama, no rough handling": what the employer will not have, not something a resume shows.
      if (c.words[0]?.lower === 'no' && c.core.length && !cueOf(c.text)) {
        k++;
        continue;
      }
      const leading = cueOf(c.text);
      if (!c.core.length) {
        if (leading && k === 0) sentenceCue = leading;
        k++;
        continue;
      }
      // After a phrase cut at a preposition, nouns that follow belong to that prepositional phrase ("rounds with
      // physicians, nursing and pharmacy"), unless they start a new duty.
      if (absorbing && (!c.verbLed || c.core.length === 1) && c.link !== 'start') {
        // Names in it are still asked for: "interfaces with React and TypeScript".
        made.at(-1)?.fields?.push(...c.words);
        if (!degreeFields && c.core.every((w) => capitalised(w) || isNameLike(w))) tailOnly.push(c);
        k++;
        continue;
      }
      // A lone verb shares the next conjunct's object: "diagnosing and repairing leaks", "open or close the café",
      // "plan, promote and run programs".
      if (loneVerb(c) && list[k + 1]?.core.length && (list[k + 1]!.link !== 'comma' || sharesObject(list, k + 1))) {
        const next = list[k + 1]!;
        next.verbs = [c.core[0]!, ...(next.verbLed ? next.verbs : [])];
        next.core = [c.core[0]!, ...next.core];
        next.verbLed = true;
        next.link = c.link;
        k++;
        continue;
      }
      // ("a degree in accounting, finance or a related field"; but "track every load in McLeod and update customers").
      const object = c.tail.find((w, k) => k > 0 && isContent(w));
      degreeFields = c.tail.length > 0 && /^(in|of|from)$/.test(c.tail[0]!.lower) && namesDegree(c.core);
      absorbing =
        c.tail.length > 0 &&
        (/^(with|to|from|among|between|across|for)$/.test(c.tail[0]!.lower) ||
          degreeFields ||
          (/^(in|of)$/.test(c.tail[0]!.lower) && !!object && !capitalised(object) && !isNameLike(object)));
      // A verb and its particle with no object ("set up") asks for nothing on its own.
      if (c.core.length === 1 && c.verbLed && c.tail.length === 1 && PARTICLES.has(c.tail[0]!.lower)) {
        k++;
        continue;
      }
      // A noun's "of" complement is part of what it names, as a degree's fields are: "workplace inspections of
      // active headings, stopes and ground support". The item's label runs on through them.
      const reach = degreeFields || (absorbing && c.tail[0]!.lower === 'of');
      made.push({ conjunct: c, core: c.core, verbs: c.verbs, ...(reach ? { fields: [...c.tail] } : {}) });
      k++;
    }
    // A verb over a list of objects asks for the objects; over one short extra noun, it stays one duty.
    let verbRun: (typeof made)[number][] | undefined;
    for (let m = 0; m < made.length && !clause.paren && !clause.examples; m++) {
      const head = made[m]!;
      if (!head.conjunct.verbLed || head.core.length < 2) continue;
      let n = m + 1;
      while (n < made.length && !made[n]!.conjunct.verbLed && made[n]!.conjunct.link !== 'or') n++;
      const objects = n - m;
      if (objects >= 3 || (objects === 2 && made[m + 1]!.conjunct.link === 'comma')) {
        // Its objects are one thing asked when each is a short plain noun phrase ("install antennas, RRUs, diplexers
        // and hybrid cable"): a reader lists the duty once. Known skills are checked one by one.
        const listed = made.slice(m, n);
        if (
          objects >= 3 &&
          listed.every(
            (x, k) =>
              x.core.length - (k ? 0 : 1) <= 3 &&
              (k === objects - 1 || (!x.conjunct.tail.length && (!k || x.conjunct.link === 'comma'))) &&
              !hasConcept(x.core.map((w) => w.i)) &&
              (!k || x.core[0]!.pos !== 'verb'),
          )
        )
          verbRun ??= [made[m]!, made[n - 1]!];
        head.core = head.core.filter((w) => !head.verbs.includes(w));
        head.verbs = [];
      } else if (objects === 2) {
        const extra = made[m + 1]!;
        const concept = hasConcept(extra.core.map((w) => w.i)) || hasConcept(head.core.slice(1).map((w) => w.i));
        if (extra.core.length <= 2 && !concept && !extra.conjunct.commaBefore) {
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
      // A lone modifier before "and" shares the head after it: "spiritual and emotional care", "fire-rated and
      // sound-rated assemblies".
      const modifier = a.core.at(-1);
      if (
        b.conjunct.link === 'and' &&
        !b.conjunct.commaBefore &&
        !a.conjunct.tail.length &&
        modifier?.pos === 'adj' &&
        !a.verbs.includes(modifier) &&
        b.conjunct.words[0] === b.core[0] &&
        b.core.length >= 2 &&
        b.core[0]!.pos === 'adj' &&
        b.core.at(-1)!.pos === 'noun'
      ) {
        a.core = [...a.core, ...b.core];
        made.splice(m + 1, 1);
        continue;
      }
      if (
        b.conjunct.link === 'and' &&
        !b.conjunct.commaBefore &&
        !a.conjunct.subordinate &&
        !a.conjunct.tail.length &&
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
        continue;
      }
      // A duty's one-word object and a longer noun phrase after "and" share its head: "lead the month-end and
      // year-end close", "size detention and water quality ponds", "install tank and tankless water heaters".
      const object = a.core.filter((w) => !a.verbs.includes(w) && !w.joined);
      if (
        b.conjunct.link === 'and' &&
        !b.conjunct.commaBefore &&
        !listed &&
        bare &&
        a.conjunct.verbLed &&
        !a.conjunct.tail.length &&
        !a.conjunct.subordinate &&
        object.length === 1 &&
        !b.conjunct.verbLed &&
        b.core.length >= 2 &&
        b.core.length <= 3 &&
        !b.core.some((w) => capitalised(w) || isNameLike(w)) &&
        !hasConcept(object.map((w) => w.i)) &&
        // A hyphenated modifier ("month-end") is never an object alone, even before a known term.
        (!hasConcept(b.core.map((w) => w.i)) || a.core.some((w) => w.joined))
      ) {
        a.core = [...a.core, ...b.core];
        made.splice(m + 1, 1);
      }
    }
    // Alternatives: a run of conjuncts joined by commas that ends in "or". Examples are alternatives only where the
    // description says "or" ("such as Samsara or Omnitracs"); listed without it, each is asked for ("Advanced Excel
    // (pivot tables, VLOOKUP)").
    // "(HEC-HMS, HydroCAD or similar)", "a second language (Spanish, Somali, Amharic)": any one will do.
    // "one of the following: Blackjack, Craps, Roulette": any of the list will do.
    const anyOne =
      ((clause.examples || clause.paren) &&
        (clause.words.some((w) => w.lower === 'or') || (!!previous && opensWithOne(words, previous)))) ||
      words
        .filter((w) => w.end <= clause.start)
        .slice(-3)
        .some((w) => w.lower === 'following');
    let group = ++groupCounter;
    // Examples in brackets right after a phrase are kinds of it, and any one shows it: "MS Office (Word, Excel,
    // Outlook)", "SIEM (Splunk, Sentinel, QRadar)". A reader lists the phrase and its examples as one item.
    // Two names, or names with "or", or after "a" ("a second language (Spanish, Somali, Amharic)") are alternatives
    // of their own ("(Mazak, Okuma)", "(Jest or Mocha)"); a clause with its own subject or cue is a remark ("(we use
    // Compulink)", "(French is an asset)").
    const examples = made.filter((x) => x.core.length);
    const head =
      clause.paren &&
      previous &&
      !anyOne &&
      examples.length >= 3 &&
      !namesOnly &&
      !clause.words.some((w) => w.lower === 'or') &&
      !list.some((c) => cueOf(c.text)) &&
      bracketFollows(words, clause, previous)
        ? previous
        : undefined;
    // A list of three or more short nouns with no verb of their own is one thing asked ("nights, weekends and
    // holidays", "calipers, micrometers, height gages and bore gages"): a reader lists it once.
    // Three or more examples in brackets that no phrase right before takes are one thing asked: "automation
    // (Pentair, Hayward, Jandy)".
    const bracketed =
      clause.paren && made.length >= 3 && made.every((x) => !x.verbs.length) ? { from: 0, to: made.length } : undefined;
    const run =
      head || anyOne
        ? undefined
        : (nounList(made, words[0]) ??
          (verbRun && made.includes(verbRun[1]!)
            ? { from: made.indexOf(verbRun[0]!), to: made.indexOf(verbRun[1]!) + 1 }
            : bracketed));
    for (let m = 0; m < made.length; m++) {
      const c = made[m]!.conjunct;
      const continues =
        m > 0 &&
        (c.link === 'or' ||
          (c.link === 'comma' && (anyOne || orAhead(made, m))) ||
          (anyOne && !c.verbLed) ||
          (!!run && m > run.from && m < run.to));
      if (head) group = head.group;
      else if (!continues) group = ++groupCounter;
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
        // A degree's short name follows its field: "… in Mechanical Engineering (BSME)".
        aliases: [...core, ...(made[m]!.fields ?? [])].flatMap((w) => w.aliases ?? []).map((a) => a.map((x) => x.i)),
        cue: own ?? (inLastChain ? clauseCue : undefined) ?? sentenceCue,
        example: clause.examples || clause.paren,
        ...(run && m >= run.from && m < run.to ? { each: true } : {}),
        ...(m > 0 && !continues ? { secondary: true } : {}),
        ...(clauseIndex > 0 ? { laterClause: true } : {}),
        ...(made[m]!.fields?.length ? { fieldsEnd: made[m]!.fields!.at(-1)!.end } : {}),
      };
      if (clause.paren && !anyOne && !core.some((w) => capitalised(w) || isNameLike(w)) && !hasConcept(phrase.tokens))
        continue;
      if (namesOnly && !core.some((w) => capitalised(w) || isNameLike(w))) continue;
      if (withPeopleOnly(core, made[m]!.verbs)) continue;
      // A lone adjective ("accurate", "friendly", "bi-weekly") qualifies something the sentence names elsewhere.
      const adjective = core.length === 1 || (core.length === 2 && core[1]!.joined);
      if (adjective && core.at(-1)!.pos === 'adj' && !isNameLike(core[0]!) && !hasConcept(phrase.tokens)) continue;
      // A verb with no object ("Collaborate", "grow it", "or willingness to obtain") names no skill, unless it is one
      // ("Supervise"); under requirements a capital opens a noun ("Models (HEC-HMS or similar)").
      const loneDuty =
        (duty || !capitalised(core[0]!)) &&
        c.verbLed &&
        core.every((w) => made[m]!.verbs.includes(w) && !/ing$/.test(w.lower));
      if (loneDuty && !hasConcept(phrase.tokens)) continue;
      phrases.push(phrase);
      previous = phrase;
    }
    // Names left in tails ("in Procore", "using InterQual criteria") are asked for too.
    for (const conjunct of [...made.map((x) => x.conjunct), ...tailOnly]) {
      if (namesDegree(conjunct.core)) continue;
      for (const run of tailNames(tailOnly.includes(conjunct) ? conjunct.core : conjunct.tail)) {
        phrases.push({
          tokens: run.map((w) => w.i),
          start: run[0]!.start,
          end: run.at(-1)!.end,
          verbs: [],
          group: ++groupCounter,
          aliases: run.flatMap((w) => w.aliases ?? []).map((a) => a.map((x) => x.i)),
          cue: cueOf(conjunct.text) ?? clauseCue ?? sentenceCue,
          example: false,
          fromTail: true,
        });
      }
    }
  }
  return phrases;
}

/** The bracket opens right after the phrase: "networking (TCP/IP, DNS, HTTP)". */
function bracketFollows(words: Word[], clause: Clause, phrase: Phrase): boolean {
  const at = words.findIndex((w) => w.start === clause.start);
  return at > 0 && words[at - 1]!.end === phrase.end && /\(\s*$/.test(words[at]!.gap);
}

/**
 * The run of made conjuncts that is a bare list: three or more, each a noun phrase of at most three words with
 * nothing after it, joined by commas and a last "and" (a shared verb already dropped), none a duty of its own.
 */
function nounList(
  made: { conjunct: Conjunct; core: Word[]; verbs: Word[] }[],
  opener?: Word,
): { from: number; to: number } | undefined {
  // Named tools are checked one by one ("Word, Outlook and Excel"), as a reader lists them; known skills in lower case
  // are a list like any other ("medical terminology, anatomy and pathophysiology").
  // The capital that opens the sentence names nothing: "Available evenings, weekends and holidays".
  const bare = (x: (typeof made)[number], last: boolean) =>
    !x.verbs.length &&
    !x.core.some((w) => (capitalised(w) && w !== opener) || isNameLike(w)) &&
    x.core.length > 0 &&
    x.core.length <= 3 &&
    (last || !x.conjunct.tail.length) &&
    !x.conjunct.subordinate;
  // Words that share the last one's head: "H-1B, L-1, O-1 and TN filings", "steam, STERRAD and EtO sterilizers" are
  // kinds of one thing (filings, sterilizers), asked as a whole whatever their capitals.
  // The first may open with an adjective that qualifies them all: "accurate CPT, HCPCS and ICD-10-CM codes".
  const modifier = (x: (typeof made)[number], first = false) =>
    !x.verbs.length &&
    x.core.filter((w, k) => !w.joined && !(first && !k && w.pos === 'adj')).length === 1 &&
    !x.conjunct.tail.length &&
    !x.conjunct.subordinate;
  for (let from = 0; from + 2 < made.length; from++) {
    let to = from + 1;
    while (to < made.length && made[to]!.conjunct.link === 'comma' && modifier(made[to]!)) to++;
    const last = made[to];
    const head = last?.core.at(-1);
    if (
      to - from >= 2 &&
      modifier(made[from]!, true) &&
      last &&
      (last.conjunct.link === 'and' || last.conjunct.link === 'or') &&
      !last.verbs.length &&
      last.core.filter((w) => !w.joined).length === 2 &&
      // The tagger may read a plural head as a verb after a noun: "ICD-10-CM codes".
      (head!.pos === 'noun' || head!.pos === 'verb') &&
      /s$/.test(head!.lower) &&
      !capitalised(head!) &&
      !made.slice(from, to).some((x) => x.core[0]!.pos === 'verb')
    )
      return { from, to: to + 1 };
  }
  for (let from = 0; from < made.length; from++) {
    let to = from + 1;
    while (to < made.length && made[to]!.conjunct.link === 'comma' && bare(made[to]!, false)) to++;
    const last = made[to];
    if (last && last.conjunct.link === 'and' && bare(last, true)) to++;
    else if (!last || last.conjunct.link !== 'and') {
      // "mowing, trimming, edging, blowing": a list with commas only.
      if (to - from < 4 || to < made.length) continue;
    } else continue;
    if (
      to - from >= 3 &&
      bare(made[from]!, false) &&
      made.slice(from, to).every((x, k) => bare(x, from + k === to - 1))
    )
      return { from, to };
  }
  return undefined;
}

/**
 * "… or an equivalent combination of education, training and experience": what may stand in for the rest, not a
 * further ask (extract.ts reads the equivalence itself). Cut from its "or" to the end of the clause.
 */
function withoutEquivalence(words: Word[]): Word[] {
  const at = words.findIndex(
    (w, k) =>
      w.lower === 'combination' &&
      words.slice(Math.max(0, k - 3), k).some((x) => /^(equivalent|comparable|acceptable|any)$/.test(x.lower)),
  );
  if (at < 0) return words;
  let from = at;
  while (from > Math.max(0, at - 4) && words[from]!.lower !== 'or') from--;
  if (words[from]!.lower !== 'or') return words;
  let to = at + 1;
  while (to < words.length && !CLAUSE_GAP.test(words[to]!.gap)) to++;
  return [...words.slice(0, from), ...words.slice(to)];
}

/** The phrase names a degree or diploma ("Bachelor of Science", "an associate degree"). */
function namesDegree(core: Word[]): boolean {
  return core.some((w) => DEGREE_WORDS.has(w.lower));
}

/**
 * A duty of working alongside people and nothing more: "greet customers", "work with manufacturing engineers", "assist
 * clinical staff", "answer questions". Its verbs are the generic ones and its object is people or their questions.
 */
function withPeopleOnly(core: Word[], verbs: Word[]): boolean {
  if (!verbs.length || !verbs.every((v) => GENERIC_DUTY_VERBS.has(v.lower))) return false;
  const objects = core.filter((w) => !verbs.includes(w) && isContent(w));
  if (!objects.length) return true;
  const head = objects.at(-1)!;
  if (isNameLike(head) || (capitalised(head) && !verbs.includes(core[0]!))) return false;
  const person = (w: Word) => PEOPLE_NOUNS.has(w.lower) || !!w.person;
  if (person(head)) return true;
  return objects.every((w) => GENERIC_OBJECTS.has(w.lower) || GENERIC_NOUNS.has(w.lower) || person(w));
}

/** The phrase is "a"/"an"/"one"/"any" thing: its examples are alternatives ("a POS system such as Square"). */
function opensWithOne(words: Word[], phrase: Phrase): boolean {
  const at = words.findIndex((w) => w.i === phrase.tokens[0]);
  const before = words.slice(Math.max(0, at - 3), at).map((w) => w.lower);
  return before.some((w) => /^(a|an|one|any)$/.test(w));
}

/** Only a verb (and maybe its particle): "diagnose", "cash up". */
function loneVerb(c: Conjunct): boolean {
  const particleOnly = c.tail.length === 0 || (c.tail.length === 1 && PARTICLES.has(c.tail[0]!.lower));
  return c.verbLed && particleOnly && c.core.length > 0 && c.core.every((w) => c.verbs.includes(w));
}

/** A run of lone verbs from `k` ends in "and"/"or" and a verb with its object: "promote and run programs". */
function sharesObject(list: Conjunct[], k: number): boolean {
  let m = k;
  while (list[m] && loneVerb(list[m]!)) m++;
  const last = list[m];
  return m > k && !!last && last.verbLed && (last.link === 'and' || last.link === 'or') && last.core.length > 1;
}

function orAhead(made: { conjunct: Conjunct }[], m: number): boolean {
  for (let n = m + 1; n < made.length; n++) {
    const link = made[n]!.conjunct.link;
    // "Dolby Atmos mixing, Logic or Ableton, soldering": a list goes on past the "or", which joins its two neighbours.
    if (link === 'or') return made[n + 1]?.conjunct.link !== 'comma';
    if (link !== 'comma') return false;
  }
  return false;
}

/** A cue after the last conjunct's core applies to the whole clause: "Docker, Kubernetes or Terraform is a plus". */
function trailingCue(list: Conjunct[]): Cue {
  const last = list.at(-1)!;
  const after = last.tail.length ? last.tail : [];
  const trailing = after.map((w) => w.text).join(' ');
  const lastCore = last.core.at(-1);
  const rest = lastCore ? last.words.slice(last.words.indexOf(lastCore) + 1) : last.words;
  return cueOf(rest.map((w) => w.text).join(' ')) ?? cueOf(trailing);
}
