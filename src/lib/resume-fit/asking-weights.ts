// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { AskingModel } from './asking.ts';

export const ASKING_MODEL: AskingModel = {
  weights: [
    0.734, // concept
    0, // named
    0.409, // duty
    0.059, // alternatives
    -0.613, // oneWord
    0.106, // long
    0.771, // askedSection
    -0.089, // dutySection
    -0.051, // prose
    0.001, // bullet
    0.586, // firstOnLine
    0.608, // lineCrowd
    -0.383, // example
    -0.459, // fromTail
    0.257, // cued
    0.328, // askedTwice
    -0.468, // secondary
    -0.196, // laterClause
    2.064, // words
    -0.429, // lowerStart
    -0.23, // summarySection
    -0.332, // neutralSection
    -0.062, // dutyNoun
    0.02, // prepObject
    -0.102, // restated
    -0.877, // restates
  ],
  bias: 0.09,
  threshold: 0.44,
};
