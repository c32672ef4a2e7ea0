// `npm run -s reply:eval`: the reply reader's figures on its labelled sets (tests/fixtures/reply): the development
// split, the extra cases (tests/unit/reply-extra-cases.json) and the third round's development batch
// (replies.dev-r3.json), the fourth's (replies.dev-r4.json), the fifth's (replies.dev-r5.json), the sixth's (replies.dev-r6.json) and its follow-up probe (replies.dev-r6t.json), which the shipped weights were trained on; `cv`, the same replies each read by a model
// trained without it (10-fold cross-validation: the honest internal figure); and the unseen splits (the first, batch 2
// written during the second round, batch 3 during the third, batch 4 before the fourth, batch 5 during the fifth, batch 6 during the sixth, batch 7 during its follow-up, each reported when its
// file is there), never tuned on, so
// only their figures are printed.
// `--confusion` adds which kinds are mistaken for which on the unseen split; `--rules` reads with the hand rules
// alone (no learned weights), for comparison; `--misses` lists the cross-validated misses to work on.
import { evaluate, type Figures } from '#/lib/reply/evaluation.ts';
import { readReply, toOutside } from '#/lib/reply/read.ts';
import { hasReplies, loadReplies, splitName, TRAINED, UNSEEN } from './lib/reply-cases.ts';
import { confusionLine, figuresLine } from './lib/reply-figures.ts';
import { crossValidate } from './lib/reply-train.ts';

const rules = process.argv.includes('--rules');
const read = (text: string) => toOutside(readReply(text, rules ? null : undefined));

const figures: [string, Figures][] = TRAINED.map((split) => [splitName(split), evaluate(loadReplies(split), read)]);
if (!rules) figures.push(['cv', crossValidate(TRAINED.flatMap(loadReplies))]);
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
