// What a job description asks for: vocabulary concepts, years of experience, names spotted by their capitals, and key
// phrases after "experience with" or before "experience", each marked required or preferred by its section heading and
// the wording around it, with "A or B" kept together as alternatives.

import { boundaries, findConcepts, lexicon, STOP_WORDS, type Hit, type Range } from './find.ts';
import { tokenize, type Token } from './tokenize.ts';
import { parseStructure, type Sentence, type SectionKind } from './structure.ts';
import { yearsAsked } from './experience.ts';
import {
  COMMON_CAPS,
  cueOf,
  FILLER,
  LANGUAGE_CONTEXT,
  ORGANISATION_ENDINGS,
  PLACES,
  STOP_ACRONYMS,
  type Cue,
} from './cues.ts';
import type { Level, Option, Qualification } from './types.ts';

type Strength = Level | 'duty';

interface Item {
  option: Option;
  start: number;
  end: number;
  ranges: Range[];
  strength?: Strength;
}

const SECTION_STRENGTH: Partial<Record<SectionKind, Strength>> = {
  required: 'required',
  preferred: 'preferred',
  duties: 'duty',
  neutral: 'duty',
  skills: 'required',
  education: 'required',
  certifications: 'required',
  languages: 'required',
  experience: 'duty',
  summary: 'duty',
};

/** Key of a phrase or name outside the vocabulary: its content words, normalised. */
export function textKey(words: string[]): string {
  return 'text:' + words.join(' ');
}

export function yearsKey(years: number): string {
  return `years:${years}`;
}

function contentWords(tokens: Token[]): string[] {
  return tokens.map((t) => t.norm).filter((w) => !STOP_WORDS.has(w));
}

/** Extracts the qualifications a job description asks for. */
export function extractQualifications(text: string): Qualification[] {
  const structure = parseStructure(text);
  const tokens = tokenize(text);
  const breaks = boundaries(text, tokens);
  const hits = findConcepts(text, tokens, breaks);
  const excluded = excludedNames(text, structure.headerText, structure.sentences);
  const singles = new Map<string, { options: Option[]; strengths: Strength[]; ranges: Range[]; first: number }>();
  const groups = new Map<string, { options: Option[]; strengths: Strength[]; ranges: Range[]; first: number }>();

  for (const sentence of structure.sentences) {
    const base = SECTION_STRENGTH[sentence.section];
    if (!base) continue;
    const items = sentenceItems(text, sentence, tokens, hits, excluded);
    if (!items.length) continue;
    assignStrength(text, sentence, items, base);
    for (const chain of alternatives(text, items)) {
      const strength = chain[0]!.strength!;
      const options = dedupeOptions(chain.map((i) => i.option));
      const ranges = chain.flatMap((i) => i.ranges);
      const target = options.length > 1 ? groups : singles;
      const key = options
        .map((o) => o.key)
        .sort()
        .join('|');
      const entry = target.get(key) ?? { options, strengths: [], ranges: [], first: chain[0]!.start };
      entry.strengths.push(strength);
      entry.ranges.push(...ranges);
      target.set(key, entry);
    }
  }
  // An alternative whose member is also asked for on its own, at least as firmly or only as a duty, adds nothing: the
  // member stands for it, with the group's wording counted towards its level ("Telemetry or cardiac experience" makes
  // telemetry preferred). "ADN or BSN" required stays beside "BSN preferred".
  const rank = (strengths: Strength[]) =>
    Math.max(...strengths.map((s) => (s === 'required' ? 2 : s === 'preferred' ? 1 : 0)));
  for (const [key, group] of groups) {
    const members = group.options.filter((o) => {
      const single = singles.get(o.key);
      return single && (rank(single.strengths) === 0 || rank(single.strengths) >= rank(group.strengths));
    });
    if (!members.length) continue;
    for (const member of members) singles.get(member.key)!.strengths.push(...group.strengths);
    groups.delete(key);
  }
  // Required first, then preferred; each in the order the description mentions them. A duty counts as required.
  const all = [...singles, ...groups].map(([key, entry]) => ({
    first: entry.first,
    qualification: {
      key,
      label: joinLabels(entry.options.map((o) => o.label)),
      kind: entry.options[0]!.kind,
      level: (entry.strengths.includes('required') || !entry.strengths.includes('preferred')
        ? 'required'
        : 'preferred') as Level,
      options: entry.options,
      jobRanges: mergeRanges(entry.ranges),
    } satisfies Qualification,
  }));
  const preferredLast = (q: Qualification) => Number(q.level === 'preferred');
  return all
    .sort((a, b) => preferredLast(a.qualification) - preferredLast(b.qualification) || a.first - b.first)
    .map((a) => a.qualification);
}

export function joinLabels(labels: string[]): string {
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
}

