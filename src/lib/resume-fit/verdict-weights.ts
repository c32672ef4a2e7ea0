// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { VerdictModel } from './verdict.ts';

export const VERDICT_MODEL: VerdictModel = {
  weights: [
    -0.086, // twoWords
    1.638, // unitShare
    1.046, // lineShare
    3.559, // anyShare
    -0.479, // allAnywhere
    -0.701, // modifierMissing
    -0.91, // headMissing
    0.444, // verbAsked
    1.599, // verbAndHead
  ],
  bias: -0.963,
  threshold: 0.875,
};
