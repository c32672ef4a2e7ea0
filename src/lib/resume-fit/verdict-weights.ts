// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { VerdictModel } from './verdict.ts';

export const VERDICT_MODEL: VerdictModel = {
  weights: [
    0.376, // twoWords
    2.134, // unitShare
    1.026, // lineShare
    5.845, // anyShare
    0.999, // allAnywhere
    -0.763, // modifierMissing
    -0.743, // headMissing
    0.669, // verbAsked
    1.172, // verbAndHead
  ],
  bias: -2.921,
  threshold: 0.814,
};
