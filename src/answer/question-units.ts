import { RecentPerTable } from '../core/recent.js';
import type { Lang } from '../core/types.js';
import { findGlossaryPhrases } from '../retrieve/glossary.js';
import { counterTokens, isHangulTerm, isNumberTerm, questionWords } from '../text/query-words.js';
import { searchTerms } from '../text/search-terms.js';
import type { TermPair } from '../text/term-pairs.js';
import { englishCounts } from './english-counters.js';

/** One content word of the question with its terms in each language. */
export interface QuestionUnit {
  word: string;
  /** A verb or adverb form (see questionWords). */
  predicate?: boolean;
  /** Reads as a stem and an ending though a noun could be spelt so (see looksInflected). */
  inflected?: boolean;
  /** The noun of a 하다/되다 verb ("폐업한" -> "폐업"): it names the event, and weighs as a noun. */
  verbalNoun?: boolean;
  /**
   * The class of thing asked for ("which regions", "어느 지역"): its members answer ("Cheongju,
   * Pohang"), so the word itself need not appear in the evidence.
   */
  askedClass?: boolean;
  /** Inherited from the conversation by a follow-up's rewrite, not typed in this question. */
  carried?: boolean;
  /** The phrase the question word asks the value of ("최종 승인 언제"): it weighs more in choosing sentences. */
  focus?: boolean;
  /** The question's own word and, for a glossary phrase, the entry's first form in the other language. */
  ko: string[];
  en: string[];
  /**
   * Every form of the unit's glossary entry, per language, as search terms: the forms are
   * equivalents, so any one of them covers the unit ("law" is covered by "Act", "법률" by "법").
   */
  forms?: { ko: string[][]; en: string[][] };
}

/**
 * The question as units of meaning: each glossary phrase it contains ("opportunity development
 * zones", "기회발전특구") is one unit with terms in both languages; every other content word is a
 * unit in its own language only (numbers count in both).
 */
/**
 * "which regions", "what companies", "어느 지역", "어떤 기관": the nouns naming what the answer lists,
 * one per part of the question ("on what date …, and at which venue").
 */
const EN_ASKED_CLASS = /\b(?:which|what)\s+(?!(?:is|are|was|were|do|does|did|will|would|can|could|should|has|have|had|kind|type|sort)\b)([a-z]+)/gi;
const KO_ASKED_CLASS = /(?:어느|어떤|무슨)\s+([\uAC00-\uD7AF]+)/gu;

/**
 * "제출한 사람은 누구", "열리는 장소는 어디", "착공 시기는 언제": the noun before the question word
 * only restates its category (표준국어대사전: 누구 '잘 모르는 사람', 어디 '잘 모르는 곳', 언제 '잘 모르는
 * 때'); a name, a place or a date answers, and no document need use the noun.
 */
const KO_CATEGORY_HEAD =
  /(?<![\uAC00-\uD7AF])(?:(사람|인물)(?:은|는|이|가)\s*(?:누구|누가)|(장소)(?:은|는|이|가)\s*어디|(날짜|시기|시점)(?:은|는|이|가)\s*언제)/gu;

/**
 * "어디서 했음? 장소만 알려줘", "언제야? 날짜 좀 알려줘": a request for the category the question word
 * already asks (장소 for 어디, 날짜 or 시기 for 언제, 사람 for 누구) restates it, as the noun before the
 * question word does (KO_CATEGORY_HEAD).
 */
const KO_CATEGORY_REQUEST: readonly [RegExp, RegExp][] = (
  [
    [/어디/u, '장소|위치'],
    [/언제/u, '날짜|시기|시점|일자'],
    [/누구|누가/u, '사람|인물|이름'],
  ] as const
).map(([asks, nouns]) => [asks, new RegExp(`(?<![\\uAC00-\\uD7AF])(${nouns})(?:만|은|는|을|를|도)?\\s*(?:좀\\s*)?(?:알려|말해|가르쳐)`, 'u')]);

export function askedClasses(question: string): string[] {
  const en = [...question.matchAll(EN_ASKED_CLASS)].map((m) => (m[1] as string).toLowerCase());
  const ko = [...question.matchAll(KO_ASKED_CLASS)].flatMap((m) => questionWords(m[1] as string)[0]?.word ?? []);
  const category = [...question.matchAll(KO_CATEGORY_HEAD)].flatMap((m) => m.slice(1).filter((g): g is string => g !== undefined));
  const requested = KO_CATEGORY_REQUEST.flatMap(([asks, request]) => (asks.test(question) ? (request.exec(question)?.[1] ?? []) : []));
  return [...en, ...ko, ...category, ...requested];
}

