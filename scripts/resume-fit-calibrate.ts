// `npm run resume-fit:calibrate [-- --dry]`: fits the resume fit check's two models on the development pairs (never
// the unseen ones): the asking model (which items a reader lists; asking.ts) and then the verdict model (partial
// evidence; verdict.ts), each with its threshold chosen on leave-one-pair-out figures. Writes
// src/lib/resume-fit/asking-weights.ts and verdict-weights.ts (unless --dry) and prints the held-out figures. Re-run
// it after changing the extraction rules (phrases.ts, extract.ts), the measurements (evidence.ts) or the strict rules
// (match.ts); tests/unit/resume-fit/verdict.test.ts fails when the shipped weights are not what fitting gives today.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FEATURES } from '#/lib/resume-fit/evidence.ts';
import { EVALUATION_NOW, loadCases } from './lib/resume-fit-cases.ts';
import { calibrate } from './lib/resume-fit-calibration.ts';
import { calibrateAsking } from './lib/resume-fit-asking-calibration.ts';
import { denseModelSource } from './lib/logistic-fit.ts';
import { ASKING_FEATURES } from '#/lib/resume-fit/asking.ts';

const { values } = parseArgs({ options: { dry: { type: 'boolean', default: false } } });
const development = loadCases().filter((c) => c.split === 'development');
const asking = calibrateAsking(development);
if (!values.dry)
  writeFileSync(
    new URL('../src/lib/resume-fit/asking-weights.ts', import.meta.url),
    denseModelSource(asking.model, ASKING_FEATURES, {
      constant: 'ASKING_MODEL',
      type: 'AskingModel',
      module: 'asking.ts',
    }),
  );
// The verdict model is fit on the items the check lists with the asking model it ships.
const { model, heldOut, rulesOnly, examples, decidedByModel } = calibrate(
  development,
  EVALUATION_NOW,
  undefined,
  asking.model,
);
if (!values.dry)
  writeFileSync(
    new URL('../src/lib/resume-fit/verdict-weights.ts', import.meta.url),
    denseModelSource(model, FEATURES, { constant: 'VERDICT_MODEL', type: 'VerdictModel', module: 'verdict.ts' }),
  );
console.log(
  JSON.stringify(
    {
      pairs: development.length,
      asking: {
        items: asking.items,
        labels: asking.labels,
        heldOut: asking.heldOut,
        keepingAll: asking.keepAll,
        model: {
          ...asking.model,
          weights: Object.fromEntries(ASKING_FEATURES.map((f, k) => [f, asking.model.weights[k]])),
        },
      },
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
