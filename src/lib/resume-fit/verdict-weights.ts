// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { VerdictModel } from './verdict.ts';

export const VERDICT_MODEL: VerdictModel = {
  weights: [],
  bias: -10,
  threshold: 0.5,
};
