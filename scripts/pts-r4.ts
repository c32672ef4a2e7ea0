import { readReply } from '#/lib/reply/read.ts';
import { loadReplies } from './lib/reply-cases.ts';
const all = (['dev', 'extra', 'dev3', 'dev4'] as const).flatMap((s) => loadReplies(s));
for (const id of process.argv.slice(2)) {
  const r = all.find((x) => x.id === id)!;
  console.log(id, readReply(r.text).points.map((p) => [p.area, p.text]));
}
