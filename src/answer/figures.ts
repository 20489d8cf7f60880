import { joinThousands } from '../text/normalise.js';

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
