// Splits a text into plain and marked segments for highlighting, so the page renders text nodes and <mark> elements
// (never HTML built from what a person pasted).

import type { Range, Status } from './types.ts';

export interface Segment {
  text: string;
  mark?: Status;
}

export interface MarkedRange extends Range {
  mark: Status;
}

// Where marks overlap, the stronger message shows: found over related over missing.
const PRIORITY: Record<Status, number> = { found: 3, related: 2, missing: 1 };

export function segments(text: string, ranges: MarkedRange[]): Segment[] {
  const marks: (Status | undefined)[] = [];
  for (const r of ranges) {
    for (let i = Math.max(0, r.start); i < Math.min(text.length, r.end); i++) {
      const current = marks[i];
      if (!current || PRIORITY[r.mark] > PRIORITY[current]) marks[i] = r.mark;
    }
  }
  const out: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marks[i] !== marks[start]) {
      const mark = marks[start];
      out.push(mark ? { text: text.slice(start, i), mark } : { text: text.slice(start, i) });
      start = i;
    }
  }
  return out.filter((s) => s.text);
}
