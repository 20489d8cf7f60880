import type { AnswerabilityFeature } from './answerability-features.js';
import type { LogisticModel } from './logistic.js';

/**
 * The weights in use: the previous rules written as a logistic model (share >= 0.4, and no
 * unknown head noun, unknown name or unsupported specific). `npm run fit:answerability` fits the
 * same features and writes this file; no fit has yet measured at least as well on the sets it
 * never reads, so none replaced it. The best (2026-12-06: questions from the corpus and the
 * uploaded fixtures, signs fixed, threshold on held-out predictions; held out 0.905 against these
 * weights' 0.890) answered 4 more answerable questions of those sets and 4 fewer, and refused one fewer
 * (docs/answers.md, "Fitting the answerability model on realistic questions"). A fit replaces
 * this file when it measures at least as well there.
 */
export const ANSWERABILITY_MODEL: LogisticModel<AnswerabilityFeature> = {
  bias: -4,
  weights: {
    share: 10,
    single: 0,
    first: 0,
    uncoveredRare: 0,
    unknownWeight: 0,
    unknownHead: -20,
    unknownAsked: 0,
    unknownName: -20,
    unsupported: -20,
    units: 0,
  },
  threshold: 0.5,
};
