import { Recent } from '../core/recent.js';
import type { Lang, RefusalReason, ScoredPassage } from '../core/types.js';
import { idf, type TermStats } from '../retrieve/corpus-stats.js';
import { isCommonKoreanWord, synonymsOf } from '../retrieve/glossary.js';
import { headNoun } from '../text/head-noun.js';
import { EN_LIGHT_VERBS } from '../text/lexicon/en.js';
import { KO_COMPLEX_KINDS, KO_LIGHT_VERBS } from '../text/lexicon/ko.js';
import { askedParts } from '../text/question-parts.js';
import { nameKey } from '../text/romanise.js';
import type { TermPair } from '../text/term-pairs.js';
import { indexTerms } from '../text/terms.js';
import { askedPhrase } from './asked-phrase.js';
import type { AnswerabilityFeature } from './evidence-model/answerability-features.js';
import { ANSWERABILITY_MODEL } from './evidence-model/answerability-model.js';
import { type Features, type LogisticModel, probability } from './evidence-model/logistic.js';
import { questionSpecifics, type Specific, states } from './question-specifics.js';
import { allTerms, eitherHas, formsIn, hasFormsIn, type QuestionUnit, questionUnits, shareIn, type TermLookup } from './question-units.js';

/** A passage in the other language is judged on translated words only when they carry this share of the question. */
const CROSS_LINGUAL_MIN_TRANSLATED = 0.5;

/** Below this share nothing retrieved is about the question at all (the refusal's reason, not the decision). */
const NO_EVIDENCE_SHARE = 0.2;

const NO_FEATURES: Features<AnswerabilityFeature> = {
  share: 0,
  single: 0,
  first: 0,
  uncoveredRare: 1,
  unknownWeight: 1,
  unknownHead: 0,
  unknownAsked: 0,
  unknownName: 0,
  unsupported: 0,
  units: 0,
};

export interface AnswerabilityThresholds {
  /** A unit this rare in the corpus (IDF at least this) must be covered by the evidence. */
  rareIdf: number;
  /** Share of a unit's terms a passage must hold for the unit to count as covered. */
  unitCovered: number;
}

/** What counts as a rare unit and as covered, for the features (the decision is the fitted model's). */
export const DEFAULT_ANSWERABILITY: AnswerabilityThresholds = { rareIdf: 3.2, unitCovered: 0.5 };

export interface WeightedUnit extends QuestionUnit {
  /** Corpus IDF of the unit: of its better-known language side, the mean IDF of its terms. */
  weight: number;
}

export interface Answerability {
  answerable: boolean;
  /** The model's probability that the evidence answers the question. */
  probability: number;
  features: Features<AnswerabilityFeature>;
  reason?: RefusalReason;
  /** What the question takes as given (a year, a count, a name) and no evidence passage states. */
  unsupported: Specific[];
  /** IDF-weighted share of the question covered by the best evidence. */
  share: number;
  /** Rare question words no evidence passage covers. */
  uncovered: string[];
  units: WeightedUnit[];
  /** Evidence passages that cover at least one of the question's topic (rare) words, best first. */
  topical: ScoredPassage[];
}

/**
 * A passage's terms with its title and section, as the evidence is judged on. The same passages
 * come back question after question and the terms depend on the text alone, so the last ones are
 * kept (about 20 KB each). Callers never modify the set.
 */
const evidenceTerms = new Recent<ReadonlySet<string>>(1024);
export function passageTerms(p: ScoredPassage): ReadonlySet<string> {
  const text = `${p.title} ${p.sectionPath} ${p.text}`;
  return evidenceTerms.get(text, () => new Set(indexTerms(text)));
}

/** The mean IDF of one form's terms. */
function formWeight(stats: TermStats, terms: string[]): number {
  return terms.reduce((sum, t) => sum + idf(stats, t), 0) / terms.length;
}

/**
 * A Korean complex or zone is named by its place and its kind run together ("여수국가산업단지",
 * "울산특구"): when the corpus never uses the place part, the named complex is as unknown to it
 * as an English name would be, even though its kind ("국가산업단지") is everywhere.
 */
const KO_NAMED_KINDS = `(?:${[...KO_COMPLEX_KINDS, '특화단지', '특구'].join('|')})`;

