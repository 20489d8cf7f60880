import { NUMBER_WORDS, SUM_SCALES } from '../answer/figures.js';

/**
 * One identity for a figure, whatever language, scale word or unit spelling states it: "778만㎡"
 * and "about 7.78 million m²" are one fact, "15개 후보지" and "15 candidate sites" another. The
 * figures table (each figure once), the fact ledger (each fact once in a briefing), the check of
 * the table and the Korean/English comparison all key figures by it, so they cannot disagree on
 * what "the same figure" is.
 */

/** The sums' scale words, with the compounds of 만 and 천 a Korean figure is written with too. */
const SCALE: Record<string, number> = { ...SUM_SCALES, 천만: 1e7, 백만: 1e6, 천: 1e3 };

// Units written differently in the two languages, as one name each; anything else is a count.
const UNIT_NAMES: [RegExp, string][] = [
  [/^(?:㎡|m²|square metres?)$/i, 'm²'],
  [/^(?:㎢|km²|square kilometres?)$/i, 'km²'],
  [/^(?:원|won|KRW.*)$/i, 'KRW'],
  [/^(?:달러|US\$.*|\$.*)$/i, 'USD'],
  [/^(?:%|퍼센트|per ?cent)$/i, '%'],
  [/^(?:평|pyeong)$/i, 'pyeong'],
  [/^(?:ha|hectares?|헥타르)$/i, 'ha'],
  [/^(?:배|times)$/i, 'times'],
  [/^(?:년\s*이상|years or more)$/i, 'years or more'],
];

const MULTI_WORD_UNIT = /^(?:년\s*이상|years or more|per cent|square (?:kilo)?metres?)$/i;
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/;
const WORD_NUMBER = new RegExp(String.raw`^\s*(${NUMBER_WORDS.join('|')})\b`, 'i');

/** "약 778만㎡" -> 7,780,000 and "㎡"; "six fabs" -> 6 and "fabs"; "KRW 3 trillion" -> 3e12 and "KRW". */
export function magnitude(figure: string): { value: number; unit: string } | undefined {
  const digits = figure.match(NUMBER);
  const word = digits ? undefined : figure.match(WORD_NUMBER);
  const number = digits ?? word;
  if (!number) return undefined;
  const base = digits ? Number(digits[0].replace(/,/g, '')) : NUMBER_WORDS.indexOf((word?.[1] ?? '').toLowerCase());
  const after = figure.slice((number.index ?? 0) + number[0].length);
  const scaleWord = after.match(/^\s*(조|억|천만|백만|만|천|trillion|billion|million)/i)?.[1]?.toLowerCase();
  const rest = (scaleWord ? after.slice(after.toLowerCase().indexOf(scaleWord) + scaleWord.length) : after).replace(/^\s*여\s*/, '').trim();
  // Units of several words keep them all ("20 years or more", "37 per cent"); others name their unit last ("15 candidate sites").
  const unit = MULTI_WORD_UNIT.test(rest) ? rest : rest.split(/\s+/).at(-1);
  const prefix = figure.slice(0, number.index).match(/KRW|₩|US\$|\$/)?.[0];
  return { value: base * (scaleWord ? (SCALE[scaleWord] ?? 1) : 1), unit: `${prefix ?? ''}${unit ?? ''}` };
}

/** "778만㎡" and "7.78 million m²" -> "7780000 m²"; counts ("15개", "15 candidate sites", "fifteen zones") -> "15 count". */
export function figureIdentity(figure: string): string {
  const m = magnitude(figure);
  if (!m) return figure.trim();
  const unit = m.unit.replace(/^(?:KRW|₩)(?=.)/, '');
  const named = UNIT_NAMES.find(([pattern]) => pattern.test(unit) || pattern.test(m.unit))?.[1] ?? 'count';
  // Six significant digits: "33.8 trillion" and "33.8조" meet despite floating point.
  return `${Number(m.value.toPrecision(6))} ${named}`;
}
