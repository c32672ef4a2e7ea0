// `npm run reply:train`: learns the reply reader's weights from the labelled replies it may be tuned on (the dev
// split and the extra cases; never the unseen ones) and writes src/lib/reply/weights.json.
// `--cv` prints the honest internal figures instead: 10-fold cross-validation over dev + extra, and each set read by
// a model trained on the other one only (the annotator's and the engineer's replies are written by different hands),
// and the extra cases batch by batch, each read by a model trained on dev and the batches written before it.
import { writeFileSync } from 'node:fs';
import { crossValidate, DEFAULTS, forwardChain, train, trainAndTest } from './lib/reply-train.ts';
import { loadReplies } from './lib/reply-cases.ts';
import { confusionLine, figuresLine } from './lib/reply-figures.ts';

const dev = loadReplies('dev');
const extra = loadReplies('extra');
const options = { ...DEFAULTS, ...JSON.parse(process.env.REPLY_TRAIN ?? '{}') };
if (options.drop) options.drop = new RegExp(options.drop);
if (options.areaDrop) options.areaDrop = new RegExp(options.areaDrop);
if (process.argv.includes('--cv')) {
  const cv = crossValidate([...dev, ...extra], 10, options);
  console.log(figuresLine('cv dev+extra', cv));
  console.log(confusionLine('cv', cv));
  console.log(figuresLine('extra → dev', trainAndTest(extra, dev, options)));
  console.log(figuresLine('dev → extra', trainAndTest(dev, extra, options)));
  const forward = forwardChain(dev, extra, options);
  console.log(figuresLine('extra, batch by batch', forward.pooled));
  for (const { batch, figures } of forward.each) console.log(figuresLine(`  batch ${batch}`, figures));
  if (process.argv.includes('--misses'))
    for (const m of cv.misses) console.log(`${m.what.padEnd(6)} ${m.id}: ${m.detail}`);
} else {
  const model = train([...dev, ...extra], options);
  const file = new URL('../src/lib/reply/weights.json', import.meta.url);
  writeFileSync(file, JSON.stringify(model, null, 2) + '\n');
  console.log(`Wrote ${file.pathname}: ${Object.keys(model.advice.weights).length} advice weights.`);
}
