// What a resume shows for each qualification. Three verdicts: shown (the words, or what implies them, are there:
// PostgreSQL shows relational databases, a master's degree shows a bachelor's, dates add up to the years), related
// words found (some of the words are there, or the credential is in progress: the person judges), and not found.
// Words match across forms and plurals (SOPs, SOP), synonyms (fixed leaks, repairing leaks) and aliases in the ad.

import { boundaries, findConcepts, lexicon, mergeRanges, sameWord, STOP_WORDS, type Hit, type Range } from './find.ts';
import { craftAndMaker, tokenize, stem, type Token } from './tokenize.ts';
import { parseStructure } from './structure.ts';
import { yearsShown } from './experience.ts';
import { IN_PROGRESS } from './cues.ts';
import { CREDENTIAL_WORDS, LIGHT_VERBS, OPTIONAL_MODIFIERS, PEOPLE_NOUNS } from './grammar.ts';
import { SYNONYM_GROUPS } from './synonyms.ts';
import { RELATIONS } from './relations.ts';
import { headOf, measure, resumeUnits, type Partial, type Units } from './evidence.ts';
import { shownProbability, type VerdictModel } from './verdict.ts';
import { VERDICT_MODEL as VERDICT_DEFAULT } from './verdict-weights.ts';
import type { FitItem, Option, Qualification, Status } from './types.ts';

export interface ResumeIndex {
  text: string;
  tokens: Token[];
  breaks: boolean[];
  /** For each token, true when a comma or a list mark lies between it and the token before. */
  commas: boolean[];
  hits: Map<string, Hit[]>;
  /** Section kinds present (skills, education, certifications, languages, experience, summary). */
  sections: Set<string>;
  education: Range[];
  /** Sections that list credentials: certifications, licences, education. */
  credentials: Range[];
  now: Date;
  units: Units;
  /** Tokens that show a word, by the word (filled as requirements ask). */
  shows: Map<string, number[]>;
  /** Tokens of words related to a word (relations.ts), by the word. */
  loose: Map<string, number[]>;
  /** How many of the description's requirements ask each word (noteAsked). */
  asked: Map<string, number>;
}

export function indexResume(text: string, now: Date): ResumeIndex {
  const tokens = tokenize(text);
  const breaks = boundaries(text, tokens);
  const commas = tokens.map((t, i) => i > 0 && /[,|]/.test(text.slice(tokens[i - 1]!.end, t.start)));
  const hits = new Map<string, Hit[]>();
  for (const hit of findConcepts(text, tokens, breaks, 'keep')) {
    const list = hits.get(hit.conceptId);
    if (list) list.push(hit);
    else hits.set(hit.conceptId, [hit]);
  }
  const structure = parseStructure(text);
  const sections = new Set(structure.headings.map((h) => h.kind));
  const education: Range[] = [];
  // The name line's letters after the name are credentials ("DIANA MERCER, RN, BSN, CCM").
  const nameLine = /\S[^\n]*/.exec(text);
  const credentials: Range[] = nameLine ? [{ start: nameLine.index, end: nameLine.index + nameLine[0].length }] : [];
  for (let i = 0; i < structure.headings.length; i++) {
    const heading = structure.headings[i]!;
    const range = { start: heading.start, end: structure.headings[i + 1]?.start ?? text.length };
    if (heading.kind === 'education') education.push(range);
    if (heading.kind === 'education' || heading.kind === 'certifications') credentials.push(range);
  }
  return {
    text,
    tokens,
    breaks,
    commas,
    hits,
    sections,
    education,
    credentials,
    now,
    units: resumeUnits(text, tokens, breaks),
    shows: new Map(),
    loose: new Map(),
    asked: new Map(),
  };
}

/** Counts the words the description's requirements ask, once per requirement: its subject is asked again and again. */
export function noteAsked(resume: ResumeIndex, qualifications: Qualification[]): void {
  resume.asked.clear();
  for (const q of qualifications)
    for (const w of new Set(q.options.flatMap((o) => o.words ?? [])))
      resume.asked.set(w, (resume.asked.get(w) ?? 0) + 1);
}

