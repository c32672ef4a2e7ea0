// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { VerdictModel } from './verdict.ts';

export const VERDICT_MODEL: VerdictModel = {
  weights: [
    -0.077, // twoWords
    1.639, // unitShare
    1.057, // lineShare
    3.713, // anyShare
    -0.552, // allAnywhere
    -0.681, // modifierMissing
    -0.951, // headMissing
    0.536, // verbAsked
    1.558, // verbAndHead
  ],
  bias: -1.076,
  threshold: 0.873,
};
