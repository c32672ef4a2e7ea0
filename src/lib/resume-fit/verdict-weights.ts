// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { VerdictModel } from './verdict.ts';

export const VERDICT_MODEL: VerdictModel = {
  weights: [
    -0.316, // twoWords
    1.605, // unitShare
    1.258, // lineShare
    2.45, // anyShare
    -0.593, // allAnywhere
    -0.052, // modifierMissing
    -0.088, // headMissing
    0.337, // verbAsked
    0.574, // verbAndHead
    -0.74, // looseShare
    1.962, // verbShown
    0.524, // verbsAll
    -0.835, // nameMissing
    -0.109, // kindMissing
  ],
  bias: -1.013,
  threshold: 0.801,
};
