// How the reply reader's figures are printed by `reply:eval` and `reply:train --cv`: one line per set.
import type { Figures } from '#/lib/reply/evaluation.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export function figuresLine(name: string, f: Figures): string {
  return [
    `${name.padEnd(21)} ${String(f.replies).padStart(3)} replies`,
    `kind ${pct(f.kindAccuracy)}`,
    `points found ${pct(f.pointRecall)} (${f.foundPoints}/${f.expectedPoints})`,
    `reported but not expected ${pct(f.falseShare)} (${f.falsePoints}/${f.reportedPoints})`,
    `area ${pct(f.areaAccuracy)}`,
  ].join(' · ');
}

/** Which kinds are mistaken for which, and where the points that match nothing come from. */
export function confusionLine(name: string, f: Figures): string {
  const kinds = ['template', 'general', 'specific'] as const;
  const rows = kinds.map((k) => `${k} → ${kinds.map((r) => `${r} ${f.kindConfusion[k][r]}`).join(', ')}`);
  const unexpected = kinds.map((k) => `${k} ${f.falseByKind[k]}`).join(', ');
  return `${' '.repeat(22)}${name} kinds read: ${rows.join('; ')}. Unexpected points in replies labelled ${unexpected}.`;
}
