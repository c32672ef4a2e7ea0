// `npm run -s email:eval`: the tone check's figures on the labelled set, each split apart (dev, unseen, unseen2, unseen3, unseen4, unseen5, unseen6).
//   --split NAME         one split only          --json   machine-readable output
//   --batch NAME         one of the team's development batches alone (DEV_BATCHES), e.g. its first-read figures
//   --misses             list the dev split's (or the --batch's) misses and false alarms, never the unseen split's
import { parseArgs } from 'node:util';
import {
  DEV_BATCHES,
  evaluate,
  evaluateBatch,
  loadBatch,
  kindsOfSentence,
  loadSplit,
  overall,
  checkEmail,
  presentSplits,
  SPLITS,
  type Evaluation,
  type Batch,
  type KindScore,
  type Split,
} from './email-evaluation.ts';

const { values } = parseArgs({
  options: {
    split: { type: 'string' },
    batch: { type: 'string' },
    json: { type: 'boolean', default: false },
    misses: { type: 'boolean', default: false },
  },
});
if (values.split && !(SPLITS as readonly string[]).includes(values.split)) {
  console.error(`email:eval: --split must be one of ${SPLITS.join(', ')}`);
  process.exit(2);
}
if (values.batch && !(DEV_BATCHES as readonly string[]).includes(values.batch)) {
  console.error(`email:eval: --batch must be one of ${DEV_BATCHES.join(', ')}`);
  process.exit(2);
}
if (values.split && !presentSplits().includes(values.split as Split)) {
  console.error(`email:eval: the ${values.split} split's files are not on this branch`);
  process.exit(2);
}
const splits: Split[] = values.split ? [values.split as Split] : presentSplits();
const results = values.batch ? [evaluateBatch(values.batch as Batch)] : splits.map(evaluate);

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);

function table(rows: KindScore[]): string {
  return rows
    .map(
      (k) =>
        `  ${k.kind.padEnd(24)} labelled ${String(k.labelled).padStart(3)}  found ${String(k.found).padStart(3)}  false alarms ${String(k.falseAlarms).padStart(3)}  precision ${pct(k.precision)}  recall ${pct(k.recall)}`,
    )
    .join('\n');
}

function report(e: Evaluation): string {
  const s = overall(e.sentences.perKind);
  const m = overall(e.emails.perKind);
  const sentences =
    e.sentences.cases === 0
      ? ['Sentences: none (this split has whole emails only)']
      : [
          `Sentences: ${e.sentences.cases}; all kinds: precision ${pct(s.precision)}, recall ${pct(s.recall)}; exact kinds ${pct(e.sentences.exact)}`,
          `  clean sentences with no flag ${pct(e.sentences.cleanKeptClean)}; flawed sentences flagged ${pct(e.sentences.flawedFlagged)}`,
          table(e.sentences.perKind),
        ];
  return [
    `== ${e.split} split ==`,
    ...sentences,
    `Emails: ${e.emails.flawed} flawed, ${e.emails.clean} clean`,
    `  flawed emails flagged with a fitting kind ${pct(e.emails.flawedFittingFlag)}`,
    `  clean emails with no flag at all          ${pct(e.emails.cleanNoFlag)}`,
    `  flags in emails: precision ${pct(m.precision)}, recall ${pct(m.recall)}`,
    table(e.emails.perKind),
  ].join('\n');
}

if (values.json) console.log(JSON.stringify(results, null, 2));
else console.log(results.map(report).join('\n\n'));

if (values.misses) {
  // Dev only: the unseen split is measured, never read.
  const { sentences, emails } = values.batch ? loadBatch(values.batch as Batch) : loadSplit('dev');
  console.log(`\n== ${values.batch ? `dev batch ${values.batch}` : 'dev'} misses ==`);
  for (const c of sentences) {
    const got = kindsOfSentence(c.text).sort().join(',');
    const want = [...c.kinds].sort().join(',');
    if (got !== want) console.log(`[${want || 'clean'}] got [${got || 'clean'}]  ${c.text}`);
  }
  for (const c of emails) {
    const got = checkEmail(c.text).flags.map((f) => `${f.kind}${f.sentence ? `: ${f.sentence}` : ''}`);
    const want = c.flags.map((f) => `${f.kind}${f.sentence ? `: ${f.sentence}` : ''}`);
    const extra = got.filter((g) => !want.includes(g));
    const missed = want.filter((w) => !got.includes(w));
    if (extra.length || missed.length)
      console.log(`email ${c.id}\n  missed: ${missed.join('\n          ')}\n  extra:  ${extra.join('\n          ')}`);
  }
}
