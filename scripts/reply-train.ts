// `npm run reply:train`: learns the reply reader's weights from the labelled replies it may be tuned on (the dev
// split with the third to seventh rounds' development batches, the sixth's follow-up probe (dev-r6t, trained with
// dev batch 6), and the extra cases; never the unseen ones) and writes src/lib/reply/weights.json, then the reply-level
// gate (src/lib/reply/gate.ts) learned batch by batch, with its threshold chosen by leave-one-batch-out, to
// src/lib/reply/gate.json. `--gate` prints how that threshold is chosen.
// `--thresholds` prints how the advice threshold is chosen (README). `--cv` prints the honest internal figures instead: 10-fold cross-validation over them all, and each hand's set read
// by a model trained on the other two (the annotator's, the first engineer's and the third round's replies),
// and the extra cases batch by batch, each read by a model trained on dev and the batches written before it.
import { writeFileSync } from 'node:fs';
import type { Figures } from '#/lib/reply/evaluation.ts';
import { crossValidate, DEFAULTS, forwardChain, train, trainAndTest } from './lib/reply-train.ts';
import { loadReplies, TRAINED } from './lib/reply-cases.ts';
import { chooseThreshold, GATE_DEFAULTS, outOfBatch, shippedGate, ungatedFigures, weigh } from './lib/reply-gate.ts';
import { confusionLine, figuresLine } from './lib/reply-figures.ts';

const annotator = loadReplies('dev');
const dev3 = loadReplies('dev3');
const dev4 = loadReplies('dev4');
const dev5 = loadReplies('dev5');
const dev6 = [...loadReplies('dev6'), ...loadReplies('dev6t')];
const dev7 = loadReplies('dev7');
const dev = [...annotator, ...dev3, ...dev4, ...dev5, ...dev6, ...dev7];
const NEWEST = 'dev7';
const extra = loadReplies('extra');
const options = { ...DEFAULTS, ...JSON.parse(process.env.REPLY_TRAIN ?? '{}') };
if (options.drop) options.drop = new RegExp(options.drop);
/** The batches the gate is learned and measured by, one per writer and round; the newest counts for new writers. */
const batches = (o = options) =>
  outOfBatch(
    TRAINED.map((split) => [split, loadReplies(split)]),
    o,
  );
if (process.argv.includes('--gate')) {
  // How the gate's threshold is chosen: leave-one-batch-out, pooled and on the newest batch (scripts/lib/reply-gate.ts).
  const rows = batches();
  console.log(figuresLine('batch out, no gate', ungatedFigures(rows)));
  console.log(figuresLine(`  ${NEWEST}, no gate`, ungatedFigures(rows.filter((r) => r.batch === NEWEST))));
  const { threshold, table } = chooseThreshold(rows, NEWEST, GATE_DEFAULTS);
  for (const row of table) {
    const parts = `pooled ${weigh(row.figures).toFixed(1)}, ${NEWEST} ${weigh(row.newest).toFixed(1)}`;
    console.log(`threshold ${row.threshold.toFixed(2)} · with neighbours ${row.smoothed.toFixed(2)} (${parts})`);
    console.log(figuresLine('  batch out', row.figures));
    console.log(figuresLine(`  ${NEWEST}`, row.newest));
  }
  console.log(`Chosen: ${threshold}`);
} else if (process.argv.includes('--clause-thresholds')) {
  // With the gate behind it, the clause model's threshold is chosen the same way: each threshold's clause models read
  // every batch out of batch, the gate is learned and its own threshold chosen, and the best of each is printed.
  for (const clause of [0.45, 0.5, 0.55, 0.6, 0.65, 0.7]) {
    const rows = batches({ ...options, threshold: clause });
    const { threshold, table } = chooseThreshold(rows, NEWEST, GATE_DEFAULTS);
    const row = table.find((r) => r.threshold === threshold)!;
    console.log(
      `clause threshold ${clause.toFixed(2)} · gate ${threshold} · with neighbours ${row.smoothed.toFixed(2)}`,
    );
    console.log(figuresLine('  batch out', row.figures));
    console.log(figuresLine(`  ${NEWEST}`, row.newest));
  }
} else if (process.argv.includes('--thresholds')) {
  // How the threshold is chosen: for precision, the best F0.5 of points (found against reported points that match
  // one), averaged over 10-fold cross-validation and the newest hand's batch read by a model trained on the others.
  const f05 = (f: Figures) => {
    const p = 1 - f.falseShare;
    const r = f.pointRecall;
    return (1.25 * p * r) / (0.25 * p + r);
  };
  for (const threshold of [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]) {
    const o = { ...options, threshold };
    const cv = crossValidate([...dev, ...extra], 10, o);
    const newest = trainAndTest([...annotator, ...extra, ...dev3, ...dev4, ...dev5], dev6, o);
    const mean = (f05(cv) + f05(newest)) / 2;
    console.log(`threshold ${threshold.toFixed(2)} · mean F0.5 ${(mean * 100).toFixed(2)} %`);
    console.log(figuresLine('  cv', cv));
    console.log(figuresLine('  others → dev batch 6', newest));
  }
} else if (process.argv.includes('--cv')) {
  const cv = crossValidate([...dev, ...extra], 10, options);
  console.log(figuresLine('cv, all dev sets', cv));
  console.log(confusionLine('cv', cv));
  // Each hand's replies read by a model trained on the other two hands': the nearest internal figure to unseen ones.
  console.log(
    figuresLine('others → dev', trainAndTest([...extra, ...dev3, ...dev4, ...dev5, ...dev6], annotator, options)),
  );
  console.log(figuresLine('others → extra', trainAndTest(dev, extra, options)));
  const others = (k: number) => [annotator, extra, dev3, dev4, dev5, dev6].filter((_, i) => i !== k).flat();
  console.log(figuresLine('others → dev batch 3', trainAndTest(others(2), dev3, options)));
  console.log(figuresLine('others → dev batch 4', trainAndTest(others(3), dev4, options)));
  console.log(figuresLine('others → dev batch 5', trainAndTest(others(4), dev5, options)));
  console.log(figuresLine('others → dev batch 6', trainAndTest(others(5), dev6, options)));
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
  const gate = shippedGate(batches(), NEWEST);
  const gateFile = new URL('../src/lib/reply/gate.json', import.meta.url);
  writeFileSync(gateFile, JSON.stringify(gate, null, 2) + '\n');
  console.log(
    `Wrote ${gateFile.pathname}: ${Object.keys(gate.weights).length} gate weights, threshold ${gate.threshold}.`,
  );
}