export function unknownKoreanName(word: string, question: string, stats: TermStats): boolean {
  // A common noun before the kind describes the complex ("친환경 국가산단"); a place names it.
  if (!/^[\uAC00-\uD7AF]{2,5}$/u.test(word) || isCommonKoreanWord(word)) return false;
  if (!new RegExp(`(?<![\\uAC00-\\uD7AF])${word}\\s?${KO_NAMED_KINDS}`, 'u').test(question)) return false;
  const terms = indexTerms(word);
  return terms.length > 0 && terms.every((term) => stats.df(term) === 0);
}

/**
 * A Korean company is often named by Latin initials and a Hangul name run together ("SK하이닉스",
 * "LG에너지솔루션"): unknown when the corpus never uses the Hangul name, whatever the initials.
 */
export function unknownCompanyName(word: string, stats: TermStats): boolean {
  const name = /^\p{Lu}{1,4}([\uAC00-\uD7AF]{2,})$/u.exec(word)?.[1];
  if (!name) return false;
  const terms = indexTerms(name);
  return terms.length > 0 && terms.every((term) => stats.df(term) === 0);
}

/**
 * A predicate the corpus never uses is most likely a paraphrase ("picked" for "selected"), not a
 * foreign topic: it weighs like a word one passage in ten holds. A noun the corpus lacks
 * ("population", "visa") keeps the full weight of an unknown word.
 */
const PREDICATE_DF_SHARE = 0.1;

/** A verb or adverb, but not the verbal noun of a 하다/되다 verb, which names the event itself. */
function paraphrasable(u: QuestionUnit): boolean {
  return u.predicate === true && u.verbalNoun !== true;
}

export function weightUnits(units: QuestionUnit[], stats: TermStats): WeightedUnit[] {
  const predicateCap = Math.log((stats.docCount + 1) / (stats.docCount * PREDICATE_DF_SHARE + 0.5));
  return units.map((u) => {
    // A concept is as rare as its best-known form, in either language.
    const forms = [...formsIn(u, 'ko'), ...formsIn(u, 'en')];
    const weight = forms.length === 0 ? 0 : Math.min(...forms.map((terms) => formWeight(stats, terms)));
    // The class asked for ("which bodies") is named by its members, not by itself: weighed like a
    // paraphrase. So is a word that reads as a verb form when the documents never use it as typed.
    const verbLike = paraphrasable(u) || u.askedClass || (u.inflected === true && allTerms(u).some((term) => stats.df(term) === 0));
    return { ...u, weight: verbLike ? Math.min(weight, predicateCap) : weight };
  });
}

/** Share of the unit's terms, in its better-covered language and form, that `have` holds. */
export function unitShare(unit: QuestionUnit, have: TermLookup): number {
  return Math.max(shareIn(unit, 'ko', have), shareIn(unit, 'en', have));
}

/**
 * Whether the documents answer the question at all, decided apart from ranking: the question's
 * words are weighted by how rare they are in the whole corpus, and the evidence must cover the
 * rare ones ("minimum wage", "population") in either language, and most of the weight overall.
 */
