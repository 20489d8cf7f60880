import type { AnswerabilityFeature } from './answerability-features.js';
import type { LogisticModel } from './logistic.js';

/** Placeholder until the first fit: the rules it replaces (share >= 0.4, no unknown head or name, no unsupported specific). */
export const ANSWERABILITY_MODEL: LogisticModel<AnswerabilityFeature> = {
  bias: -4,
  weights: { share: 10, single: 0, first: 0, uncoveredRare: 0, unknownWeight: 0, unknownHead: -20, unknownName: -20, unsupported: -20, units: 0 },
  threshold: 0.5,
};
