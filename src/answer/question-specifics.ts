import { KO_NATIVE_NUMBERS, KO_REGIONS } from '../text/lexicon/ko.js';
import { joinThousands } from '../text/normalise.js';
import { searchTerms } from '../text/search-terms.js';
import type { TermPair } from '../text/term-pairs.js';
import { MONTHS, NUMBER_WORDS, SUM_SCALES } from './figures.js';

/**
 * What a question takes as given: a year, a count, a month, a name. The documents answer such a
 * question only when they state it; evidence about the same topic with another year or place
 * answers a different question (a false premise), however many words it shares.
 */
export interface Specific {
  kind: 'year' | 'number' | 'ordinal' | 'month' | 'name' | 'place' | 'event';
  /** As the question wrote it. */
  text: string;
  /** Ways a document may write it: digits, number words, the month's number in Korean. */
  forms: string[];
  /** Which passages can state it: a name in Latin letters only Latin text, a Korean place only Hangul text. */
  script?: 'latin' | 'hangul';
  /**
   * For an edition, the starts of the words after it ("기본", "plan"): "6차 기본계획" is not "제6차
   * 위원회". Any one of them near the edition will do (a question may abbreviate the next word).
   */
  heads?: string[];
}

const MONTH_ABBREVIATIONS = MONTHS.map((m) => m.slice(0, 3));
/** Ordinal words a document may use for an edition or a round ("the fifth plan"). */
const EN_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/**
 * Words that start with a capital letter inside a sentence but are not names: the sentence's first
 * word is left out by position, and these by being grammar ("I") or the question's language frame.
 */
const NOT_NAMES = new Set(['i', 'korea', 'korean', 'what', 'which', 'when', 'why', 'how', 'who', 'where']);

/** Korean's units of a sum, largest first (SUM_SCALES). */
const KO_SUM_UNITS = ['조', '억', '만'] as const;

/**
 * "200 million" as a Korean document writes it, "2억": English scales by thousands, Korean by ten
 * thousands, so the figure of a sum asked in English is another figure in a Korean text. Written in
 * the largest Korean unit that leaves at least one, when that takes at most one decimal ("1.5조");
 * a sum that takes more ("1조 2,345억") is left to its English figure.
 */
function koreanSum(n: number, after: string): string[] {
  const scale = SUM_SCALES[/^(thousand|million|billion|trillion)\b/i.exec(after)?.[1]?.toLowerCase() ?? ''];
  if (scale === undefined) return [];
  for (const unit of KO_SUM_UNITS) {
    const figure = Math.round(((n * scale) / (SUM_SCALES[unit] as number)) * 1e6) / 1e6;
    if (figure < 1) continue;
    return Number.isInteger(figure * 10) ? [`${figure}${unit}`] : [];
  }
  return [];
}

