// Reading back what a page kept in this browser's storage: untrusted (another version of the site, a hand-edited
// value), so anything that is not a JSON object of the expected version reads as nothing.

/** The kept object, or null when there is none, it is not JSON, not an object, or of another version. */
export function storedRecord(stored: string | null, version: number): Record<string, unknown> | null {
  if (!stored) return null;
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  return record.version === version ? record : null;
}
