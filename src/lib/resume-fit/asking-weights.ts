// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { AskingModel } from './asking.ts';

export const ASKING_MODEL: AskingModel = {
  weights: [
    0.84, // concept
    0.027, // named
    0.48, // duty
    0.139, // alternatives
    -0.571, // oneWord
    0.041, // long
    0.733, // askedSection
    -0.028, // dutySection
    -0.091, // prose
    -0.007, // bullet
    0.324, // firstOnLine
    0.425, // lineCrowd
    -0.42, // example
    -0.338, // fromTail
    0.452, // cued
    0.325, // askedTwice
    -0.52, // secondary
    -0.154, // laterClause
    2.154, // words
    -0.282, // lowerStart
  ],
  bias: -0.042,
  threshold: 0.39,
};
