// Words as a person counts them, in any script: letters (with their combining marks) and digits, with inner
// apostrophes and hyphens kept ("don't", "step-by-step" are one word each). Punctuation and emoji are not words.

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function countWords(text: string): number {
  return words(text).length;
}
