import { Recent } from '../core/recent.js';

/**
 * 일 and 년 count days and years ("200일 남짓", "5년간") and close every date ("1월 2일", "2024년"): a
 * figure of a date counts nothing. As patterns, so that the date's figure is passed over.
 */
const DAY = '(?<!월\\s*\\d{1,2}\\s*)일';
const YEAR = '(?<!(?:19|20)\\d{2}\\s*)년';

/**
 * English count nouns and the Korean counters a Korean text counts the same things in (단위성 의존
 * 명사, 표준국어대사전: 일 "날을 세는 단위", 부 "신문이나 서류를 세는 단위", 자리 "숫자의 자릿수", 점
 * "점수를 세는 단위", 단 "단계를 세는 단위", 분, 초, 시간, 개월, 년, 층, 대, 장, 쪽), with the SI
 * symbols of lengths and weights. "How many days were left" is answered by "200일 남짓 남은", "how
 * many printed copies" by "제안서 12부": an English question on a Korean document names the unit in
 * a word the document never writes. People and places are counted apart (evidence-window.ts), in
 * 명 and in 곳/개소/개.
 */
const COUNT_NOUNS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/^days?$/, [DAY]],
  [/^weeks?$/, ['주']],
  [/^months?$/, ['개월', '달']],
  [/^years?$/, [YEAR]],
  [/^hours?$/, ['시간']],
  [/^minutes?$/, ['분']],
  [/^seconds?$/, ['초']],
  [/^digits?$/, ['자리']],
  [/^cop(?:y|ies)$/, ['부']],
  [/^points?$/, ['점']],
  [/^stages?$/, ['단']],
  [/^pages?$/, ['쪽', '페이지']],
  [/^(?:floors?|storeys?|stories)$/, ['층']],
  [/^(?:vehicles?|cars?|buses)$/, ['대']],
  [/^sheets?$/, ['장', '매']],
  [/^(?:metres?|meters?)$/, ['미터']],
  [/^(?:kilometres?|kilometers?)$/, ['킬로미터']],
  [/^(?:tons?|tonnes?)$/, ['톤']],
  [/^(?:kilograms?|kilos?)$/, ['킬로그램']],
];

/** "how many days", "how many printed copies", "how many more minutes": the noun counted, up to two words after. */
const HOW_MANY = /\bhow\s+many\s+((?:[a-z-]+\s+){0,2}[a-z]+)\b/giu;

/**
 * The count noun a "how many" question counts (lower-cased) with the Korean counters for it, as
 * patterns, and as words where a counter is never part of a date (the terms a passage must hold).
 */
export function englishCounts(question: string): readonly EnglishCount[] {
  return recentCounts.get(question, () => countsOf(question));
}

interface EnglishCount {
  noun: string;
  counters: readonly string[];
  words: readonly string[];
}

/** Asked of every candidate sentence's count (evidence-window.ts): the last few questions' are kept. */
const recentCounts = new Recent<readonly EnglishCount[]>(64);

function countsOf(question: string): EnglishCount[] {
  const found: EnglishCount[] = [];
  for (const match of question.matchAll(HOW_MANY)) {
    for (const word of (match[1] as string).toLowerCase().split(/\s+/)) {
      const counters = COUNT_NOUNS.find(([noun]) => noun.test(word))?.[1];
      if (counters) {
        found.push({ noun: word, counters, words: counters.filter((c) => c !== DAY && c !== YEAR) });
        break;
      }
    }
  }
  return found;
}
