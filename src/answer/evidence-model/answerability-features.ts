/**
 * The evidence signals the answerability model weighs, each in [0, 1]. Computed by
 * judgeAnswerability (answer/answerability.ts); weighted by the fitted model beside this file.
 */
export const ANSWERABILITY_FEATURES = [
  /** IDF-weighted share of the question the best evidence covers (one passage, or the top two together). */
  'share',
  /** The same for the best single passage: a question whose words are spread over unrelated passages is near the domain, not in it. */
  'single',
  /** The same for the first-ranked passage. */
  'first',
  /** Weight share of the question's rare units that no evidence passage covers. */
  'uncoveredRare',
  /** Weight share of units no passage of the corpus holds in either language (predicates excepted). */
  'unknownWeight',
  /** 1 when the noun whose value is asked for is a word the corpus never uses. */
  'unknownHead',
  /**
   * Weight share of the phrase whose value is asked ("average salary", "평균 연봉") that the corpus
   * never uses: a word the documents lack there is a thing they do not hold; elsewhere in the
   * question it is as often the asker's own word for something they do.
   */
  'unknownAsked',
  /** 1 when a capitalised name in the question is unknown to the corpus. */
  'unknownName',
  /** 1 when something the question takes as given (a year, a count, a name, an edition) no evidence passage states. */
  'unsupported',
  /** Number of content units, over 10: long questions share more words by chance. */
  'units',
] as const;

export type AnswerabilityFeature = (typeof ANSWERABILITY_FEATURES)[number];
