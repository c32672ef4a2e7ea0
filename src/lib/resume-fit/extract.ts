// What a job description asks for. Every sentence that asks something (requirement-lines.ts) is read by its
// structure (phrases.ts): its years of experience, and the phrases of its clauses. The vocabulary refines a phrase
// that is a known skill, credential or language (so a resume's PostgreSQL can show "relational databases"). Each item
// is required or preferred by its wording ("a plus", "preferably") or else its section; the same thing asked twice is
// one item, preferred if the description says so anywhere. Lines that ask but give no item are kept as unchecked.

import { boundaries, findConcepts, lexicon, mergeRanges, STOP_WORDS, type Hit, type Range } from './find.ts';
import { craftAndMaker, stem, tokenize, type Token } from './tokenize.ts';
import { parseStructure, type SectionKind, type Sentence } from './structure.ts';
import { yearsAsked } from './experience.ts';
import { tagTokens, type Pos } from './tagger.ts';
import { roleSubjectEnd, sentencePhrases, type Phrase, type Word } from './phrases.ts';
import { sentenceRoles } from './requirement-lines.ts';
import { COMMON_CAPS, ORGANISATION_ENDINGS, PLACES, STOP_ACRONYMS } from './cues.ts';
import { FRAME_WORDS, GENERIC_NOUNS, GRADING_WORDS, LIGHT_VERBS, PEOPLE_NOUNS } from './grammar.ts';
import type { Kind, Level, Option, Qualification, UncheckedLine } from './types.ts';
import { listedProbability, type AskingFeatures, type AskingModel } from './asking.ts';
import { ASKING_MODEL } from './asking-weights.ts';

type Strength = Level | 'duty';

const SECTION_STRENGTH: Partial<Record<SectionKind, Strength>> = {
  required: 'required',
  preferred: 'preferred',
  duties: 'duty',
  neutral: 'duty',
  skip: 'duty',
  skills: 'required',
  education: 'required',
  certifications: 'required',
  languages: 'required',
  experience: 'duty',
  summary: 'duty',
};

/** Words a concept may leave uncovered and still be the whole phrase: "an ERP system" is ERP. */
const CONCEPT_COMPANIONS = new Set(
  'system systems software tool tools platform platforms program programs application applications suite certification certificate certified card license licence course training endorsement language languages speaker speakers speaking skills level'.split(
    ' ',
  ),
);

export interface Extraction {
  qualifications: Qualification[];
  unchecked: UncheckedLine[];
}

/** Every item the structure rules read, with the facts the asking model weighs (none for years, always kept). */
export interface Candidates {
  candidates: { qualification: Qualification; features?: AskingFeatures }[];
  unchecked: UncheckedLine[];
}

/** Where an item was first asked: its section, its line and how the sentence gave it. */
interface Facts {
  section: SectionKind;
  line: number;
  bullet: boolean;
  example: boolean;
  fromTail: boolean;
  cued: boolean;
  secondary: boolean;
  laterClause: boolean;
  lowerStart: boolean;
  /** The object of a preposition after a noun: where, for whom or of what ("units in hospitals", "therapy to adults"). */
  prepObject: boolean;
  /** The field of a years ask ("2 yrs boat building experience"): a reader lists it with the years. */
  yearsField?: boolean;
  /** Said of the role as the sentence's subject ("The Paramedic provides advanced pre-hospital care"): a summary. */
  roleLed?: boolean;
}

const ASKED_SECTIONS = new Set<SectionKind>([
  'required',
  'preferred',
  'skills',
  'education',
  'certifications',
  'languages',
]);
const BULLET = /^\s*(?:[-–—•·*▪◦●○■□➢➤►✓✔>»]|\d{1,2}[.)])/u;

interface Entry {
  options: Option[];
  strengths: Strength[];
  ranges: Range[];
  first: number;
  orExperience?: number;
  each?: boolean;
  facts: Facts;
  /** A degree with its fields, as the description words it. */
  label?: string;
}

/** "… or equivalent experience", "— or equivalent field experience", "or a comparable combination of … experience". */
const OR_EXPERIENCE = /\bor\s+(?:an?\s+|the\s+)?(?:equivalent|comparable)\b[\w\s-]{0,40}?\bexperience\b/i;

