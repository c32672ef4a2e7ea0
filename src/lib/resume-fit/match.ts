// What a resume shows for each qualification: the concept itself or one that implies it (PostgreSQL shows relational
// databases; a master's degree shows a bachelor's), years added up from dates, and names or phrases word for word.
// Credentials on a line that says "expected" or "candidate" count as in progress, not held.

import { boundaries, findConcepts, findNear, lexicon, type Hit, type Range } from './find.ts';
import { tokenize, type Token } from './tokenize.ts';
import { parseStructure } from './structure.ts';
import { yearsShown } from './experience.ts';
import { IN_PROGRESS } from './cues.ts';
import { mergeRanges } from './extract.ts';
import type { FitItem, Option, Qualification, Status } from './types.ts';

export interface ResumeIndex {
  text: string;
  tokens: Token[];
  breaks: boolean[];
  hits: Map<string, Hit[]>;
  /** Section kinds present (skills, education, certifications, languages, experience, summary). */
  sections: Set<string>;
  education: Range[];
  now: Date;
}

export function indexResume(text: string, now: Date): ResumeIndex {
  const tokens = tokenize(text);
  const breaks = boundaries(text, tokens);
  const hits = new Map<string, Hit[]>();
  for (const hit of findConcepts(text, tokens, breaks, 'keep')) {
    const list = hits.get(hit.conceptId);
    if (list) list.push(hit);
    else hits.set(hit.conceptId, [hit]);
  }
  const structure = parseStructure(text);
  const sections = new Set(structure.headings.map((h) => h.kind));
  const education: Range[] = [];
  for (let i = 0; i < structure.headings.length; i++) {
    const heading = structure.headings[i]!;
    if (heading.kind === 'education')
      education.push({ start: heading.start, end: structure.headings[i + 1]?.start ?? text.length });
  }
  return { text, tokens, breaks, hits, sections, education, now };
}

interface Evidence {
  status: Status;
  ranges: Range[];
  note?: string;
}

function lineOf(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** Looks English: enough of the commonest English words to be written in it. */
function writtenInEnglish(tokens: Token[]): boolean {
  const common = new Set(['the', 'and', 'of', 'to', 'in', 'for', 'with', 'a', 'on', 'at', 'by', 'from']);
  const seen = new Set(tokens.map((t) => t.text.toLowerCase()).filter((w) => common.has(w)));
  return seen.size >= 5;
}

function conceptEvidence(option: Option, resume: ResumeIndex): Evidence {
  const { concepts } = lexicon();
  const concept = concepts.get(option.conceptId!)!;
  const hits = [...(resume.hits.get(concept.id) ?? [])];
  for (const other of concept.shownBy) hits.push(...(resume.hits.get(other) ?? []));
  if (concept.kind === 'degree' && !concept.specific) {
    // Any degree at the same level or higher shows a general degree requirement.
    for (const [id, list] of resume.hits) {
      const c = concepts.get(id)!;
      if (c.kind === 'degree' && id !== concept.id && (c.level ?? 0) >= (concept.level ?? 0)) hits.push(...list);
    }
  }
  if (!hits.length) {
    if (concept.id === 'english' && writtenInEnglish(resume.tokens)) {
      return { status: 'found', ranges: [], note: 'Your resume itself is written in English.' };
    }
    return { status: 'missing', ranges: [] };
  }
  const credential = concept.kind === 'certification' || concept.kind === 'degree';
  const held = credential ? hits.filter((h) => !IN_PROGRESS.test(lineOf(resume.text, h.start))) : hits;
  if (!held.length) {
    return {
      status: 'partial',
      ranges: hits.flatMap((h) => h.ranges),
      note: 'Your resume shows this as in progress, not yet held.',
    };
  }
  return { status: 'found', ranges: held.flatMap((h) => h.ranges) };
}

function wordsEvidence(option: Option, resume: ResumeIndex): Evidence {
  const words = option.words ?? [];
  let found = findNear(resume.tokens, resume.breaks, words);
  if (option.adjacent) {
    found = found.filter((indexes) => {
      const sorted = [...indexes].sort((a, b) => a - b);
      return sorted.every((t, k) => k === 0 || t === sorted[k - 1]! + 1);
    });
  }
  if (!found.length) return { status: 'missing', ranges: [] };
  return {
    status: 'found',
    ranges: found.flatMap((indexes) =>
      indexes.map((i) => ({ start: resume.tokens[i]!.start, end: resume.tokens[i]!.end })),
    ),
  };
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

export function optionEvidence(option: Option, resume: ResumeIndex): Evidence {
  if (option.years !== undefined) return yearsEvidence(option, resume);
  if (option.conceptId) return conceptEvidence(option, resume);
  return wordsEvidence(option, resume);
}

/** Matches every qualification against the resume. */
export function matchResume(qualifications: Qualification[], resume: ResumeIndex): Omit<FitItem, 'suggestion'>[] {
  return qualifications.map((q) => {
    const evidence = q.options.map((o) => optionEvidence(o, resume));
    const status: Status = evidence.some((e) => e.status === 'found')
      ? 'found'
      : evidence.some((e) => e.status === 'partial')
        ? 'partial'
        : 'missing';
    const relevant = evidence.filter((e) => e.status === status || (status === 'missing' && e.note));
    const resumeRanges = mergeRanges(relevant.filter((e) => e.status !== 'missing').flatMap((e) => e.ranges));
    const note = relevant.find((e) => e.note)?.note;
    const snippets = [
      ...new Set(resumeRanges.map((r) => resume.text.slice(r.start, r.end).replace(/\s+/g, ' ').trim())),
    ];
    return { ...q, status, resumeRanges, evidence: snippets.slice(0, 3), ...(note ? { note } : {}) };
  });
}
