// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { VerdictModel } from './verdict.ts';

export const VERDICT_MODEL: VerdictModel = {
  weights: [
    -0.313, // twoWords
    1.923, // unitShare
    1.49, // lineShare
    2.277, // anyShare
    -0.237, // allAnywhere
    -0.489, // modifierMissing
    -0.669, // headMissing
    0.569, // verbAsked
    0.582, // verbAndHead
    -0.868, // looseShare
    1.611, // verbShown
    0.501, // verbsAll
    -1.214, // nameMissing
  ],
  bias: -0.72,
  threshold: 0.777,
};
