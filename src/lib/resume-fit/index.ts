// The resume fit check as one call: what the job description asks for, what the resume shows, coverage of required
// and preferred items separately, the few to act on first, and suggestions. Pure and synchronous: the page runs it in
// a Web Worker, loaded when a check first runs.

import { extractRequirements } from './extract.ts';
import { indexResume, matchResume } from './match.ts';
import { suggestionFor } from './suggest.ts';
import { firstToActOn } from './priority.ts';
import { looksEnglish } from './language.ts';
import type { Coverage, FitItem, FitReport, Level, Warning } from './types.ts';
import { MAX_CHARS } from './limits.ts';

export type * from './types.ts';
export { extractQualifications, extractRequirements } from './extract.ts';

export { MAX_CHARS } from './limits.ts';

export interface AnalyseOptions {
  /** "Present" in resume dates; fixed in tests. */
  now?: Date;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function coverage(items: FitItem[], level: Level): Coverage {
  const of = items.filter((i) => i.level === level);
  return {
    total: of.length,
    found: of.filter((i) => i.status === 'found').length,
    related: of.filter((i) => i.status === 'related').length,
  };
}

/** Headings and dated roles that a resume has and a job description rarely does. */
function looksLikeResume(text: string): boolean {
  const headings = /^\s*(education|work history|employment|professional experience|skills|certifications)\s*:?\s*$/gim;
  const dated = /\b(?:19|20)\d{2}\s*[-–—]\s*(?:present|current|(?:19|20)\d{2})\b/gi;
  return (text.match(headings)?.length ?? 0) >= 2 && (text.match(dated)?.length ?? 0) >= 1;
}

function empty(): Coverage {
  return { total: 0, found: 0, related: 0 };
}

export function analyseFit(job: string, resume: string, options: AnalyseOptions = {}): FitReport {
  const warnings: Warning[] = [];
  if (!job.trim()) warnings.push('job-empty');
  if (!resume.trim()) warnings.push('resume-empty');
  if (job.length > MAX_CHARS) warnings.push('job-too-long');
  if (resume.length > MAX_CHARS) warnings.push('resume-too-long');
  const words = { job: countWords(job), resume: countWords(resume) };
  if (warnings.length)
    return {
      items: [],
      first: [],
      unchecked: [],
      coverage: { required: empty(), preferred: empty() },
      warnings,
      words,
    };

  if (!looksEnglish(job)) warnings.push('job-not-english');
  if (!looksEnglish(resume)) warnings.push('resume-not-english');
  const { qualifications, unchecked } = extractRequirements(job);
  if (!qualifications.length && !unchecked.length) warnings.push('nothing-asked');
  if (looksLikeResume(job) && !looksLikeResume(resume)) warnings.push('maybe-swapped');
  const index = indexResume(resume, options.now ?? new Date());
  const items: FitItem[] = matchResume(qualifications, index).map((item) => {
    const suggestion = suggestionFor(item, index.sections);
    return suggestion ? { ...item, suggestion } : item;
  });
  return {
    items,
    first: firstToActOn(items),
    unchecked,
    coverage: { required: coverage(items, 'required'), preferred: coverage(items, 'preferred') },
    warnings,
    words,
  };
}
