// The verdict on partial evidence: a small logistic model over the measurements of evidence.ts, fit on the development
// pairs by scripts/resume-fit-calibrate.ts (weights in verdict-weights.ts). Where the strict rules of match.ts find
// the requirement's words together, or a vocabulary concept, the verdict is theirs; where only part of the evidence is
// there, the model says how likely a careful reader is to call it shown, and the threshold was chosen on
// leave-one-pair-out predictions so that "shown" stays right at least 95 times in 100 on the development pairs.

import { FEATURES, type Features } from './evidence.ts';
import { denseProbability, type DenseModel } from './logistic.ts';
import { VERDICT_MODEL } from './verdict-weights.ts';

export interface VerdictModel extends DenseModel {
  /** P(shown) at or above which partial evidence is "shown". */
  threshold: number;
}

export function shownProbability(features: Features, model: VerdictModel = VERDICT_MODEL): number {
  return denseProbability(FEATURES, features, model);
}