export function questionSpecifics(question: string): Specific[] {
  const text = joinThousands(question.normalize('NFKC'));
  const out: Specific[] = [];
  // A digit inside a Latin word ("CO2", "H2") is part of a name, not a figure.
  for (const m of text.matchAll(/(?<![A-Za-z\d.])(\d+(?:\.\d+)?)(?![\d.]*\d)/g)) {
    const value = m[1] ?? '';
    const n = Number(value);
    if (/^(?:19|20)\d{2}$/.test(value)) {
      out.push({ kind: 'year', text: value, forms: [value] });
      continue;
    }
    const after = text.slice((m.index ?? 0) + value.length).trimStart();
    // "3월", "21일": parts of a date; the month is read below, the day goes with it.
    if (/^(?:월|일|시|분)/.test(after)) continue;
    // "2차", "5th", "3번째": an edition or a round names the topic, it counts nothing.
    // An English suffix sits on the digits ("5th", not "7 strategic"); a Korean one may follow a space.
    const attached = text.slice((m.index ?? 0) + value.length);
    if (/^(?:th|st|nd|rd)\b/i.test(attached) || /^(?:차|번째|회)/.test(after)) {
      // An English ordinal numbers the noun phrase before its complement ("5th round of … Zone
      // designations" numbers rounds, not zones): its words end at the first preposition.
      const phrase = after.replace(/^(?:차|th|st|nd|rd|번째|회)/, '').replace(/\s(?:of|in|for|on|at|by|from|with|to)\s.*$/is, '');
      const words = phrase
        .split(/[^\p{L}]+/u)
        .filter((w) => /^(?:[\uAC00-\uD7AF]{2,}|[A-Za-z]{3,})$/u.test(w) && !/^(?:the|of|and|for)$/i.test(w))
        .slice(0, 3);
      const heads = words.map((w) => (/^[A-Za-z]/.test(w) ? w.slice(0, 4).toLowerCase() : w.slice(0, 2)));
      out.push({ kind: 'ordinal', text: value, forms: [value, EN_ORDINALS[n] ?? ''].filter(Boolean), ...(heads.length > 0 ? { heads } : {}) });
      continue;
    }
    const forms = [value, ...koreanSum(n, after)];
    if (Number.isInteger(n) && n <= 12) forms.push(NUMBER_WORDS[n] ?? '', KO_NATIVE_NUMBERS[n] ?? '', EN_ORDINALS[n] ?? '');
    out.push({ kind: 'number', text: value, forms: forms.filter(Boolean) });
  }
  for (const m of text.matchAll(/\b([A-Za-z]+)\b/g)) {
    const word = (m[1] ?? '').toLowerCase();
    const month = MONTHS.indexOf(word) >= 0 ? MONTHS.indexOf(word) : word.length === 3 ? MONTH_ABBREVIATIONS.indexOf(word) : -1;
    // "may" is a verb more often than a month.
    if (month >= 0 && word !== 'may')
      out.push({ kind: 'month', text: m[1] ?? word, forms: [MONTHS[month] ?? word, MONTH_ABBREVIATIONS[month] ?? word, `${month + 1}월`] });
  }
  for (const m of text.matchAll(/(\d{1,2})\s*월/g)) {
    const month = Number(m[1]) - 1;
    if (month >= 0 && month < 12) out.push({ kind: 'month', text: m[0], forms: [`${month + 1}월`, MONTHS[month] ?? '', MONTH_ABBREVIATIONS[month] ?? ''] });
  }
  const sentenceStarts = new Set([0, ...[...text.matchAll(/[.?!]\s+/g)].map((m) => (m.index ?? 0) + m[0].length)]);
  // A single capitalised word ("Busan"); a run of them is a title ("National High-Tech Strategic
  // Industries Act"), which the question's units already weigh word by word.
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(?<!\p{Lu}[\p{L}]*[\s-])(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}]|[\s-]\p{Lu})/gu)) {
    const word = m[1] ?? '';
    if (sentenceStarts.has(m.index ?? -1) || NOT_NAMES.has(word.toLowerCase()) || MONTHS.includes(word.toLowerCase())) continue;
    // A function word capitalised where a rewritten follow-up no longer starts with it ("… Did the
    // agreement shorten it?") is grammar, not a name: it has no search terms.
    if (EN_REGION_NAMES.has(word) || searchTerms(word).length === 0) continue;
    out.push({ kind: 'name', text: word, forms: [word], script: 'latin' });
  }
  // A body of government named in Korean ("국토교통부 장관이 주재한", "지방시대위원회가 심의한"): like
  // a Latin name, the answer must name it. Only full names: a ministry (four syllables or more
  // with 부, so not 정부, 일부, 세부), a committee or a public corporation (공단).
  for (const m of text.matchAll(KO_BODY)) out.push({ kind: 'name', text: m[1] as string, forms: [m[1] as string], script: 'hangul' });
  // A Korean region as a word of its own ("서울 본사", "경남은"), not inside a name ("서울경제"); in
  // English, by its romanised name wherever it stands: first in the sentence or inside a title
  // ("Sejong Government Complex") it is still the place.
  for (const { pattern, forms, english } of regionPatterns()) {
    const found = pattern.exec(text);
    if (found) out.push({ kind: 'place', text: found[0], forms, script: 'hangul' });
    const named = english.exec(text);
    if (named) out.push({ kind: 'place', text: named[0], forms: [named[0]], script: 'latin' });
  }
  return out;
}