/** A deadline for getting what is asked, counted from the start of the job. */
const DEADLINE =
  /\b(?:within|in|by the end of)(?: the first)? (?:\d+|\w+)(?: \(\d+\))? (?:days?|weeks?|months?|years?) (?:of|after|from) (?:hire|hiring|start|starting|employment|joining|the start date)\b/gi;

/**
 * The reporting line: "Under general supervision of the SPD Supervisor, …", "under the direction of a licensed
 * engineer". It places the job; the person is not asked to show supervision.
 */
const REPORTING =
  /\bunder (?:the )?(?:(?:general|direct|close|limited|immediate|minimal|administrative) )?(?:supervision|direction)(?: (?:of|from) [^,;.]{1,60})?/gi;

/**
 * How the work follows a rule or a person: "in accordance with Riverbend procedures", "per carrier spec", "as directed
 * by the supervisor". A rule named by its own name ("in accordance with GAAP", "per ASME Y14.5") is asked.
 */
const MANNER =
  /\b(?:(?:in (?:accordance|line|compliance) with|according to|per)(?: [^,;.()]{0,30}?)? (?:procedures?|protocols?|polic(?:y|ies)|standards?|specs?|specifications?|directions?|instructions?|guidelines?|schedules?|IFUs?)\b|as (?:directed|assigned|instructed) by [^,;.]{1,40})/gi;

/**
 * A participle that sets the scene before the sentence's subject: "Working closely with attorneys and paralegals, the
 * Legal Assistant supports…"; the role it casts the reader in: "As a route mechanic you'll own a route…". The subject
 * and its verb say what is asked.
 */
const SCENE =
  /^\W*(?:\p{L}+ing\b[^,;.:]{0,80},(?=\s+(?:the|this|our|you|you'll|as)\b)|as (?:an?|the) [^,;.:]{1,40}?(?:,|(?=\s+you\b|\s+you['’]ll\b)))/giu;

/** Years of work that stand in for a degree, a year of work for a year of study: associate 2, bachelor 4, master 6. */
const STUDY_YEARS: Record<number, number> = { 2: 2, 3: 4, 4: 6 };

function equivalentYears(options: Option[]): number | undefined {
  const { concepts } = lexicon();
  const levels = options.flatMap((o) =>
    (o.conceptIds ?? [])
      .map((id) => concepts.get(id)!)
      .filter((c) => c.kind === 'degree')
      .map((c) => c.level ?? 0),
  );
  const years = levels.map((l) => STUDY_YEARS[l]).filter((y): y is number => y !== undefined);
  return years.length ? Math.min(...years) : undefined;
}

function keyOf(options: Option[]): string {
  return [...new Set(options.map((o) => o.key))].sort().join('|');
}

export function yearsKey(years: number): string {
  return `years:${years}`;
}

