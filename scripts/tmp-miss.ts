import { evaluate } from '#/lib/reply/evaluation.ts';
import { readReply, toOutside } from '#/lib/reply/read.ts';
import { loadReplies } from './lib/reply-cases.ts';
const read = (t: string) => toOutside(readReply(t));
for (const s of ['dev','extra','dev3','dev4','dev5','dev6','dev6t'] as const)
  for (const m of evaluate(loadReplies(s), read).misses) console.log(`${s} ${m.what.padEnd(6)} ${m.id}: ${m.detail}`);
