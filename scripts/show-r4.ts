import { readClauses, readReply } from '#/lib/reply/read.ts';
import { loadReplies } from './lib/reply-cases.ts';
import { probability } from '#/lib/reply/model.ts';
import weights from '#/lib/reply/weights.json' with { type: 'json' };
for (const id of process.argv.slice(2)) {
  const r = loadReplies('dev4').find((x) => x.id === id)!;
  for (const s of readClauses(r.text)) for (const c of s.clauses) console.log(c.rule.role.padEnd(10), c.ruledOut ? 'X' : ' ', probability((weights as any).advice, c.features).toFixed(2), c.span.text);
  console.log(JSON.stringify(readReply(r.text).points.map((p) => [p.area, p.anchored, p.text])));
}
