// Splits an email into sentences with their offsets, so a flag can point at the exact words in the editable text.
// A sentence ends at . ! ? (with any closing quotes or brackets) before a space, or at a line break. Titles and
// abbreviations ("Mr.", "Dr.", "Inc.", "e.g.") don't end a sentence; a run of emoji after "!!!" stays with it.

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Which line of the text it starts on, 0-based, and whether it is the whole of that line. */
  line: number;
  wholeLine: boolean;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms mx dr prof st sr jr inc ltd co corp plc llc no vs etc eg ie approx dept est hon rev sgt capt engr messrs mt ft'.split(
    ' ',
  ),
);

// End punctuation, closing quotes or brackets, then space or the end.
const END = /[.!?]+["'”’)\]]*(?=\s|$)/g;
// Pieces made only of emoji, symbols and punctuation belong to the sentence before them ("Wow!!! 😡").
const NO_WORDS = /^[^\p{L}\p{N}]*$/u;

/** Whether a character can be part of an abbreviation: a letter or a dot. */
function letterOrDot(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /\p{L}/u.test(ch);
}

/** The word (letters and dots, dots dropped) just before position `at`: "Mr" in "Mr.", "eg" in "e.g.". */
function wordBefore(line: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < 40 && letterOrDot(line[from - 1]!)) from--;
  return line.slice(from, at).toLowerCase().replace(/\./g, '');
}

function splitLine(line: string, offset: number, lineNo: number, out: Sentence[]): void {
  let from = 0;
  const push = (to: number) => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    from = to;
    if (!text) return;
    const start = offset + (to - raw.length) + lead;
    const previous = out.at(-1);
    if (NO_WORDS.test(text) && previous && previous.line === lineNo) {
      previous.text += line.slice(previous.end - offset, start - offset) + text;
      previous.end = start + text.length;
      return;
    }
    out.push({ text, start, end: start + text.length, line: lineNo, wholeLine: false });
  };
  for (const m of line.matchAll(END)) {
    const word = wordBefore(line, m.index);
    // "Mr. Smith", "e.g. this", "Inc. has": not the end of a sentence when followed by more of it.
    if (m[0] === '.' && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) {
      const next = line.slice(m.index + 1).trimStart();
      if (next && !/^[\p{Lu}]/u.test(next)) continue;
      if (ABBREVIATIONS.has(word) && /^(mr|mrs|ms|mx|dr|prof|st|engr|hon|rev|capt|sgt)$/.test(word)) continue;
    }
    push(m.index + m[0].length);
  }
  push(line.length);
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  const lines = text.split('\n');
  lines.forEach((line, lineNo) => {
    const before = out.length;
    splitLine(line, offset, lineNo, out);
    if (out.length === before + 1) out[before]!.wholeLine = true;
    offset += line.length + 1;
  });
  return out;
}
