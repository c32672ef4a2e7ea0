// Splitting plain text into sentences, with their places in the text, for the checks that judge or count them.

export interface SentenceSpan {
  /** Offsets in the text: text.slice(start, end) is the sentence, without surrounding space. */
  start: number;
  end: number;
  text: string;
}

// Abbreviations whose full stop never ends a sentence (titles, Latin, an initial as in "J. Smith"), and those that
// end one only when a capital follows ("… at Acme Inc. They…" but "Acme Inc. is…", "No. 5").
const NEVER_ENDS = /(?:^|[\s(“"'‘])(?:dr|mr|mrs|ms|mx|prof|vs|cf|e\.g|i\.e|approx|incl|fig)$/i;
const INITIAL = /(?:^|[\s(“"'‘])(?!I$)\p{Lu}$/u;
const ENDS_BEFORE_CAPITAL =
  /(?:^|[\s(“"'‘])(?:etc|inc|ltd|co|corp|dept|st|no|nos|jr|sr|min|max|yrs?|hrs?|mo|(?:[a-z]{1,2}\.){1,3}[a-z]{1,2})$/i;

/**
 * Sentences of plain text. One ends at `.`, `!` or `?` (runs like `?!` count once, closing quotes and brackets stay
 * with it) followed by a space or the end, or at a line break, so a heading or a list item is a sentence of its own.
 * A full stop after a common abbreviation or an initial ("Dr. Patel", "e.g. Python", "J. Smith") does not end one.
 */
export function sentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const piece = raw.trim();
    if (piece) spans.push({ start: from + lead, end: from + lead + piece.length, text: piece });
  };
  let start = 0;
  for (const m of text.matchAll(/[.!?]+["'”’)\]]*(?=\s|$)|\r?\n|\r/g)) {
    const end = m.index + m[0].length;
    if (/^\.["'”’)\]]*$/.test(m[0])) {
      const before = text.slice(start, m.index);
      if (NEVER_ENDS.test(before) || INITIAL.test(before)) continue;
      const next = /^\s*(\S)/.exec(text.slice(end))?.[1];
      if (ENDS_BEFORE_CAPITAL.test(before) && next !== undefined && !/\p{Lu}/u.test(next)) continue;
    }
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return spans;
}
