// Loads the reply reader's labelled set: tests/fixtures/reply/replies.<split>.json (see GUIDE.md beside them).
import { readFileSync } from 'node:fs';
import type { LabelledReply } from '#/lib/reply/evaluation.ts';

export function loadReplies(split: 'dev' | 'unseen'): LabelledReply[] {
  return JSON.parse(
    readFileSync(new URL(`../../tests/fixtures/reply/replies.${split}.json`, import.meta.url), 'utf8'),
  ) as LabelledReply[];
}
