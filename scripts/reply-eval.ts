// `npm run -s reply:eval`: the reply reader's figures on its labelled sets (tests/fixtures/reply): the development
// split, the extra cases (tests/unit/reply-extra-cases.json) and the development batches of the third to seventh rounds
// (replies.dev-r3.json … replies.dev-r7.json, with the sixth's follow-up probe replies.dev-r6t.json), which the shipped
// weights were trained on; `cv`, the same replies each read by a clause model and a reply-level gate trained without
// it (10-fold cross-validation), and `cv, no gate`; `batch out`, each batch read by clause models and a gate trained
// without it (leave-one-batch-out: the nearest internal figure to a new writer), with and without the gate; and the
// unseen splits (the first, batch 2 written during the second round, batch 3 during the third, batch 4 before the
// fourth, batch 5 during the fifth, batch 6 during the sixth, batch 7 during its follow-up, each reported when its file
// is there), never tuned on, so only their figures are printed.
// `--confusion` adds which kinds are mistaken for which on the unseen split; `--rules` reads with the hand rules
// alone (no learned weights), for comparison; `--misses` lists the cross-validated misses to work on.
import { evaluate, type Figures } from '#/lib/reply/evaluation.ts';
import { readReply, toOutside } from '#/lib/reply/read.ts';
import { hasReplies, loadReplies, splitName, TRAINED, UNSEEN } from './lib/reply-cases.ts';
import { confusionLine, figuresLine } from './lib/reply-figures.ts';
import { gatedCrossValidate, leaveOneBatchOut, outOfBatch, ungatedFigures } from './lib/reply-gate.ts';
import { crossValidate } from './lib/reply-train.ts';
import gate from '#/lib/reply/gate.json' with { type: 'json' };

const rules = process.argv.includes('--rules');
const read = (text: string) => toOutside(readReply(text, rules ? null : undefined));

const figures: [string, Figures][] = TRAINED.map((split) => [splitName(split), evaluate(loadReplies(split), read)]);
if (!rules) {
  const rows = outOfBatch(TRAINED.map((split) => [split, loadReplies(split)]));
  figures.push(['cv', gatedCrossValidate(rows, gate.threshold)]);
  figures.push(['cv, no gate', crossValidate(rows.map((r) => r.reply))]);
  figures.push(['batch out, no gate', ungatedFigures(rows)]);
  figures.push(['batch out', leaveOneBatchOut(rows, [gate.threshold])[0]!.figures]);
}
for (const split of UNSEEN.filter(hasReplies)) figures.push([splitName(split), evaluate(loadReplies(split), read)]);

if (process.argv.includes('--json')) {
  const strip = ({ misses: _misses, ...f }: Figures) => f;
  console.log(JSON.stringify(Object.fromEntries(figures.map(([name, f]) => [name, strip(f)])), null, 2));
} else {
  if (rules) console.log('Hand rules alone, no learned weights:');
  for (const [name, f] of figures) {
    if (process.argv.includes('--confusion') && name.startsWith('unseen')) console.log(confusionLine(name, f));
    console.log(figuresLine(name, f));
  }
  console.log('Targets on unseen replies: kind ≥ 90 %, points found ≥ 85 %, not expected ≤ 10 %, area ≥ 85 %.');
}
if (process.argv.includes('--misses'))
  for (const [name, f] of figures)
    if (rules ? name === 'dev' || name === 'extra' || name.startsWith('dev batch') : name === 'cv')
      for (const m of f.misses) console.log(`${m.what.padEnd(6)} ${m.id}: ${m.detail}`);
