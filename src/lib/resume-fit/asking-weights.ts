// Written by scripts/resume-fit-calibrate.ts from the development pairs; do not edit by hand (re-run it).
import type { AskingModel } from './asking.ts';

export const ASKING_MODEL: AskingModel = {
  weights: [
    0.784, // concept
    -0.04, // named
    0.466, // duty
    0.104, // alternatives
    -0.607, // oneWord
    0.1, // long
    0.71, // askedSection
    -0.034, // dutySection
    -0.089, // prose
    0.017, // bullet
    0.34, // firstOnLine
    0.448, // lineCrowd
    -0.485, // example
    -0.338, // fromTail
    0.472, // cued
    0.324, // askedTwice
    -0.491, // secondary
    -0.155, // laterClause
    2.057, // words
    -0.338, // lowerStart
  ],
  bias: 0.023,
  threshold: 0.38,
};
