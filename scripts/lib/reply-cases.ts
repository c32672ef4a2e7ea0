// Loads the reply reader's labelled set: tests/fixtures/reply/replies.<split>.json (see GUIDE.md beside them).
import { existsSync, readFileSync } from 'node:fs';
import type { LabelledReply } from '#/lib/reply/evaluation.ts';

export type Split =
  | 'dev'
  | 'dev3'
  | 'dev4'
  | 'dev5'
  | 'dev6'
  | 'dev6t'
  | 'dev7'
  | 'unseen'
  | 'unseen2'
  | 'unseen3'
  | 'unseen4'
  | 'unseen5'
  | 'unseen6'
  | 'unseen7'
  | 'unseen8'
  | 'extra';

const files: Record<Split, string> = {
  dev: '../../tests/fixtures/reply/replies.dev.json',
  // The third round's development batch (54 replies by the third round's engineer), written and scored once before
  // any rule of that round: tuned and trained on, like dev.
  dev3: '../../tests/fixtures/reply/replies.dev-r3.json',
  // The fourth round's development batch (83 replies by the fourth round's engineer): 45 written and scored once with
  // the third round's reader before any rule of the round, 38 more during it, each batch read once before it was
  // tuned on (GUIDE.md). Tuned and trained on, like dev3.
  dev4: '../../tests/fixtures/reply/replies.dev-r4.json',
  // The fifth round's development batch (50 replies, ids `r5-…`), written and scored once with the fourth round's
  // reader before any rule of the round (GUIDE.md), aimed at its gaps: kind borderlines, area judgement, logistics and
  // politeness that look like advice, very short imperatives. Tuned and trained on, like dev4.
  dev5: '../../tests/fixtures/reply/replies.dev-r5.json',
  // The sixth round's development batch (ids `r6-…`), written and scored once with the fifth round's reader before any
  // rule of the round (GUIDE.md), aimed at its gaps: general against specific, the area of a point, politeness and
  // process that look like advice, in new fields and Englishes. Tuned and trained on, like dev5.
  dev6: '../../tests/fixtures/reply/replies.dev-r6.json',
  // The sixth round's follow-up probe (30 replies, ids `r6t-…`): rich templates (ATS footers, talent pools, reapply
  // dates, invitations, praise only) and general and specific replies wrapped in politeness, written and scored once
  // with the sixth round's reader before any change of the follow-up (GUIDE.md). Tuned and trained on, like dev6.
  dev6t: '../../tests/fixtures/reply/replies.dev-r6t.json',
  // The seventh round's development batch (40 replies, ids `r7-…`, 15 rich templates), written from the guide and scored
  // once with the sixth round's follow-up reader before any rule of the round (GUIDE.md). Tuned and trained on, like dev6t.
  dev7: '../../tests/fixtures/reply/replies.dev-r7.json',
  unseen: '../../tests/fixtures/reply/replies.unseen.json',
  // A second unseen batch, written while the second round (the learned weights) was built, merged only after it was
  // frozen, and read once.
  unseen2: '../../tests/fixtures/reply/replies.unseen2.json',
  // A third unseen batch (40 replies, written blind by another hand during the third round), read once after its
  // rules were final.
  unseen3: '../../tests/fixtures/reply/replies.unseen3.json',
  // A fourth unseen batch (40 replies, written blind by another hand before the fourth round), read once after it.
  unseen4: '../../tests/fixtures/reply/replies.unseen4.json',
  // A fifth unseen batch (written blind by another hand during the fifth round), read once after its rules were final.
  unseen5: '../../tests/fixtures/reply/replies.unseen5.json',
  // A sixth unseen batch (written blind by another hand during the sixth round), read once after its rules were final.
  unseen6: '../../tests/fixtures/reply/replies.unseen6.json',
  // A seventh unseen batch (written blind by another hand during the sixth round's follow-up), read once after its rules
  // were final.
  unseen7: '../../tests/fixtures/reply/replies.unseen7.json',
  // An eighth unseen batch (written blind by another hand during the seventh round), read once after its rules were final.
  unseen8: '../../tests/fixtures/reply/replies.unseen8.json',
  // Written by the engineer after the first rules, to probe phrasings the dev split lacks: tuned on, like dev.
  extra: '../../tests/unit/reply-extra-cases.json',
};

/** Every split, in the order the files are listed above. */
export const SPLITS = Object.keys(files) as Split[];

/** The splits the shipped weights are trained and tuned on, in the order `reply:eval` prints them. */
export const TRAINED: readonly Split[] = ['dev', 'extra', 'dev3', 'dev4', 'dev5', 'dev6', 'dev6t', 'dev7'];

/** The unseen splits, never tuned on: measured when their file is there (a later batch arrives by merge). */
export const UNSEEN: readonly Split[] = SPLITS.filter((s) => s.startsWith('unseen'));

/** How `reply:eval` names a split: "dev batch 3", "unseen batch 2". */
export const splitName = (split: Split) => split.replace(/^(dev|unseen)(\d\w*)$/, '$1 batch $2');

/** Whether a split's file is there (a later unseen batch arrives by merge). */
export function hasReplies(split: Split): boolean {
  return existsSync(new URL(files[split], import.meta.url));
}

export function loadReplies(split: Split): LabelledReply[] {
  return JSON.parse(readFileSync(new URL(files[split], import.meta.url), 'utf8')) as LabelledReply[];
}
