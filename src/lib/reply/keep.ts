// "Keep on this device": what is stored, under which key, and how a stored value is read back safely. Nothing is
// stored unless the person ticks the box; unticking it deletes what was kept.

export const KEEP_KEY = 'jst:reply:kept';

export interface Kept {
  version: 1;
  reply: string;
  greetName: string;
  yourName: string;
  company: string;
}

export function serializeKept(k: Omit<Kept, 'version'>): string {
  return JSON.stringify({ version: 1, ...k } satisfies Kept);
}

export function parseKept(stored: string | null): Kept | null {
  if (!stored) return null;
  try {
    const v = JSON.parse(stored) as Partial<Kept>;
    if (v.version !== 1 || typeof v.reply !== 'string') return null;
    const text = (x: unknown) => (typeof x === 'string' ? x.slice(0, 200) : '');
    return {
      version: 1,
      reply: v.reply.slice(0, 40_000),
      greetName: text(v.greetName),
      yourName: text(v.yourName),
      company: text(v.company),
    };
  } catch {
    return null;
  }
}