export function judgeAnswerability(input: {
  question: string;
  passages: ScoredPassage[];
  stats: TermStats;
  /** The question's language: passages in the other one are judged on the translated words. */
  lang?: Lang;
  termPairs?: readonly TermPair[];
  thresholds?: AnswerabilityThresholds;
  model?: LogisticModel<AnswerabilityFeature>;
  /**
   * Whether the documents searched use a term at all (default: any passage of `stats` holds it).
   * The uploads are searched apart from the official documents but weighed with the whole index's
   * statistics: a word only the official documents use is as unknown to the uploads as a word no
   * document uses, and no upload passage can cover it.
   */
  known?: (term: string) => boolean;
  /**
   * Whether a question asking several things may be judged part by part (partsShare; default yes).
   * The uploads answer a message question by question already (ask.ts answerPartByPart), each on
   * its own evidence, so their judgment of the whole message is held to the whole.
   */
  byParts?: boolean;
}): Answerability {
  const t = input.thresholds ?? DEFAULT_ANSWERABILITY;
  const units = weightUnits(questionUnits(input.question, input.termPairs), input.stats).filter((u) => u.weight > 0);
  // Judged on every passage the answerer reads (both languages: retrieval ranks the question's
  // first), not the best few: a fact ranked tenth, its title matching only past a particle
  // ("제2조에서" against "제2조"), is still one the answer can quote.
  const evidence = input.passages.map((p) => ({ passage: p, have: passageTerms(p) }));
  const total = units.reduce((sum, u) => sum + u.weight, 0);
  if (units.length === 0 || evidence.length === 0)
    return {
      answerable: false,
      probability: 0,
      features: NO_FEATURES,
      reason: 'no_evidence',
      unsupported: [],
      share: 0,
      uncovered: units.map((u) => u.word),
      units,
      topical: [],
    };
  const shareOf = (have: TermLookup) => units.reduce((sum, u) => sum + u.weight * unitShare(u, have), 0) / total;
  // A passage in the other language can only be judged on the words that have a translation; when
  // most of the question does, the untranslatable rest is left out instead of counted as missing.
  // The thing asked for is no untranslatable aside: a passage in the other language that cannot
  // name it ("the backup date" has no Korean form) does not give its value.
  const asked = askedPhrase(input.question);
  const inAsked = (word: string) => asked.some((a) => a === word || (/[\uAC00-\uD7AF]/u.test(a) && a.includes(word)));
  const askedUnits = units.filter((u) => u.word.toLowerCase().split(/\s+/).every(inAsked));
  const crossShareOf = (have: TermLookup, lang: Lang) => {
    const translated = units.filter((u) => hasFormsIn(u, lang));
    if (translated.reduce((sum, u) => sum + u.weight, 0) < total * CROSS_LINGUAL_MIN_TRANSLATED) return shareOf(have);
    const judged = units.filter((u) => hasFormsIn(u, lang) || askedUnits.includes(u));
    return judged.reduce((sum, u) => sum + u.weight * unitShare(u, have), 0) / judged.reduce((sum, u) => sum + u.weight, 0);
  };
  // The best passage alone, or the best two together (a question spanning two passages).
  const shares = evidence.map((e) => (input.lang && e.passage.lang !== input.lang ? crossShareOf(e.have, e.passage.lang) : shareOf(e.have)));
  const [first, second] = evidence;
  const pair = first && second ? shareOf(eitherHas(first.have, second.have)) : 0;
  const share = Math.max(...shares, pair, input.byParts === false ? 0 : partsShare(input.question, evidence, input.stats, input.termPairs));
  // Units none of whose terms, in either language, any passage of the documents searched holds.
  const known = input.known ?? ((term: string) => input.stats.df(term) > 0);
  const unknown = new Set(units.filter((u) => allTerms(u).every((term) => !known(term))));
  // A name the corpus never mentions in either language ("France", "FIFA") is a topic the
  // documents do not cover, whatever else the question shares with them; an acronym is one even
  // where it opens the question and any word would be capitalised ("SK hynix is …"). A verb before a kind of
  // complex ("문화 입힌 산업단지") describes the complex; it does not name one, nor does an everyday
  // word read as the documents' own ("낡은 산업단지" as 노후), which is no unknown unit.
  const unknownNames = units.filter(
    (u) =>
      (/^\p{Lu}/u.test(u.word) && (!input.question.trim().startsWith(u.word) || /^\p{Lu}{2,}$/u.test(u.word)) && unknown.has(u)) ||
      (!u.predicate && !u.inflected && unknown.has(u) && unknownKoreanName(u.word, input.question, input.stats)) ||
      unknownCompanyName(u.word, input.stats),
  );
  // The thing asked for ("the rainfall of Daegu", "강수량은 얼마") is a word the corpus never
  // uses: whatever else matches, the documents cannot hold its value.
  const head = headNoun(input.question);
  const unknownHead = units.some((u) => head !== undefined && u.word.toLowerCase() === head && !u.askedClass && unknown.has(u));
  // The same for a phrase of several words ("the average salary of …"), as a share of its weight.
  const askedWeight = askedUnits.reduce((sum, u) => sum + u.weight, 0);
  const unknownAsked = askedWeight === 0 ? 0 : askedUnits.filter((u) => unknown.has(u)).reduce((sum, u) => sum + u.weight, 0) / askedWeight;
  const rare = units.filter((u) => u.weight >= t.rareIdf);
  const uncovered = rare.filter((u) => !evidence.some((e) => unitShare(u, e.have) >= t.unitCovered)).map((u) => u.word);
  const topical = evidence.filter((e) => rare.some((u) => unitShare(u, e.have) >= t.unitCovered)).map((e) => e.passage);
  const unsupported = [
    ...unsupportedSpecifics(input.question, input.passages, undefined, input.termPairs),
    ...unknownCause(input.question, units, input.stats),
  ];
  const unknownWeight = units.filter((u) => !paraphrasable(u) && !u.inflected && unknown.has(u)).reduce((sum, u) => sum + u.weight, 0) / total;
  const uncoveredRare = rare.filter((u) => uncovered.includes(u.word)).reduce((sum, u) => sum + u.weight, 0) / total;
  const features: Features<AnswerabilityFeature> = {
    share,
    single: Math.max(...shares),
    first: shares[0] ?? 0,
    uncoveredRare,
    unknownWeight,
    unknownHead: unknownHead ? 1 : 0,
    unknownAsked,
    unknownName: unknownNames.length > 0 ? 1 : 0,
    unsupported: unsupported.length > 0 ? 1 : 0,
    units: Math.min(units.length, 10) / 10,
  };
  const model = input.model ?? ANSWERABILITY_MODEL;
  const p = probability(model, features);
  const answerable = p >= model.threshold;
  // A false premise is a question the evidence would answer but for what it takes as given; an
  // off-topic question that also names an unknown place or year ("the capital of France") is not one.
  const butForPremise = unsupported.length > 0 && probability(model, { ...features, unsupported: 0 }) >= model.threshold;
  const reason: RefusalReason | undefined = answerable
    ? undefined
    : share < NO_EVIDENCE_SHARE
      ? 'no_evidence'
      : butForPremise
        ? 'false_premise'
        : 'not_in_documents';
  return { answerable, probability: p, features, ...(reason ? { reason } : {}), unsupported, share, uncovered, units, topical };
}

