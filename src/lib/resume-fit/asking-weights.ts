// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { AskingModel } from './asking.ts';

export const ASKING_MODEL: AskingModel = {
  weights: [
    0.728, // concept
    0.007, // named
    0.514, // duty
    -0.209, // alternatives
    -0.568, // oneWord
    0.187, // long
    0.614, // askedSection
    -0.142, // dutySection
    -0.049, // prose
    -0.068, // bullet
    0.599, // firstOnLine
    0.35, // lineCrowd
    -0.266, // example
    -0.292, // fromTail
    0.5, // cued
    0.44, // askedTwice
    -0.296, // secondary
    -0.248, // laterClause
    2.305, // words
    -0.228, // lowerStart
    -0.34, // summarySection
    -0.23, // neutralSection
    0.017, // dutyNoun
    -0.047, // prepObject
    -0.044, // restated
    -0.649, // restates
  ],
  bias: -0.118,
  threshold: 0.36,
};
