import { KO_NATIVE_NUMBERS } from '../text/lexicon/ko.js';
import { joinThousands } from '../text/normalise.js';
import { NUMBER_WORDS, numberOf } from './figures.js';

/**
 * A count the question takes as given ("designated 10 bio specialized complexes", "바이오 특화단지
 * 10곳"): a number counting a noun. When the answer counts the same noun with another number
 * ("designated five bio specialized complexes") and nothing the answerer read counts it with the
 * question's, the documents contradict the premise. The number alone appearing somewhere ("pick 10
 * industrial complexes by 2027") does not support it: a count is of a thing.
 */
export interface CountClaim {
  count: number;
  /** The counted noun as matched: the last two words of an English phrase, the Korean noun before the counter. */
  noun: string;
  /** The claim as the question wrote it. */
  text: string;
}

/**
 * Nouns of time, money and measure: a span or an amount, which documents round, restate and
 * convert ("within three years" is "by 2027"), not a count of things.
 */
const EN_NOT_COUNTED =
  /^(?:years?|months?|weeks?|days?|hours?|minutes?|times|percent|won|dollars?|trillion|billion|million|thousand|hundred|km|meters?|metres?|square|people's)$/;

/** A number, then up to three words, the last a plural noun: "10 bio specialized complexes", "five zones". */
const EN_CLAIM = new RegExp(`(?<![\\w.,])(\\d{1,3}|${NUMBER_WORDS.join('|')})\\s+((?:[a-z][a-z-]*\\s+){0,3}?[a-z][a-z-]*[a-z]s)\\b`, 'gi');
/** Counters of places or things (곳, 개소, 개, 군데). */
const PLACE_COUNTERS = '(?:곳|개소|개|군데)';
/** A noun, then a number and a counter of places or things: "바이오 특화단지 10곳", "특구 다섯 개". */
const KO_CLAIM = new RegExp(
  `([\\uAC00-\\uD7AF]{2,})\\s*(\\d{1,3}|${KO_NATIVE_NUMBERS.filter(Boolean).join('|')})\\s*${PLACE_COUNTERS}(?![\\uAC00-\\uD7AF]{2})`,
  'gu',
);
/** A number and a counter before the noun it counts, as Korean also writes it: "10개 시·도가", "8개 시·도이다". */
const KO_CLAIM_BEFORE_NOUN = new RegExp(
  `(?<![\\d.,])(\\d{1,3}|${KO_NATIVE_NUMBERS.filter(Boolean).join('|')})\\s*${PLACE_COUNTERS}\\s+([\\uAC00-\\uD7AF][\\uAC00-\\uD7AF·]*[\\uAC00-\\uD7AF])`,
  'gu',
);
/** Words that end a counted English phrase without being the counted noun. */
const EN_NOT_NOUNS = new Set(['is', 'was', 'has', 'does', 'this', 'its', 'his', 'us', 'plus', 'across', 'unless', 'thus', 'as']);

/** The Korean noun without a particle or the copula the counter phrase may leave on it ("특화단지는 10곳", "8개 시·도이다"). */
function koNoun(word: string): string {
  return word.replace(/(?:이다|이며|이고|였다|이었다|입니다|은|는|이|가|을|를|도|만|의|에서|에)$/u, '');
}

export function countClaims(text: string): CountClaim[] {
  const normal = joinThousands(text.normalize('NFKC'));
  const claims: CountClaim[] = [];
  for (const m of normal.matchAll(EN_CLAIM)) {
    const words = (m[2] as string).toLowerCase().split(/\s+/);
    const last = words.at(-1) as string;
    if (EN_NOT_NOUNS.has(last) || words.some((w) => EN_NOT_COUNTED.test(w))) continue;
    // A year or a sum stands before nouns too ("2024 designations", "KRW 14 billion"): counts are small numbers of things.
    const count = numberOf(m[1] as string);
    if (count < 0 || count > 500) continue;
    claims.push({ count, noun: words.slice(-2).join(' '), text: m[0] });
  }
  for (const m of normal.matchAll(KO_CLAIM)) {
    const count = numberOf(m[2] as string);
    if (count <= 0) continue;
    claims.push({ count, noun: koNoun(m[1] as string), text: m[0] });
  }
  for (const m of normal.matchAll(KO_CLAIM_BEFORE_NOUN)) {
    const count = numberOf(m[1] as string);
    const noun = koNoun(m[2] as string);
    if (count <= 0 || noun.length < 2) continue;
    claims.push({ count, noun, text: m[0] });
  }
  return claims;
}

/** Whether two counted nouns are the same: the same words, or one Korean noun ending the other ("바이오특화단지", "특화단지"). */
function sameNoun(a: string, b: string): boolean {
  if (a === b) return true;
  const korean = /[\uAC00-\uD7AF]/u.test(a);
  if (!korean) return a.split(' ').at(-1) === b.split(' ').at(-1) && (a.split(' ').length === 1 || b.split(' ').length === 1);
  return a.length >= 2 && b.length >= 2 && (a.endsWith(b) || b.endsWith(a));
}

/**
 * The question's counts that the answer contradicts: the answer counts the same noun otherwise,
 * and no text read (`read`: the passages the answerer was given) counts it as the question does.
 */
export function contradictedCounts(question: string, answerTexts: readonly string[], read: readonly string[]): CountClaim[] {
  const asked = countClaims(question);
  if (asked.length === 0) return [];
  const answered = answerTexts.flatMap(countClaims);
  const stated = read.flatMap(countClaims);
  return asked.filter(
    (claim) =>
      answered.some((other) => sameNoun(other.noun, claim.noun) && other.count !== claim.count) &&
      !stated.some((other) => sameNoun(other.noun, claim.noun) && other.count === claim.count),
  );
}
