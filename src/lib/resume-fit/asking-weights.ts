// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { AskingModel } from './asking.ts';

export const ASKING_MODEL: AskingModel = {
  weights: [
    0.854, // concept
    -0.002, // named
    0.554, // duty
    0.09, // alternatives
    -0.399, // oneWord
    0.119, // long
    0.828, // askedSection
    0.107, // dutySection
    -0.034, // prose
    -0.135, // bullet
    0.317, // firstOnLine
    0.263, // lineCrowd
    -0.353, // example
    -0.456, // fromTail
    0.68, // cued
    0.435, // askedTwice
    -0.504, // secondary
    -0.282, // laterClause
    2.503, // words
    -0.225, // lowerStart
  ],
  bias: -0.239,
  threshold: 0.38,
};
