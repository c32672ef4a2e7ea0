import { readFileSync } from 'node:fs';
import { evaluate } from '#/lib/reply/evaluation.ts';
import { readReply, toOutside } from '#/lib/reply/read.ts';
import { figuresLine } from './lib/reply-figures.ts';
const cases = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
const f = evaluate(cases, (t) => toOutside(readReply(t)));
console.log(figuresLine(process.argv[3] ?? 'file', f));
if (process.argv.includes('--misses')) for (const m of f.misses) console.log(m.what, m.id, m.detail.slice(0, 160));
