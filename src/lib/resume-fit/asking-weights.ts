// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { AskingModel } from './asking.ts';

export const ASKING_MODEL: AskingModel = {
  weights: [
    0.81, // concept
    -0.046, // named
    0.461, // duty
    0.149, // alternatives
    -0.669, // oneWord
    0.037, // long
    0.651, // askedSection
    -0.12, // dutySection
    -0.042, // prose
    0.028, // bullet
    0.427, // firstOnLine
    0.479, // lineCrowd
    -0.444, // example
    -0.637, // fromTail
    0.396, // cued
    0.404, // askedTwice
    -0.596, // secondary
    -0.152, // laterClause
    2.076, // words
    -0.359, // lowerStart
    -0.193, // summarySection
    -0.311, // neutralSection
    -0.071, // dutyNoun
    0.07, // prepObject
    -0.092, // restated
    -0.725, // restates
  ],
  bias: 0.173,
  threshold: 0.47,
};
