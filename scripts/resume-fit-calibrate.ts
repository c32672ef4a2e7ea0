// `npm run resume-fit:calibrate [-- --dry]`: fits the resume fit check's verdict model on the development pairs
// (never the unseen ones), chooses its threshold on leave-one-pair-out verdicts, writes
// src/lib/resume-fit/verdict-weights.ts (unless --dry) and prints the held-out figures. Re-run it after changing the
// measurements (evidence.ts) or the strict rules (match.ts); tests/unit/resume-fit/verdict.test.ts fails when the
// shipped weights are not what fitting gives today.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FEATURES } from '#/lib/resume-fit/evidence.ts';
import { EVALUATION_NOW, loadCases } from './lib/resume-fit-cases.ts';
import { calibrate, weightsSource } from './lib/resume-fit-calibration.ts';

const { values } = parseArgs({ options: { dry: { type: 'boolean', default: false } } });
const development = loadCases().filter((c) => c.split === 'development');
const { model, heldOut, rulesOnly, examples, decidedByModel } = calibrate(development, EVALUATION_NOW);
if (!values.dry)
  writeFileSync(new URL('../src/lib/resume-fit/verdict-weights.ts', import.meta.url), weightsSource(model));
console.log(
  JSON.stringify(
    {
      pairs: development.length,
      items: examples,
      leftToTheModel: decidedByModel,
      heldOut,
      rulesOnly,
      model: { ...model, weights: Object.fromEntries(FEATURES.map((f, k) => [f, model.weights[k]])) },
    },
    null,
    2,
  ),
);
