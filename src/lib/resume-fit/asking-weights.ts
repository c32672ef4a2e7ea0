// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { AskingModel } from './asking.ts';

export const ASKING_MODEL: AskingModel = {
  weights: [
    0.814, // concept
    -0.012, // named
    0.472, // duty
    0.178, // alternatives
    -0.591, // oneWord
    0.096, // long
    0.762, // askedSection
    -0.011, // dutySection
    -0.082, // prose
    -0.015, // bullet
    0.317, // firstOnLine
    0.435, // lineCrowd
    -0.347, // example
    -0.327, // fromTail
    0.431, // cued
    0.332, // askedTwice
    -0.538, // secondary
    -0.157, // laterClause
    2.15, // words
    -0.271, // lowerStart
  ],
  bias: -0.041,
  threshold: 0.39,
};
