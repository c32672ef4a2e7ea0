// Loads the reply reader's labelled set: tests/fixtures/reply/replies.<split>.json (see GUIDE.md beside them).
import { readFileSync } from 'node:fs';
import type { LabelledReply } from '#/lib/reply/evaluation.ts';

export type Split = 'dev' | 'unseen' | 'unseen2' | 'extra';

const files: Record<Split, string> = {
  dev: '../../tests/fixtures/reply/replies.dev.json',
  unseen: '../../tests/fixtures/reply/replies.unseen.json',
  // A second unseen batch, written while the second round (the learned weights) was built, merged only after it was
  // frozen, and read once.
  unseen2: '../../tests/fixtures/reply/replies.unseen2.json',
  // Written by the engineer after the first rules, to probe phrasings the dev split lacks: tuned on, like dev.
  extra: '../../tests/unit/reply-extra-cases.json',
};

export function loadReplies(split: Split): LabelledReply[] {
  return JSON.parse(readFileSync(new URL(files[split], import.meta.url), 'utf8')) as LabelledReply[];
}
