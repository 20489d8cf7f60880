import { searchTerms } from '../text/search-terms.js';
import { splitSentences } from '../text/sentences.js';
import { YEARS } from './figures.js';

/**
 * A year the question gives an event ("first enacted in 2002", "2019년에 처음 지정된"): when the answer
 * names the same event with another year ("was first enacted on 13 January 1990") and no sentence
 * read names it with the question's year (under its heading: "July 2023 designation > … designated
 * seven complexes"), the documents contradict the premise. A year standing elsewhere in the text
 * ("renamed … on 30 December 2002") does not support it: the year is the event's.
 *
 * Only an event that happens once is held to one year: one the question calls the first ("first
 * designated in", "처음 지정된", "최초") or one that happens once by its nature (a law's enactment, a
 * body's founding or launch, an abolition). Designations, selections and meetings recur, and the
 * answer may well name another round of them with its own year.
 */
export interface EventYear {
  /** The event's search terms: the English verb's stem, the Korean verbal noun's. */
  event: string[];
  year: string;
  /** The claim as the question wrote it. */
  text: string;
  /**
   * The claim is of the first of a kind ("2024년에 처음 뽑힌 문화선도산단", "the first complexes chosen in
   * 2024"), named by its noun: a sentence states the same event only when it calls it the first too.
   */
  first?: boolean;
}

/** An English past participle, then within a few words "in/on [month] YEAR": "enacted in 2002", "designated in June 2024". */
const EN_CLAIM = /\b([a-z]{4,}ed)\s+(?:[a-z]+\s+){0,3}?(?:in|on)\s+(?:[a-z]+\s+)?(?:\d{1,2}\s+)?((?:19|20)\d{2})\b/giu;
/** A Korean year, then within a few words a verbal noun made past or adnominal by 되다/하다: "2023년에 지정된", "2002년 처음 제정됐다". */
const KO_CLAIM =
  /((?:19|20)\d{2})년(?:\s*\d{1,2}월)?(?:에|엔)?\s+(?:[\uAC00-\uD7AF]+\s+){0,2}?([\uAC00-\uD7AF]{2,}?)(?:된|됐|되었|한|했|하였)(?![\uAC00-\uD7AF]{2})/gu;
/**
 * "2024년에 처음 뽑힌 문화선도산단": a year, "first" (처음, 최초로, 맨 처음), any verb, then the noun it
 * qualifies. The verb may be a native one ("뽑힌", "생긴"); the noun names what was first.
 */
const KO_FIRST_CLAIM =
  /((?:19|20)\d{2})년(?:\s*\d{1,2}월)?(?:에|엔)?\s+(?:맨\s*)?(?:처음|최초로?)\s+[\uAC00-\uD7AF]+\s+([\uAC00-\uD7AF]{2,}?)(?:이|가|은|는|을|를|의|들)?(?![\uAC00-\uD7AF])/gu;
/** "the first culture complexes chosen in 2024": the noun phrase, then a participle and the year. */
const EN_FIRST_CLAIM =
  /\bthe first\s+((?:[a-z-]+\s+){0,3}?[a-z-]{4,})\s+(?:[a-z]+ed|chosen|picked|named|set up)\s+(?:[a-z]+\s+){0,2}?(?:in|on)\s+(?:[a-z]+\s+)?((?:19|20)\d{2})\b/giu;
const FIRST = /\bfirst\b|처음|최초|첫/iu;
const ONCE = /^(?:enact|establish|found|launch|abolish|제정|설립|창립|출범|폐지)/u;
/** English words ending in -ed that name no event ("based", "need"). */
const NOT_EVENTS = new Set(['based', 'called', 'named', 'needed', 'used', 'expected', 'planned', 'proposed', 'reported', 'stated']);

export function eventYears(question: string): EventYear[] {
  const text = question.normalize('NFC');
  const claims: EventYear[] = [];
  for (const m of text.matchAll(EN_CLAIM)) {
    const verb = (m[1] as string).toLowerCase();
    if (NOT_EVENTS.has(verb)) continue;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0);
    if (FIRST.test(before) || ONCE.test(verb)) claims.push({ event: searchTerms(verb), year: m[2] as string, text: m[0] });
  }
  for (const m of text.matchAll(KO_CLAIM)) {
    const noun = m[2] as string;
    if (FIRST.test(m[0]) || ONCE.test(noun)) claims.push({ event: searchTerms(noun), year: m[1] as string, text: m[0] });
  }
  for (const m of text.matchAll(KO_FIRST_CLAIM)) claims.push({ event: searchTerms(m[2] as string), year: m[1] as string, text: m[0], first: true });
  for (const m of text.matchAll(EN_FIRST_CLAIM)) claims.push({ event: searchTerms(m[1] as string), year: m[2] as string, text: m[0], first: true });
  return claims.filter((c) => c.event.length > 0);
}

function names(sentence: string, claim: EventYear): boolean {
  const have = new Set(searchTerms(sentence));
  return claim.event.every((t) => have.has(t)) && (!claim.first || FIRST.test(sentence));
}

/**
 * The years a sentence gives the claim's event. A first of a kind takes the year that dates its
 * "first": Korean writes it before ("2024년 3월 전담팀 출범부터 2025년 첫 선정까지": 2025), English
 * after ("in March 2024 … selecting the first complexes in March 2025": 2025); failing that, the
 * nearest. Another event takes every year of the sentence.
 */
function eventYearsIn(sentence: string, claim: EventYear): string[] {
  const all = [...sentence.matchAll(YEARS)];
  if (!claim.first || all.length < 2) return all.map((m) => m[0]);
  const at = sentence.search(FIRST);
  const korean = /[\uAC00-\uD7AF]/u.test(sentence.slice(Math.max(0, at - 12), at + 12));
  const side = all.filter((m) => (korean ? (m.index ?? 0) < at : (m.index ?? 0) > at));
  const pool = side.length > 0 ? side : all;
  const nearest = pool.reduce((best, m) => (Math.abs((m.index ?? 0) - at) < Math.abs((best.index ?? 0) - at) ? m : best));
  return [nearest[0]];
}

export interface ReadPassage {
  text: string;
  sectionPath: string;
}

/** The sentences of the passages read, each under its section heading ("July 2023 designation > …"). */
export function sentencesUnderHeadings(read: readonly ReadPassage[]): string[] {
  return read.flatMap((p) => splitSentences(p.text).map((s) => `${p.sectionPath} ${s.text}`));
}

/**
 * The question's event years the answer contradicts: an answer sentence names the event with
 * other years only, and no sentence read names it with the question's year.
 */
export function contradictedYears(question: string, answerSentences: readonly string[], read: readonly ReadPassage[]): EventYear[] {
  const claims = eventYears(question);
  if (claims.length === 0) return [];
  const readSentences = sentencesUnderHeadings(read);
  return claims.filter((claim) => {
    const against = answerSentences.some((s) => {
      const ys = eventYearsIn(s, claim);
      return names(s, claim) && ys.length > 0 && !ys.includes(claim.year);
    });
    return against && !readSentences.some((s) => names(s, claim) && eventYearsIn(s, claim).includes(claim.year));
  });
}
