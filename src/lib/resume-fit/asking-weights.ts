// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { AskingModel } from './asking.ts';

export const ASKING_MODEL: AskingModel = {
  weights: [
    0.625, // concept
    -0.013, // named
    0.638, // duty
    -0.27, // alternatives
    -0.577, // oneWord
    0.109, // long
    0.591, // askedSection
    -0.199, // dutySection
    0.052, // prose
    -0.142, // bullet
    0.666, // firstOnLine
    0.172, // lineCrowd
    -0.167, // example
    -0.39, // fromTail
    0.525, // cued
    0.469, // askedTwice
    -0.343, // secondary
    -0.193, // laterClause
    2.229, // words
    -0.199, // lowerStart
    -0.189, // summarySection
    -0.219, // neutralSection
    0.007, // dutyNoun
    0.072, // prepObject
    -0.247, // restated
    -0.397, // restates
  ],
  bias: -0.051,
  threshold: 0.36,
};
