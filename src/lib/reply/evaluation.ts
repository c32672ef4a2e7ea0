// Scores the reader against hand-labelled replies (tests/fixtures/reply): kind accuracy, how many expected points it
// finds (a reported point finds an expected one when their spans overlap by at least half of the shorter), how many
// reported points match nothing expected (politeness, boilerplate or praise taken for advice), and how often a found
// point is filed under the right area.
import type { Area, OutsideReading, ReplyKind } from './types.ts';

export interface LabelledReply {
  id: string;
  style?: string;
  text: string;
  kind: ReplyKind;
  points: { area: Area; text: string }[];
  strengths: string[];
}

export interface Miss {
  id: string;
  what: 'kind' | 'missed' | 'false' | 'area';
  detail: string;
}

export interface Figures {
  replies: number;
  kindAccuracy: number;
  expectedPoints: number;
  foundPoints: number;
  /** Share of expected points found. */
  pointRecall: number;
  reportedPoints: number;
  falsePoints: number;
  /** Share of reported points that match no expected point. */
  falseShare: number;
  /** Share of found points filed under the expected area. */
  areaAccuracy: number;
  /** confusion[expected][read]: how many replies of each labelled kind were read as each kind. */
  kindConfusion: Record<ReplyKind, Record<ReplyKind, number>>;
  /** Reported points that match nothing expected, by the labelled kind of their reply. */
  falseByKind: Record<ReplyKind, number>;
  misses: Miss[];
}

type Range = [number, number];

/** Where a fragment sits in the text (first occurrence, or the one after `from` when given), or null. */
export function locate(text: string, fragment: string): Range | null {
  const at = text.indexOf(fragment);
  return at < 0 ? null : [at, at + fragment.length];
}

/** Overlap of at least half of the shorter range. */
export function overlapShare(a: Range, b: Range): number {
  const shared = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
  if (shared <= 0) return 0;
  return shared / Math.min(a[1] - a[0], b[1] - b[0]);
}

export const MATCH_SHARE = 0.5;

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

export function evaluate(cases: LabelledReply[], read: (text: string) => OutsideReading): Figures {
  let kindRight = 0;
  let expected = 0;
  let found = 0;
  let reported = 0;
  let falsePoints = 0;
  let areaRight = 0;
  const misses: Miss[] = [];
  const zero = () => ({ template: 0, general: 0, specific: 0 });
  const kindConfusion = { template: zero(), general: zero(), specific: zero() };
  const falseByKind = zero();
  for (const c of cases) {
    const out = read(c.text);
    kindConfusion[c.kind][out.kind]++;
    if (out.kind === c.kind) kindRight++;
    else misses.push({ id: c.id, what: 'kind', detail: `${out.kind}, expected ${c.kind}` });
    const want = c.points.map((p) => ({ ...p, range: locate(c.text, p.text)! }));
    const got = out.points.map((p) => ({ ...p, range: locate(c.text, p.text) }));
    expected += want.length;
    reported += got.length;
    for (const g of got) {
      if (!g.range || !want.some((w) => overlapShare(w.range, g.range!) >= MATCH_SHARE)) {
        falsePoints++;
        falseByKind[c.kind]++;
        misses.push({ id: c.id, what: 'false', detail: g.text });
      }
    }
    for (const w of want) {
      let best: (typeof got)[number] | undefined;
      let bestShare = 0;
      for (const g of got) {
        const share = g.range ? overlapShare(w.range, g.range) : 0;
        if (share > bestShare) [best, bestShare] = [g, share];
      }
      if (!best || bestShare < MATCH_SHARE) {
        misses.push({ id: c.id, what: 'missed', detail: `[${w.area}] ${w.text}` });
        continue;
      }
      found++;
      if (best.area === w.area) areaRight++;
      else misses.push({ id: c.id, what: 'area', detail: `${best.area}, expected ${w.area}: ${w.text}` });
    }
  }
  return {
    replies: cases.length,
    kindAccuracy: ratio(kindRight, cases.length),
    expectedPoints: expected,
    foundPoints: found,
    pointRecall: ratio(found, expected),
    reportedPoints: reported,
    falsePoints,
    falseShare: reported === 0 ? 0 : falsePoints / reported,
    areaAccuracy: ratio(areaRight, found),
    kindConfusion,
    falseByKind,
    misses,
  };
}
