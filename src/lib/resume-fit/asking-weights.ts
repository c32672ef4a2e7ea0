// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { AskingModel } from './asking.ts';

export const ASKING_MODEL: AskingModel = {
  weights: [
    0.723, // concept
    -0.012, // named
    0.414, // duty
    0.06, // alternatives
    -0.623, // oneWord
    0.108, // long
    0.772, // askedSection
    -0.089, // dutySection
    -0.05, // prose
    0.004, // bullet
    0.582, // firstOnLine
    0.602, // lineCrowd
    -0.383, // example
    -0.458, // fromTail
    0.256, // cued
    0.329, // askedTwice
    -0.452, // secondary
    -0.19, // laterClause
    2.067, // words
    -0.444, // lowerStart
    -0.229, // summarySection
    -0.33, // neutralSection
    -0.083, // dutyNoun
    0.024, // prepObject
    -0.092, // restated
    -0.875, // restates
  ],
  bias: 0.099,
  threshold: 0.44,
};