const KO_BODY =
  /(?<![\uAC00-\uD7AF])([\uAC00-\uD7AF]{3,}부|[\uAC00-\uD7AF]{2,}위원회|[\uAC00-\uD7AF]{2,}공단)(?:은|는|이|가|을|를|의|와|과|에서|에|도|만|로|으로)?(?![\uAC00-\uD7AF])/gu;

/** What may follow a place name in the same word: its unit (시, 도) and a particle. */
const KO_PLACE_TAIL = '(?:시|도)?(?:에서|으로|에는|에|의|은|는|이|가|을|를|도|과|와|로|만|까지)?(?![\\uAC00-\\uD7AF])';

/**
 * A complex is named by its region and locality run together ("울산미포", "인천남동 국가산업단지",
 * "광주 본촌"): in a list item or before the kind of complex, the region is stated. A newspaper or
 * body named so ("서울경제 보도", "부산일보에") goes on with other words, and is no place.
 */
const KO_LOCALITY_TAIL = '\\s?[\\uAC00-\\uD7AF]{1,3}\\d?(?=\\s*(?:$|\\n|[,·)(]|(?:국가|일반)?산업단지|산단))';

/** The regions' romanised names ("Seoul", "South Gyeongsang"), each word of them. */
const EN_REGION_NAMES = new Set(KO_REGIONS.flatMap(([, , english]) => english.split(' ')));

/** Patterns per region, compiled once (every ask reads the question's specifics). */
let regions: { pattern: RegExp; forms: string[]; english: RegExp }[] | undefined;
function regionPatterns(): { pattern: RegExp; forms: string[]; english: RegExp }[] {
  regions ??= KO_REGIONS.map(([short, full, english]) => ({
    pattern: new RegExp(`(?<![\\uAC00-\\uD7AF])(?:${full}|${short})${KO_PLACE_TAIL}`, 'u'),
    forms: [short, full],
    english: new RegExp(`\\b${english}\\b`),
  }));
  return regions;
}

/** Whether `text` states the specific in one of its forms (a number as a whole number, words as whole words). */
/** How far after an edition its word may stand ("제6차 산업집적활성화 기본계획"). */
const HEAD_REACH = 40;

/** An edition as a document writes it ("제5차", "5th", "fifth"), followed within reach by the word it numbers. */
function statesEdition(haystack: string, specific: Specific): boolean {
  const [digits, word] = specific.forms;
  const pattern = new RegExp(`(?<![\\d.])${digits}\\s*(?:차|th|st|nd|rd|번째|회)${word ? `|\\b${word}\\b` : ''}`, 'gu');
  for (const m of haystack.matchAll(pattern)) {
    const end = (m.index ?? 0) + m[0].length;
    // The words are checked in the edition's own script: "5차 계획안" answers "the 5th Basic Plan".
    const korean = /[차회째]$/.test(m[0]);
    const heads = (specific.heads ?? []).filter((h) => /^[\uAC00-\uD7AF]/.test(h) === korean);
    if (heads.length === 0 || heads.some((h) => haystack.slice(end, end + HEAD_REACH).includes(h))) return true;
    const above = headingAbove(haystack, m.index ?? 0);
    if (above && heads.some((h) => above.includes(h))) return true;
  }
  return false;
}

/**
 * The line above an item that opens with the edition ("음악축제 섭외리스트" over "·1회(2022년)
 * 섭외팀: …"): a list of editions names its series once, in its heading, and each item only by
 * its number. Undefined when the edition stands inside a line.
 */
function headingAbove(haystack: string, at: number): string | undefined {
  const lineStart = haystack.lastIndexOf('\n', at - 1) + 1;
  if (lineStart === 0 || !/^[\s\-–·•∙◦○●□■▪※*|제第]*$/u.test(haystack.slice(lineStart, at))) return undefined;
  const previous = haystack.lastIndexOf('\n', lineStart - 2) + 1;
  return haystack.slice(Math.max(previous, lineStart - 1 - HEAD_REACH), lineStart - 1);
}