/**
 * One ask reads the same question (and its parts) several times: answerability, evidence
 * selection, each part. Units depend only on the text and the term table, so the last few are
 * kept per table (a new index brings a new table object, and its entries go with it).
 */
const recentUnits = new RecentPerTable<QuestionUnit[]>(64);

export function questionUnits(question: string, termPairs?: readonly TermPair[]): QuestionUnit[] {
  return recentUnits.get(termPairs, question, () => {
    const asked = new Set(askedClasses(question.normalize('NFC')));
    return unitsOf(question, termPairs).map((u) => (asked.has(u.word.toLowerCase()) ? { ...u, askedClass: true } : u));
  });
}

function unitsOf(question: string, termPairs?: readonly TermPair[]): QuestionUnit[] {
  const text = question.normalize('NFC');
  const units: QuestionUnit[] = [];
  let rest = text;
  const counters = counterTokens(text);
  for (const match of findGlossaryPhrases(text, termPairs)) {
    // An everyday verb ("뽑힌", "chosen") stays the question's own verb, weighed as verbs are: read
    // as the documents' term it would cover a question about something else on a verb alone.
    if (match.plain && readsAsVerb(text.slice(match.start, match.end))) continue;
    // A counter after 몇 with its particle ("몇 부를") counts; it is no word a glossary form spells (부를 of 부르다).
    if (counters.has(text.slice(match.start, match.end))) continue;
    const word = text.slice(match.start, match.coreEnd);
    const own = searchTerms(word);
    const isKo = own.some(isHangulTerm);
    // A word of the shared administrative vocabulary stays the question's own word, read as any
    // other; an English one gains only its Korean forms (below), so that it meets a Korean document.
    // An English phrase of it ("vice minister", "vice-minister") is one unit, as its words alone name nothing.
    const sharedPhrase = match.shared && !isKo && /[\s-]/.test(word);
    if (match.shared && !sharedPhrase) continue;
    const forms = (list: readonly string[]) => list.map(searchTerms).filter((terms) => terms.length > 0);
    // In the question's own language, a form inside the word it used is broader than what was
    // asked ("기업" for "입주기업", "basic plan" for the full plan name): it does not stand for it.
    const lower = word.toLowerCase();
    const ownForms = (list: readonly string[]) => forms(list.filter((f) => !(f.length < lower.length && lower.includes(f.toLowerCase()))));
    units.push({
      word,
      ...(match.verb || verbOfPhrase(text, match.start, match.coreEnd) ? { predicate: true } : {}),
      ko: isKo ? own : searchTerms(match.ko),
      en: isKo ? searchTerms(match.en) : own,
      forms: sharedPhrase
        ? { ko: forms(match.koForms), en: [] }
        : { ko: isKo ? ownForms(match.koForms) : forms(match.koForms), en: isKo ? forms(match.enForms) : ownForms(match.enForms) },
    });
    rest = `${rest.slice(0, match.start)}${' '.repeat(match.end - match.start)}${rest.slice(match.end)}`;
  }
  const counted = englishCounts(text);
  for (const { word, predicate, inflected, verbalNoun } of questionWords(rest)) {
    const own = searchTerms(word);
    // Numbers and acronyms are written alike in both languages: Korean text writes "KPI", "RE100",
    // "LH" in Latin letters, so a Korean passage covers them as an English one does.
    const numbers = LATIN_ACRONYM.test(word) ? own : own.filter(isNumberTerm);
    // A word read as another ("처음" as "첫") takes that word's glossary forms ("제1차", "first");
    // the noun a "how many" counts, the Korean counter it is counted in ("days" as 일 of "200일").
    const counters = counted.find((c) => c.noun === word.toLowerCase())?.words;
    const entry = counters && counters.length > 0 ? withCounters(glossaryForms(word, termPairs), counters) : glossaryForms(word, termPairs);
    units.push({
      ...(own.some(isHangulTerm) ? { word, ko: own, en: numbers } : { word, ko: numbers, en: own }),
      ...(predicate ? { predicate } : {}),
      ...(inflected ? { inflected } : {}),
      ...(verbalNoun ? { verbalNoun } : {}),
      ...(entry ? { forms: entry } : {}),
    });
  }
  return units;
}

/** An acronym in capitals, digits allowed ("KPI", "RE100", "AX"): the same letters in either language's text. */
const LATIN_ACRONYM = /^[A-Z][A-Z0-9]+$/u;

