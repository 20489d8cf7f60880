import { NUMBER_WORDS } from '../answer/figures.js';
import { splitSentences } from '../text/sentences.js';
import { indexTerms } from '../text/terms.js';
import { figureIdentity, magnitude } from './figure-identity.js';
import type { BriefingCitation, KeyFigure, KeyFigureValue } from './types.js';

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const RANGE = String.raw`(?:${NUM})(?:\s*(?:~|–|-|to)\s*(?:${NUM}))?`;

// Korean: a number, an optional scale, then a unit that makes it a figure ("1,306곳", "3,000억 원",
// "37%", "20년 이상"). A bare "2025년" or "5차" is a date or an ordinal, not a figure.
const KO_FIGURE = new RegExp(
  String.raw`(?:${RANGE})\s*(?:(?:조|억|천만|백만|만|천)\s*)?(?:여\s*)?(?:원|달러|곳|개소|개사|개|명|건|기|배|%|퍼센트|㎢|㎡|km²|m²|ha|헥타르|평|필지|년\s*이상)`,
  'g',
);
// Spans of time ("5 years") are left out, as Korean "5년" is (it reads as a date); "20 years or more" stays, as "20년 이상" does.
const EN_UNIT =
  'complexes|complex|zones|zone|sites|companies|firms|businesses|workers|people|jobs|projects|regions|cities|provinces|clusters|cases|fabs|hectares|ha|pyeong|km²|m²|square kilometres|years or more';
// Sources write small counts in words ("six fabs", "eight provinces"); "one" is mostly a pronoun.
const EN_NUMBER_WORD = NUMBER_WORDS.slice(2).join('|');
// Between a number and its unit, a few words or a short list: "more than 80 materials, parts, equipment and design companies".
const EN_FIGURE = new RegExp(
  String.raw`(?:(?:KRW|₩|US\$|\$)\s*(?:${RANGE})(?:\s*(?:trillion|billion|million))?)|(?:(?:${RANGE})\s*(?:%|per ?cent\b))|(?:(?:${RANGE})(?:\s+(?:trillion|billion|million))?\s+(?:won|KRW)\b)|(?:\b(?:${RANGE}|${EN_NUMBER_WORD})(?:\s+(?:trillion|billion|million))?\s+(?:[A-Za-z-]+,?\s+){0,5}?(?:${EN_UNIT})(?![A-Za-z]))|(?:\b(?:${RANGE})\s*times\b)`,
  // Case-insensitive: a name counts too ("48 Opportunity Development Zones", "Ten complexes").
  'gi',
);

const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
// Dates as sources write them; the figure regexes run on text with these removed.
const KO_DATE = /\d{4}년(?:\s*\d{1,2}월)?(?:\s*\d{1,2}일)?(?:\s*(?:말|초|무렵|상반기|하반기|기준))*|\d{1,2}월\s*\d{1,2}일/g;
const EN_DATE = new RegExp(String.raw`\b(?:(?:end|mid|early|late)-)?(?:\d{1,2}\s+)?(?:(?:${MONTH})\s+)?(?:19|20)\d{2}\b`, 'g');

const MAX_CONTEXT = 60;
/** A sentence stating several values of one quantity is shown whole up to this length. */
const MAX_SHARED_CONTEXT = 160;
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// Two values of one unit within this ratio whose sentences share a word measure the same thing.
const SAME_QUANTITY_RATIO = 1.5;

/** Where a cited figure's date may come from besides its sentence. */
export interface FigureSource {
  /** The passage's heading path: a section titled "2024년 12월 국토교통부 최종 승인" dates its text. */
  sectionPath: string;
  /** The source's own date (the reference's), else the document's publication date. */
  sourceDate?: string;
  publishedAt?: string;
}

/**
 * Every figure with a unit that the cited quotes state, each once, with the source's own words
 * around it and its own date: the date nearest before it in its sentence (a deadline such as
 * "2042년까지" is not one), else one after it, else the date its section heading states, else
 * the source's own date, else the document's publication date (said so). Values of one quantity
 * that differ by date or source ("710만㎡ … 778만㎡ … 777만㎡") share a row, side by side, in date
 * order. Nothing is computed or reworded: a figure the quotes do not state cannot appear here.
 */
