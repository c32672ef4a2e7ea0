// `npm run -s reply:eval`: the reply reader's figures on its labelled sets (tests/fixtures/reply): the development
// split and the extra cases (tests/unit/reply-extra-cases.json), which the shipped weights were trained on; `cv`, the
// same 140 replies each read by a model trained without it (10-fold cross-validation: the honest internal figure);
// and the unseen splits (the first, and batch 2 written during the second round), never tuned on, so only their
// figures are printed.
// `--confusion` adds which kinds are mistaken for which on the unseen split; `--rules` reads with the hand rules
// alone (no learned weights), for comparison; `--misses` lists the cross-validated misses to work on.
import { evaluate, type Figures } from '#/lib/reply/evaluation.ts';
import { readReply, toOutside } from '#/lib/reply/read.ts';
import { loadReplies } from './lib/reply-cases.ts';
import { confusionLine, figuresLine } from './lib/reply-figures.ts';
import { crossValidate } from './lib/reply-train.ts';

const rules = process.argv.includes('--rules');
const read = (text: string) => toOutside(readReply(text, rules ? null : undefined));

const dev = loadReplies('dev');
const extra = loadReplies('extra');
const figures: [string, Figures][] = [
  ['dev', evaluate(dev, read)],
  ['extra', evaluate(extra, read)],
];
if (!rules) figures.push(['cv', crossValidate([...dev, ...extra])]);
figures.push(['unseen', evaluate(loadReplies('unseen'), read)]);
figures.push(['unseen batch 2', evaluate(loadReplies('unseen2'), read)]);

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
    if (rules ? name === 'dev' || name === 'extra' : name === 'cv')
      for (const m of f.misses) console.log(`${m.what.padEnd(6)} ${m.id}: ${m.detail}`);
