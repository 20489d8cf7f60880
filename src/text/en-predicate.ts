import { EN_IRREGULAR_PREDICATE_FORMS, EN_PREDICATE_LEMMAS } from './lexicon/en-predicates.js';

const LEMMAS = new Set(EN_PREDICATE_LEMMAS.split(' '));
const IRREGULAR = new Set(EN_IRREGULAR_PREDICATE_FORMS.split(' '));

/** Regular inflections, each undone to the lemma candidates it may come from (WordNet's morphy rules). */
const SUFFIXES: readonly (readonly [string, string])[] = [
  ['ies', 'y'],
  ['es', ''],
  ['es', 'e'],
  ['s', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['ing', ''],
  ['ing', 'e'],
  ['er', ''],
  ['est', ''],
];

/**
 * Whether an English word is, in general usage, mostly a verb, adjective or adverb ("cite",
 * "eats", "often", "redone"): when the documents never use it, a paraphrase is likelier than a
 * topic they lack.
 */
export function isEnglishPredicate(word: string): boolean {
  const w = word.toLowerCase();
  if (LEMMAS.has(w) || IRREGULAR.has(w)) return true;
  for (const [suffix, replacement] of SUFFIXES) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix) && LEMMAS.has(w.slice(0, -suffix.length) + replacement)) return true;
  }
  return false;
}
