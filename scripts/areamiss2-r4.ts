import { evaluate } from '#/lib/reply/evaluation.ts';
import { readReply, toOutside } from '#/lib/reply/read.ts';
import { loadReplies } from './lib/reply-cases.ts';
for (const split of ['dev', 'extra', 'dev3', 'dev4'] as const)
  for (const m of evaluate(loadReplies(split), (t) => toOutside(readReply(t))).misses) if (m.what === 'area') console.log(m.id, m.detail.slice(0, 200));
