// `npm run -s reply:eval`: the reply reader's figures on its labelled set (tests/fixtures/reply), the development
// split, the engineer's extra cases (tests/unit/reply-extra-cases.json, tuned on too) and the unseen split apart. The unseen split is never tuned on, so only its figures are printed;
// `--misses` lists the development split's misses to work on.
import { evaluate, type Figures } from '#/lib/reply/evaluation.ts';
import { readReply, toOutside } from '#/lib/reply/read.ts';
import { loadReplies } from './lib/reply-cases.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const read = (text: string) => toOutside(readReply(text));

function line(name: string, f: Figures): string {
  return [
    `${name.padEnd(7)} ${String(f.replies).padStart(3)} replies`,
    `kind ${pct(f.kindAccuracy)}`,
    `points found ${pct(f.pointRecall)} (${f.foundPoints}/${f.expectedPoints})`,
    `reported but not expected ${pct(f.falseShare)} (${f.falsePoints}/${f.reportedPoints})`,
    `area ${pct(f.areaAccuracy)}`,
  ].join(' · ');
}

/** Which kinds are mistaken for which, and where the points that match nothing come from. */
function confusion(name: string, f: Figures): string {
  const kinds = ['template', 'general', 'specific'] as const;
  const rows = kinds.map((k) => `${k} → ${kinds.map((r) => `${r} ${f.kindConfusion[k][r]}`).join(', ')}`);
  const unexpected = kinds.map((k) => `${k} ${f.falseByKind[k]}`).join(', ');
  return `${' '.repeat(8)}${name} kinds read: ${rows.join('; ')}. Unexpected points in replies labelled ${unexpected}.`;
}

const dev = evaluate(loadReplies('dev'), read);
const extra = evaluate(loadReplies('extra'), read);
const unseen = evaluate(loadReplies('unseen'), read);
if (process.argv.includes('--json')) {
  const strip = ({ misses: _misses, ...figures }: Figures) => figures;
  console.log(JSON.stringify({ dev: strip(dev), extra: strip(extra), unseen: strip(unseen) }, null, 2));
} else {
  console.log(line('dev', dev));
  console.log(line('extra', extra));
  if (process.argv.includes('--confusion')) console.log(confusion('unseen', unseen));
  console.log(line('unseen', unseen));
  console.log('Targets on unseen replies: kind ≥ 90 %, points found ≥ 85 %, not expected ≤ 10 %, area ≥ 85 %.');
}
if (process.argv.includes('--misses'))
  for (const m of [...dev.misses, ...extra.misses]) console.log(`${m.what.padEnd(6)} ${m.id}: ${m.detail}`);