export function extractKeyFigures(citations: BriefingCitation[], sourceOf: (c: BriefingCitation) => FigureSource): KeyFigure[] {
  const rows: KeyFigure[] = [];
  const seen = new Set<string>();
  const terms = new Map<KeyFigureValue, Set<string>>();
  const sentenceOf = new Map<KeyFigureValue, string>();
  for (const citation of citations) {
    const source = sourceOf(citation);
    for (const sentence of splitSentences(citation.quote, 1)) {
      for (const figure of figuresIn(sentence.text)) {
        const key = figureIdentity(figure.text);
        if (seen.has(key)) continue;
        seen.add(key);
        const stated = dateOfFigure(sentence.text, figure.index) ?? firstDate(source.sectionPath);
        const referenceDate = stated ?? source.sourceDate ?? source.publishedAt;
        const value: KeyFigureValue = {
          figure: figure.text,
          context: around(sentence.text, figure.index, figure.text.length),
          ...(referenceDate ? { referenceDate } : {}),
          ...(!stated && !source.sourceDate && referenceDate ? { dateIsPublication: true } : {}),
          citation: citation.n,
          reference: citation.reference,
        };
        terms.set(value, wordsOf(sentence.text));
        sentenceOf.set(value, sentence.text);
        const row = rows.find((r) => r.values.some((v) => sameQuantity(v, value, terms)));
        if (row) row.values.push(value);
        else rows.push({ values: [value] });
      }
    }
  }
  for (const row of rows) {
    row.values.sort((a, b) => dateOrder(a.referenceDate) - dateOrder(b.referenceDate));
    // Values compared in one sentence read best in that sentence, given once, than in cut windows of it.
    const sentences = new Set(row.values.map((v) => sentenceOf.get(v)));
    const [only] = sentences;
    if (row.values.length > 1 && sentences.size === 1 && only && only.length <= MAX_SHARED_CONTEXT) for (const v of row.values) v.context = only;
  }
  return rows;
}

/** Content words of a sentence, without numbers and dates: what two sentences about one quantity share. */
function wordsOf(sentence: string): Set<string> {
  return new Set(indexTerms(sentence).filter((t) => !/\d/.test(t) && t.length > 1));
}

function sameQuantity(a: KeyFigureValue, b: KeyFigureValue, terms: Map<KeyFigureValue, Set<string>>): boolean {
  const x = magnitude(a.figure);
  const y = magnitude(b.figure);
  if (!x || !y || x.unit !== y.unit || x.value <= 0 || y.value <= 0) return false;
  if (Math.max(x.value, y.value) / Math.min(x.value, y.value) > SAME_QUANTITY_RATIO) return false;
  const wa = terms.get(a) ?? new Set<string>();
  const wb = terms.get(b) ?? new Set<string>();
  return [...wa].some((t) => wb.has(t));
}

/** Sortable month of a date as sources write it; undated values go last. */
function dateOrder(date: string | undefined): number {
  const m = monthOf(date ?? '');
  if (!m) return Number.MAX_SAFE_INTEGER;
  const [y = 0, mo = 0] = m.split('-').map(Number);
  return y * 13 + mo;
}

// A date the figure must be reached by, not the date it holds at: "2042년까지", "by 2030".
const DEADLINE_AFTER = /^\s*(?:까지|이내|내에|안에|목표)/;
const DEADLINE_BEFORE = /\b(?:by|until|through|before)\s*$/i;

/** Every date a sentence states with a year (deadlines too), as year-month ("2024-12") or year: what a translation must state too. */
export function statedMonths(sentence: string): string[] {
  return [...new Set(datesIn(sentence, true).map((d) => monthOf(d.text)))].filter(Boolean);
}

