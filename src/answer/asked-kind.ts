import { Recent } from '../core/recent.js';
import { englishCounts } from './english-counters.js';
import { answerTypes, carries, FREQUENCY, labelledFigure, namesAnotherPerson } from './evidence-window.js';
import { MONTHS } from './figures.js';
import { counterOrSymbol } from './unit-symbols.js';

/**
 * Korean public documents state their facts as labelled items (개조식): "행사일시: 2023. 10. 21.(토)",
 * "장    소: 강북구청 3층 재난안전상황실", "제안서 12부". The item names neither the question's words
 * nor its subject, which a heading or the document title gives; what ties it to the question is
 * that its label names the kind of value asked for (일시 for 언제, 장소 for 어디) or its figure is
 * counted with the counter the question asks with (몇 부 → 12부).
 */

/** Labels of a time: 일시, 일자, 기간, 기한, 날짜, 시기, 일정, 마감 (행사일시, 제출일시, 과업기간, 일 시). */
const DATE_LABEL = /(?:일시|일자|기간|기한|날짜|시기|일정|마감|시간)$/u;
/** A date as Korean documents write it: a year, a month, or "7. 25." */
const DATE_VALUE = /(?:19|20)\d{2}|\d{1,2}\s*월|\d{1,2}\.\s*\d{1,2}\./u;
/** Labels of a place: 장소, 위치, 소재지, 주소, and the -처 of an office (접수처, 제출처, 발주처). */
const PLACE_LABEL = /(?:장소|위치|소재지|주소|접수처|제출처|발주처)$/u;
/** "어디", "where", and 어느 with a noun for a place (표준국어대사전: 장소 '어떤 일이 이루어지거나 일어나는 곳'). */
const ASKS_PLACE = /어디|어느\s*(?:곳|장소|위치|지점)|\bwhere\b/iu;
/** Labels of a frequency: 주기 and 빈도 (갱신주기, 점검주기, 보고 빈도). */
const FREQUENCY_LABEL = /(?:주기|빈도)$/u;

/**
 * "언제까지", "by what year", "until when": the question asks a deadline, the end of a period. A
 * sentence gives one when a time closes with 까지 or 안에/내/이내 (by, within) or follows by, until,
 * till or through ("2027년까지", "1월 안에", "by 2027", "until the end of 2028").
 */
const ASKS_DEADLINE = /언제\s*까지|몇\s*(?:년|월|일)\s*까지|\b(?:by|until|till) (?:when|what (?:year|date|month|time))\b|\bdeadline\b/iu;
const STATES_DEADLINE = new RegExp(
  `(?:(?:19|20)\\d{2}\\s*년|\\d{1,2}\\s*월(?:\\s*\\d{1,2}\\s*일)?|\\d{1,2}\\.\\s*\\d{1,2}\\.|(?:이달|올해|연내|연말))\\s*(?:말\\s*)?(?:까지|안에|안|내에|내|이내|중)|\\b(?:by|until|till|through|no later than)\\s+(?:the end of\\s+)?(?:(?:19|20)\\d{2}\\b|(?:${MONTHS.join('|')})\\b)`,
  'iu',
);

/** "행 사 일 시: …" → "행사일시": the label of a labelled item, letter spacing closed up; undefined for a sentence. */
export function itemLabel(sentence: string): string | undefined {
  const match = /^([^:\n|]{1,24}):[ \t]*\S/u.exec(sentence.trim());
  return match?.[1]?.replace(/\s+/g, '');
}

/**
 * What may follow a counter: a particle, then no more of the word ("6곳이", "12부를", "10건"), so "12부터"
 * (from 12) and "3개월" count nothing.
 */
const COUNTER_END = '(?:이|가|은|는|을|를|의|에|에서|에는|씩|만|도|와|과|로|으로|까지)?(?![\\uAC00-\\uD7AF])';

/**
 * One unit under several words (표준국어대사전: 군데 "곳", 개소 "곳"): a count in one answers a question
 * asked in another ("몇 군데" by "6곳"). The general counter 개 is no such word: "17개 시도" counts
 * provinces, not the records "몇 건" asks.
 */
