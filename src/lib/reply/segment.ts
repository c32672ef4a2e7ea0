// Cuts a reply into the pieces advice comes in: paragraphs, bullet or numbered items, sentences, and clauses inside
// a sentence. Every piece keeps its offsets in the text as pasted, so a point is always the interviewer's own words.
import type { Span } from './types.ts';

export interface Sentence extends Span {
  /** Index of the paragraph (blank-line separated block) it belongs to. */
  paragraph: number;
  /** Index of the unit it belongs to: a bullet item, or the run of lines between items. */
  unit: number;
  /** True for greetings, sign-offs and the signature under them. */
  frame: boolean;
}

const BULLET = /^[ \t]*(?:[-*•·–—▪◦]|\(?\d{1,2}[.)]|\(?[a-z][.)](?=\s))[ \t]+/;
/** Short abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms mx dr prof eng st mt jr sr inc ltd co corp dept approx e.g eg i.e ie vs cf a.m p.m n.a i.a u.s u.k ref tel ext nr no fig'.split(
    ' ',
  ),
);
const GREETING =
  /^(?:dear|hi|hello|hey|hiya|g'?day|good (?:morning|afternoon|evening)|hola|greetings|to whom|salam|namaste)\b/i;
const SIGN_OFF =
  /^(?:best|kind|warm|warmest|with|many|all the|thanks|thank you|cheers|regards|sincerely|yours|respectfully|take care|speak soon|un saludo|saludos|love|cordially|talk soon|mit freundlichen|good luck|wishing you)\b[^.!?]*[,.!]?$/i;

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const m of text.matchAll(/\r\n|\r|\n/g)) {
    out.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}

/** Trims whitespace off a span, keeping offsets right. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
}

/** Where sentences end inside one unit: after . ! ? … (and closing quotes or brackets), before a space. */
function sentenceEnds(text: string, start: number, end: number): number[] {
  const ends: number[] = [];
  const piece = text.slice(start, end);
  for (const m of piece.matchAll(/[.!?…]+["'”’)\]]*(?=\s+\S)/g)) {
    const at = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1) {
      // Only the word before the stop matters: look at a short tail, never the whole text (quadratic on long pastes).
      const word = /([\p{L}.]+)$/u.exec(piece.slice(Math.max(0, m.index - 24), m.index))?.[1] ?? '';
      const next = piece.slice(at).trimStart();
      if (ABBREVIATIONS.has(word.toLowerCase()) && !(word.toLowerCase() === 'no' && !/^\d/.test(next))) continue;
      if (/^\p{Lu}$/u.test(word)) continue; // an initial: "J. Smith"
    }
    ends.push(start + at);
  }
  return ends;
}

/** Where the reply ends and the quoted thread below it begins ("On … wrote:", "-----Original Message-----"). */
const QUOTED_THREAD =
  /^(?:On .{4,200}wrote:\s*$|-{2,}\s*Original Message\s*-{2,}|-{2,}\s*Forwarded message|From:\s.+$|Sent from my \w+)/im;

export function segment(text: string): Sentence[] {
  const thread = QUOTED_THREAD.exec(text);
  const all = lines(text).filter((l) => !thread || l.start < thread.index);
  const sentences: Sentence[] = [];
  let paragraph = -1;
  let unit = -1;
  let previousBlank = true;
  let seenContent = false;
  let inSignature = false;
  let unitStart = -1;
  let unitEnd = -1;
  let unitFrame = false;

  const flush = () => {
    if (unitStart < 0) return;
    let from = unitStart;
    for (const cut of [...sentenceEnds(text, unitStart, unitEnd), unitEnd]) {
      const s = trimSpan(text, from, cut);
      if (s.text) sentences.push({ ...s, paragraph, unit, frame: unitFrame });
      from = cut;
    }
    unitStart = -1;
  };

  // After a closing ("Kind regards," over a name) the rest is the footer: signature block, legal notice, privacy or
  // equal-opportunity statement. Only a postscript there is still the reply.
  let closed = false;
  for (const [i, line] of all.entries()) {
    const trimmed = line.text.trim();
    if (/^p\.?\s?s\b/i.test(trimmed)) closed = false;
    // Lines quoted with ">" are the candidate's own words, not the reply.
    if (!trimmed || trimmed.startsWith('>')) {
      flush();
      previousBlank = true;
      inSignature = false;
      continue;
    }
    const newParagraph = previousBlank;
    if (newParagraph) paragraph++;
    previousBlank = false;
    const words = trimmed.split(/\s+/).length;
    const greeting = !seenContent && newParagraph && words <= 8 && (GREETING.test(trimmed) || /,$/.test(trimmed));
    const signOff = seenContent && words <= 6 && SIGN_OFF.test(trimmed);
    if (signOff) inSignature = true;
    if (signOff && words <= 4 && !/[.!?]$/.test(trimmed) && isNameLine(all[i + 1]?.text ?? '')) closed = true;
    const frame = greeting || inSignature || closed;
    const bullet = BULLET.exec(line.text);
    const previous = unitStart >= 0 ? text.slice(unitStart, unitEnd).trimEnd() : '';
    // A hard-wrapped line carries on the sentence above it; a short line, a bullet or a frame starts a new unit.
    const continues =
      !newParagraph &&
      !bullet &&
      !frame &&
      !unitFrame &&
      previous.length >= 40 &&
      !/[.!?:;…"”)]$/.test(previous) &&
      unitEnd - text.lastIndexOf('\n', unitEnd - 1) >= 40;
    if (continues) {
      unitEnd = line.end;
    } else {
      flush();
      unit++;
      unitStart = line.start + (bullet ? bullet[0].length : 0);
      unitEnd = line.end;
      unitFrame = frame;
    }
    if (!frame) seenContent = true;
  }
  flush();
  markSignature(text, sentences);
  return sentences;
}

/** A name under a closing: a short line without a full stop ("Dr Margaret Ellison", "Jo x", "HR Shared Services"). */
function isNameLine(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.split(/\s+/).length <= 5 && !/[.!?:;]$/.test(t) && !BULLET.test(text);
}

/** A last paragraph of short lines without a full stop ("Val", "Chef Marco", "Ashworth Borough Council") is the
 *  signature even with no sign-off above it. */
function markSignature(text: string, sentences: Sentence[]) {
  const last = sentences.at(-1);
  if (!last || last.frame) return;
  const tail = sentences.filter((s) => s.paragraph === last.paragraph);
  if (tail.length === sentences.filter((s) => !s.frame).length) return;
  const shortLine = (s: Sentence) =>
    s.text.split(/\s+/).length <= 4 && !/[.!?:;]$/.test(s.text) && !BULLET.test(lineOf(text, s.start));
  if (tail.every(shortLine)) for (const s of tail) s.frame = true;
}

/** The whole line the offset `at` lies on. */
export function lineOf(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** Places inside a sentence where one clause gives way to another: ; — : the turn of "but", "though", "so", a new
 *  subject after ", and", and a second order that only sends the person on ("Brush up on X and reapply", "…and give me a
 *  shout"); a fronted condition or concession ends at its comma ("While we do not normally give feedback, the panel…"). */
const CLAUSE_BREAK =
  /\s*;\s+|\s+[—–]\s+|\s+-\s+|(?<=\p{L})[—–](?=\p{L})|:\s+|,?\s+(?=(?:but|though|although|however|whereas|yet)\b)|,?\s+(?=and also\b)|,\s+(?=(?:so|and so|which|and (?:i|we|it|that|this|she|he|they|our|the|there|my)|(?:mainly |largely |partly |simply )?because)\b)|\s+(?=and (?:come|reapply|re-apply|apply|try|let|see|give me|call|ring|drop|email|message|contact|get in touch|keep in touch|stay in touch)\b)|\s+(?=and you(?:['’](?:ll|d)| will| would) (?:be|do)\b)|(?<=^(?:if|while|whilst|although|though|even though)\b[^,]{3,100}),\s+/giu;

/** The clauses of one sentence, as spans of the whole text. */
export function clauses(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  let from = sentence.start;
  for (const m of sentence.text.matchAll(CLAUSE_BREAK)) {
    const cut = sentence.start + m.index;
    const s = trimSpan(text, from, cut);
    if (s.text) out.push(s);
    from = cut + m[0].length;
  }
  const last = trimSpan(text, from, sentence.end);
  if (last.text) out.push(last);
  return out;
}
