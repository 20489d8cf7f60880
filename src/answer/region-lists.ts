import { KO_REGIONS } from '../text/lexicon/ko.js';
import { searchTerms } from '../text/search-terms.js';
import { restatesClaim } from './claim-words.js';
import { questionSpecifics, type Specific } from './question-specifics.js';

/**
 * A region the question counts among those of an event ("기회발전특구 1차 지정 때 경기도도 들어갔던데"):
 * when the answer lists the event's regions (three or more in one sentence) and no list of its has
 * that region, the documents name the event's regions without it, and the premise fails; a sentence
 * naming the region on another matter ("경기도 용인시에 조성되는 …") is no list of the event's.
 * Held to a question naming one region, so which region is taken as given is not in doubt.
 */

/** The two-letter romanisations documents write for the provinces ("Gyeongbuk", "Jeonnam"), besides their English names. */
const SHORT_ROMANISED: Readonly<Record<string, string>> = {
  충북: 'Chungbuk',
  충남: 'Chungnam',
  전북: 'Jeonbuk',
  전남: 'Jeonnam',
  경북: 'Gyeongbuk',
  경남: 'Gyeongnam',
};

/** Per region, the pattern of its names in a sentence: the short or full Korean name as a word of its own, or an English one. */
const REGION_PATTERNS: readonly { short: string; pattern: RegExp }[] = KO_REGIONS.map(([short, full, english]) => {
  const latin = [english, SHORT_ROMANISED[short]].filter(Boolean).join('|');
  return {
    short,
    pattern: new RegExp(
      `(?<![\\uAC00-\\uD7AF])(?:${full}|${short})(?:특별시|광역시|특별자치시|특별자치도|도|시)?(?![\\uAC00-\\uD7AF]{2})|\\b(?:${latin})\\b`,
      'u',
    ),
  };
});

/** The regions a sentence names, by their short Korean names. */
export function regionsIn(text: string): string[] {
  return REGION_PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ short }) => short);
}

/** The question's one region, as its specific, when it names exactly one. */
function askedRegion(question: string): { specific: Specific; short: string } | undefined {
  const places = questionSpecifics(question).filter((s) => s.kind === 'place');
  const shorts = [...new Set(places.flatMap((p) => regionsIn(p.text)))];
  if (shorts.length !== 1) return undefined;
  return { specific: places[0] as Specific, short: shorts[0] as string };
}

/** The one region an English question names ("Was Gyeongbuk the first …"), as written: English names are no place specifics. */
function onlyRegionNamed(question: string): { specific: Specific; short: string } | undefined {
  const named = REGION_PATTERNS.flatMap(({ short, pattern }) => {
    const written = pattern.exec(question)?.[0];
    return written ? [{ short, written }] : [];
  });
  const one = named.length === 1 ? named[0] : undefined;
  return one ? { specific: { kind: 'place', text: one.written, forms: [one.written] }, short: one.short } : undefined;
}

/** The question's region, when the answer lists regions in sentences of three or more and none of them has it. */
export function contradictedRegionLists(question: string, answerSentences: readonly string[]): Specific[] {
  const asked = askedRegion(question);
  if (!asked) return [];
  const lists = answerSentences.map(regionsIn).filter((regions) => regions.length >= 3);
  return lists.length > 0 && lists.every((regions) => !regions.includes(asked.short)) ? [asked.specific] : [];
}

/**
 * "경북이 비수도권 시·도 중 처음으로 면적 상한을 다 썼다던데": only one can be the first (or the only
 * one) to do a thing. When an answer sentence makes the same claim of first (처음으로, 최초로, 가장
 * 먼저, 유일하게; "the first to", "the only") in the question's words, and names other regions but
 * not the question's, the documents give the first to someone else, and the premise fails.
 */
const KO_FIRST = /처음으로|최초로|가장\s*먼저|유일하게|유일한/u;
const EN_FIRST = /\b(?:the\s+)?first\s+(?:[\w-]+\s+){0,8}?to\b|\bthe\s+only\b/iu;
const REGION_TERMS: ReadonlySet<string> = new Set(KO_REGIONS.flatMap((names) => names.flatMap((name) => searchTerms(name))));

export function contradictedFirstRegion(question: string, answerSentences: readonly string[]): Specific[] {
  const text = question.normalize('NFC');
  const first = KO_FIRST.test(text) ? KO_FIRST : EN_FIRST.test(text) ? EN_FIRST : undefined;
  const asked = askedRegion(text) ?? onlyRegionNamed(text);
  if (!first || !asked) return [];
  const asks = [...new Set(searchTerms(text.replace(first, ' ')))].filter((term) => !REGION_TERMS.has(term));
  const contradicts = answerSentences.some((sentence) => {
    if (!first.test(sentence)) return false;
    const regions = regionsIn(sentence);
    if (regions.length === 0 || regions.includes(asked.short)) return false;
    return restatesClaim(asks, sentence.replace(first, ' '));
  });
  return contradicts ? [asked.specific] : [];
}
