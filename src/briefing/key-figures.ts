import { splitSentences } from '../text/sentences.js';
import type { BriefingCitation, KeyFigure } from './types.js';

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const RANGE = String.raw`(?:${NUM})(?:\s*(?:~|–|-|to)\s*(?:${NUM}))?`;

// Korean: a number, an optional scale, then a unit that makes it a figure ("1,306곳", "3,000억 원",
// "37%", "20년 이상"). A bare "2025년" or "5차" is a date or an ordinal, not a figure.
const KO_FIGURE = new RegExp(
  String.raw`(?:${RANGE})\s*(?:(?:조|억|천만|백만|만|천)\s*)?(?:여\s*)?(?:원|달러|곳|개소|개사|개|명|건|배|%|퍼센트|㎢|㎡|km²|m²|ha|헥타르|평|필지|년\s*이상)`,
  'g',
);
const EN_UNIT =
  'complexes|complex|zones|zone|sites|companies|firms|businesses|workers|people|jobs|projects|regions|cities|provinces|clusters|cases|hectares|ha|km²|m²|square kilometres|days|years';
const EN_FIGURE = new RegExp(
  String.raw`(?:(?:KRW|₩|US\$|\$)\s*(?:${RANGE})(?:\s*(?:trillion|billion|million))?)|(?:(?:${RANGE})\s*(?:%|per ?cent\b))|(?:(?:${RANGE})(?:\s+(?:trillion|billion|million))?\s+(?:won|KRW)\b)|(?:\b(?:${RANGE})\s+(?:[A-Za-z-]+\s+){0,2}?(?:${EN_UNIT})\b)|(?:\b(?:${RANGE})\s*times\b)`,
  'g',
);

const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
// Dates as sources write them; the figure regexes run on text with these removed.
const KO_DATE = /\d{4}년(?:\s*\d{1,2}월)?(?:\s*\d{1,2}일)?(?:\s*(?:말|초|무렵|상반기|하반기|기준))*|\d{1,2}월\s*\d{1,2}일/g;
const EN_DATE = new RegExp(String.raw`\b(?:(?:end|mid|early|late)-)?(?:\d{1,2}\s+)?(?:(?:${MONTH})\s+)?(?:19|20)\d{2}\b`, 'g');

const MAX_CONTEXT = 60;
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Every figure with a unit that the cited quotes state, once per figure and reference date, with
 * the source's own words around it and the date the source attaches to it (in the sentence,
 * else in the passage's heading, else the document's publication date). Nothing is computed or
 * reworded: a figure the quotes do not state cannot appear here.
 */
export function extractKeyFigures(citations: BriefingCitation[]): KeyFigure[] {
  const figures: KeyFigure[] = [];
  const rowOf = new Map<string, KeyFigure>();
  for (const citation of citations) {
    for (const sentence of splitSentences(citation.quote, 1)) {
      for (const figure of figuresIn(sentence.text)) {
        const stated = firstDate(sentence.text) ?? firstDate(citation.sectionPath);
        const referenceDate = stated ?? citation.publishedAt;
        const key = `${figureKey(figure.text)}@${monthOf(referenceDate ?? '')}`;
        if (rowOf.has(key)) continue;
        const row: KeyFigure = {
          figure: figure.text,
          context: around(sentence.text, figure.index, figure.text.length),
          ...(referenceDate ? { referenceDate } : {}),
          ...(!stated && referenceDate ? { dateIsPublication: true } : {}),
          citation: citation.n,
          reference: citation.reference,
        };
        rowOf.set(key, row);
        figures.push(row);
      }
    }
  }
  return figures;
}

/** "10 culture-leading industrial complexes" and "10 culture-leading complexes" are one figure: number and unit. */
export function figureKey(figure: string): string {
  const number = figure.match(/[\d,.]+/)?.[0]?.replace(/,/g, '') ?? '';
  const unit =
    figure
      .trim()
      .split(/\s+/)
      .at(-1)
      ?.replace(/^[\d,.]+/, '') ?? '';
  return `${number}|${unit}`;
}

/** Figures in a sentence with their offsets; dates are blanked first so "2025년" is not one. */
export function figuresIn(sentence: string): { text: string; index: number }[] {
  const blanked = sentence.replace(KO_DATE, (m) => ' '.repeat(m.length)).replace(EN_DATE, (m) => ' '.repeat(m.length));
  const found: { text: string; index: number }[] = [];
  for (const pattern of [KO_FIGURE, EN_FIGURE]) {
    for (const match of blanked.matchAll(pattern)) {
      const index = match.index ?? 0;
      const text = sentence.slice(index, index + match[0].length).trim();
      if (!/\d/.test(text) || found.some((f) => index < f.index + f.text.length && f.index < index + text.length)) continue;
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
