import { isEnglishFunctionWord } from '../text/query-words.js';
import { searchTerms } from '../text/search-terms.js';
import type { Specific } from './question-specifics.js';

/**
 * "2022년 스마트그린산단 촉진사업", "the 2022 smart green call": a year written before a name says
 * which one of a recurring thing is meant. When an answer sentence names the same thing with
 * another year before it ("2025년 스마트그린산단 촉진사업") and none names it with the question's, the
 * documents give another year's, and the premise fails.
 */
const KO_YEAR_NAMED = /((?:19|20)\d{2})\s*년\s+([\uAC00-\uD7AFA-Za-z]{2,})/gu;
const EN_YEAR_NAMED = /\b((?:19|20)\d{2})\s+([a-z][a-z-]{2,})\b/giu;
/** Words after a year that date something rather than name it ("2024년 기준", "2023년 이후"). */
const KO_NOT_NAMES = /^(?:기준|이후|이전|현재|당시|상반기|하반기|들어|중에?|초|말|부터|까지|동안|대비|보다|하반|상반)/u;

function namedWithYears(text: string): { year: string; head: string }[] {
  const out: { year: string; head: string }[] = [];
  for (const m of text.matchAll(KO_YEAR_NAMED)) {
    const word = m[2] as string;
    if (KO_NOT_NAMES.test(word)) continue;
    const head = searchTerms(word)[0];
    if (head) out.push({ year: m[1] as string, head });
  }
  for (const m of text.matchAll(EN_YEAR_NAMED)) {
    const word = (m[2] as string).toLowerCase();
    if (isEnglishFunctionWord(word)) continue;
    const head = searchTerms(word)[0];
    if (head) out.push({ year: m[1] as string, head });
  }
  return out;
}

export function contradictedYearNamed(question: string, answerSentences: readonly string[]): Specific[] {
  const asked = namedWithYears(question.normalize('NFC'));
  if (asked.length !== 1) return [];
  const [{ year, head }] = asked as [{ year: string; head: string }];
  const stated = answerSentences.flatMap((sentence) => namedWithYears(sentence)).filter((n) => n.head === head);
  if (stated.length === 0 || stated.some((n) => n.year === year)) return [];
  return [{ kind: 'year', text: year, forms: [year] }];
}
