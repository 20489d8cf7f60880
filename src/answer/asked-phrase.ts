import { countedNoun, headNoun } from '../text/head-noun.js';

/**
 * "What is the average salary of …", "What was the total annual budget for …": the noun phrase
 * whose value is asked, up to three words between the article and the preposition. English noun
 * phrases end in their head, so its last word is what is asked and the rest qualify it.
 */
const EN_ASKED = /^\s*(?:what|which|who)\s+(?:is|are|was|were)\s+the\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:of|in|for|at|on)\b/i;

/**
 * "평균 연봉은 얼마", "입주 기업 수는 몇": the topic-marked noun before a value question word, with
 * the bare noun before it that modifies it (Korean modifiers come first; a word ending in a case
 * particle is a complement, "특구의", not part of the phrase).
 */
const KO_ASKED = /(?:(?<![\uAC00-\uD7AF])([\uAC00-\uD7AF]+)\s+)?([\uAC00-\uD7AF]+?)(?:은|는)\s+(?:얼마|몇|언제|어디|누구|무엇|뭐|어때)/u;
/** Endings of a Korean word that mark it as a complement or adverbial, not a modifier inside the phrase. */
const KO_PARTICLE_END = /(?:의|에|에서|에게|을|를|은|는|이|가|와|과|도|로|으로|만|까지|부터)$/u;

/**
 * The words of the phrase the question asks the value or count of, as typed: one word where
 * headNoun or countedNoun finds one, up to three where the phrase is longer ("average salary").
 * Empty when the question asks no value ("explain …", "왜 …").
 */
export function askedPhrase(question: string): string[] {
  const text = question.normalize('NFC');
  const en = EN_ASKED.exec(text)?.[1];
  if (en) return en.toLowerCase().split(/\s+/);
  const ko = KO_ASKED.exec(text);
  if (ko?.[2]) return ko[1] && !KO_PARTICLE_END.test(ko[1]) ? [ko[1], ko[2]] : [ko[2]];
  const one = headNoun(text) ?? countedNoun(text);
  return one ? [one] : [];
}
