// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { AskingModel } from './asking.ts';

export const ASKING_MODEL: AskingModel = {
  weights: [
    0.723, // concept
    -0.013, // named
    0.412, // duty
    0.061, // alternatives
    -0.625, // oneWord
    0.109, // long
    0.77, // askedSection
    -0.091, // dutySection
    -0.048, // prose
    0.005, // bullet
    0.575, // firstOnLine
    0.605, // lineCrowd
    -0.352, // example
    -0.47, // fromTail
    0.267, // cued
    0.327, // askedTwice
    -0.458, // secondary
    -0.236, // laterClause
    2.062, // words
    -0.444, // lowerStart
    -0.234, // summarySection
    -0.333, // neutralSection
    -0.084, // dutyNoun
    0.028, // prepObject
    -0.095, // restated
    -0.875, // restates
  ],
  bias: 0.11,
  threshold: 0.44,
};
