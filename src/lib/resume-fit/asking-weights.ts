// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { AskingModel } from './asking.ts';

export const ASKING_MODEL: AskingModel = {
  weights: [
    0.783, // concept
    -0.033, // named
    0.481, // duty
    0.167, // alternatives
    -0.554, // oneWord
    0.089, // long
    0.794, // askedSection
    0.027, // dutySection
    -0.034, // prose
    -0.035, // bullet
    0.318, // firstOnLine
    0.395, // lineCrowd
    -0.352, // example
    -0.414, // fromTail
    0.553, // cued
    0.329, // askedTwice
    -0.549, // secondary
    -0.202, // laterClause
    2.12, // words
    -0.367, // lowerStart
  ],
  bias: 0.041,
  threshold: 0.38,
};
