// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { VerdictModel } from './verdict.ts';

export const VERDICT_MODEL: VerdictModel = {
  weights: [
    -0.231, // twoWords
    1.202, // unitShare
    1.053, // lineShare
    2.507, // anyShare
    -1.013, // allAnywhere
    -0.584, // modifierMissing
    -0.052, // headMissing
    0.267, // verbAsked
    0.572, // verbAndHead
    -1.504, // looseShare
    1.685, // verbShown
    0.685, // verbsAll
    -1.417, // nameMissing
    -0.019, // kindMissing
    -0.602, // foundTopic
    1.196, // headInPhrase
  ],
  bias: -0.549,
  threshold: 0.701,
};