/** Glossary forms with the Korean counters added to the Korean side. */
function withCounters(forms: QuestionUnit['forms'], counters: readonly string[]): NonNullable<QuestionUnit['forms']> {
  return { ko: [...(forms?.ko ?? []), ...counters.map((c) => searchTerms(c)).filter((t) => t.length > 0)], en: forms?.en ?? [] };
}

/** The forms of the glossary entry a whole word is one of, per language, as search terms. */
function glossaryForms(word: string, termPairs?: readonly TermPair[]): QuestionUnit['forms'] {
  const [match] = findGlossaryPhrases(word, termPairs);
  if (match?.start !== 0 || match.coreEnd !== word.length) return undefined;
  const forms = (list: readonly string[]) => list.map(searchTerms).filter((terms) => terms.length > 0);
  if (!match.shared) return { ko: forms(match.koForms), en: forms(match.enForms) };
  // The shared vocabulary is there for English questions on Korean uploads; a Korean word keeps
  // its own weight, which English forms (as rare as their best-known form) would lower.
  return searchTerms(word).some(isHangulTerm) ? undefined : { ko: forms(match.koForms), en: [] };
}

/**
 * A glossary phrase the question uses as a verb ("지정되어 있습니까", "designated"): the word it
 * stands in is read as questionWords reads it, so a verb paraphrases as freely as any other.
 */
function verbOfPhrase(text: string, start: number, coreEnd: number): boolean {
  const before = /[\p{L}\p{N}]*$/u.exec(text.slice(0, start))?.[0] ?? '';
  const after = /^[\p{L}\p{N}]*/u.exec(text.slice(coreEnd))?.[0] ?? '';
  if (before.length > 0 || after.length === 0) return false;
  return questionWords(text.slice(start, coreEnd) + after)[0]?.predicate === true;
}

/** An everyday phrase is a verb when its last word reads as one ("뽑힌", "공사를 시작했어", "chosen"). */
function readsAsVerb(phrase: string): boolean {
  return questionWords(phrase).at(-1)?.predicate === true;
}

/** The unit's alternative term lists in one language: its own terms first, then its entry's other forms. */
export function formsIn(unit: QuestionUnit, lang: Lang): string[][] {
  const own = lang === 'ko' ? unit.ko : unit.en;
  const others = unit.forms?.[lang] ?? [];
  return own.length > 0 ? [own, ...others] : others;
}

/** Every term of the unit in either language, every form included. */
const termsOfUnit = new WeakMap<QuestionUnit, string[]>();

export function allTerms(unit: QuestionUnit): string[] {
  let terms = termsOfUnit.get(unit);
  if (!terms) {
    terms = [...new Set([...formsIn(unit, 'ko'), ...formsIn(unit, 'en')].flat())];
    termsOfUnit.set(unit, terms);
  }
  return terms;
}

/** What coverage reads of a text's terms: whether it holds one. */
export type TermLookup = Pick<ReadonlySet<string>, 'has'>;

/**
 * The terms of two texts together ("a sentence with its title and section") without copying both
 * into a new set for each sentence: a term is there when either holds it.
 */
export function eitherHas(a: TermLookup, b: TermLookup): TermLookup {
  return { has: (term) => a.has(term) || b.has(term) };
}

/**
 * The (weighted) share of the unit's terms found in `have`, in one language: the best of its forms,
 * since one equivalent form is enough.
 */
export function shareIn(unit: QuestionUnit, lang: Lang, have: TermLookup, weight: (term: string) => number = unitWeight): number {
  // formsIn's order without building its array: asked for every unit of every candidate sentence.
  const own = lang === 'ko' ? unit.ko : unit.en;
  let best = own.length > 0 ? formShare(own, have, weight, 0) : 0;
  for (const terms of unit.forms?.[lang] ?? []) best = formShare(terms, have, weight, best);
  return best;
}

const unitWeight = () => 1;

/** The better of `best` and the weighted share of `terms` found in `have` (terms with no weight count for nothing). */
function formShare(terms: readonly string[], have: TermLookup, weight: (term: string) => number, best: number): number {
  let total = 0;
  for (const t of terms) total += weight(t);
  if (total === 0) return best;
  let found = 0;
  for (const t of terms) found += have.has(t) ? weight(t) : 0;
  return Math.max(best, found / total);
}

/** Whether the unit has any terms in one language (formsIn is not empty). */
export function hasFormsIn(unit: QuestionUnit, lang: Lang): boolean {
  return (lang === 'ko' ? unit.ko : unit.en).length > 0 || (unit.forms?.[lang]?.length ?? 0) > 0;
}
