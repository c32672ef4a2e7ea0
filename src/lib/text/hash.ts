// A small, stable string hash for deterministic choices and fingerprints (not for security).

/** FNV-1a, 32 bits, over UTF-16 code units: the same number in Node and every browser, today and next year. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
