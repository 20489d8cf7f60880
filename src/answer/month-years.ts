import { MONTHS } from './figures.js';
import type { Specific } from './question-specifics.js';

/**
 * A month with its year ("in March 2025", "2025년 3월") dates one event: an answer whose sentences
 * date theirs to March 2023 and to December 2025 gives no March 2025, though both the month and the
 * year appear in it. Each pair the question gives must stand together in the answer's own text (its
 * sentences with their passages' titles and sections), written either way.
 */
const EN_MONTH = `(${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')})\\.?`;
const EN_MONTH_YEAR = new RegExp(`\\b${EN_MONTH}\\s+(?:\\d{1,2},?\\s+)?((?:19|20)\\d{2})\\b`, 'giu');
const EN_DAY_MONTH_YEAR = new RegExp(`\\b\\d{1,2}\\s+${EN_MONTH}\\s+((?:19|20)\\d{2})\\b`, 'giu');
const KO_YEAR_MONTH = /((?:19|20)\d{2})\s*년\s*(\d{1,2})\s*월/gu;
const ISO_YEAR_MONTH = /\b((?:19|20)\d{2})-(\d{2})(?:-\d{2})?\b/gu;
/** The end of a year ("end-2024", "the end of 2024", "2024년 말"): a reference date as a month is. */
const EN_YEAR_END = /\bend[- ](?:of\s+)?((?:19|20)\d{2})\b/giu;
const KO_YEAR_END = /((?:19|20)\d{2})\s*년\s*말(?![\uAC00-\uD7AF])/gu;
/** Korean official documents' dotted dates: "2023. 7. 18.", "2023.5.18.", "2024. 1." */
const DOTTED_YEAR_MONTH = /(?<![\d.])((?:19|20)\d{2})\.\s*(\d{1,2})\./gu;

function monthIndex(name: string): number {
  const lower = name.toLowerCase().replace('.', '');
  const full = MONTHS.indexOf(lower);
  return full >= 0 ? full : MONTHS.findIndex((m) => m.slice(0, 3) === lower);
}

/** The "YYYY-MM" of every month the text dates with its year, and "YYYY-end" of every year's end. */
export function monthYears(text: string): Set<string> {
  const out = new Set<string>();
  const add = (year: string, month: number) => {
    if (month >= 0 && month < 12) out.add(`${year}-${String(month + 1).padStart(2, '0')}`);
  };
  for (const m of text.matchAll(EN_MONTH_YEAR)) add(m[2] as string, monthIndex(m[1] as string));
  for (const m of text.matchAll(EN_DAY_MONTH_YEAR)) add(m[2] as string, monthIndex(m[1] as string));
  for (const m of text.matchAll(KO_YEAR_MONTH)) add(m[1] as string, Number(m[2]) - 1);
  for (const m of text.matchAll(ISO_YEAR_MONTH)) add(m[1] as string, Number(m[2]) - 1);
  for (const m of text.matchAll(DOTTED_YEAR_MONTH)) add(m[1] as string, Number(m[2]) - 1);
  for (const m of [...text.matchAll(EN_YEAR_END), ...text.matchAll(KO_YEAR_END)]) out.add(`${m[1] as string}-end`);
  return out;
}

/** The question's month-year pairs that no text of the answer states together (the texts are read only when it has one). */
export function unstatedMonthYears(question: string, answerTexts: () => readonly string[]): Specific[] {
  const asked = monthYears(question.normalize('NFC'));
  if (asked.size === 0) return [];
  const stated = new Set(answerTexts().flatMap((text) => [...monthYears(text)]));
  // December is the year's end: "on 26 December 2024" states where things stood at the end of 2024.
  const states = (pair: string) => stated.has(pair) || (pair.endsWith('-end') && stated.has(pair.replace('-end', '-12')));
  return [...asked].filter((pair) => !states(pair)).map((pair) => ({ kind: 'month', text: pair, forms: [pair] }));
}