export function joinLabels(labels: string[], conjunction: 'or' | 'and' = 'or'): string {
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} ${conjunction} ${labels.at(-1)}`;
}

function yearsLabel(years: number): string {
  return years < 1
    ? `${Math.round(years * 12)} months of experience`
    : `${years}+ year${years === 1 ? '' : 's'} of experience`;
}

/** The job's title: the first line up to a dash, bracket, comma or bar ("Platform Engineer (DevOps) — Payments"). */
function titleWords(header: string): string[] {
  const line = (header.split('\n')[0] ?? '').split(/\s[—–-]\s|[(,|·—–]/)[0] ?? '';
  return tokenize(line).map((t) => t.norm);
}

/**
 * The option only names the job's title: "Registered Nurse", "medical assistant", "barista"; or its trade with words
 * that only grade it: "3-5 years of progressive accounting experience" for a Staff Accountant. "Full-charge
 * bookkeeping" says which kind, and stays.
 */
let gradingStems: Set<string> | undefined;

function namesTitle(option: Option, title: string[]): boolean {
  const words = option.words ?? [];
  if (!words.length || option.verbs?.length || option.years !== undefined) return false;
  if (words.length === 1 ? words[0] === title.at(-1) : words.every((w) => title.includes(w))) return true;
  gradingStems ??= new Set([...GRADING_WORDS].map(stem));
  const trade = words.filter((w) => !gradingStems!.has(w));
  return (
    trade.length === 1 &&
    trade.length < words.length &&
    title.some((t) => t === trade[0] || craftAndMaker(t, trade[0]!))
  );
}

/** Names of the company and its places (title lines, "About us"): capitalised, but not qualifications. */
function excludedNames(text: string, header: string, sentences: Sentence[], roles: string[]): Set<string> {
  const names = new Set<string>();
  const add = (s: string) => {
    for (const t of tokenize(s))
      if (/^\p{Lu}/u.test(t.text) && !COMMON_CAPS.has(t.text.toLowerCase())) names.add(t.text);
  };
  add(header);
  // The organisation's initials ("TCAA" for Tri-County Ambulance Authority) are its name too.
  for (const m of header.matchAll(/(?:\p{Lu}[\p{L}'’]*[ \t-]+){1,5}\p{Lu}\p{L}*/gu)) {
    const parts = m[0].split(/[ \t-]+/);
    if (ORGANISATION_ENDINGS.has(parts.at(-1)!.toLowerCase())) names.add(parts.map((w) => w[0]).join(''));
  }
  sentences.forEach((s, k) => {
    if (roles[k] === 'about-us') add(text.slice(s.start, s.end).replace(/^\S+/, ''));
  });
  return names;
}

/** What the description asks for: the items the structure rules read, less those a reader would not list. */
export function extractRequirements(text: string, model: AskingModel = ASKING_MODEL): Extraction {
  const { candidates, unchecked } = readCandidates(text);
  const listed = candidates.filter((c) => !c.features || listedProbability(c.features, model) >= model.threshold);
  // An ad that asks something is never reported as asking nothing.
  const kept = listed.length ? listed : candidates;
  // Nothing is dropped silently: a line that lost all its items is shown as not checked, with its text.
  const lineOf = (at: number): UncheckedLine => {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
    return { start, end, text: text.slice(start, end).trim() };
  };
  const keptLines = new Set(kept.flatMap((c) => c.qualification.jobRanges.map((r) => lineOf(r.start).start)));
  const dropped = new Map<number, UncheckedLine>();
  for (const c of candidates) {
    if (kept.includes(c)) continue;
    for (const range of c.qualification.jobRanges) {
      const line = lineOf(range.start);
      if (!keptLines.has(line.start) && !unchecked.some((u) => u.start <= range.start && range.start < u.end))
        dropped.set(line.start, line);
    }
  }
  const all = [...unchecked, ...dropped.values()].sort((a, b) => a.start - b.start);
  return { qualifications: kept.map((c) => c.qualification), unchecked: all };
}

export function readCandidates(text: string): Candidates {
  const structure = parseStructure(text);
  const tokens = tokenize(text);
  const breaks = boundaries(text, tokens);
  const hits = findConcepts(text, tokens, breaks);
  const people: boolean[] = [];
  const pos = tagTokens(text, tokens, people);
  const roles = sentenceRoles(structure);
  const excluded = excludedNames(text, structure.headerText, structure.sentences, roles);
  // The job's own title ("Registered Nurse", "Finish Carpenter") is what the person applies to be, not a qualification.
  const title = titleWords(structure.headerText);
  const hitAt = new Map<number, Hit>();
  for (const hit of hits) for (const t of hit.tokens) hitAt.set(t, hit);

  const entries = new Map<string, Entry>();
  const unchecked: UncheckedLine[] = [];
  const add = (
    options: Option[],
    strength: Strength,
    ranges: Range[],
    first: number,
    orExperience?: number,
    each?: boolean,
    facts?: Facts,
  ) => {
    const unique = options.filter((o, k) => options.findIndex((x) => x.key === o.key) === k);
    if (!unique.length) return;
    const key = keyOf(unique);
    const lineStart = text.lastIndexOf('\n', first - 1) + 1;
    const entry = entries.get(key) ?? {
      options: unique,
      strengths: [],
      ranges: [],
      first,
      facts: facts ?? {
        section: 'required',
        line: lineStart,
        bullet: false,
        example: false,
        fromTail: false,
        cued: false,
        secondary: false,
        laterClause: false,
        lowerStart: false,
        prepObject: false,
      },
    };
    entry.strengths.push(strength);
    entry.ranges.push(...ranges);
    if (orExperience !== undefined) entry.orExperience = orExperience;
    if (each && unique.length > 1) entry.each = true;
    entries.set(key, entry);
  };

  structure.sentences.forEach((sentence, k) => {
    if (roles[k] !== 'asks') return;
    const base = SECTION_STRENGTH[sentence.section] ?? 'duty';
    let made = 0;
    const consumed = new Set<number>();
    const spans: Range[] = [];
    for (const asked of yearsAsked(sentence.text, sentence.start, sentence.lineStart)) {
      spans.push(asked);
      const strength = levelOf(asked.cue, base);
      if (!strength) continue;
      add(
        [{ key: yearsKey(asked.years), label: yearsLabel(asked.years), kind: 'experience', years: asked.years }],
        strength,
        [{ start: asked.start, end: asked.end }],
        asked.start,
      );
      made++;
      tokens.forEach((t, i) => {
        if (t.start >= asked.start && t.end <= asked.numberEnd) consumed.add(i);
      });
    }
    // "within one year of hire", "within 30 days of starting": when, not what; "under general supervision of …": whom
    // the job reports to.
    for (const m of [
      ...sentence.text.matchAll(DEADLINE),
      ...sentence.text.matchAll(REPORTING),
      ...sentence.text.matchAll(SCENE),
      ...sentence.text.matchAll(MANNER),
    ]) {
      const from = sentence.start + m.index;
      const to = from + m[0].length;
      tokens.forEach((t, i) => {
        if (t.start >= from && t.end <= to) consumed.add(i);
      });
    }
    const words = sentenceWords(text, tokens, pos, people, sentence, consumed);
    const hasConcept = (indexes: number[]) => indexes.some((i) => hitAt.has(i));
    const roleLed = roleSubjectEnd(words) > 0;
    // People after a preposition say to or with whom ("report to the Floor Supervisor", "with Catholic priests").
    const phrases = sentencePhrases(words, hasConcept, base === 'duty').filter(
      (p) => !personAfterPreposition(words, p),
    );
    const groups = new Map<number, Phrase[]>();
    for (const phrase of phrases) {
      const list = groups.get(phrase.group);
      if (list) list.push(phrase);
      else groups.set(phrase.group, [phrase]);
    }
    const built = [...groups.values()].map((group) => ({
      group,
      options: group.map((p) => optionFor(text, tokens, p, hitAt, excluded)).filter((o) => !!o),
    }));
    // "Fluent French and English", "Bilingual in English and Spanish": English beside another language asks for the
    // other one (the resume itself shows the English).
    const languages = built.flatMap((b) => b.options).filter((o) => o.kind === 'language');
    const otherLanguage = languages.some((o) => !o.conceptIds?.includes('english'));
    for (const { group, options } of built) {
      if (otherLanguage && options.length === 1 && options[0]!.conceptIds?.join() === 'english') continue;
      if (!options.length || options.every((o) => namesTitle(o, title))) continue;
      const cue = group.find((p) => p.cue)?.cue;
      const strength = levelOf(cue, base);
      if (!strength) {
        made++; // read, and not asked for ("No degree required")
        continue;
      }
      const equivalent = OR_EXPERIENCE.test(sentence.text) ? equivalentYears(options) : undefined;
      add(
        options,
        strength,
        group.map((p) => ({ start: p.start, end: p.end })),
        group[0]!.start,
        equivalent,
        group.some((p) => p.each),
        {
          section: sentence.section,
          line: text.lastIndexOf('\n', group[0]!.start - 1) + 1,
          bullet: BULLET.test(text.slice(text.lastIndexOf('\n', group[0]!.start - 1) + 1)),
          example: group.some((p) => p.example),
          fromTail: group.every((p) => p.fromTail),
          cued: !!cue,
          secondary: !!group[0]!.secondary,
          laterClause: !!group[0]!.laterClause,
          lowerStart: /^\p{Ll}/u.test(text.slice(group[0]!.start, group[0]!.start + 1)),
          prepObject: afterNounPreposition(words, group[0]!.tokens[0]!),
          // Inside a years ask or right after it: "3–5 years estimating experience with a specialty subcontractor",
          // "One year of paid experience in a zoo, aquarium or wildlife rehabilitation facility".
          yearsField: spans.some(
            (r) =>
              r.start <= group[0]!.start &&
              group[0]!.start <= r.end + 8 &&
              !/[;.:]/.test(text.slice(r.end, group[0]!.start)),
          ),
          roleLed,
        },
      );
      const fieldsEnd = group.length === 1 && options.length === 1 ? group[0]!.fieldsEnd : undefined;
      if (fieldsEnd)
        entries.get(keyOf(options))!.label ??= text.slice(group[0]!.start, fieldsEnd).replace(/[,;\s]+$/, '');
      made++;
    }
    if (!made && /\p{L}{3,}/u.test(sentence.text) && sentence.text.split(/\s+/).length >= 2)
      unchecked.push({ start: sentence.start, end: sentence.end, text: sentence.text });
  });

  mergeBrandedNames(entries);
  const rank = (s: Strength) => (s === 'required' ? 2 : s === 'preferred' ? 1 : 0);
  const all = [...entries].map(([key, entry]) => {
    // Asked as a duty and as "preferred" is preferred; an explicit requirement anywhere makes it required.
    const top = Math.max(...entry.strengths.map(rank));
    const level: Level = top === 1 ? 'preferred' : 'required';
    return {
      first: entry.first,
      qualification: {
        key,
        label:
          entry.label ??
          joinLabels(
            entry.options.map((o) => o.label),
            entry.each ? 'and' : 'or',
          ),
        kind: entry.options[0]!.kind,
        level,
        options: entry.options,
        jobRanges: mergeRanges(entry.ranges),
        ...(entry.orExperience !== undefined ? { orExperience: entry.orExperience } : {}),
        ...(entry.each ? { each: true } : {}),
      } satisfies Qualification,
    };
  });
  // How crowded each line is, and which item comes first on it.
  const byLine = new Map<number, number[]>();
  for (const [, entry] of entries) byLine.set(entry.facts.line, [...(byLine.get(entry.facts.line) ?? []), entry.first]);
  // An item whose every content word another line's item holds is said again there ("decontaminates … instruments"
  // in a summary, "Decontaminate instruments" in the duties): a reader lists it once.
  const contentOf = (entry: Entry) => new Set(entry.options.flatMap((o) => [...(o.words ?? []), ...(o.verbs ?? [])]));
  const contents = new Map([...entries].map(([key, entry]) => [key, contentOf(entry)]));
  const holds = (a: Set<string>, b: Set<string>) => a.size > b.size && b.size > 0 && [...b].every((w) => a.has(w));
  const elsewhere = (key: string, entry: Entry, test: (mine: Set<string>, theirs: Set<string>) => boolean) =>
    [...entries].some(
      ([other, o]) =>
        other !== key && o.facts.line !== entry.facts.line && test(contents.get(key)!, contents.get(other)!),
    );
  const features = new Map(
    [...entries].map(([key, entry]) => {
      const firsts = byLine.get(entry.facts.line)!;
      return [
        key,
        askingFeatures(entry, firsts.length, entry.first === Math.min(...firsts), {
          restated: elsewhere(key, entry, (mine, theirs) => holds(theirs, mine)),
          restates: elsewhere(key, entry, (mine, theirs) => holds(mine, theirs)),
        }),
      ];
    }),
  );
  const preferredLast = (q: Qualification) => Number(q.level === 'preferred');
  const candidates = all
    .sort((a, b) => preferredLast(a.qualification) - preferredLast(b.qualification) || a.first - b.first)
    .map((a) => ({ qualification: a.qualification, features: features.get(a.qualification.key) }));
  return { candidates, unchecked };
}

/** The facts the asking model weighs; none for years of experience, which a reader always lists. */
function askingFeatures(
  entry: Entry,
  onLine: number,
  firstOnLine: boolean,
  said: { restated: boolean; restates: boolean },
): AskingFeatures | undefined {
  const options = entry.options;
  if (options.some((o) => o.years !== undefined)) return undefined;
  const words = options.flatMap((o) => o.words ?? []);
  const concept = options.some((o) => !!o.conceptIds?.length);
  const named = options.some((o) => o.adjacent || !!o.name);
  const { section } = entry.facts;
  return {
    concept: Number(concept),
    named: Number(named),
    duty: Number(options.some((o) => !!o.verbs?.length)),
    alternatives: Number(options.length > 1),
    oneWord: Number(words.length === 1 && !concept && !named && options.length === 1),
    long: Number(words.length >= 4),
    askedSection: Number(ASKED_SECTIONS.has(section)),
    dutySection: Number(section === 'duties'),
    prose: Number(!entry.facts.bullet),
    bullet: Number(entry.facts.bullet),
    firstOnLine: Number(firstOnLine),
    lineCrowd: Math.min(onLine - 1, 6) / 6,
    example: Number(entry.facts.example),
    fromTail: Number(entry.facts.fromTail),
    cued: Number(entry.facts.cued),
    askedTwice: Number(entry.strengths.length > 1),
    secondary: Number(entry.facts.secondary),
    laterClause: Number(entry.facts.laterClause),
    words: Math.min(words.length, 6) / 6,
    lowerStart: Number(entry.facts.lowerStart),
    summarySection: Number(section === 'summary'),
    neutralSection: Number(section === 'neutral'),
    dutyNoun: Number(section === 'duties' && !options.some((o) => !!o.verbs?.length) && !concept && !named),
    prepObject: Number(entry.facts.prepObject),
    restated: Number(said.restated),
    restates: Number(said.restates),
    yearsField: Number(!!entry.facts.yearsField),
    roleLed: Number(!!entry.facts.roleLed),
  };
}

/**
 * The phrase is the object of a preposition that follows a noun ("70 units in mid-rise offices, hospitals", "therapy
 * to adult inpatients"): it says where, for whom or of what, more often detail than the ask. After a frame ("experience
 * in", "knowledge of") or a verb ("coordinate with") it is the ask itself.
 */
function afterNounPreposition(words: Word[], first: number): boolean {
  let k = words.findIndex((w) => w.i === first) - 1;
  while (k >= 0 && words[k]!.pos === 'det') k--;
  const preposition = words[k];
  const before = words[k - 1];
  if (!preposition || preposition.pos !== 'prep' || !before || /[,;:]/.test(preposition.gap)) return false;
  return (before.pos === 'noun' || before.pos === 'num') && !FRAME_WORDS.has(before.lower);
}

function personAfterPreposition(words: Word[], phrase: Phrase): boolean {
  const last = words.find((w) => w.i === phrase.tokens.at(-1));
  if (phrase.verbs.length || !last || !((last.person && !/^\p{Lu}/u.test(last.text)) || PEOPLE_NOUNS.has(last.lower)))
    return false;
  let k = words.findIndex((w) => w.i === phrase.tokens[0]) - 1;
  while (k >= 0 && words[k]!.pos === 'det') k--;
  return /^(to|by|with|from|for)$/.test(words[k]?.lower ?? '');
}

/** The option is a name as written: "Civil 3D", "Adobe InDesign", "Tyler Munis". */
function isNamed(option: Option, label: string): boolean {
  return !option.verbs?.length && /^\p{Lu}|\d/u.test(label) && tokenize(label).every((t) => /^\p{Lu}|\d/u.test(t.text));
}

/**
 * A name asked twice, once with its maker's name before it ("AutoCAD Civil 3D" and "Civil 3D"), is one item: names
 * end in what they are, so the longer is a kind of the shorter. Kept under the shorter name, required if either is.
 */
function mergeBrandedNames(entries: Map<string, Entry>): void {
  const single = [...entries].filter(([, e]) => e.options.length === 1 && isNamed(e.options[0]!, e.options[0]!.label));
  for (const [shortKey, short] of single) {
    const words = tokenize(short.options[0]!.label).map((t) => t.norm);
    for (const [longKey, long] of single) {
      if (longKey === shortKey || !entries.has(longKey) || !entries.has(shortKey)) continue;
      const longer = tokenize(long.options[0]!.label).map((t) => t.norm);
      const tail = longer.slice(longer.length - words.length);
      if (longer.length <= words.length || tail.join(' ') !== words.join(' ')) continue;
      short.strengths.push(...long.strengths);
      short.ranges.push(...long.ranges);
      short.first = Math.min(short.first, long.first);
      entries.delete(longKey);
    }
  }
}

/** Required, preferred or a duty from the wording, else the section; undefined when the wording says "not required". */
function levelOf(cue: string | undefined, base: Strength): Strength | undefined {
  if (cue === 'negated') return undefined;
  if (cue === 'preferred') return 'preferred';
  if (cue === 'required') return base === 'preferred' ? 'preferred' : 'required';
  return base;
}

/** The sentence's words with their parts of speech; years already read become clause breaks. */
function sentenceWords(
  text: string,
  tokens: Token[],
  pos: Pos[],
  people: boolean[],
  sentence: Sentence,
  consumed: Set<number>,
): Word[] {
  const words: Word[] = [];
  let previousEnd = sentence.start;
  let brokeAt = false;
  tokens.forEach((t, i) => {
    if (t.start < sentence.start || t.end > sentence.end) return;
    if (consumed.has(i)) {
      brokeAt = true;
      previousEnd = t.end;
      return;
    }
    const gap = text.slice(previousEnd, t.start);
    words.push({
      i,
      text: t.text,
      lower: t.text.toLowerCase().replace(/’/g, "'"),
      norm: t.norm,
      pos: pos[i]!,
      start: t.start,
      end: t.end,
      gap: brokeAt ? '; ' + gap : gap,
      ...(gap === '-' && words.length && !brokeAt ? { joined: true } : {}),
      ...(people[i] ? { person: true } : {}),
    });
    brokeAt = false;
    previousEnd = t.end;
  });
  // The parts of a hyphenated compound ("add-on", "point-of-care", "one-week-in-five on-call") are one content word
  // each, whatever the tagger makes of "on" or "of" alone.
  words.forEach((w, k) => {
    const inCompound = w.joined || words[k + 1]?.joined;
    if (inCompound && w.pos !== 'num' && w.pos !== 'noun' && w.pos !== 'verb') w.pos = 'adj';
  });
  return words;
}

function isUsable(text: string, t: Token, excluded: Set<string>): boolean {
  const lower = t.text.toLowerCase();
  // A word of the title or the company's name counts as a name only where a capital says so: not at a line's start
  // ("Infrastructure as code" under a "Payments Infrastructure" title).
  return (
    !(excluded.has(t.text) && t.start !== lineStartOf(text, t.start)) &&
    !PLACES.has(lower) &&
    !STOP_ACRONYMS.has(t.text) &&
    !STOP_ACRONYMS.has(t.text.replace(/s$/, '')) &&
    // A number or an amount alone ("50+ words per minute", "projects over $5M", "Four (4) units") is a measure of
    // something else.
    !/^(?:\d[\d.,]*[kmb+%]?|one|two|three|four|five|six|seven|eight|nine|ten|how|sure)$/i.test(t.text)
  );
}

/** One option from a phrase: a vocabulary concept when the concept is the whole phrase, else its words. */
function optionFor(
  text: string,
  tokens: Token[],
  phrase: Phrase,
  hitAt: Map<number, Hit>,
  excluded: Set<string>,
): Option | undefined {
  const { concepts } = lexicon();
  const core = phrase.tokens.map((i) => tokens[i]!);
  const usable = core.filter((t) => isUsable(text, t, excluded));
  if (!usable.length) return undefined;
  const last = core.at(-1)!.text.toLowerCase();
  if (ORGANISATION_ENDINGS.has(last) && core.every((t) => /^\p{Lu}/u.test(t.text))) return undefined;
  // "Senior Manager", "Head Office": only words that are never a qualification; a duty is more ("lead a team").
  if (
    !phrase.verbs.length &&
    core.every((t) => COMMON_CAPS.has(t.text.toLowerCase()) || PLACES.has(t.text.toLowerCase()))
  )
    return undefined;
  // Verbs with no object ("make sure", "help them find") ask for nothing that can be shown.
  if (
    !conceptHitsIn(phrase, hitAt) &&
    core.length > 1 &&
    core.every(
      (t, k) =>
        phrase.verbs.includes(phrase.tokens[k]!) ||
        LIGHT_VERBS.has(t.text.toLowerCase()) ||
        /^(sure|find|tell|know|ask|up|out|in|off|down|over|back)$/i.test(t.text),
    )
  )
    return undefined;
  const label = text.slice(phrase.start, phrase.end);
  // A bound alone (".0005", "50") is detail of what it bounds, never a qualification.
  if (!/\p{L}/u.test(label)) return undefined;
  const verbSet = new Set(phrase.verbs);
  const conceptHits = [...new Set(phrase.tokens.map((i) => hitAt.get(i)).filter((h): h is Hit => !!h))];
  const uncovered = phrase.tokens.filter((i) => {
    const t = tokens[i]!;
    if (hitAt.has(i)) return false;
    // "writing automated tests" is automated testing: the concept is the object of the duty.
    if (verbSet.has(i)) return false;
    const lower = t.text.toLowerCase();
    return !CONCEPT_COMPANIONS.has(lower) && !FRAME_WORDS.has(lower) && !STOP_WORDS.has(t.norm);
  });
  const content = usable.filter((t) => !STOP_WORDS.has(t.norm) && !GENERIC_NOUNS.has(t.text.toLowerCase()));
  const verbs = content.filter((t) => phrase.tokens.some((i) => verbSet.has(i) && tokens[i] === t));
  const objects = content.filter((t) => !verbs.includes(t));
  const words = (objects.length ? objects : content).map((t) => t.norm);
  const extras = {
    ...(objects.length && verbs.length ? { verbs: verbs.map((t) => t.norm) } : {}),
    ...(phrase.aliases.length
      ? {
          aliases: phrase.aliases.map((a) => a.map((i) => tokens[i]!.norm)),
          aliasLabel: text.slice(tokens[phrase.aliases[0]![0]!]!.start, tokens[phrase.aliases[0]!.at(-1)!]!.end),
        }
      : {}),
  };
  if (conceptHits.length && !uncovered.length) {
    let ids = [...new Set(conceptHits.map((h) => h.conceptId))];
    const kinds = ids.map((id) => concepts.get(id)!.kind);
    // "Bilingual English/Spanish" asks for the other language.
    if (kinds.every((k) => k === 'language') && ids.length > 1) ids = ids.filter((id) => id !== 'english');
    const kind = concepts.get(ids[0]!)!.kind;
    return { key: ids.slice().sort().join('+'), label, kind, conceptIds: ids, words, ...extras };
  }
  if (!content.length) return undefined;
  const named = core.every((t) => /^\p{Lu}|\d/u.test(t.text)) && core.length <= 4;
  // A name inside a longer phrase ("La Marzocco machines", "Level 2 Food Hygiene certificate") shows it alone.
  const nameTokens = core.filter((t, k) => isName(t, k === 0 && phrase.start === lineStartOf(text, t.start)));
  const name =
    !named && nameTokens.length && nameTokens.length < core.length ? nameTokens.map((t) => t.norm) : undefined;
  const kind: Kind | 'term' = named ? 'term' : 'phrase';
  const key =
    'text:' +
    [...new Set(words)].sort().join(' ') +
    (objects.length && verbs.length && !verbs.every((t) => LIGHT_VERBS.has(t.text.toLowerCase()))
      ? '/' + verbs.map((t) => t.norm).join(' ')
      : '');
  return { key, label, kind, words, ...extras, ...(name ? { name } : {}), ...(named ? { adjacent: true } : {}) };
}

function conceptHitsIn(phrase: Phrase, hitAt: Map<number, Hit>): boolean {
  return phrase.tokens.some((i) => hitAt.has(i));
}

/** A word that names something: capitals inside or a digit, or a capital that does not just open the line. */
function isName(t: Token, opensLine: boolean): boolean {
  if (/^[\d.,]+$/.test(t.text)) return false; // a number alone names nothing: "lift 50 lbs"
  if (/\d/.test(t.text) || /^\p{Lu}.*\p{Lu}/u.test(t.text)) return true;
  return /^\p{Lu}/u.test(t.text) && !opensLine && !COMMON_CAPS.has(t.text.toLowerCase());
}

function lineStartOf(text: string, at: number): number {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const bullet = /^\s*(?:[-–—•·*▪◦●○■□➢➤►✓✔]|\d{1,2}[.)])?\s*/u.exec(text.slice(lineStart))![0].length;
  const sentence = Math.max(text.lastIndexOf('. ', at - 1) + 2, text.lastIndexOf(': ', at - 1) + 2, lineStart + bullet);
  return sentence;
}

/** The qualifications alone (tests and callers that do not need the unchecked lines). */
export function extractQualifications(text: string): Qualification[] {
  return extractRequirements(text).qualifications;
}
