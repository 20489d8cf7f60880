import type { DocumentRecord, Passage } from '../core/types.js';
import type { BriefingReference } from './types.js';

type ReferenceEntry = Omit<BriefingReference, 'n' | 'titles' | 'sections'>;

const KO_YEAR_MONTH = /((?:19|20)\d{2})년(?:\s*(\d{1,2})월)?/g;
const EN_MONTH_YEAR = /\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d{2})\b/g;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "2024-12-26" -> 202412 (year*100 + month; a year alone counts as its last month, so it is never "later" within its year). */
function monthNumber(date: string): number | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  return m ? Number(m[1]) * 100 + (m[2] ? Number(m[2]) : 12) : undefined;
}

/** 202312 -> months since year 0, so that January follows December. */
function monthCount(yearMonth: number): number {
  return Math.floor(yearMonth / 100) * 12 + (yearMonth % 100);
}

/** Months a quote states ("2025년 6월", "June 2025", "2025년"), as year*100+month; a bare year as its first month. */
function statedMonths(quote: string): number[] {
  const months: number[] = [];
  for (const m of quote.matchAll(KO_YEAR_MONTH)) months.push(Number(m[1]) * 100 + (m[2] ? Number(m[2]) : 1));
  for (const m of quote.matchAll(EN_MONTH_YEAR)) months.push(Number(m[2]) * 100 + (m[1] ? MONTHS.indexOf(m[1].toLowerCase()) + 1 : 1));
  return months;
}

/**
 * The source a cited passage is referenced to, as a reader cites it (from the document's own
 * reference list: publisher, title, date), keyed so that each source is listed once. A source
 * cannot report what happened after it was published: when the passage states a month after the
 * source's date (and not after the document's own date, which would be a plan or target), the
 * passage's section was not written from that source (it had no "Source:" line and fell back to
 * the document's first source), so the reference is the registered document itself.
 */
export function referenceFor(passage: Passage, quote: string, document: DocumentRecord | undefined): { key: string; entry: ReferenceEntry } {
  const url = passage.sourceUrl;
  const details = document?.sourceDetails?.find((d) => d.url === url);
  const sourceMonth = details?.date ? monthNumber(details.date) : undefined;
  // The document's own date, not the passage's: a passage's date is its marked source's, which is the
  // very date being tested (a section that fell back to the first source carries that source's date).
  const documentDate = document?.publishedAt ?? passage.publishedAt;
  const documentMonth = documentDate ? monthNumber(documentDate) : undefined;
  // Judged on the whole passage (one section's text from one source), so that every sentence of a
  // section the source cannot be behind is referenced alike, dated or not.
  // The month after the source's is still its own: an article announces what takes effect next
  // month ("2003년 7월 1일부터 시행", reported on 30 June 2003).
  const announced = (m: number) => monthCount(m) - monthCount(sourceMonth ?? m) <= 1;
  const later =
    sourceMonth !== undefined &&
    statedMonths(`${passage.text}\n${quote}`).some((m) => m > sourceMonth && !announced(m) && (documentMonth === undefined || m <= documentMonth));
  if (!url || later) {
    return {
      key: `document:${passage.docId}`,
      entry: { title: passage.title, ...(documentDate ? { date: documentDate } : {}), sourceUrl: '', isDocument: true },
    };
  }
  return {
    key: url,
    entry: {
      ...(details?.publisher ? { publisher: details.publisher } : {}),
      ...(details?.title ? { title: details.title } : {}),
      ...(details?.date ? { date: details.date } : {}),
      sourceUrl: url,
    },
  };
}
