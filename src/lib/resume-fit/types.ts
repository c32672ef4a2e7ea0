// Shared shapes of the resume fit check: what a job description asks for and what a resume shows.

import type { Kind } from './vocabulary.ts';
import type { Range } from './find.ts';

export type { Range } from './find.ts';
export type { Kind } from './vocabulary.ts';

export type Level = 'required' | 'preferred';
/** Shown (with evidence), related words found (the person judges), or not found. */
export type Status = 'found' | 'related' | 'missing';

/** One thing that would satisfy a qualification; "ADN or BSN" has two. */
export interface Option {
  key: string;
  label: string;
  kind: Kind | 'term';
  /** Vocabulary concepts the option is made of; all are needed ("First Aid/CPR"). */
  conceptIds?: string[];
  /** Years asked for. */
  years?: number;
  /** Content words to look for (normalised) when the option is not in the vocabulary. */
  words?: string[];
  /** Leading verbs of a duty ("repair" leaks): evidence with them is stronger, but the object carries the meaning. */
  verbs?: string[];
  /** The name inside it, which shows it alone: "La Marzocco" in "La Marzocco machines". */
  name?: string[];
  /** Other names for it in the description: "Requests for Proposals (RFPs)" (normalised words, and as written). */
  aliases?: string[][];
  aliasLabel?: string;
  /** Names (Clio, Wonders) must appear as written, word for word. */
  adjacent?: boolean;
}

export interface Qualification {
  /** Stable identity: option keys joined with "|". */
  key: string;
  label: string;
  kind: Kind | 'term';
  level: Level;
  options: Option[];
  /** Where the job description mentions it. */
  jobRanges: Range[];
  /** "A bachelor's degree or equivalent experience": the years of work that stand in for it. */
  orExperience?: number;
  /** A list asked as a whole ("calipers, micrometers and height gages"): shown when at least half its parts are. */
  each?: boolean;
}

/** A line of the description that looks like a requirement but could not be turned into items. */
export interface UncheckedLine extends Range {
  text: string;
}

export interface FitItem extends Qualification {
  status: Status;
  /** Where the resume shows it. */
  resumeRanges: Range[];
  /** The resume's own words that matched (a few). */
  evidence: string[];
  /** For "related": the words of the requirement the resume does have. */
  related?: string[];
  /** A plain remark about the match (dates added up, "in progress", written in English). */
  note?: string;
  /** Where and how to show it honestly, for items not (fully) shown. */
  suggestion?: string;
}

export interface Coverage {
  total: number;
  found: number;
  related: number;
}

export type Warning =
  | 'job-empty'
  | 'resume-empty'
  | 'job-too-long'
  | 'resume-too-long'
  | 'nothing-asked'
  | 'maybe-swapped'
  | 'job-not-english'
  | 'resume-not-english';

export interface FitReport {
  /** Required first, then preferred; each in the order of the description. */
  items: FitItem[];
  /** Keys of up to three items to act on first. */
  first: string[];
  unchecked: UncheckedLine[];
  coverage: { required: Coverage; preferred: Coverage };
  warnings: Warning[];
  words: { job: number; resume: number };
}
