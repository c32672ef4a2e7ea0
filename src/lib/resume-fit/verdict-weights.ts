// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { VerdictModel } from './verdict.ts';

export const VERDICT_MODEL: VerdictModel = {
  weights: [
    0.023, // twoWords
    1.841, // unitShare
    1, // lineShare
    5.206, // anyShare
    0.862, // allAnywhere
    -0.438, // modifierMissing
    -0.573, // headMissing
    0.003, // verbAsked
    1.877, // verbAndHead
  ],
  bias: -2.097,
  threshold: 0.845,
};
