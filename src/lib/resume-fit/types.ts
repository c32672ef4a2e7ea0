// Shared shapes of the resume fit check: what a job description asks for and what a resume shows.

import type { Kind } from './vocabulary.ts';
import type { Range } from './find.ts';

export type { Range } from './find.ts';
export type { Kind } from './vocabulary.ts';

export type Level = 'required' | 'preferred';
export type Status = 'found' | 'partial' | 'missing';

/** One thing that would satisfy a qualification; "ADN or BSN" has two. */
export interface Option {
  key: string;
  label: string;
  kind: Kind | 'term';
  /** A vocabulary concept. */
  conceptId?: string;
  /** Years asked for. */
  years?: number;
  /** Words to look for (normalised) when the option is not in the vocabulary. */
  words?: string[];
  /** Names found by their capitals (Clio, Wonders) must appear as written, word for word; key phrases may not. */
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
}

export interface FitItem extends Qualification {
  status: Status;
  /** Where the resume shows it. */
  resumeRanges: Range[];
  /** The resume's own words that matched (a few). */
  evidence: string[];
  /** A plain remark about the match (dates added up, "in progress", written in English). */
  note?: string;
  /** Where and how to show it honestly, for items not (fully) shown. */
  suggestion?: string;
}

export interface Coverage {
  total: number;
  found: number;
  partial: number;
}

export type Warning =
  'job-empty' | 'resume-empty' | 'job-too-long' | 'resume-too-long' | 'nothing-asked' | 'maybe-swapped';

export interface FitReport {
  items: FitItem[];
  coverage: { required: Coverage; preferred: Coverage };
  warnings: Warning[];
  words: { job: number; resume: number };
}