/**
 * A question asking two things ("산업용지 공급 관련 신규 제도와 노후산단 공간 재편 방식은?", "how
 * many existed, how many were over 20 years old") is answered part by part, each from its own
 * passage (the answerer selects so): each part's words weighed on the passage that covers that part
 * best, the parts together by their weight. A part nothing found evidence for leaves the question
 * unanswered, however well the others are.
 */
function partsShare(question: string, evidence: readonly { have: TermLookup }[], stats: TermStats, termPairs?: readonly TermPair[]): number {
  const parts = askedParts(question);
  if (parts.length < 2 || evidence.length === 0) return 0;
  let covered = 0;
  let total = 0;
  for (const part of parts) {
    const units = weightUnits(questionUnits(part, termPairs), stats).filter((u) => u.weight > 0);
    const weight = units.reduce((sum, u) => sum + u.weight, 0);
    if (weight === 0) continue;
    const best = Math.max(...evidence.map((e) => units.reduce((sum, u) => sum + u.weight * unitShare(u, e.have), 0) / weight));
    if (best < NO_EVIDENCE_SHARE) return 0;
    covered += best * weight;
    total += weight;
  }
  return total === 0 ? 0 : covered / total;
}

const EN_LIGHT = new Set(EN_LIGHT_VERBS);

/** A light verb carries no event of its own ("왜 만들었어" asks a purpose; "왜 거부했어" takes a rejection as given). */
function isLightVerb(word: string): boolean {
  const w = word.toLowerCase();
  return EN_LIGHT.has(w) || KO_LIGHT_VERBS.some((stem) => w.startsWith(stem));
}

/** A question asking for a cause ("why did …", "왜 …", "… 이유가 뭐야", "the reason for …"). */
const WHY = /^\s*why\b|왜|이유|까닭|\breasons?\b/iu;
/** 왜 and the embedded question it opens, to its -ㄴ지/-는지/-ㄹ지 word ("왜 필요한지", "왜 지정됐는지"). */
const EMBEDDED_WHY = /왜\s[^?？!.]*?(?:[한는은인된할될던]지|었는지|았는지|였는지|했는지|됐는지)(?![\uAC00-\uD7AF])/u;

/**
 * "Why did the ministry reject the plan?" takes the rejection as given. When the documents never
 * use the verb at all (in either language), they cannot hold its cause: the premise is
 * unsupported. A verb they do use elsewhere ("designate", "재생") is left to the evidence.
 */
