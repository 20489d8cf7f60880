import { contentWords } from './query-words.js';

/**
 * The parts of a multi-part question ("when and how much", "which law and what incentives"),
 * split at "and", commas and Korean conjunctions ("-고" and "-며", the connective endings that list
 * clauses, 표준국어대사전; "및", a noun's "와/과" or spoken "이랑": "승인한 부처와 계약을 맺은 기관은",
 * "어디에서 열리며 위원은 몇 명"); parts without a content word are dropped.
 */
export function splitQuestionParts(question: string): string[] {
  return question
    .split(/\band\b|[,;?]|그리고|이며|(?<=[\uAC00-\uD7AF])(?:고|며|와|과|이랑|랑)\s|\s및\s/iu)
    .map((p) => p.trim())
    .filter((p) => contentWords(p).length > 0);
}
