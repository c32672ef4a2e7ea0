// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { AskingModel } from './asking.ts';

export const ASKING_MODEL: AskingModel = {
  weights: [
    0.783, // concept
    -0.041, // named
    0.464, // duty
    0.102, // alternatives
    -0.615, // oneWord
    0.097, // long
    0.713, // askedSection
    -0.036, // dutySection
    -0.089, // prose
    0.016, // bullet
    0.338, // firstOnLine
    0.452, // lineCrowd
    -0.487, // example
    -0.338, // fromTail
    0.456, // cued
    0.324, // askedTwice
    -0.492, // secondary
    -0.154, // laterClause
    2.064, // words
    -0.334, // lowerStart
  ],
  bias: 0.021,
  threshold: 0.38,
};
