// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { AskingModel } from './asking.ts';

export const ASKING_MODEL: AskingModel = {
  weights: [
    0.707, // concept
    -0.103, // named
    0.611, // duty
    -0.083, // alternatives
    -0.594, // oneWord
    0.155, // long
    0.527, // askedSection
    -0.235, // dutySection
    0.12, // prose
    -0.126, // bullet
    0.481, // firstOnLine
    0.013, // lineCrowd
    -0.353, // example
    -0.649, // fromTail
    0.513, // cued
    0.355, // askedTwice
    -0.445, // secondary
    -0.266, // laterClause
    2.348, // words
    -0.13, // lowerStart
    -0.102, // summarySection
    -0.174, // neutralSection
    -0.115, // dutyNoun
    0.07, // prepObject
    -0.173, // restated
    -0.274, // restates
    -1.107, // yearsField
    -1.429, // roleLed
  ],
  bias: 0.17,
  threshold: 0.39,
};
