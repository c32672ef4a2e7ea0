import { crossValidate, DEFAULTS, trainAndTest } from './lib/reply-train.ts';
import { loadReplies } from './lib/reply-cases.ts';
const base = [...loadReplies('dev'), ...loadReplies('extra'), ...loadReplies('dev3')];
const dev4 = loadReplies('dev4');
const grid = JSON.parse(process.argv[2] ?? '[{}]');
const f = (x: any) => { const p = 1 - x.falseShare, r = x.pointRecall; const f05 = (1.25 * p * r) / (0.25 * p + r); return `k ${(x.kindAccuracy*100).toFixed(1)} found ${(r*100).toFixed(1)} false ${(x.falseShare*100).toFixed(1)} area ${(x.areaAccuracy*100).toFixed(1)} F0.5 ${(f05*100).toFixed(2)}`; };
for (const g of grid) {
  const o = { ...DEFAULTS, ...g, drop: g.drop ? new RegExp(g.drop) : DEFAULTS.drop };
  console.log(JSON.stringify(g).padEnd(36), 'cv:', f(crossValidate([...base, ...dev4], 10, o)), '| o→dev4:', f(trainAndTest(base, dev4, o)));
}
