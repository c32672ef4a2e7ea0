// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { AskingModel } from './asking.ts';

export const ASKING_MODEL: AskingModel = {
  weights: [
    0.645, // concept
    -0.005, // named
    0.626, // duty
    -0.146, // alternatives
    -0.482, // oneWord
    -0.005, // long
    0.678, // askedSection
    -0.151, // dutySection
    0.064, // prose
    -0.153, // bullet
    0.608, // firstOnLine
    0.272, // lineCrowd
    -0.218, // example
    -0.498, // fromTail
    0.489, // cued
    0.465, // askedTwice
    -0.451, // secondary
    -0.236, // laterClause
    2.324, // words
    -0.269, // lowerStart
    -0.199, // summarySection
    -0.236, // neutralSection
    -0.073, // dutyNoun
    0.066, // prepObject
    -0.302, // restated
    -0.448, // restates
  ],
  bias: -0.034,
  threshold: 0.36,
};
