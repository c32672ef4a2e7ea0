import { thousandWordReply } from './bench/reply.mjs';
import { readReply } from '#/lib/reply/read.ts';
const t = thousandWordReply(); readReply(t); const xs = [];
for (let i = 0; i < 21; i++) { const s = performance.now(); readReply(t); xs.push(performance.now() - s); }
xs.sort((a, b) => a - b); console.log('median ms', xs[10].toFixed(1));