interface Evidence {
  status: Status;
  ranges: Range[];
  note?: string;
  related?: string[];
}

/** Evidence the strict rules could not decide: measured, for the verdict model. */
export interface Pending {
  status: 'pending';
  partial: Partial;
  /** Enough of the words are there to call it related when the model does not call it shown. */
  relatedOk: boolean;
}

function tokensShowing(resume: ResumeIndex, word: string): number[] {
  let list = resume.shows.get(word);
  if (!list) {
    list = [];
    resume.tokens.forEach((t, i) => {
      if (wordMatches(word, t)) list!.push(i);
    });
    resume.shows.set(word, list);
  }
  return list;
}

let relationIndex: Map<string, string[]> | undefined;

/** Tokens of words related to `word` by WordNet (relations.ts), for the verdict model to weigh. */
function tokensRelated(resume: ResumeIndex, word: string): number[] {
  let list = resume.loose.get(word);
  if (!list) {
    if (!relationIndex) {
      relationIndex = new Map();
      const add = (a: string, b: string) => {
        const list = relationIndex!.get(a);
        if (list) list.push(b);
        else relationIndex!.set(a, [b]);
      };
      for (const entry of RELATIONS.split(';')) {
        const [w, rest] = entry.split(':');
        for (const r of rest!.split(',')) {
          add(w!, r);
          add(r, w!);
        }
      }
    }
    const related = [...synonymsOf(word)].flatMap((w) => relationIndex!.get(w) ?? []);
    list = [];
    if (related.length)
      resume.tokens.forEach((t, i) => {
        if (related.some((r) => sameWord(r, t.norm))) list!.push(i);
      });
    resume.loose.set(word, list);
  }
  return list;
}

let synonymIndex: Map<string, Set<string>> | undefined;

function synonymsOf(norm: string): Set<string> {
  if (!synonymIndex) {
    synonymIndex = new Map();
    for (const line of SYNONYM_GROUPS) {
      const group = line.split(/\s+/).map((w) => stem(w.toLowerCase()));
      for (const w of group) {
        const set = synonymIndex.get(w) ?? new Set<string>();
        group.forEach((g) => set.add(g));
        synonymIndex.set(w, set);
      }
    }
  }
  return synonymIndex.get(norm) ?? new Set([norm]);
}

/** Same word, another form of it (SOP/SOPs, reconcile/reconciliation), or a synonym. */
function wordMatches(wanted: string, token: Token): boolean {
  // "=ITB": an acronym, in capitals as written, maybe plural (ITBs).
  if (wanted.startsWith('=')) return token.text === wanted.slice(1) || token.text === wanted.slice(1) + 's';
  if (sameWord(wanted, token.norm)) return true;
  const lower = token.text.toLowerCase();
  // Plural acronyms: "SOPs" shows "SOP", "EKGs" shows "EKG".
  if (/^[a-z0-9]+s$/.test(lower) && sameWord(wanted, lower.slice(0, -1))) return true;
  if (/^[a-z0-9]+s$/.test(wanted) && sameWord(wanted.slice(0, -1), token.norm)) return true;
  for (const s of synonymsOf(wanted)) if (s !== wanted && sameWord(s, token.norm)) return true;
  return craftAndMaker(wanted, token.norm) || craftAndMaker(token.norm, wanted);
}

