// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { AskingModel } from './asking.ts';

export const ASKING_MODEL: AskingModel = {
  weights: [
    0.783, // concept
    -0.041, // named
    0.464, // duty
    0.103, // alternatives
    -0.617, // oneWord
    0.099, // long
    0.712, // askedSection
    -0.035, // dutySection
    -0.089, // prose
    0.017, // bullet
    0.339, // firstOnLine
    0.452, // lineCrowd
    -0.485, // example
    -0.338, // fromTail
    0.472, // cued
    0.324, // askedTwice
    -0.491, // secondary
    -0.156, // laterClause
    2.055, // words
    -0.334, // lowerStart
  ],
  bias: 0.022,
  threshold: 0.38,
};
