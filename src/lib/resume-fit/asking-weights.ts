// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { AskingModel } from './asking.ts';

export const ASKING_MODEL: AskingModel = {
  weights: [
    0.809, // concept
    -0.034, // named
    0.472, // duty
    0.166, // alternatives
    -0.558, // oneWord
    0.097, // long
    0.747, // askedSection
    -0.005, // dutySection
    -0.009, // prose
    -0.038, // bullet
    0.336, // firstOnLine
    0.358, // lineCrowd
    -0.355, // example
    -0.43, // fromTail
    0.547, // cued
    0.319, // askedTwice
    -0.549, // secondary
    -0.203, // laterClause
    2.087, // words
    -0.373, // lowerStart
  ],
  bias: 0.098,
  threshold: 0.43,
};
