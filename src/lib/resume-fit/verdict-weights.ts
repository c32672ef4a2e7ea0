// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { VerdictModel } from './verdict.ts';

export const VERDICT_MODEL: VerdictModel = {
  weights: [
    -0.416, // twoWords
    1.621, // unitShare
    1.257, // lineShare
    2.283, // anyShare
    -0.27, // allAnywhere
    -0.081, // modifierMissing
    -0.142, // headMissing
    0.225, // verbAsked
    0.522, // verbAndHead
    -1.362, // looseShare
    1.904, // verbShown
    0.385, // verbsAll
    -1.214, // nameMissing
    0.042, // kindMissing
    -0.623, // foundTopic
  ],
  bias: -0.539,
  threshold: 0.764,
};
