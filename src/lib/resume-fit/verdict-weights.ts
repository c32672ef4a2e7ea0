// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { VerdictModel } from './verdict.ts';

export const VERDICT_MODEL: VerdictModel = {
  weights: [
    -0.427, // twoWords
    1.704, // unitShare
    1.377, // lineShare
    2.196, // anyShare
    -0.735, // allAnywhere
    -0.74, // modifierMissing
    -0.376, // headMissing
    0.295, // verbAsked
    0.601, // verbAndHead
    -1.216, // looseShare
    1.399, // verbShown
    0.67, // verbsAll
    -1.423, // nameMissing
    -0.114, // kindMissing
    -0.703, // foundTopic
    1.196, // headInPhrase
  ],
  bias: -0.306,
  threshold: 0.72,
};