function dedupeOptions(options: Option[]): Option[] {
  const seen = new Set<string>();
  return options.filter((o) => !seen.has(o.key) && seen.add(o.key));
}

export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Names of the company and its places (title lines, "About us"): capitalised, but not qualifications. */
function excludedNames(text: string, header: string, sentences: Sentence[]): Set<string> {
  const names = new Set<string>();
  const add = (s: string) => {
    for (const t of tokenize(s)) if (/^[A-Z]/.test(t.text)) names.add(t.text.toLowerCase());
  };
  add(header);
  for (const s of sentences) if (s.section === 'skip') add(text.slice(s.start, s.end));
  return names;
}

function sentenceItems(text: string, sentence: Sentence, tokens: Token[], hits: Hit[], excluded: Set<string>): Item[] {
  const { concepts } = lexicon();
  const inside = (start: number) => start >= sentence.start && start < sentence.end;
  const sentenceHits = hits.filter((h) => inside(h.start));
  const items: Item[] = [];
  const covered = new Set<number>();
  const languages = sentenceHits.filter((h) => concepts.get(h.conceptId)!.kind === 'language');
  const languageOk =
    LANGUAGE_CONTEXT.test(sentence.text) ||
    sentence.section === 'required' ||
    sentence.section === 'preferred' ||
    sentence.section === 'languages' ||
    sentence.text.split(/\s+/).length <= 4;
  for (const hit of sentenceHits) {
    hit.tokens.forEach((t) => covered.add(t));
    const concept = concepts.get(hit.conceptId)!;
    if (concept.kind === 'language') {
      if (!languageOk) continue;
      // "Bilingual English/Spanish": the ask is the other language.
      if (concept.id === 'english' && languages.some((h) => h.conceptId !== 'english')) continue;
    }
    items.push({
      option: { key: concept.id, label: concept.label, kind: concept.kind, conceptId: concept.id },
      start: hit.start,
      end: hit.end,
      ranges: hit.ranges,
    });
  }
  for (const asked of yearsAsked(sentence.text, sentence.start, sentence.lineStart)) {
    tokens.forEach((t, i) => {
      if (t.start >= asked.start && t.end <= asked.end) covered.add(i);
    });
    const years = asked.years;
    const label =
      years < 1
        ? `${Math.round(years * 12)} months of experience`
        : `${years}+ year${years === 1 ? '' : 's'} of experience`;
    items.push({
      option: { key: yearsKey(years), label, kind: 'experience', years },
      start: asked.start,
      end: asked.end,
      ranges: [{ start: asked.start, end: asked.end }],
    });
  }
  const sentenceTokens: number[] = [];
  tokens.forEach((t, i) => {
    if (inside(t.start)) sentenceTokens.push(i);
  });
  const hasDegree = sentenceHits.some((h) => concepts.get(h.conceptId)!.kind === 'degree');
  items.push(...terms(text, tokens, sentenceTokens, covered, excluded, hasDegree));
  for (const t of items.filter((i) => i.option.kind === 'term')) {
    tokens.forEach((tok, i) => {
      if (tok.start >= t.start && tok.end <= t.end) covered.add(i);
    });
  }
  items.push(...keyPhrases(text, sentence, tokens, covered));
  return items.sort((a, b) => a.start - b.start);
}

