// Whether an item the structure rules read is one a careful reader lists. The rules cut a line into every phrase that
// could be asked; a reader lists a line's main asks and leaves its detail (the means, the places, a second noun after
// "and"). A small logistic model over facts of the item and its line, fit on the development pairs by
// scripts/resume-fit-calibrate.ts (weights in asking-weights.ts), drops the items a reader is unlikely to list.

import { ASKING_MODEL } from './asking-weights.ts';
import { denseProbability, type DenseModel } from './logistic.ts';

export const ASKING_FEATURES = [
  'concept',
  'named',
  'duty',
  'alternatives',
  'oneWord',
  'long',
  'askedSection',
  'dutySection',
  'prose',
  'bullet',
  'firstOnLine',
  'lineCrowd',
  'example',
  'fromTail',
  'cued',
  'askedTwice',
  'secondary',
  'laterClause',
  'words',
  'lowerStart',
  'summarySection',
  'neutralSection',
  'dutyNoun',
  'prepObject',
  'restated',
  'restates',
  'yearsField',
  'roleLed',
] as const;

export type AskingFeatures = Record<(typeof ASKING_FEATURES)[number], number>;

export interface AskingModel extends DenseModel {
  /** P(listed) below which an item is dropped. */
  threshold: number;
}

export function listedProbability(features: AskingFeatures, model: AskingModel = ASKING_MODEL): number {
  return denseProbability(ASKING_FEATURES, features, model);
}
