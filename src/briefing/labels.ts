import type { Lang } from '../core/types.js';
import type { Briefing, BriefingCitation, BriefingReference, BriefingSection, KeyFigure, KeyFigureValue, SummaryPoint } from './types.js';

/** The briefing's own fixed words (everything else in a briefing is quoted from the documents). */
export const LABELS: Record<
  Lang,
  {
    date: string;
    note: string;
    keyFigures: string;
    figure: string;
    context: string;
    referenceDate: string;
    source: string;
    footnote: (n: number) => string;
    published: string;
    notCovered: string;
    notCoveredNote: string;
    nothingFound: string;
    references: string;
    page: (n: number) => string;
    mode: Record<'extractive' | 'llm', string>;
    summary: string;
    asOf: (date: string) => string;
    registeredDocument: string;
    citedFor: string;
  }
> = {
  ko: {
    date: '작성일',
    note: '이 자료는 policy-qa가 등록된 정책 문서에서 자동으로 작성했습니다. 모든 항목은 문서의 문장을 인용한 것이며, 각주에 출처를 밝혔습니다.',
    keyFigures: '주요 수치',
    figure: '수치',
    context: '내용 (원문)',
    referenceDate: '기준 시점',
    source: '각주',
    footnote: (n) => `각주 ${n}`,
    published: '문서 발행일',
    notCovered: '문서에서 다루지 않는 사항',
    notCoveredNote: '아래 항목은 등록된 문서에서 근거를 찾지 못해 채우지 않았습니다.',
    nothingFound: '등록된 문서에서 이 주제를 다루는 내용을 찾지 못했습니다.',
    references: '참고문헌',
    page: (n) => `${n}쪽`,
    mode: { extractive: '작성 방식: 원문 발췌', llm: '작성 방식: 언어 모델 요약(인용 검증)' },
    summary: '핵심 요약',
    asOf: (date) => `${date} 기준`,
    registeredDocument: '등록 문서',
    citedFor: '인용 부분',
  },
  en: {
    date: 'Date',
    note: 'Prepared automatically by policy-qa from the registered policy documents. Every item quotes the documents and is footnoted with its source.',
    keyFigures: 'Key figures',
    figure: 'Figure',
    context: 'What it is (source wording)',
    referenceDate: 'Reference date',
    source: 'Note',
    footnote: (n) => `note ${n}`,
    published: 'publication date',
    notCovered: 'Not covered by the documents',
    notCoveredNote: 'The documents give no grounds for the items below, so they are left unanswered.',
    nothingFound: 'The registered documents contain nothing on this topic.',
    references: 'References',
    page: (n) => `p. ${n}`,
    mode: { extractive: 'Method: verbatim extracts', llm: 'Method: language-model summary (citations checked)' },
    summary: 'Key points',
    asOf: (date) => `as of ${date}`,
    registeredDocument: 'registered document',
    citedFor: 'cited for',
  },
};

export function formatDate(isoDate: string, lang: Lang): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  if (lang === 'ko') return `${y}년 ${m}월 ${d}일`;
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1];
  return `${d} ${month} ${y}`;
}

/** "Title › Section, p. 3" for footnotes and the reference list. */
export function sourceLine(source: { title: string; sectionPath: string; page?: number }, lang: Lang): string {
  const section = source.sectionPath && source.sectionPath !== source.title ? `, ${source.sectionPath.replaceAll(' > ', ' › ')}` : '';
  const page = source.page === undefined ? '' : `, ${LABELS[lang].page(source.page)}`;
  return `${source.title}${section}${page}`;
}

/** "2024-12-26" -> "2024년 12월 26일" / "26 December 2024"; "2025-06" -> "2025년 6월" / "June 2025"; a year stays. */
export function formatSourceDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (y && m && d) return formatDate(date, lang);
  if (y && m) {
    const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1];
    return lang === 'ko' ? `${y}년 ${m}월` : `${month} ${y}`;
  }
  return date;
}

/**
 * A reference-list entry as a reader cites the source: publisher, title, the source's own date
 * (the URL is added by each renderer). A source its list gives no title says what it is cited
 * for; a registered document cited as itself is named as such.
 */
export function referenceLine(reference: BriefingReference, lang: Lang): string {
  const l = LABELS[lang];
  const quoted = (t: string) => (lang === 'ko' ? `「${t}」` : `“${t}”`);
  const date = reference.date ? formatSourceDate(reference.date, lang) : undefined;
  if (reference.isDocument) return [`${quoted(reference.title ?? reference.titles[0] ?? '')} (${l.registeredDocument})`, date].filter(Boolean).join(', ');
  const parts = [reference.publisher, reference.title ? quoted(reference.title) : undefined, date].filter(Boolean);
  const citedFor = reference.title ? '' : ` (${l.citedFor}: ${[reference.titles[0], ...reference.sections].filter(Boolean).join(' › ')})`;
  return `${parts.join(', ') || reference.titles.join('; ')}${citedFor}`;
}

/** A value's reference date as the table shows it: the source's words, or the document's date, said so. */
export function figureDate(figure: KeyFigureValue, lang: Lang): string {
  if (!figure.referenceDate) return '—';
  if (figure.dateIsPublication) return `${formatDate(figure.referenceDate, lang)} (${LABELS[lang].published})`;
  return /^\d{4}(-\d{2}){0,2}$/.test(figure.referenceDate) ? formatSourceDate(figure.referenceDate, lang) : figure.referenceDate;
}

/**
 * The four cells of a figures-table row (figure, source wording, date, footnote), each as lines:
 * values of one quantity stand side by side, one line each, with their dates and footnotes in the
 * same order; a context or footnote several values share is given once.
 */
export function figureCells(row: KeyFigure, lang: Lang): [string[], string[], string[], string[]] {
  return [
    row.values.map((v) => v.figure),
    [...new Set(row.values.map((v) => v.context))],
    row.values.map((v) => figureDate(v, lang)),
    [...new Set(row.values.map((v) => LABELS[lang].footnote(v.citation)))],
  ];
}

/** A key point with its date and footnotes: "… 최종 승인 (2024년 12월 26일 기준; 각주 3)". */
export function summaryLine(point: SummaryPoint, lang: Lang): string {
  const l = LABELS[lang];
  const dated =
    point.date && !point.text.includes(point.date)
      ? `${l.asOf(/^\d{4}(-\d{2}){0,2}$/.test(point.date) ? formatSourceDate(point.date, lang) : point.date)}; `
      : '';
  return `${point.text} (${dated}${point.citations.map((n) => l.footnote(n)).join(', ')})`;
}

/** A heading numbered in reading order: "1. 간담회 개요". */
export function sectionHeading(section: BriefingSection, index: number): string {
  return `${index + 1}. ${section.heading}`;
}

/**
 * A footnote's text: the source and its reference number, plus the quote unless the bullet it
 * hangs on already is that quote word for word (extractive answers), which would only repeat it.
 */
export function footnoteText(briefing: Briefing, citation: BriefingCitation): string {
  const bullet = briefing.sections.flatMap((s) => s.bullets).find((b) => b.citations.includes(citation.n));
  const source = `${sourceLine(citation, briefing.lang)} [${citation.reference}].`;
  return bullet?.text === citation.quote ? source : `${source} “${citation.quote}”`;
}