function sameCounters(counter: string): string {
  return /^(?:곳|군데|개소)$/u.test(counter) ? '(?:곳|군데|개소)' : counterOrSymbol(counter);
}

/**
 * The counters a question counts with: "몇 부를" → 부, "몇 명" → 명, "몇 시에" → 시. The counter may
 * close the question with the copula 이다 ("몇 명이에요", "몇 개예요", "몇 곳이었어", "몇 번임"), as a
 * noun does. Not its 인가/인지 forms, which often close one clause of a longer question ("몇 명인지와
 * 언제인지"): with them a set never read lost a key fact.
 */
export function askedCounters(question: string): readonly string[] {
  return recentCounters.get(question, () => countersOf(question));
}

/** Read for every candidate sentence of one question (answersAskedKind): the last few are kept. */
const recentCounters = new Recent<readonly string[]>(64);

function countersOf(question: string): string[] {
  const korean = [
    ...question
      .normalize('NFC')
      .matchAll(
        /(?<![\uAC00-\uD7AF])몇\s*([\uAC00-\uD7AF]{1,2}?)(?:(?:을|를|이|가|은|는|도|씩|만|에|에서|부터|까지|로|으로)(?![\uAC00-\uD7AF])|(?:이에요|예요|이야|이었|였|입니|이죠|이고|임)|(?![\uAC00-\uD7AF]))/gu,
      ),
  ].map((m) => m[1] as string);
  // "how many copies" counts in 부 as "몇 부" does (english-counters.ts).
  return [...korean, ...englishCounts(question).flatMap((c) => c.counters)];
}

/** "몇 시": documents write the hour as a clock time ("18:00", "15:00 ~ 17:30"), rarely as "18시". */
const CLOCK_TIME = /(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)/u;

/**
 * Whether the sentence gives the kind of value the question asks for, by its label or its counter.
 * In an uploaded document (`upload`) a percentage, or a list for a question asking one, counts as well: its 개조식 items state a share with
 * labels of their own ("비중은 기술능력평가 90%, 가격평가 10%" for "기술 점수랑 가격 점수는 몇
 * 퍼센트씩"), while prose that names its subject (the official documents) gains nothing from it:
 * there a bonus for every percentage lifted rates of other things over the asked one (measured).
 */
export function answersAskedKind(question: string, sentence: string, upload = false): boolean {
  const label = itemLabel(sentence);
  const value = label === undefined ? '' : sentence.slice(sentence.indexOf(':') + 1);
  if (label && answerTypes(question).includes('date') && DATE_LABEL.test(label) && DATE_VALUE.test(value)) return true;
  if (label && ASKS_PLACE.test(question) && PLACE_LABEL.test(label) && value.trim().length > 0) return true;
  if (label && FREQUENCY.test(question) && FREQUENCY_LABEL.test(label) && value.trim().length > 0) return true;
  if (upload && answerTypes(question).includes('percent') && carries('percent', sentence, question)) return true;
  if (ASKS_DEADLINE.test(question) && STATES_DEADLINE.test(sentence)) return true;
  // A list asked for ("출연진 라인업", "명단") is given by an item that lists ("섭외팀: 김연우, 10cm, 양희은, …"),
  // in an upload for the reason a percentage is: its items name their subject in the heading above.
  if (upload && answerTypes(question).includes('list') && carries('list', sentence, question)) return true;
  // So is a person asked for ("누구야"), named with a role ("백승엽 학생은 …") under the release's title.
  if (upload && answerTypes(question).includes('person') && namesAnotherPerson(sentence, question)) return true;
  return askedCounters(question).some(
    (counter) =>
      new RegExp(`\\d\\s*${sameCounters(counter)}${COUNTER_END}`, 'u').test(sentence) ||
      (counter === '시' && CLOCK_TIME.test(sentence)) ||
      labelledFigure(counter, sentence),
  );
}
