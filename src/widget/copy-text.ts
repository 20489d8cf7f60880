import type { AnswerView, CitationView } from './api-client.js';

/** A document date (YYYY-MM-DD) in the reader's language, by the browser's own formatter. */
export function displayDate(isoDate: string | undefined, lang: string): string {
  if (!isoDate || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate ?? '';
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Where a citation comes from: "Title — Section". */
export function citationSource(citation: CitationView): string {
  const section = citation.sectionPath && citation.sectionPath !== citation.title ? citation.sectionPath.replaceAll(' > ', ' › ') : '';
  return [citation.title, section].filter(Boolean).join(' — ');
}

/** Where and when, as one line: "Title — Section · date". */
export function citationWhere(citation: CitationView, lang: string): string {
  const date = displayDate(citation.publishedAt, lang);
  return date ? `${citationSource(citation)} · ${date}` : citationSource(citation);
}

/** What the copy button puts on the clipboard: the answer, then its numbered sources with links. */
export function copyText(result: AnswerView, sourcesLabel: string, lang: string): string {
  const list = result.grounded ? result.citations : (result.seeAlso ?? []);
  if (list.length === 0) return result.answer;
  const sources = list.map((c) => `[${c.n}] ${citationWhere(c, lang)}${c.sourceUrl ? `\n    ${c.sourceUrl}` : ''}`);
  return `${result.answer}\n\n${sourcesLabel}\n${sources.join('\n')}`;
}
