// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { AskingModel } from './asking.ts';

export const ASKING_MODEL: AskingModel = {
  weights: [
    0.782, // concept
    0.023, // named
    0.487, // duty
    -0.042, // alternatives
    -0.465, // oneWord
    0.064, // long
    0.709, // askedSection
    -0.09, // dutySection
    -0.044, // prose
    -0.071, // bullet
    0.529, // firstOnLine
    0.472, // lineCrowd
    -0.336, // example
    -0.416, // fromTail
    0.452, // cued
    0.419, // askedTwice
    -0.413, // secondary
    -0.306, // laterClause
    2.423, // words
    -0.314, // lowerStart
    -0.362, // summarySection
    -0.238, // neutralSection
    -0.071, // dutyNoun
    -0.062, // prepObject
    -0.113, // restated
    -0.718, // restates
  ],
  bias: -0.094,
  threshold: 0.44,
};
