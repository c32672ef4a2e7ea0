// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { VerdictModel } from './verdict.ts';

export const VERDICT_MODEL: VerdictModel = {
  weights: [
    -0.235, // twoWords
    1.375, // unitShare
    0.912, // lineShare
    3.547, // anyShare
    -0.973, // allAnywhere
    0.151, // modifierMissing
    0.054, // headMissing
    0.382, // verbAsked
    1.679, // verbAndHead
  ],
  bias: -1.601,
  threshold: 0.983,
};
