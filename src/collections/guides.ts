// The guides in reading order, read once per build from the content layer (Astro caches getCollection).
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortByStep } from '#/lib/guides.ts';

export type Guide = CollectionEntry<'guides'>;

export async function orderedGuides(): Promise<Guide[]> {
  return sortByStep(await getCollection('guides'));
}