function lineOf(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

function conceptEvidence(id: string, resume: ResumeIndex): Evidence {
  const { concepts } = lexicon();
  const concept = concepts.get(id)!;
  const hits = [...(resume.hits.get(concept.id) ?? [])];
  for (const other of concept.shownBy) hits.push(...(resume.hits.get(other) ?? []));
  if (concept.kind === 'degree' && !concept.specific) {
    // Any degree at the same level or higher shows a general degree requirement.
    for (const [otherId, list] of resume.hits) {
      const c = concepts.get(otherId)!;
      if (c.kind === 'degree' && otherId !== concept.id && (c.level ?? 0) >= (concept.level ?? 0)) hits.push(...list);
    }
  }
  if (!hits.length) {
    if (concept.id === 'english' && /\b(the|and|with)\b/i.test(resume.text))
      return { status: 'found', ranges: [], note: 'Your resume itself is written in English.' };
    return { status: 'missing', ranges: [] };
  }
  const credential = concept.kind === 'certification' || concept.kind === 'degree';
  const held = credential ? hits.filter((h) => !IN_PROGRESS.test(lineOf(resume.text, h.start))) : hits;
  if (!held.length) {
    return {
      status: 'related',
      ranges: hits.flatMap((h) => h.ranges),
      note: 'Your resume shows this as in progress, not yet held.',
    };
  }
  return { status: 'found', ranges: held.flatMap((h) => h.ranges) };
}

/**
 * All `words` near each other within one line or sentence, without crossing a comma: each word matches a distinct
 * token (in any form or by a synonym), and the span holds at most two words more than the phrase.
 */
function findWords(resume: ResumeIndex, words: string[], adjacent: boolean): number[][] {
  const { tokens, breaks, commas } = resume;
  const found: number[][] = [];
  const slack = adjacent ? words.length : words.length + 2;
  // Which tokens show each word, worked out once per resume (tokensShowing caches them).
  const showing = words.slice(1).map((w) => new Set(tokensShowing(resume, w)));
  for (const anchor of tokensShowing(resume, words[0]!)) {
    const chosen = [anchor];
    let missing = false;
    for (const shows of showing) {
      let best = -1;
      for (let i = Math.max(0, anchor - slack); i < Math.min(tokens.length, anchor + slack); i++) {
        if (chosen.includes(i) || !shows.has(i)) continue;
        const [from, to] = i < anchor ? [i, anchor] : [anchor, i];
        let crosses = false;
        for (let b = from + 1; b <= to; b++) if (breaks[b] || commas[b]) crosses = true;
        if (crosses) continue;
        if (best < 0 || Math.abs(i - anchor) < Math.abs(best - anchor)) best = i;
      }
      if (best < 0) {
        missing = true;
        break;
      }
      chosen.push(best);
    }
    if (missing) continue;
    const span = Math.max(...chosen) - Math.min(...chosen) + 1;
    if (span > slack) continue;
    if (adjacent && chosen.some((t, k) => k > 0 && t !== chosen[k - 1]! + 1)) continue;
    found.push(chosen);
  }
  return found;
}

/**
 * Every word on one line, in any order and distance, or at least `least` of them with the last; the ranges of the
 * first such line.
 */
function sameLine(resume: ResumeIndex, words: string[], least = words.length): Range[] | undefined {
  let lineStart = 0;
  const { tokens, breaks, text } = resume;
  const newline = (i: number) => /\n/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
  while (lineStart < tokens.length) {
    let lineEnd = lineStart + 1;
    while (lineEnd < tokens.length && !newline(lineEnd)) lineEnd++;
    // A line, or in a long paragraph its sentence: a summary written as one paragraph is several claims, not one.
    if (lineEnd - lineStart > 30) {
      lineEnd = lineStart + 1;
      while (lineEnd < tokens.length && !breaks[lineEnd]) lineEnd++;
    }
    const line = tokens.slice(lineStart, lineEnd);
    const hits = words.map((w) => line.find((t) => wordMatches(w, t)));
    const count = hits.filter(Boolean).length;
    if (count >= least && hits.at(-1)) return hits.filter((t) => !!t).map((t) => ({ start: t.start, end: t.end }));
    lineStart = lineEnd;
  }
  return undefined;
}

function toRanges(resume: ResumeIndex, found: number[][]): Range[] {
  return found.flatMap((indexes) =>
    indexes.map((i) => ({ start: resume.tokens[i]!.start, end: resume.tokens[i]!.end })),
  );
}

/** Words that only say what kind of thing a name is. */
const COMPANION_STEMS = new Set(
  'system software tool platform program application app suite machine equipment product brand'.split(' ').map(stem),
);

let credentialStems: Set<string> | undefined;
let peopleStems: Set<string> | undefined;
let optionalStems: Set<string> | undefined;

/** A line about something not held or done yet. */
const NOT_YET =
  /\b(?:in progress|currently enrolled|pursuing|working toward|studying for|to be completed|will complete|expected completion|exam scheduled|scheduled for|application submitted)\b/i;

/** A credential asked by name ("irrigation certification", "forklift license"), not the field alone. */
const ASKS_CREDENTIAL = /^(?:certif|licen[cs]|card|endors|credential)/;
/** A resume line that holds a credential: its word, a number or a year it was earned or expires. */
const HOLDS_CREDENTIAL =
  /certif|licen[cs]|\bcard\b|endorse|credential|registered|#\s?\w|\b(?:19|20)\d{2}\b|\bexp(?:ires|\.)?\b/i;

/**
 * Evidence for a phrase. Where a credential is asked ("irrigation certification"), the words alone on a line of work
 * ("Irrigation: replace heads") are related, not shown: the line or its section must hold a credential, and not one in
 * progress ("exam scheduled").
 */
function wordsEvidence(option: Option, resume: ResumeIndex): Evidence | Pending {
  const evidence = phraseEvidence(option, resume);
  if (evidence.status !== 'found' || !evidence.ranges.length) return evidence;
  // Only on lines of things not done yet ("CNSC – exam scheduled Sept 2025"): the person judges.
  if (evidence.ranges.every(({ start }) => NOT_YET.test(lineOf(resume.text, start))))
    return { ...evidence, status: 'related' };
  if (option.adjacent || !(option.words ?? []).some((w) => ASKS_CREDENTIAL.test(w))) return evidence;
  const held = evidence.ranges.some(({ start }) => {
    const line = lineOf(resume.text, start);
    if (IN_PROGRESS.test(line)) return false;
    return HOLDS_CREDENTIAL.test(line) || resume.credentials.some((r) => r.start <= start && start < r.end);
  });
  return held ? evidence : { ...evidence, status: 'related' };
}

function phraseEvidence(option: Option, resume: ResumeIndex): Evidence | Pending {
  credentialStems ??= new Set([...CREDENTIAL_WORDS].map((w) => stem(w)));
  peopleStems ??= new Set([...PEOPLE_NOUNS].map((w) => stem(w)));
  optionalStems ??= new Set([...OPTIONAL_MODIFIERS].map((w) => stem(w)));
  const all = option.words ?? [];
  // "Level 2 Food Hygiene certificate": a resume's list of certificates rarely repeats the word; "lead daily rounds"
  // is shown by "lead rounds". Numbers stay when the phrase is a name ("OSHA 30").
  // Numbers of things ("juggle 10+ projects") and the people a thing is for ("client appointments", "the attorneys'
  // calendars") are detail, not what is asked.
  const essential = all.filter(
    (w, k) =>
      !credentialStems!.has(w) &&
      (option.adjacent || (!optionalStems!.has(w) && !/^\d+$/.test(w) && !(peopleStems!.has(w) && k < all.length - 1))),
  );
  // The codes of a name the phrase holds (three capitals or more, a grade in Roman numerals; not a state's two
  // letters) are asked even where its words leave them out ("SOC 2 Type II", "Grade III
  // Water Treatment certification"): "SOC" or the heading "Certifications" alone does not show it.
  const codes = new Set(
    labelTokens(option)
      .filter((t) => /^(?:\p{Lu}{3,}|I{2,3}|IV|VI{0,3})$/u.test(t.text))
      .map((t) => t.norm),
  );
  essential.push(...(option.name ?? []).filter((w) => codes.has(w) && !all.includes(w)));
  const words = essential.length ? essential : all;
  if (!words.length) return { status: 'missing', ranges: [] };
  const verbs = (option.verbs ?? []).filter((v) => !LIGHT_VERBS.has(v));
  // People as the only object say little alone ("escort staff"): the duty's verb must be there too.
  const needsVerb = verbs.length > 0 && words.every((w) => peopleStems!.has(w));
  const attempts: string[][] = needsVerb ? verbs.map((v) => [v, ...words]) : [words];
  // A name shows the phrase alone where the rest only says what kind of thing it is ("La Marzocco machines"); where
  // the rest is more ("YouTube retention analytics"), one more of its words must be on the name's line.
  const rest = words.filter((w) => !option.name?.includes(w) && !COMPANION_STEMS.has(w));
  if (option.name && rest.length <= 1) attempts.push(option.name);
  for (const alias of option.aliases ?? []) attempts.push(alias);
  if (!needsVerb) attempts.push(...acronymAttempts(option, all.length > words.length ? all : words));
  attempts.push(...codeAttempts(option), ...slashAttempts(option, words));
  for (const attempt of attempts) {
    const found = findWords(resume, attempt, !!option.adjacent && attempt === words);
    if (found.length) return { status: 'found', ranges: toRanges(resume, found.slice(0, 3)) };
  }
  // Three words or more, all but one of them together: shown ("3-week look-aheads" shows a look-ahead schedule).
  if (words.length >= 3 && !needsVerb) {
    for (let skip = 0; skip < words.length; skip++) {
      const found = findWords(
        resume,
        words.filter((_, k) => k !== skip),
        false,
      );
      if (found.length) return { status: 'found', ranges: toRanges(resume, found.slice(0, 3)) };
    }
  }
  if (option.name && rest.length > 1) {
    for (const w of rest) {
      const found = sameLine(resume, [...option.name, w]);
      if (found) return { status: 'found', ranges: found };
    }
  }
  // All the words on one line of the resume, apart: shown ("storm sewer … design" on one project line); of three
  // words or more, two in three with the last (the head: "pre-bid conferences and bid openings" by "pre-bid meetings
  // and public bid openings").
  if (words.length >= 2 && !option.adjacent) {
    const wanted = needsVerb ? [...words, verbs[0]!] : words;
    const found = sameLine(resume, wanted, words.length >= 3 ? Math.ceil((words.length * 2) / 3) : wanted.length);
    if (found) return { status: 'found', ranges: found };
  }
  // An acronym asked for, spelt out in the resume: "TMS" by "transportation management system".
  const spelt = spelledOut(option, resume);
  if (spelt) return { status: 'found', ranges: spelt };
  // Part of the evidence: measured, for the verdict model to weigh.
  const partial = measure(
    {
      words,
      head: headOf(option.label, words),
      verbs,
      names: namesAmong(labelTokens(option), words),
      topics: words.map((w) => (resume.asked.get(w) ?? 0) >= 2),
    },
    resume.tokens,
    resume.units,
    (w) => tokensShowing(resume, w),
    (w) => tokensRelated(resume, w),
  );
  const present = partial.features.anyShare * words.length;
  const relatedOk = present > 0 && (words.length > 1 || needsVerb) && present * 2 >= words.length;
  // Nothing of it on any line: not found, whatever the model would guess. A name is shown only as it is written
  // ("Certified Kubernetes Administrator" is not "Kubernetes" here and "administrator" there): part of it is related.
  // The duty's verb alone ("mixed and applied products per label" for "mix and apply pesticides") is left to the model.
  if (!partial.features.unitShare && !partial.features.verbShown) return { status: 'missing', ranges: [] };
  // A name whose phrase says more than what kind of thing it is ("YouTube retention analytics"), and none of the more
  // anywhere in the resume: the name alone is related, as documented, whatever the model would guess.
  const nameOnly =
    !!option.name &&
    rest.length > 1 &&
    rest.every((w) => !tokensShowing(resume, w).length && !tokensRelated(resume, w).length);
  // A numbered code asked (ASTM D4541, Form 1099) that the resume never writes: another code of the family is another
  // thing, so the rest is related at most.
  const numbered = labelTokens(option).filter(
    (t) => /\d/.test(t.text) && /\p{L}/u.test(t.text) && words.includes(t.norm),
  );
  const codeMissing = numbered.some((t) => !tokensShowing(resume, t.norm).length);
  if (option.adjacent || nameOnly || codeMissing)
    return relatedOk
      ? { status: 'related', ranges: partial.ranges, related: partial.present }
      : { status: 'missing', ranges: [] };
  return { status: 'pending', partial, relatedOk };
}

// A label's tokens, read once per option: several kinds of evidence look at how the label writes its words.
const labelTokensOf = new WeakMap<Option, Token[]>();
function labelTokens(option: Option): Token[] {
  let tokens = labelTokensOf.get(option);
  if (!tokens) labelTokensOf.set(option, (tokens = tokenize(option.label)));
  return tokens;
}

/**
 * Which of `words` the label writes as a name or code: in capitals (ZIMS, WDO), with a digit (811, Z765), or
 * capitalised after its first word (Passare, Tripleseat; the first is capitalised as a sentence is).
 */
function namesAmong(tokens: Token[], words: string[]): boolean[] {
  return words.map((w) =>
    tokens.some(
      (t, k) =>
        t.norm === w &&
        (/^\p{Lu}{2,}s?$/u.test(t.text) || /\d/.test(t.text) || (k > 0 && /^\p{Lu}\p{Ll}/u.test(t.text))),
    ),
  );
}

/** A code: capitals (TRC, NRS), or letters and digits together (Y14.5, G702). */
const CODE = /^(?:\p{Lu}[\p{Lu}\d&+.]+|\p{L}+\d[\p{L}\d.]*|\d+\p{L}[\p{L}\d.]*)$/u;

/**
 * A name made of a code and its owner's words shows by the code: "Sony TRC" by "TRC", "NRS Chapter 332" by "NRS 332",
 * "ASME Y14.5" by "Y14.5" (a code with digits is specific alone), "ALTA/NSPS" by either. Not for credentials ("AWS
 * Certified Developer" is not "AWS"), nor where the rest is lower case words that say what (those must be there).
 */
function codeAttempts(option: Option): string[][] {
  const tokens = labelTokens(option).filter((t) => !STOP_WORDS.has(t.norm));
  const codes = tokens.filter((t) => CODE.test(t.text));
  const rest = tokens.filter((t) => !codes.includes(t));
  if (!codes.length || (!rest.length && codes.length < 2)) return [];
  const owners = rest.every(
    (t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) || /^\d+$/.test(t.text) || COMPANION_STEMS.has(t.norm),
  );
  if (!owners || rest.some((t) => credentialStems!.has(t.norm) || /^(certif|licen)/i.test(t.text))) return [];
  const asWritten = (t: Token) => (/^\p{Lu}+$/u.test(t.text) ? '=' + t.text : t.norm);
  const numbers = rest.filter((t) => /^\d+$/.test(t.text)).map(asWritten);
  const attempts = [[...codes.map(asWritten), ...numbers]];
  for (const code of codes) if (/\d/.test(code.text) && code.text.length >= 3) attempts.push([asWritten(code)]);
  if (SLASHED_NAMES.test(option.label)) attempts.push(...codes.map((c) => [asWritten(c)]));
  return attempts;
}

/**
 * "Olympic lifting / kettlebell / pre-natal", "FDCPA / consumer collection laws": parts set apart by a spaced slash
 * are alternatives, and a part with a word of four letters or more shows the phrase alone (its words as asked).
 */
function slashAttempts(option: Option, words: string[]): string[][] {
  const parts = option.label.split(/\s\/\s/);
  if (parts.length < 2) return [];
  return parts
    .map((part) =>
      tokenize(part)
        .map((t) => t.norm)
        .filter((w) => words.includes(w)),
    )
    .filter((part) => part.length && part.some((w) => w.length >= 4) && part.length < words.length);
}

const ACRONYM = /^\p{Lu}{2,6}$/u;
const ACRONYM_GLUE = new Set(['of', 'to', 'for', 'and', 'in', '&']);

/**
 * The phrase with a run of two or more of its words written as their initials, as resumes abbreviate: "accounts
 * payable" as AP, "Invitations to Bid" as ITBs (with or without the little words), "young adult literature" as YA
 * literature, "engineering change orders" as ECOs.
 */
function acronymAttempts(option: Option, given: string[]): string[][] {
  const tokens = labelTokens(option);
  // The words asked for, or, when they leave out part of a name ("Accounts payable"), the label's own words.
  const own = tokens.map((t) => t.norm).filter((w) => !STOP_WORDS.has(w) && !ACRONYM_GLUE.has(w));
  const words = given.length >= 2 ? given : own;
  if (words.length < 2) return [];
  const at = words.map((w) => tokens.findIndex((t) => t.norm === w));
  if (at.some((i) => i < 0)) return [];
  const attempts: string[][] = [];
  for (let from = 0; from < words.length; from++) {
    for (let to = from + 1; to < words.length; to++) {
      const span = tokens.slice(at[from]!, at[to]! + 1);
      const initials = new Set([
        span.map((t) => t.text[0]).join(''),
        span
          .filter((t) => !ACRONYM_GLUE.has(t.text.toLowerCase()))
          .map((t) => t.text[0])
          .join(''),
      ]);
      for (const initial of initials) {
        if (initial.length < 2) continue;
        attempts.push([...words.slice(0, from), '=' + initial.toUpperCase(), ...words.slice(to + 1)]);
      }
    }
  }
  return attempts;
}

/** Where the resume spells out an acronym the option is: consecutive words whose initials make it. */
function spelledOut(option: Option, resume: ResumeIndex): Range[] | undefined {
  const name = option.label.trim().replace(/s$/, '');
  if (!ACRONYM.test(name) || name.length < 3) return undefined;
  const { tokens, breaks, commas } = resume;
  for (let i = 0; i < tokens.length; i++) {
    let k = 0;
    let j = i;
    const capitals: boolean[] = [];
    while (j < tokens.length && k < name.length && (j === i || (!breaks[j] && !commas[j]))) {
      const word = tokens[j]!.text;
      const glue = ACRONYM_GLUE.has(word.toLowerCase());
      if (!glue && word.length >= 3 && word[0]!.toUpperCase() === name[k]) {
        capitals.push(/^\p{Lu}/u.test(word));
        k++;
      } else if (!(glue && k > 0)) break;
      j++;
    }
    // The words of one name: all capitalised or all in lower case ("Bachelor of Fine Arts", "transportation
    // management system").
    if (k === name.length && (capitals.every(Boolean) || !capitals.some(Boolean)))
      return [{ start: tokens[i]!.start, end: tokens[j - 1]!.end }];
  }
  return undefined;
}

function yearsEvidence(option: Option, resume: ResumeIndex): Evidence {
  const shown = yearsShown(resume.text, resume.now, resume.education);
  const years = Math.round(shown.years * 10) / 10;
  const note =
    shown.source === 'dates'
      ? `The dates on your resume add up to about ${years} year${years === 1 ? '' : 's'}.`
      : shown.source === 'statement'
        ? `Your resume says ${years} year${years === 1 ? '' : 's'}.`
        : 'No dates or years of experience were found on your resume.';
  return { status: shown.years >= (option.years ?? 0) ? 'found' : 'missing', ranges: shown.ranges, note };
}

/** "A second language", "any third language", "bilingual": languages counted beside English. */
const LANGUAGES_ASKED = /\b(?:(second|another|foreign|additional|third|fourth)\s+languages?|(bi|tri|multi)lingual)\b/i;

/** Languages other than English named in the resume show "a second language" (two of them a third). */
function languagesEvidence(option: Option, resume: ResumeIndex): Evidence | undefined {
  const asked = LANGUAGES_ASKED.exec(option.label);
  if (!asked) return undefined;
  const needed = /third|tri|multi/i.test(asked[0]) ? 2 : /fourth/i.test(asked[0]) ? 3 : 1;
  const { concepts } = lexicon();
  const named = [...resume.hits].filter(([id]) => id !== 'english' && concepts.get(id)?.kind === 'language');
  const ranges = named.flatMap(([, hits]) => hits.flatMap((h) => h.ranges)).slice(0, 3);
  // The word "language" alone (a "Languages" heading) shows nothing: fewer languages than asked are related.
  if (named.length < needed) return { status: named.length ? 'related' : 'missing', ranges };
  return { status: 'found', ranges };
}

export function optionEvidence(option: Option, resume: ResumeIndex): Evidence | Pending {
  if (option.years !== undefined) return yearsEvidence(option, resume);
  const languages = languagesEvidence(option, resume);
  if (languages) return languages;
  if (option.conceptIds?.length) {
    const each = option.conceptIds.map((id) => conceptEvidence(id, resume));
    const ranges = each.flatMap((e) => e.ranges);
    if (each.every((e) => e.status === 'found')) return { status: 'found', ranges };
    // "VLOOKUP/XLOOKUP", "MLS/MLIS": one-word names joined by a slash are versions of one thing, and either shows it;
    // "First Aid/CPR" joins two credentials, both asked.
    const found = each.filter((e) => e.status === 'found');
    if (found.length && SLASHED_NAMES.test(option.label))
      return { status: 'found', ranges: found.flatMap((e) => e.ranges) };
    const note = each.find((e) => e.note)?.note;
    if (each.some((e) => e.status !== 'missing')) return { status: 'related', ranges, ...(note ? { note } : {}) };
    // Not in the vocabulary's words: the ad's own words may still be there.
    if (option.words?.length) return wordsEvidence(option, resume);
    return { status: 'missing', ranges: [] };
  }
  return wordsEvidence(option, resume);
}

const SLASHED_NAMES = /^\s*[\p{L}\d.+#&-]+(?:\s*\/\s*[\p{L}\d.+#&-]+)+\s*$/u;

const ORDER: Record<Status, number> = { found: 2, related: 1, missing: 0 };

/** "Or equivalent experience": years of work shown stand in for the degree (a year of work for a year of study). */
function equivalentExperience(years: number, resume: ResumeIndex): Evidence {
  const shown = yearsShown(resume.text, resume.now, resume.education);
  if (shown.years < years) return { status: 'missing', ranges: [] };
  const total = Math.round(shown.years * 10) / 10;
  return {
    status: 'found',
    ranges: shown.ranges,
    note: `The description accepts equivalent experience: your resume shows about ${total} years of work.`,
  };
}

/** The verdict on evidence the strict rules left undecided. */
export function decide(evidence: Evidence | Pending, model?: VerdictModel): Evidence {
  if (evidence.status !== 'pending') return evidence;
  const { partial, relatedOk } = evidence;
  if (shownProbability(partial.features, model) >= (model ?? VERDICT_DEFAULT).threshold)
    return { status: 'found', ranges: partial.ranges };
  if (relatedOk) return { status: 'related', ranges: partial.ranges, related: partial.present };
  return { status: 'missing', ranges: [] };
}

/** Matches every qualification against the resume: the best verdict among its options. */
export function matchResume(
  qualifications: Qualification[],
  resume: ResumeIndex,
  model?: VerdictModel,
): Omit<FitItem, 'suggestion'>[] {
  noteAsked(resume, qualifications);
  return qualifications.map((q) => {
    const evidence = q.options.map((o) => decide(optionEvidence(o, resume), model));
    if (q.orExperience !== undefined && !evidence.some((e) => e.status === 'found'))
      evidence.push(equivalentExperience(q.orExperience, resume));
    const best = evidence.reduce((a, b) => (ORDER[b.status] > ORDER[a.status] ? b : a));
    // A list asked as a whole is shown by half its parts or more; fewer are related words, for the person to judge.
    const shownParts = evidence.filter((e) => e.status === 'found').length;
    const status: Status =
      q.each && best.status === 'found' && shownParts * 2 < evidence.length ? 'related' : best.status;
    const relevant = evidence.filter((e) => e.status === status || (status === 'related' && e.status === 'found'));
    const resumeRanges = status === 'missing' ? [] : mergeRanges(relevant.flatMap((e) => e.ranges));
    const note = (status === 'missing' ? evidence : relevant).find((e) => e.note)?.note;
    const snippets = [
      ...new Set(resumeRanges.map((r) => resume.text.slice(r.start, r.end).replace(/\s+/g, ' ').trim())),
    ];
    // A list shown in part names the parts the resume has.
    const related =
      status !== 'related'
        ? []
        : status === best.status
          ? relevant.flatMap((e) => e.related ?? [])
          : q.options.filter((_, k) => evidence[k]!.status === 'found').map((o) => o.label);
    return {
      ...q,
      status,
      resumeRanges,
      evidence: snippets.slice(0, 3),
      ...(related.length ? { related: [...new Set(related)] } : {}),
      ...(note ? { note } : {}),
    };
  });
}
