// Ordering and navigation rules for the guides: the reader's path is the order of `step`.

export interface Stepped {
  id: string;
  data: { step: number; title: string };
}

/** Guides in reading order; a repeated step is an editor's mistake and is reported with both file names. */
export function sortByStep<T extends Stepped>(guides: readonly T[]): T[] {
  const sorted = [...guides].sort((a, b) => a.data.step - b.data.step);
  for (let i = 1; i < sorted.length; i++) {
    const [prev, cur] = [sorted[i - 1]!, sorted[i]!];
    if (prev.data.step === cur.data.step) {
      throw new Error(
        `Guides "${prev.id}" and "${cur.id}" both have step ${cur.data.step}: give each guide its own step.`,
      );
    }
  }
  return sorted;
}

/** The guide before and after `id` on the path, if any. */
export function neighbours<T extends Stepped>(ordered: readonly T[], id: string): { previous?: T; next?: T } {
  const i = ordered.findIndex((g) => g.id === id);
  if (i === -1) return {};
  return { previous: ordered[i - 1], next: ordered[i + 1] };
}

export function guidePath(id: string): string {
  return `/guides/${id}/`;
}
