import { KO_NATIVE_NUMBERS } from '../text/lexicon/ko.js';
import { joinThousands } from '../text/normalise.js';

/**
 * The words that scale a sum, in both languages: Korean counts by ten thousands (만, 억 = 10^8,
 * 조 = 10^12), English by thousands. "140억" and "14 billion" are one sum.
 */
export const SUM_SCALES: Readonly<Record<string, number>> = { 조: 1e12, 억: 1e8, 만: 1e4, trillion: 1e12, billion: 1e9, million: 1e6, thousand: 1e3 };

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
/** A year of four digits standing alone ("2022", "2022년"). */
export const YEARS = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu;

/** A count written in digits, in English words or in Korean native numbers ("3", "three", "세"); -1 when none. */
export function numberOf(word: string): number {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  const en = NUMBER_WORDS.indexOf(lower);
  return en >= 0 ? en : KO_NATIVE_NUMBERS.indexOf(lower);
}

const WORD_VALUES = new Map<string, number>([...NUMBER_WORDS.map((w, i) => [w, i] as const), ...MONTHS.map((m, i) => [m, i + 1] as const)]);

/** Digit groups as canonical strings: "1,330" → "1330", "03" → "3", "40.50" → "40.5". */
export function digitFigures(text: string): string[] {
  const cleaned = joinThousands(text);
  return [...cleaned.matchAll(/\d+(?:\.\d+)?/g)].map((m) => String(Number(m[0])));
}

/**
 * Every figure a source text states, including English number words and month names, because a
 * Korean answer writes "3년", "1월" where the English source says "three years", "January".
 */
export function sourceFigures(text: string): Set<string> {
  const figures = new Set(digitFigures(text));
  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    const value = WORD_VALUES.get(word);
    if (value !== undefined) figures.add(String(value));
  }
  return figures;
}
