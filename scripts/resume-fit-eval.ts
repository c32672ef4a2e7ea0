// `npm run -s resume-fit:eval -- [DIR] [--now YYYY-MM-DD] [--details]`: runs the resume fit check on every pair in DIR
// (default: the project's labelled set) and prints one JSON object: extraction precision and recall, level accuracy,
// matching precision and recall, overall, per split, per batch of a split ("unseen batch 4", for pairs whose
// expected.json names its "batch") and per pair. --details adds each pair's misses, except for pairs
// in the "unseen" split, which are only ever looked at as figures.
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { analyseFit } from '#/lib/resume-fit/index.ts';
import { evaluate } from './lib/resume-fit-evaluation.ts';
import { EVALUATION_NOW, fixturesDir, loadCases } from './lib/resume-fit-cases.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { now: { type: 'string' }, details: { type: 'boolean', default: false } },
});
const dir = positionals[0] ?? fixturesDir;
if (!existsSync(dir)) {
  console.error(`No such folder: ${dir}. Give a folder of pairs (DIR/<pair>/job.txt, resume.txt, expected.json).`);
  process.exit(2);
}
const now = values.now ? new Date(`${values.now}T00:00:00Z`) : EVALUATION_NOW;
if (Number.isNaN(now.getTime())) {
  console.error(`--now must be a date like 2025-06-01, not "${values.now}".`);
  process.exit(2);
}
const cases = loadCases(dir);
if (!cases.length) {
  console.error(`No pairs in ${dir}: each pair is a folder with job.txt, resume.txt and expected.json.`);
  process.exit(2);
}
const evaluation = evaluate(cases, (job, resume) => analyseFit(job, resume, { now }));
const perPair = evaluation.perPair.map(({ missed, extra, wrongLevel, wrongMatch, ...figures }) =>
  values.details && figures.split !== 'unseen' ? { ...figures, missed, extra, wrongLevel, wrongMatch } : figures,
);
console.log(JSON.stringify({ ...evaluation, perPair }, null, 2));
