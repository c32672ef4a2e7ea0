// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { VerdictModel } from './verdict.ts';

export const VERDICT_MODEL: VerdictModel = {
  weights: [
    -0.48, // twoWords
    1.757, // unitShare
    1.365, // lineShare
    2.276, // anyShare
    -0.305, // allAnywhere
    -0.596, // modifierMissing
    -0.106, // headMissing
    0.282, // verbAsked
    0.46, // verbAndHead
    -1.387, // looseShare
    2.019, // verbShown
    0.378, // verbsAll
    -1.166, // nameMissing
    -0.124, // kindMissing
    -0.66, // foundTopic
    1.279, // headInPhrase
  ],
  bias: -0.669,
  threshold: 0.713,
};
