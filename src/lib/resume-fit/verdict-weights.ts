// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { VerdictModel } from './verdict.ts';

export const VERDICT_MODEL: VerdictModel = {
  weights: [
    -0.203, // twoWords
    1.955, // unitShare
    1.538, // lineShare
    2.193, // anyShare
    -0.116, // allAnywhere
    -0.387, // modifierMissing
    -0.749, // headMissing
    0.438, // verbAsked
    0.523, // verbAndHead
    -0.933, // looseShare
    1.633, // verbShown
    0.507, // verbsAll
    -1.134, // nameMissing
    -0.489, // kindMissing
  ],
  bias: -0.626,
  threshold: 0.797,
};
