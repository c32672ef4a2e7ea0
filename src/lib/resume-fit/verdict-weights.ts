// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { VerdictModel } from './verdict.ts';

export const VERDICT_MODEL: VerdictModel = {
  weights: [
    -0.007, // twoWords
    1.753, // unitShare
    1.185, // lineShare
    3.646, // anyShare
    -0.508, // allAnywhere
    -0.739, // modifierMissing
    -0.976, // headMissing
    0.532, // verbAsked
    1.588, // verbAndHead
  ],
  bias: -1.178,
  threshold: 0.864,
};
