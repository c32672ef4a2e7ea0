// Small text helpers for the form and the exporters (mailto, .ics): clean values. Words and hashes are in src/lib/text/.

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
