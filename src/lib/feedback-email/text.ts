// Small text helpers shared by the email composer, the tone check and the exporters (mailto, .ics).

/** Replaces lone UTF-16 surrogates (half an emoji, e.g. from a cut paste) so encoders never throw. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Multi-line text: well-formed, `\n` line breaks, tabs as spaces, no other control characters. */
export function cleanText(text: string): string {
  return wellFormed(text)
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[^\P{Cc}\n]/gu, '');
}

/** One-line field value: cleaned, every run of whitespace (line breaks too) collapsed to one space, trimmed. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

/** Length in characters as a person counts them (an emoji is one, not two UTF-16 units). */
export function charLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words as a person counts them; numbers count, emoji and punctuation don't. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** FNV-1a: a small, stable string hash for deterministic choices (not for security). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
