// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { VerdictModel } from './verdict.ts';

export const VERDICT_MODEL: VerdictModel = {
  weights: [
    -0.028, // twoWords
    1.761, // unitShare
    1.191, // lineShare
    3.657, // anyShare
    -0.51, // allAnywhere
    -0.73, // modifierMissing
    -0.985, // headMissing
    0.545, // verbAsked
    1.587, // verbAndHead
  ],
  bias: -1.189,
  threshold: 0.863,
};
