import { EN_INTERROGATIVES } from './lexicon/en.js';
import { KO_INTERROGATIVES } from './lexicon/ko.js';
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

/** A clause asks when it has a question word, or makes a request ("전화번호 좀", "알려줘", "please list"). */
const REQUEST = ['좀', '알려', '말해', '가르쳐', '보여', '설명해', '정리해', 'please', 'tell', 'give', 'list', 'show', 'explain', 'describe'];
const INTERROGATIVE = new RegExp(`(?:^|[^\\p{L}])(?:${[...KO_INTERROGATIVES, ...EN_INTERROGATIVES, ...REQUEST].join('|')})`, 'iu');

/**
 * The parts a question asks: each of its sentences, their clauses between commas, each split at
 * its conjunctions (splitQuestionParts). A clause with neither a question word nor a request ("10월에 쏜다던 시험발사체,
 * 결과는 어떻게 됐어", "…, for example for youth employment") sets the scene of the clause after it
 * (or before it, at the end) and is read with it, not as a question apart.
 */
export function askedParts(question: string): string[] {
  return question
    .split(/[?？!]/u)
    .flatMap((sentence) => {
      const clauses = sentence
        .split(/[,;]/u)
        .map((c) => c.trim())
        .filter(Boolean);
      const merged: string[] = [];
      let pending = '';
      for (const clause of clauses) {
        const text = pending ? `${pending} ${clause}` : clause;
        if (INTERROGATIVE.test(clause)) {
          merged.push(text);
          pending = '';
        } else pending = text;
      }
      if (pending && merged.length > 0) merged[merged.length - 1] = `${merged[merged.length - 1]} ${pending}`;
      else if (pending) merged.push(pending);
      return merged;
    })
    .flatMap((clause) => splitQuestionParts(clause));
}
