// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { AskingModel } from './asking.ts';

export const ASKING_MODEL: AskingModel = {
  weights: [
    0.81, // concept
    -0.031, // named
    0.481, // duty
    0.185, // alternatives
    -0.549, // oneWord
    0.089, // long
    0.745, // askedSection
    0.012, // dutySection
    -0.063, // prose
    -0.022, // bullet
    0.31, // firstOnLine
    0.401, // lineCrowd
    -0.334, // example
    -0.352, // fromTail
    0.579, // cued
    0.329, // askedTwice
    -0.546, // secondary
    -0.185, // laterClause
    2.157, // words
    -0.32, // lowerStart
  ],
  bias: -0.004,
  threshold: 0.39,
};