function unknownCause(question: string, units: QuestionUnit[], stats: TermStats): Specific[] {
  // The cause is asked of the sentence that asks why ("왜 만든다는 거임? … 또 뭐 들었었냐"): the
  // verbs of the other sentences are not the event whose cause is asked.
  const sentence = question.split(/[?？!.]+/u).find((s) => WHY.test(s));
  if (sentence === undefined) return [];
  // "왜 필요한지 설명하면서 어떤 … 들었나요": 왜 opens an embedded question closed by -ㄴ지/-는지
  // (표준국어대사전 -ㄴ지, 막연한 의문이 있는 채로 뒤 절의 사실과 관련시키는 연결 어미); its verb is the
  // event whose cause is asked, not the main verb after it.
  const clause = EMBEDDED_WHY.exec(sentence)?.[0] ?? sentence;
  const inClause = units.filter((u) => clause.includes(u.word));
  return causeUnknown(clause, inClause, stats);
}

function causeUnknown(question: string, units: QuestionUnit[], stats: TermStats): Specific[] {
  // Korean puts the verb last, often as a bare verbal noun once a spoken ending is read ("거부했음" -> "거부").
  const last = /[\uAC00-\uD7AF]/u.test(question) ? [...units].sort((a, b) => question.lastIndexOf(b.word) - question.lastIndexOf(a.word))[0] : undefined;
  return units
    .filter((u) => (u.predicate || u === last) && !isLightVerb(u.word) && allTerms(u).every((term) => stats.df(term) === 0))
    .map((u) => ({ kind: 'event' as const, text: u.word, forms: [] }));
}

/**
 * The specifics of the question (years, counts, months, names, places) that no evidence passage
 * states. A name is judged only against passages in Latin script (a Korean passage writes it in
 * Hangul), a Korean place only against Korean ones (an English one names "Seoul Digital" complex
 * where Korean writes one word, 서울디지털).
 */
export function unsupportedSpecifics(
  question: string,
  passages: ScoredPassage[],
  kinds?: ReadonlySet<Specific['kind']>,
  termPairs?: readonly TermPair[],
): Specific[] {
  const texts = passages.map((p) => ({ text: `${p.title}\n${p.sectionPath}\n${p.text}`, latin: p.lang === 'en' }));
  return questionSpecifics(question)
    .map((specific) => withTableForms(specific, termPairs))
    .filter((specific) => {
      if (kinds && !kinds.has(specific.kind)) return false;
      const judged = specific.script ? texts.filter((t) => t.latin === (specific.script === 'latin')) : texts;
      return judged.length > 0 && !judged.some((t) => states(t.text, specific));
    });
}

/** A name as the term table gives it in other forms too (below). */
function withTableForms(specific: Specific, termPairs: readonly TermPair[] | undefined): Specific {
  if (specific.kind !== 'name' || !termPairs) return specific;
  if (specific.script === 'hangul') return withSynonymNames(specific, termPairs);
  return specific.script === 'latin' ? withKoreanName(specific, termPairs) : specific;
}

/**
 * A body named in Korean is stated by its synonym the uploads use too ("심사위원회" by 평가위원회,
 * ko-synonyms.ts): the table reads the question's word so, and an answer naming it names the body.
 */
function withSynonymNames(specific: Specific, termPairs: readonly TermPair[]): Specific {
  const synonyms = synonymsOf(specific.text, termPairs);
  return synonyms.length > 0 ? { ...specific, forms: [...new Set([...specific.forms, ...synonyms])] } : specific;
}

/**
 * A Latin name the term table pairs with a Korean word ("Gangbuk-gu" with 강북구, from the
 * romanised names of uploads or a gloss in the documents) is stated by a Korean passage holding
 * that word as well as by an English one naming it.
 */
function withKoreanName(specific: Specific, termPairs: readonly TermPair[]): Specific {
  const key = nameKey(specific.text);
  const pair = termPairs.find((p) => /^[\uAC00-\uD7A3]+$/u.test(p.ko) && nameKey(p.en).startsWith(key));
  return pair ? { ...specific, forms: [...specific.forms, pair.ko], script: undefined } : specific;
}
