import type { Lang } from '../core/types.js';
import type { Briefing, BriefingCitation, BriefingReference, BriefingSection, KeyFigure } from './types.js';

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

/** A reference-list entry: the documents' titles and date; the URL is added by each renderer. */
export function referenceLine(reference: BriefingReference, lang: Lang): string {
  const date = reference.publishedAt ? ` (${formatDate(reference.publishedAt, lang)})` : '';
  return `${reference.titles.join('; ')}${date}`;
}

/** A figure's reference date as the table shows it: the source's words, or the document's date, said so. */
export function figureDate(figure: KeyFigure, lang: Lang): string {
  if (!figure.referenceDate) return '—';
  return figure.dateIsPublication ? `${formatDate(figure.referenceDate, lang)} (${LABELS[lang].published})` : figure.referenceDate;
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
