// What to act on first: required items the resume does not show, credentials and years before skills and duties
// (they are the usual screening questions), then items with related words (a wording fix is quick), then preferred.

import type { FitItem } from './types.ts';

const KIND_WEIGHT: Record<string, number> = {
  certification: 3,
  degree: 3,
  experience: 3,
  language: 2,
  skill: 2,
  term: 2,
  phrase: 1,
};

function weight(item: FitItem): number {
  if (item.status === 'found') return -1;
  const level = item.level === 'required' ? 10 : 0;
  const status = item.status === 'related' ? 1 : 0;
  return level + (KIND_WEIGHT[item.kind] ?? 1) + status;
}

/** Keys of up to three items to act on first, best first; ties keep the description's order. */
export function firstToActOn(items: FitItem[], count = 3): string[] {
  return items
    .map((item, index) => ({ item, index, weight: weight(item) }))
    .filter((x) => x.weight >= 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .slice(0, count)
    .map((x) => x.item.key);
}
