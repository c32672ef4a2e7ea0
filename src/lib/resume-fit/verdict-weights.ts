// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { VerdictModel } from './verdict.ts';

export const VERDICT_MODEL: VerdictModel = {
  weights: [
    -0.21, // twoWords
    1.279, // unitShare
    0.839, // lineShare
    3.356, // anyShare
    -0.937, // allAnywhere
    0.19, // modifierMissing
    0.04, // headMissing
    0.337, // verbAsked
    1.655, // verbAndHead
  ],
  bias: -1.413,
  threshold: 0.982,
};
