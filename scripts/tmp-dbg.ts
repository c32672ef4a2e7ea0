import { readClauses, evaluates } from '#/lib/reply/read.ts';
import weights from '#/lib/reply/weights.json' with { type: 'json' };
import { probability } from '#/lib/text/linear-model.ts';
import { loadReplies } from './lib/reply-cases.ts';
const ids = process.argv.slice(2);
for (const split of ['dev6t','dev6'] as const) for (const r of loadReplies(split)) {
  if (ids.length && !ids.some((i) => r.id.includes(i))) continue;
  console.log('##', r.id, r.kind);
  for (const { clauses } of readClauses(r.text)) for (const c of clauses) {
    const p = probability((weights as any).advice, c.features);
    if (p < 0.3 && c.rule.role !== 'advice') continue;
    console.log(`${p.toFixed(2)} ${c.rule.role} ruledOut=${c.ruledOut} ev=${evaluates(c.features)} | ${c.span.text.slice(0, 110)}`);
    console.log('    ', c.features.filter((f) => !f.startsWith('w:') && !f.startsWith('prev:') && !f.startsWith('next:')).join(' '));
  }
}
