import { contentWords } from '../text/query-words.js';
import { monthYears } from './month-years.js';
import type { Specific } from './question-specifics.js';

/**
 * "안덕근 장관이 2025년 12월에 … 발표할 때": an office has one holder at a time. When the question
 * names a person with an office and a time (a year, and a month when it gives one), and an answer
 * sentence of that time names another holder of the same office and not the question's person,
 * the documents give the office to someone else then, and the premise fails.
 */
const OFFICES = '제\\d차관|장관|차관|청장|처장|원장|위원장|대통령|총리|시장|도지사|군수|구청장|이사장|사장';
/**
 * A name of two to four syllables before the office; not a word that closes a clause (-고, -며) or
 * takes a particle (을, 를, 의, 에), as evidence-window.ts reads names before titles: "이름이
 * 뭐였고 장관은 누구" names no one.
 */
const PERSON_IN_OFFICE = new RegExp(
  `(?<![\\uAC00-\\uD7AF])([\\uAC00-\\uD7AF]{2,4}(?<![고며을를의에]))\\s?(${OFFICES})(?=(?:이|가|은|는|을|를|의|께서|도|이었|였)?(?![\\uAC00-\\uD7AF]))`,
  'u',
);
const YEAR = /((?:19|20)\d{2})\s*년/u;
/** Words before an office title that name a body, not a person ("산업통상부 장관", "문화재청 청장", "산업단지공단 이사장"). */
const BODY_END = /(?:부|처|청|회|단|공사|센터)$/u;

/** The names standing with an office in a sentence: before it ("김정관(Kim Jung-kwan) 장관") or after it ("장관은 김정관"). */
function holdersIn(sentence: string, office: string): string[] {
  const before = new RegExp(`(?<![\\uAC00-\\uD7AF])([\\uAC00-\\uD7AF]{2,4})(?:\\([^)]*\\))?\\s?${office}(?![\\uAC00-\\uD7AF]{2})`, 'gu');
  const after = new RegExp(`${office}(?:은|는|이|가)\\s?([\\uAC00-\\uD7AF]{2,4})(?![\\uAC00-\\uD7AF])`, 'gu');
  return [
    ...[...sentence.matchAll(before)].map((m) => m[1] as string).filter((name) => !BODY_END.test(name)),
    ...[...sentence.matchAll(after)].map((m) => m[1] as string),
  ];
}

/**
 * The same in English: "Minister Kim Jung-kwan chaired the January 2025 meeting" against "The minister
 * of MOTIE in January 2025 was Ahn Deok-geun". A romanised name is capitalised words, the given name
 * often hyphenated; an office is the lower-case title, never the vice-minister's for the minister's.
 */
const EN_OFFICES = ['vice[- ]minister', 'minister', 'prime minister', 'president', 'mayor', 'governor', 'commissioner', 'administrator'];
const EN_NAME = '([A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2})';
const EN_PERSON_IN_OFFICE = new RegExp(`\\b(${EN_OFFICES.join('|')})\\s+${EN_NAME}`, 'iu');
const EN_YEAR = /\b((?:19|20)\d{2})\b/u;

function englishHoldersIn(sentence: string, office: string): string[] {
  const title = `(?<!vice[- ])(?<!prime )\\b${office}\\b`;
  const after = new RegExp(`${title}[^.]{0,60}?\\b(?:was|is|were)\\s+${EN_NAME}`, 'giu');
  const before = new RegExp(`${title}\\s+${EN_NAME}`, 'giu');
  return [...sentence.matchAll(after), ...sentence.matchAll(before)].map((m) => (m[1] as string).toLowerCase());
}

function contradictedEnglishHolder(text: string, sentencesRead: () => readonly string[]): Specific[] {
  const person = EN_PERSON_IN_OFFICE.exec(text);
  const year = EN_YEAR.exec(text)?.[1];
  if (!person || !year || !/^\p{Lu}/u.test(person[2] ?? '')) return [];
  const [written, office, name] = [person[0], (person[1] as string).toLowerCase().replace(/\s+/g, ' '), (person[2] as string).toLowerCase()];
  const ofTheTime = sentencesOfTime(text, year, EN_YEAR, sentencesRead());
  if (ofTheTime.some((sentence) => sentence.toLowerCase().includes(name))) return [];
  const pattern = office.replace(/[- ]/g, '[- ]');
  const contradicts = ofTheTime.some((sentence) => englishHoldersIn(sentence, pattern).some((holder) => holder !== name));
  return contradicts ? [{ kind: 'name', text: written, forms: [person[2] as string], script: 'latin' }] : [];
}

/**
 * The sentences of the question's time: its month with that year when it gives one ("2025년 12월",
 * "January 2025"), read as month-years.ts reads dates, else its year.
 */
function sentencesOfTime(question: string, year: string, yearPattern: RegExp, sentences: readonly string[]): string[] {
  const month = [...monthYears(question)].find((pair) => pair.startsWith(`${year}-`) && !pair.endsWith('-end'));
  return sentences.filter((sentence) => (month ? monthYears(sentence).has(month) : yearPattern.exec(sentence)?.[1] === year));
}

/**
 * A question naming no time is set at its event's ("안덕근 장관이 그때 내놓은 5극3특 전략"): the one
 * month every dated sentence holding one of its words gives (the most specific such word, held by
 * the fewest sentences), and the sentences of that month. None when no word is dated so.
 */
function sentencesOfEvent(question: string, apart: readonly string[], sentences: readonly string[]): string[] {
  let best: { month: string; count: number } | undefined;
  for (const word of contentWords(question.replace(new RegExp(apart.join('|'), 'gu'), ' '))) {
    if (word.length < 2) continue;
    const holding = sentences.filter((sentence) => sentence.includes(word));
    const months = new Set(holding.flatMap((sentence) => [...monthYears(sentence)].filter((m) => !m.endsWith('-end'))));
    const [month] = months;
    if (months.size === 1 && month && (!best || holding.length < best.count)) best = { month, count: holding.length };
  }
  const anchor = best?.month;
  return anchor ? sentences.filter((sentence) => monthYears(sentence).has(anchor)) : [];
}

/** `sentencesRead` gives the answer's sentences and those of the passages it drew on, split on demand. */
export function contradictedOfficeHolder(question: string, sentencesRead: () => readonly string[]): Specific[] {
  const text = question.normalize('NFC');
  if (!/[\uAC00-\uD7AF]/u.test(text)) return contradictedEnglishHolder(text, sentencesRead);
  const person = PERSON_IN_OFFICE.exec(text);
  if (!person) return [];
  const [written, name, office] = [person[0], person[1] as string, person[2] as string];
  if (BODY_END.test(name)) return [];
  const year = YEAR.exec(text)?.[1];
  const ofTheTime = year ? sentencesOfTime(text, year, YEAR, sentencesRead()) : sentencesOfEvent(text, [name, office], sentencesRead());
  // A year without a month may hold two holders (one in January, another in December): any sentence
  // of the time naming the question's person keeps the premise.
  if (ofTheTime.some((sentence) => sentence.includes(name))) return [];
  const contradicts = ofTheTime.some((sentence) => holdersIn(sentence, office).some((holder) => holder !== name));
  return contradicts ? [{ kind: 'name', text: written, forms: [name], script: 'hangul' }] : [];
}
