import { type ReadPassage, sentencesUnderHeadings } from './event-years.js';
import { MONTHS } from './figures.js';
import { questionSpecifics, type Specific, states } from './question-specifics.js';

/**
 * A place the question dates ("Since Gwangju was part of the first round in June 2024, …",
 * "2025년 3월에 부산에서 열린 …"): when the answer names that place with other months only
 * ("Ulsan, Sejong, Gwangju … were designated on 6 November 2024") and no sentence read names it
 * with the question's month, the documents put the place at another time, and the premise fails.
 * Held to a question with one place and one month of one year, so that which date goes with which
 * place is not in doubt.
 */
export interface PlaceDate {
  place: Specific;
  /** "2024-06". */
  month: string;
  text: string;
}

const EN_MONTH_YEAR = new RegExp(`\\b(${MONTHS.map((m) => `${m}|${m.slice(0, 3)}`).join('|')})\\.?\\s+(?:\\d{1,2},?\\s+)?((?:19|20)\\d{2})\\b`, 'giu');
const KO_MONTH_YEAR = /((?:19|20)\d{2})\s*년\s*(\d{1,2})\s*월/gu;

/** The months a text dates, as "YYYY-MM": "6 November 2024", "June 2024", "2024년 6월". */
export function monthsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(EN_MONTH_YEAR)) {
    const name = (m[1] as string).toLowerCase();
    const month = MONTHS.findIndex((full) => full === name || full.slice(0, 3) === name) + 1;
    // Followed by a year, "May" is the month, not the verb.
    if (month > 0) out.push(`${m[2]}-${String(month).padStart(2, '0')}`);
  }
  for (const m of text.matchAll(KO_MONTH_YEAR)) {
    const month = Number(m[2]);
    if (month >= 1 && month <= 12) out.push(`${m[1]}-${String(month).padStart(2, '0')}`);
  }
  return out;
}

export function placeDate(question: string): PlaceDate | undefined {
  const specifics = questionSpecifics(question);
  const places = specifics.filter((s) => s.kind === 'place');
  const months = [...new Set(monthsOf(question.normalize('NFKC')))];
  if (places.length !== 1 || months.length !== 1) return undefined;
  const place = places[0] as Specific;
  // Said back as the question wrote it: "Ulsan, June 2024".
  const written = new RegExp(EN_MONTH_YEAR.source, 'iu').exec(question) ?? new RegExp(KO_MONTH_YEAR.source, 'u').exec(question);
  return { place, month: months[0] as string, text: `${place.forms[0] ?? place.text}, ${written?.[0] ?? months[0]}` };
}

/** The question's dated place, when the answer dates it otherwise and nothing read dates it as asked. */
export function contradictedPlaceDates(question: string, answerSentences: readonly string[], read: readonly ReadPassage[]): PlaceDate[] {
  const claim = placeDate(question);
  if (!claim) return [];
  const against = answerSentences.some((s) => {
    const months = monthsOf(s);
    return states(s, claim.place) && months.length > 0 && !months.includes(claim.month);
  });
  if (!against) return [];
  const readSentences = sentencesUnderHeadings(read);
  return readSentences.some((s) => states(s, claim.place) && monthsOf(s).includes(claim.month)) ? [] : [claim];
}
