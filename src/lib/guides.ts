// Ordering and navigation rules for the guides: the reader's path is the order of `step`. A step usually holds one
// guide; where the article forks ("if you could have performed better… what if you feel you performed at your top
// level?") one step holds two or more guides, each naming its `branch`, and still counts as one step of the path.

export interface Stepped {
  id: string;
  data: { step: number; title: string; branch?: string };
}

/** One step of the path: one guide, or the guides of a fork (each with its branch), in file-name order. */
export interface PathStop<T extends Stepped> {
  step: number;
  guides: T[];
}

/**
 * Guides in reading order (the guides of a fork by file name). Two guides at one step are an editor's mistake unless
 * each names its branch: the error names the files and says how to fix it.
 */
export function sortByStep<T extends Stepped>(guides: readonly T[]): T[] {
  const sorted = [...guides].sort((a, b) => a.data.step - b.data.step || a.id.localeCompare(b.id));
  for (const stop of groupByStep(sorted)) {
    if (stop.guides.length < 2) continue;
    const names = stop.guides.map((g) => `"${g.id}"`).join(' and ');
    const unnamed = stop.guides.filter((g) => !g.data.branch?.trim());
    if (stop.step === 0 || unnamed.length > 0) {
      throw new Error(
        `Guides ${names} both have step ${stop.step}: give each guide its own step` +
          (stop.step === 0
            ? '.'
            : `, or make step ${stop.step} a fork by giving each of them a branch (the words a reader picks, e.g. branch: 'I did my best').`),
      );
    }
    const labels = stop.guides.map((g) => g.data.branch!.trim().toLowerCase());
    if (new Set(labels).size < labels.length)
      throw new Error(`Guides ${names} fork at step ${stop.step} with the same branch: give each its own words.`);
  }
  const lone = sorted.find((g) => g.data.branch && !sorted.some((o) => o !== g && o.data.step === g.data.step));
  if (lone)
    throw new Error(
      `Guide "${lone.id}" has a branch but no other guide shares its step ${lone.data.step}: a branch is one way of a fork; remove it or add the other way.`,
    );
  return sorted;
}

function groupByStep<T extends Stepped>(ordered: readonly T[]): PathStop<T>[] {
  const stops: PathStop<T>[] = [];
  for (const guide of ordered) {
    const last = stops.at(-1);
    if (last?.step === guide.data.step) last.guides.push(guide);
    else stops.push({ step: guide.data.step, guides: [guide] });
  }
  return stops;
}

/** The numbered steps of the path (the overview, step 0, is not one of them); a fork is one step. */
export function pathStops<T extends Stepped>(ordered: readonly T[]): PathStop<T>[] {
  return groupByStep(ordered).filter((stop) => stop.step > 0);
}

/**
 * Where a guide sits: the step before and after it (several guides when that step is a fork), and the other ways of
 * its own fork. A guide that does not exist has none.
 */
export function neighbours<T extends Stepped>(
  ordered: readonly T[],
  id: string,
): { previous: T[]; next: T[]; otherBranches: T[] } {
  const stops = groupByStep(ordered);
  const i = stops.findIndex((stop) => stop.guides.some((g) => g.id === id));
  if (i === -1) return { previous: [], next: [], otherBranches: [] };
  return {
    previous: stops[i - 1]?.guides ?? [],
    next: stops[i + 1]?.guides ?? [],
    otherBranches: stops[i]!.guides.filter((g) => g.id !== id),
  };
}

/** The path as the step indicator draws it: one item per step, a fork's guides as its branches. */
export function pathItems<T extends Stepped>(
  stops: readonly PathStop<T>[],
  note?: (guide: T) => string,
): {
  title: string;
  href: string;
  note?: string;
  branches?: { title: string; href: string; label: string }[];
}[] {
  return stops.map(({ guides }) => {
    const [first] = guides as [T];
    if (guides.length === 1) return { title: first.data.title, href: guidePath(first.id), note: note?.(first) };
    return {
      title: FORK_TITLE,
      href: guidePath(first.id),
      branches: guides.map((g) => ({ title: g.data.title, href: guidePath(g.id), label: g.data.branch! })),
    };
  });
}

/** What the step indicator calls a fork: the reader picks the way that is closer to them. */
export const FORK_TITLE = 'Which is closer to you?';

export function guidePath(id: string): string {
  return `/guides/${id}/`;
}
