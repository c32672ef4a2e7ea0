// `npm run reply:train`: learns the reply reader's weights from the labelled replies it may be tuned on (the dev
// split and the extra cases; never the unseen ones) and writes src/lib/reply/weights.json.
// `--cv` prints the honest internal figures instead: 10-fold cross-validation over dev + extra, and each set read by
// a model trained on the other one only (the annotator's and the engineer's replies are written by different hands).
import { writeFileSync } from 'node:fs';
import type { Figures } from '#/lib/reply/evaluation.ts';
import { crossValidate, DEFAULTS, train, trainAndTest } from './lib/reply-train.ts';
import { loadReplies } from './lib/reply-cases.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const line = (name: string, f: Figures) =>
  [
    `${name.padEnd(16)} ${String(f.replies).padStart(3)} replies`,
    `kind ${pct(f.kindAccuracy)}`,
    `points found ${pct(f.pointRecall)} (${f.foundPoints}/${f.expectedPoints})`,
    `reported but not expected ${pct(f.falseShare)} (${f.falsePoints}/${f.reportedPoints})`,
    `area ${pct(f.areaAccuracy)}`,
  ].join(' · ');

const dev = loadReplies('dev');
const extra = loadReplies('extra');
const options = { ...DEFAULTS, ...JSON.parse(process.env.REPLY_TRAIN ?? '{}') };
if (options.drop) options.drop = new RegExp(options.drop);
if (options.areaDrop) options.areaDrop = new RegExp(options.areaDrop);
if (process.argv.includes('--cv')) {
  const cv = crossValidate([...dev, ...extra], 10, options);
  console.log(line('cv dev+extra', cv));
  const kinds = ['template', 'general', 'specific'] as const;
  console.log(kinds.map((k) => `${k} → ${kinds.map((r) => `${r} ${cv.kindConfusion[k][r]}`).join(', ')}`).join('; '));
  console.log(line('extra → dev', trainAndTest(extra, dev, options)));
  console.log(line('dev → extra', trainAndTest(dev, extra, options)));
  if (process.argv.includes('--misses'))
    for (const m of cv.misses) console.log(`${m.what.padEnd(6)} ${m.id}: ${m.detail}`);
} else {
  const model = train([...dev, ...extra], options);
  const file = new URL('../src/lib/reply/weights.json', import.meta.url);
  writeFileSync(file, JSON.stringify(model, null, 2) + '\n');
  console.log(`Wrote ${file.pathname}: ${Object.keys(model.advice.weights).length} advice weights.`);
}