/** Dates of a sentence (with a year), with their offsets, deadlines left out unless asked for. */
function datesIn(sentence: string, withDeadlines = false): { text: string; index: number }[] {
  const found: { text: string; index: number }[] = [];
  // "2023년" is a Korean date; the "2023" in it is not an English one besides (deadline or not).
  const koSpans = [...sentence.matchAll(KO_DATE)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  for (const pattern of [KO_DATE, EN_DATE]) {
    for (const m of sentence.matchAll(pattern)) {
      const index = m.index ?? 0;
      if (!/\d{4}/.test(m[0])) continue;
      if (pattern === EN_DATE && koSpans.some(([start, end]) => index >= start && index < end)) continue;
      const rest = sentence.slice(index + m[0].length);
      if (!withDeadlines && (DEADLINE_AFTER.test(rest) || DEADLINE_BEFORE.test(sentence.slice(0, index)))) continue;
      found.push({ text: m[0].replace(/\s*기준$/, '').trim(), index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The date a figure holds at, from its own sentence: the date nearest to it within its clause
 * (between ", " or "; "), since a sentence comparing values gives each its own ("2024년 12월 최종
 * 승인 때는 약 778만㎡", "about 7.78 million m² at the final approval in December 2024"); else the
 * nearest date before it in the sentence, else the first after it; none when the sentence states no date.
 */
export function dateOfFigure(sentence: string, figureIndex: number): string | undefined {
  const dates = datesIn(sentence);
  const boundaries = [...sentence.matchAll(/[,;]\s/g)].map((m) => m.index ?? 0);
  const start = boundaries.filter((b) => b < figureIndex).at(-1) ?? -1;
  const end = boundaries.find((b) => b > figureIndex) ?? sentence.length;
  const inClause = dates.filter((d) => d.index > start && d.index < end);
  if (inClause.length > 0) return [...inClause].sort((a, b) => Math.abs(a.index - figureIndex) - Math.abs(b.index - figureIndex))[0]?.text;
  return dates.filter((d) => d.index < figureIndex).at(-1)?.text ?? dates.find((d) => d.index > figureIndex)?.text;
}

/** Figures in a sentence with their offsets; dates are blanked first so "2025년" is not one. */
export function figuresIn(sentence: string): { text: string; index: number }[] {
  const blanked = sentence.replace(KO_DATE, (m) => ' '.repeat(m.length)).replace(EN_DATE, (m) => ' '.repeat(m.length));
  const found: { text: string; index: number }[] = [];
  for (const pattern of [KO_FIGURE, EN_FIGURE]) {
    for (const match of blanked.matchAll(pattern)) {
      const index = match.index ?? 0;
      const text = sentence.slice(index, index + match[0].length).trim();
      if (!/\d|^[a-z]/i.test(text) || found.some((f) => index < f.index + f.text.length && f.index < index + text.length)) continue;
      found.push({ text, index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date the text states, verbatim ("2024년 말", "end-2024", "21 January 2025"). */
export function firstDate(text: string): string | undefined {
  // "2024년 4월 보도에 따르면 2023년 말 기준 …": the date marked 기준 is the figure's own.
  const dates = (text.match(KO_DATE) ?? []).filter((d) => /\d{4}/.test(d));
  const ko = (dates.find((d) => /기준$/.test(d)) ?? dates[0])?.replace(/\s*기준$/, '').trim();
  if (ko) return ko;
  return text.match(EN_DATE)?.[0]?.trim();
}

/** The sentence, or a window of it around the figure cut at spaces, marked with "…". */
function around(sentence: string, index: number, length: number): string {
  if (sentence.length <= MAX_CONTEXT) return sentence;
  const half = Math.floor((MAX_CONTEXT - length) / 2);
  let start = Math.max(0, index - half);
  let end = Math.min(sentence.length, index + length + half);
  if (start > 0) start = sentence.indexOf(' ', start) + 1 || start;
  if (end < sentence.length) end = sentence.lastIndexOf(' ', end) > index + length ? sentence.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${sentence.slice(start, end).trim()}${end < sentence.length ? '…' : ''}`;
}

/** "2025년 1월", "2025-01-22", "January 2025" -> "2025-1"; a year alone -> "2025"; none -> "". */
export function monthOf(date: string): string {
  const year = date.match(/(?:19|20)\d{2}/)?.[0];
  if (!year) return '';
  const ko = date.match(/(\d{1,2})월/)?.[1];
  const iso = date.match(/\d{4}-(\d{2})/)?.[1];
  const en = MONTHS.findIndex((m) => date.toLowerCase().includes(m));
  const month = ko ? Number(ko) : iso ? Number(iso) : en >= 0 ? en + 1 : undefined;
  return month ? `${year}-${month}` : year;
}
