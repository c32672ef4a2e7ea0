// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { AskingModel } from './asking.ts';

export const ASKING_MODEL: AskingModel = {
  weights: [
    0.768, // concept
    -0.019, // named
    0.417, // duty
    0.187, // alternatives
    -0.652, // oneWord
    -0.014, // long
    0.728, // askedSection
    -0.064, // dutySection
    -0.036, // prose
    0, // bullet
    0.502, // firstOnLine
    0.512, // lineCrowd
    -0.46, // example
    -0.491, // fromTail
    0.276, // cued
    0.367, // askedTwice
    -0.566, // secondary
    -0.163, // laterClause
    2.075, // words
    -0.341, // lowerStart
    -0.2, // summarySection
    -0.308, // neutralSection
    -0.115, // dutyNoun
    -0.04, // prepObject
    -0.089, // restated
    -0.834, // restates
  ],
  bias: 0.128,
  threshold: 0.42,
};
