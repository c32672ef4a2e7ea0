// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { VerdictModel } from './verdict.ts';

export const VERDICT_MODEL: VerdictModel = {
  weights: [
    -0.303, // twoWords
    1.535, // unitShare
    1.281, // lineShare
    2.321, // anyShare
    -0.978, // allAnywhere
    -0.405, // modifierMissing
    -0.517, // headMissing
    0.387, // verbAsked
    0.763, // verbAndHead
    -0.585, // looseShare
    1.365, // verbShown
    0.768, // verbsAll
    -1.201, // nameMissing
    -0.07, // kindMissing
  ],
  bias: -0.485,
  threshold: 0.804,
};
