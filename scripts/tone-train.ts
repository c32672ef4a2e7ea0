// `npm run email:train`: learns the tone check's model from the whole dev set (every development file; never an
// unseen split) and writes src/lib/feedback-email/tone/weights.json.
// `--cv` prints the honest internal figures instead: each group of the dev set (the annotator's files, the team's,
// each development batch) read by the rules and a model trained without it, beside the rules alone.
import { writeFileSync } from 'node:fs';
import {
  crossValidateTone,
  loadGroups,
  pooled,
  TONE_DEFAULTS,
  trainTone,
  type GroupFigures,
} from './lib/tone-train.ts';

const options = { ...TONE_DEFAULTS, ...JSON.parse(process.env.TONE_TRAIN ?? '{}') };
if (options.drop) options.drop = new RegExp(options.drop);
const groups = loadGroups();

const pct = (a: number, b: number) => (b === 0 ? '     –' : `${((100 * a) / b).toFixed(1)}%`.padStart(6));
const line = (f: GroupFigures) =>
  `${f.name.padEnd(22)} emails: flawed flagged ${pct(f.flawedFlagged, f.flawed)} of ${String(f.flawed).padStart(3)}, ` +
  `clean unflagged ${pct(f.cleanUnflagged, f.clean)} of ${String(f.clean).padStart(3)}` +
  (f.sentences
    ? `; sentences: flawed flagged ${pct(f.sentencesFlawedFlagged, f.sentencesFlawed)}, clean flagged ` +
      `${pct(f.sentencesCleanFlagged, f.sentences - f.sentencesFlawed)}`
    : '') +
  (f.modelFlawed + f.modelClean
    ? `; model alone: ${pct(f.modelFitting, f.modelFlawed)} of flawed sentences given a fitting kind, ` +
      `${pct(f.modelCleanFlagged, f.modelClean)} of clean ones flagged`
    : '');

if (process.argv.includes('--cv')) {
  const rulesOnly = crossValidateTone(groups, options, null);
  const cv = crossValidateTone(groups, options);
  const late = (f: GroupFigures) => /^r[4-7]/.test(f.name);
  for (const [name, each] of [
    ['rules alone', rulesOnly],
    ['rules + model (cv)', cv],
  ] as const) {
    console.log(`== ${name} ==`);
    for (const f of each) console.log(line(f));
    console.log(line(pooled('all groups', each)));
    console.log(line(pooled('r4 to r7 (written later)', each.filter(late))));
  }
} else {
  const model = trainTone(
    groups.flatMap((g) => g.data),
    options,
  );
  const file = new URL('../src/lib/feedback-email/tone/weights.json', import.meta.url);
  writeFileSync(file, JSON.stringify(model, null, 2) + '\n');
  const all = [
    model.any,
    ...Object.values(model.kinds),
    ...Object.values(model.parts),
    ...Object.values(model.which ?? {}),
  ];
  const n = all.reduce((sum, k) => sum + Object.keys(k.weights).length, 0);
  console.log(`Wrote ${file.pathname}: ${n} weights in ${all.length} regressions.`);
}