/**
 * Whether `text` is about another edition of the series the question asks about: it numbers the
 * same word ("제5차 기본계획" for a question on "4차 기본계획") with another number, and never with
 * the asked one. Such a sentence answers the question about the other edition, however many words
 * it shares with it.
 */
export function aboutOtherEdition(text: string, editions: readonly Specific[]): boolean {
  const haystack = joinThousands(text.normalize('NFKC')).toLowerCase();
  if (editions.some((asked) => statesEdition(haystack, asked))) return false;
  return editions.some((e) => e.kind === 'ordinal' && e.heads && numbersOther(haystack, e, editions));
}

/**
 * An edition's head words in the other language too, through the documents' own term pairs
 * ("기본" of "기본계획" pairs with "Basic Plan"): a Korean question's edition is then recognised in
 * an English sentence ("the draft 5th plan") and the other way round.
 */
export function withTranslatedHeads(specific: Specific, pairs: readonly TermPair[]): Specific {
  if (!specific.heads) return specific;
  const heads = new Set(specific.heads);
  const starts = (words: string, size: number) =>
    words
      .toLowerCase()
      .split(/[\s·]+/)
      .filter((w) => w.length >= size && !/^(?:the|of|for|and|on)$/.test(w))
      .map((w) => w.slice(0, size));
  for (const head of specific.heads) {
    const korean = /^[\uAC00-\uD7AF]/.test(head);
    for (const pair of pairs) {
      const [own, other] = korean ? [pair.ko, pair.en] : [pair.en, pair.ko];
      if (starts(own, head.length).includes(head)) for (const h of starts(other, korean ? 4 : 2)) heads.add(h);
    }
  }
  return { ...specific, heads: [...heads] };
}

/** Any edition a text may state: "제5차", "제2회", "5th", "fifth" (the forms the question's own editions are read in). */
const ANY_EDITION = new RegExp(`(?<![\\d.])(\\d{1,2})\\s*(?:차|th|st|nd|rd|번째|회)|\\b(${EN_ORDINALS.filter(Boolean).join('|')})\\b`, 'gu');

function numbersOther(haystack: string, specific: Specific, editions: readonly Specific[]): boolean {
  const asked = new Set(editions.map((e) => Number(e.forms[0])));
  const heads = specific.heads ?? [];
  for (const m of haystack.matchAll(ANY_EDITION)) {
    const n = m[1] ? Number(m[1]) : EN_ORDINALS.indexOf(m[2] ?? '');
    if (asked.has(n)) continue;
    const end = (m.index ?? 0) + m[0].length;
    const korean = /[차째회]$/.test(m[0]);
    if (heads.some((h) => /^[\uAC00-\uD7AF]/.test(h) === korean && haystack.slice(end, end + HEAD_REACH).includes(h))) return true;
  }
  return false;
}

export function states(text: string, specific: Specific): boolean {
  const haystack = joinThousands(text.normalize('NFKC')).toLowerCase();
  if (specific.kind === 'ordinal') return statesEdition(haystack, specific);
  return specific.forms.some((form) => {
    const f = form.toLowerCase();
    if (/^\d/.test(f)) return new RegExp(`(?<![\\d.])${f.replace('.', '\\.')}(?![\\d]|\\.\\d)`).test(haystack);
    if (/^[a-z]/.test(f)) return new RegExp(`\\b${f}`).test(haystack);
    if (specific.kind === 'name') return haystack.includes(f);
    if (specific.kind === 'place') return new RegExp(`(?<![\\uAC00-\\uD7AF])${f}(?:${KO_PLACE_TAIL}|${KO_LOCALITY_TAIL})`, 'u').test(haystack);
    // A Korean count word stands before its counter ("세 가지", "세 곳"); a month is "3월".
    return f.endsWith('월')
      ? new RegExp(`(?<!\\d)${f}`).test(haystack)
      : new RegExp(`(?<![\\uAC00-\\uD7AF])${f}\\s*(?:가지|곳|개|명|기|차례|번)`).test(haystack);
  });
}
