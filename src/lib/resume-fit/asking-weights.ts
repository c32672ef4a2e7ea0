// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { AskingModel } from './asking.ts';

export const ASKING_MODEL: AskingModel = {
  weights: [
    0.749, // concept
    0.006, // named
    0.458, // duty
    0.137, // alternatives
    -0.664, // oneWord
    0.066, // long
    0.765, // askedSection
    -0.077, // dutySection
    -0.039, // prose
    -0.004, // bullet
    0.537, // firstOnLine
    0.538, // lineCrowd
    -0.405, // example
    -0.457, // fromTail
    0.272, // cued
    0.334, // askedTwice
    -0.534, // secondary
    -0.187, // laterClause
    2.058, // words
    -0.384, // lowerStart
    -0.205, // summarySection
    -0.314, // neutralSection
    -0.056, // dutyNoun
    0.019, // prepObject
    -0.098, // restated
    -0.864, // restates
  ],
  bias: 0.11,
  threshold: 0.42,
};
