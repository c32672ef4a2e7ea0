// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { AskingModel } from './asking.ts';

export const ASKING_MODEL: AskingModel = {
  weights: [
    0.847, // concept
    0.004, // named
    0.554, // duty
    0.089, // alternatives
    -0.402, // oneWord
    0.121, // long
    0.829, // askedSection
    0.106, // dutySection
    -0.028, // prose
    -0.136, // bullet
    0.316, // firstOnLine
    0.249, // lineCrowd
    -0.356, // example
    -0.47, // fromTail
    0.678, // cued
    0.436, // askedTwice
    -0.505, // secondary
    -0.283, // laterClause
    2.49, // words
    -0.225, // lowerStart
  ],
  bias: -0.227,
  threshold: 0.38,
};