/** Names that look technical or proper (QuickBooks, S3, PCCN, Clio) and are not in the vocabulary. */
function terms(
  text: string,
  tokens: Token[],
  indexes: number[],
  covered: Set<number>,
  excluded: Set<string>,
  hasDegree: boolean,
): Item[] {
  const words = indexes.map((i) => tokens[i]!.text).filter((w) => /^\p{L}{3,}$/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const titleCase = words.length >= 3 && capitalised / words.length >= 0.6;
  const candidate = (i: number, position: number): boolean => {
    const t = tokens[i]!;
    const lower = t.text.toLowerCase();
    if (
      covered.has(i) ||
      STOP_ACRONYMS.has(t.text) ||
      STOP_ACRONYMS.has(t.text.replace(/s$/, '')) ||
      excluded.has(lower) ||
      PLACES.has(lower)
    )
      return false;
    if (/^[A-Za-z]+\d+[A-Za-z\d]*$/.test(t.text)) return true;
    if (/[+#&]/.test(t.text) && /[A-Za-z]{2}/.test(t.text)) return true;
    if (/^[A-Za-z]+\.[A-Za-z]{2,}$/.test(t.text) && t.text.length >= 5) return true;
    if (/\p{Ll}\p{Lu}/u.test(t.text) && t.text.length >= 3) return true;
    if (/^[A-Z]{2,6}s?$/.test(t.text)) return true;
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(t.text)) {
      const previousGap = position === 0 ? '' : text.slice(tokens[i - 1]!.end, t.start);
      const opens = position === 0 || /[:(]/.test(previousGap);
      return !opens && !titleCase && !hasDegree && !COMMON_CAPS.has(lower);
    }
    return false;
  };
  const items: Item[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length) {
      const runTokens = run.map((i) => tokens[i]!);
      const last = runTokens.at(-1)!.text.toLowerCase();
      const placeOrOrg = ORGANISATION_ENDINGS.has(last) || runTokens.some((t) => PLACES.has(t.text.toLowerCase()));
      if (!placeOrOrg) {
        const start = runTokens[0]!.start;
        const end = runTokens.at(-1)!.end;
        const normWords = runTokens.map((t) => t.norm);
        items.push({
          option: {
            key: textKey(normWords),
            label: text.slice(start, end),
            kind: 'term',
            words: normWords,
            adjacent: true,
          },
          start,
          end,
          ranges: [{ start, end }],
        });
      }
    }
    run = [];
  };
  indexes.forEach((i, position) => {
    if (candidate(i, position)) {
      const joined =
        run.length > 0 && run.length < 4 && /^ ?$/.test(text.slice(tokens[run.at(-1)!]!.end, tokens[i]!.start));
      if (!joined) flush();
      run.push(i);
    } else flush();
  });
  flush();
  return items;
}

const OBJECT_AFTER =
  /\b(?:experience|proficiency|proficient|skilled|expertise|knowledge|familiarity|familiar|background|understanding|fluency|competence|competency|versed)\s+(?:working\s+)?(?:with|in|of|using|on)\s+([^.;:()!?]+)/gi;
const SUBJECT_BEFORE =
  /^(?:(?:strong|excellent|solid|good|basic|proven|demonstrated|advanced|working|prior|previous|relevant|some|hands-on|deep|expert|exceptional|outstanding|clear)\s+)*([\p{L}][\p{L}\s/&'’-]{1,60}?)\s+(?:experience|skills|knowledge|background|proficiency|abilities)\b/iu;
const OBJECT_END =
  /\s(?:such as|including|like|is|are|to|for|that|which|as|a plus|preferred|required|ideally|where|when|across|within|from|at|by)\b/i;
const LEADING =
  /^(?:(?:a|an|the|any|one|at least one|at least|strong|solid|basic|working|modern|advanced|excellent|good|proven|hands-on|some|relevant|various|multiple|common|our|your|their|its|professional|previous|prior|general)(?:\s+|$))+/i;
const TRAILING =
  /(?:\s+(?:experience|skills|skill|knowledge|concepts|principles|practices|environments?|settings?|background|roles?|positions?))+$/i;

/** A key phrase without the generic words around it: "strong knife skills" → "knife". */
export function phraseCore(text: string): string {
  const lead = LEADING.exec(text)?.[0].length ?? 0;
  return text.slice(lead).replace(TRAILING, '').trim();
}
const VAGUE =
  /^(?:other|similar|equivalent|related|another|comparable|etc|this|that|these|them|it|people|others|customers|clients|team|teams|software|computers?|technology|the role|lots)\b/i;

/** Key phrases outside the vocabulary: "experience in a law firm or legal office", "writing and editing skills". */
function keyPhrases(text: string, sentence: Sentence, tokens: Token[], covered: Set<number>): Item[] {
  const spans: { start: number; text: string }[] = [];
  for (const m of sentence.text.matchAll(OBJECT_AFTER)) {
    const object = m[1]!;
    const cut = OBJECT_END.exec(object);
    const body = cut ? object.slice(0, cut.index) : object;
    spans.push({ start: sentence.start + m.index + m[0].length - object.length, text: body });
  }
  if (sentence.lineStart) {
    const m = SUBJECT_BEFORE.exec(sentence.text);
    if (m) spans.push({ start: sentence.start + m[0].indexOf(m[1]!), text: m[1]! });
  }
  const items: Item[] = [];
  for (const span of spans) {
    // Parts of a list; single words joined by "and" stay one phrase ("writing and editing").
    const together = /^\s*\p{L}+\s+and\s+\p{L}+\s*$/u.test(span.text);
    const parts = together ? [{ text: span.text, at: 0 }] : splitParts(span.text);
    for (const part of parts) {
      const lead = LEADING.exec(part.text)?.[0].length ?? 0;
      const trimmed = part.text.slice(lead).replace(TRAILING, '').trim();
      if (!trimmed || VAGUE.test(trimmed)) continue;
      const start =
        span.start + part.at + lead + (part.text.slice(lead).length - part.text.slice(lead).trimStart().length);
      const end = start + trimmed.length;
      const partTokens = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.start >= start && t.end <= end);
      if (!partTokens.length || partTokens.some(({ i }) => covered.has(i))) continue;
      const words = contentWords(partTokens.map(({ t }) => t));
      if (!words.length || words.length > 4 || words.every((w) => FILLER.has(w))) continue;
      partTokens.forEach(({ i }) => covered.add(i));
      items.push({
        option: { key: textKey(words), label: text.slice(start, end), kind: 'phrase', words },
        start,
        end,
        ranges: [{ start, end }],
      });
    }
  }
  return items;
}

function splitParts(span: string): { text: string; at: number }[] {
  const parts: { text: string; at: number }[] = [];
  const separator = /\s*,\s*(?:or\s+|and\s+)?|\s+(?:and\/or|or|and)\s+|\s*\/\s*/gi;
  let at = 0;
  for (const m of span.matchAll(separator)) {
    parts.push({ text: span.slice(at, m.index), at });
    at = m.index + m[0].length;
  }
  parts.push({ text: span.slice(at), at });
  return parts.filter((p) => p.text.trim());
}

/**
 * Required or preferred, item by item. A sentence is cut into fragments at commas and semicolons; a fragment's own cue
 * wins ("public accounting preferred"); a fragment that is only a list of items takes the cue that follows it
 * ("Docker, Kubernetes or Terraform is a plus"); anything else takes its section's level.
 */
function assignStrength(text: string, sentence: Sentence, items: Item[], base: Strength): void {
  const fragments: { start: number; end: number; cue: Cue; bare: boolean }[] = [];
  let cursor = sentence.start;
  const pieces = [...sentence.text.matchAll(/[,;]|\s(?:but|while)\s/g)];
  const ends = [...pieces.map((m) => sentence.start + m.index), sentence.end];
  for (const end of ends) {
    const fragmentText = text.slice(cursor, end);
    const own = items.filter((i) => i.start >= cursor && i.start < end);
    let rest = fragmentText;
    for (const i of own.slice().reverse()) rest = rest.slice(0, i.start - cursor) + ' ' + rest.slice(i.end - cursor);
    const leftover = rest
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w && !FILLER.has(w));
    fragments.push({
      start: cursor,
      end,
      cue: cueOf(fragmentText),
      bare: own.length > 0 && leftover.length === 0 && own.every((i) => i.option.kind !== 'experience'),
    });
    cursor = end + 1;
  }
  for (const item of items) {
    const index = fragments.findIndex((f) => item.start >= f.start && item.start < f.end + 1);
    const fragment = fragments[Math.max(0, index)]!;
    let cue = fragment.cue;
    if (!cue && fragment.bare) {
      cue =
        fragments.slice(index + 1).find((f) => f.cue)?.cue ??
        fragments
          .slice(0, index)
          .reverse()
          .find((f) => f.cue)?.cue;
    }
    item.strength = cue === 'negated' ? undefined : (cue ?? base);
  }
  // A negated requirement ("No degree required") is not asked for at all.
  for (let i = items.length - 1; i >= 0; i--) if (!items[i]!.strength) items.splice(i, 1);
}

/**
 * Chains of items joined by "or" (with commas before it: "Zendesk, Freshdesk or Help Scout") become alternatives. A
 * slash only binds its two neighbours: "pivot tables, VLOOKUP/XLOOKUP" is pivot tables, and VLOOKUP or XLOOKUP.
 */
function alternatives(text: string, items: Item[]): Item[][] {
  // The same option twice in a row ("Culturally and Linguistically Diverse (CLD) endorsement") is one item.
  const merged: Item[] = [];
  for (const item of items) {
    const last = merged.at(-1);
    if (last && last.option.key === item.option.key) {
      last.end = Math.max(last.end, item.end);
      last.ranges.push(...item.ranges);
    } else merged.push({ ...item, ranges: [...item.ranges] });
  }
  const chains: Item[][] = [];
  let chain: Item[] = [];
  let links: ('or' | 'slash' | 'comma')[] = [];
  const close = () => {
    if (links.includes('or')) chains.push(chain);
    else {
      // Without a spoken "or", only slash-joined neighbours are alternatives.
      let run: Item[] = [];
      chain.forEach((item, i) => {
        if (i > 0 && links[i - 1] !== 'slash') {
          chains.push(run);
          run = [];
        }
        run.push(item);
      });
      if (run.length) chains.push(run);
    }
    chain = [];
    links = [];
  };
  for (const item of merged) {
    const previous = chain.at(-1);
    if (previous) {
      const between = text.slice(previous.end, item.start);
      const link = /^\s*\/\s*$/.test(between)
        ? 'slash'
        : /^[\s,()]*(?:or|and\/or)\s+(?:an?\s+|another\s+|at least\s+|a minimum of\s+)?[\s()]*$/i.test(between)
          ? 'or'
          : /^[\s)]*,\s*$/.test(between)
            ? 'comma'
            : undefined;
      if (link && previous.strength === item.strength) {
        chain.push(item);
        links.push(link);
        continue;
      }
      close();
    }
    chain.push(item);
  }
  if (chain.length) close();
  return chains;
}
