// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { AskingModel } from './asking.ts';

export const ASKING_MODEL: AskingModel = {
  weights: [
    0.793, // concept
    -0.02, // named
    0.476, // duty
    0.101, // alternatives
    -0.562, // oneWord
    0.021, // long
    0.83, // askedSection
    0.083, // dutySection
    -0.022, // prose
    -0.054, // bullet
    0.331, // firstOnLine
    0.345, // lineCrowd
    -0.322, // example
    -0.487, // fromTail
    0.572, // cued
    0.342, // askedTwice
    -0.547, // secondary
    -0.233, // laterClause
    2.161, // words
    -0.379, // lowerStart
  ],
  bias: 0.026,
  threshold: 0.38,
};
