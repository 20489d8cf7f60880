import { metadataDocId } from '../core/metadata-passage.js';
import { Recent } from '../core/recent.js';
import type { Lang, ScoredPassage } from '../core/types.js';
import { isEverydayVerbForm } from '../retrieve/glossary.js';
import { saysDocumentsLack } from '../text/absence.js';
import { countedNoun, focusWords, headNoun } from '../text/head-noun.js';
import { KO_COMPLEX_KINDS, KO_NATIVE_NUMBERS } from '../text/lexicon/ko.js';
import { parentItems, pathItems } from '../text/outline.js';
import { questionWords } from '../text/query-words.js';
import { splitQuestionParts } from '../text/question-parts.js';
import { searchTerms } from '../text/search-terms.js';
import type { SentenceSpan } from '../text/sentences.js';
import type { TermPair } from '../text/term-pairs.js';
import { answersAskedKind, itemLabel } from './asked-kind.js';
import {
  answerTypes,
  carries,
  closesQuotation,
  definesSubject,
  definitionSubject,
  missingTypes,
  moneyNoun,
  opensQuotation,
  REQUIRED_TYPES,
  statesCount,
  takesNext,
  takesPrevious,
} from './evidence-window.js';
import { digitFigures, MONTHS, NUMBER_WORDS, numberOf, sourceFigures, YEARS } from './figures.js';
import { isContentsLine, isFormSection, lineAt, restatesTitle } from './non-evidence.js';
import { allTerms, eitherHas, hasFormsIn, type QuestionUnit, questionUnits, shareIn, type TermLookup } from './question-units.js';

export interface ScoredSentence extends SentenceSpan {
  passage: ScoredPassage;
  /** Rank of the passage in retrieval, 0-based. */
  passageRank: number;
  /** Weighted share of the question's terms (in the sentence's language) found in the sentence. */
  coverage: number;
  /** Question units this sentence covers; a multi-part question needs sentences covering different ones. */
  covered: number[];
  /** Question units this sentence covers read with its title, section and the items it sits under. */
  coveredInContext?: number[];
  score: number;
  /** A labelled item or a count that gives the kind of value the question asks for (see asked-kind.ts). */
  givesAskedKind?: boolean;
}

export interface EvidenceThresholds {
  /** Below this score for the best sentence the documents are taken not to answer. */
  minScore: number;
  /** Further sentences must score within this margin of the best one. */
  margin: number;
  /** Further sentences must also cover at least this share of the question on their own. */
  minCoverage: number;
  maxSentences: number;
  /** Characters an answer may reach by taking more of its passages' sentences (a list stays whole). */
  answerChars: number;
}

/**
 * minScore is fitted: `npm run fit:selection` tries bars through the whole ask on questions generated
 * from the corpus and the uploaded fixtures plus the tune split; 0.2 did best (2026-12-06: balanced
 * accuracy 0.852 against 0.836 for the 0.35 set by hand before, which refused casual and glued
 * wording whose best sentence the model had already judged to answer). The others were calibrated
 * on evals/questions/tune.jsonl with `npm run eval -- --split tune` (see README).
 */
export const DEFAULT_THRESHOLDS: EvidenceThresholds = { minScore: 0.2, margin: 0.1, minCoverage: 0.35, maxSentences: 3, answerChars: 600 };

/** Sentences about the documents themselves rather than the policy. */
const META = /별도 문서|이 문서는|이 문서의|이 문서에|이 설명은|this document|this description|separate document|the document ['‘"“]/i;

/** Sentences that say what the documents do not contain: they answer nothing, but signal a refusal. */
export function isAbsenceStatement(sentence: string): boolean {
  return saysDocumentsLack(sentence);
}

export function isMetaStatement(sentence: string): boolean {
  return META.test(sentence);
}

type Weights = Map<string, number>;

/**
 * A sentence's terms as a set. The same sentences come back question after question (the same
 * passages are retrieved) and within one ask several steps read them, so the last few thousand are
 * kept; terms depend on the text alone. Callers never modify the set.
 */
const termSets = new Recent<ReadonlySet<string>>(4096);
function termSet(text: string): ReadonlySet<string> {
  return termSets.get(text, () => new Set(termList(text)));
}

/** A sentence's terms in order, repeats kept (see nearDuplicate); kept like termSet. Callers never modify the list. */
const termLists = new Recent<readonly string[]>(4096);
function termList(text: string): readonly string[] {
  return termLists.get(text, () => searchTerms(text));
}

interface SentenceKind {
  meta: boolean;
  absence: boolean;
  /** The sentence sits on a line of a table of contents (see non-evidence.ts). */
  contents: boolean;
}

/**
 * Whether a sentence is about the documents themselves, says what they lack, or sits in a table
 * of contents: asked of every candidate sentence by each selection of an ask (the whole question
 * and each part), and the answerer hands the same sentence objects to all of them. A span belongs
 * to the one passage text it was split from, so its line is known from the first sight of it.
 */
const sentenceKinds = new WeakMap<SentenceSpan, SentenceKind>();
function kindOf(span: SentenceSpan, passageText: string): SentenceKind {
  let kind = sentenceKinds.get(span);
  if (!kind) {
    kind = { meta: isMetaStatement(span.text), absence: isAbsenceStatement(span.text), contents: isContentsLine(lineAt(passageText, span.start)) };
    sentenceKinds.set(span, kind);
  }
  return kind;
}

/** As much as the question's own language weighs (see scoreSentence). */
const DEFINITION_BONUS = 0.05;

/**
 * An uploaded document states its facts as labelled items with no verb ("제공기관: 지방자치단체" for
 * "제공기관은 어디로 지정되어 있습니까"): in choosing its sentences a question's verb weighs half, as
 * in ranking its passages (upload-evidence.ts), so a row that shares only the verb ("법률로 지정된
 * …") does not outrank the item naming the asked thing. The official documents' prose states facts
 * with their verbs, and there halving them let questions they do not answer through (measured).
 */
const PREDICATE_WEIGHT = 0.5;

/** Words a follow-up inherits from the conversation set the scene; its own words ("국비") decide. */
const CARRIED_WEIGHT = 0.5;

/**
 * A sentence that holds the phrase a question word asks the value of ranks above one that only
 * shares the words setting the scene. A bonus, not a weight: evidence naming the focus in other
 * words ("투자 규모" answered by "투자가 예상되었다") keeps its score.
 */
const FOCUS_BONUS = 0.2;

function withFocus(units: QuestionUnit[], question: string): QuestionUnit[] {
  const focus = new Set(focusWords(question).flatMap((phrase) => questionWords(phrase).map((w) => w.word.toLowerCase())));
  if (focus.size === 0) return units;
  return units.map((u) => (focus.has(u.word.toLowerCase()) ? { ...u, focus: true } : u));
}

function carriedAside(units: QuestionUnit[], asked: string | undefined): QuestionUnit[] {
  if (!asked) return units;
  const own = asked.normalize('NFC').toLowerCase();
  return units.map((u) => (own.includes(u.word.toLowerCase()) ? u : { ...u, carried: true }));
}

function withoutTitle(have: ReadonlySet<string>, title: string): ReadonlySet<string> {
  const titleTerms = termSet(title);
  return new Set([...have].filter((t) => !titleTerms.has(t)));
}

/** Inverse sentence frequency over the candidate pool: terms every sentence shares weigh little. */
export function termWeights(sentenceTerms: readonly TermLookup[], terms: string[]): Weights {
  const n = sentenceTerms.length;
  const weights: Weights = new Map();
  for (const t of terms) {
    let df = 0;
    for (const s of sentenceTerms) if (s.has(t)) df++;
    weights.set(t, Math.log(1 + (n + 1) / (df + 1)));
  }
  return weights;
}

/**
 * Weighted share of the question found in `have`, unit by unit in the given language. A unit with
 * no terms in that language (an untranslatable word) counts as missing, so an English sentence
 * cannot fully answer a Korean question whose key word the glossary does not know.
 */
export function coverage(units: QuestionUnit[], have: TermLookup, weights: Weights, lang: Lang, wholes?: WholeWeights, verbWeight = 1): number {
  return unitCoverage(units, have, weights, lang, wholes, verbWeight).share;
}

/** Weights of compound units by how few candidate sentences hold them whole (see wholeWeights). */
type WholeWeights = ReadonlyMap<QuestionUnit, number>;

/**
 * A compound noun ("행사보험") is one concept, indexed as its bigrams ("행사", "사보", "보험"): the mean
 * of its parts' weights makes it as common as its everyday part ("행사", in every sentence of a
 * festival's documents) although few sentences hold it whole. Its weight is at least what the
 * sentences holding all of its terms give it, as a phrase's document frequency is at most its
 * rarest part's.
 */
export function wholeWeights(units: QuestionUnit[], sentenceTerms: readonly TermLookup[]): WholeWeights {
  const n = sentenceTerms.length;
  const wholes = new Map<QuestionUnit, number>();
  for (const unit of units) {
    if (unit.ko.length < 2) continue;
    const df = sentenceTerms.filter((have) => unit.ko.every((t) => have.has(t))).length;
    wholes.set(unit, Math.log(1 + (n + 1) / (df + 1)));
  }
  return wholes;
}

/** Coverage with the indices of the units the text covers at least half of. */
export function unitCoverage(
  units: QuestionUnit[],
  have: TermLookup,
  weights: Weights,
  lang: Lang,
  wholes?: WholeWeights,
  /** How much a verb weighs against a noun (see PREDICATE_WEIGHT). */
  verbWeight = 1,
): { share: number; covered: number[] } {
  const weight = (t: string) => weights.get(t) ?? 1;
  let total = 0;
  let found = 0;
  const covered: number[] = [];
  for (const [index, unit] of units.entries()) {
    const all = allTerms(unit);
    const parts = all.length === 0 ? 1 : all.reduce((sum, t) => sum + weight(t), 0) / all.length;
    const unitWeight = Math.max(parts, wholes?.get(unit) ?? 0) * (unit.carried ? CARRIED_WEIGHT : 1) * (unit.predicate ? verbWeight : 1);
    total += unitWeight;
    if (!hasFormsIn(unit, lang)) continue;
    const share = shareIn(unit, lang, have, weight);
    found += unitWeight * share;
    if (share >= 0.5) covered.push(index);
  }
  return { share: total === 0 ? 0 : found / total, covered };
}

/**
 * Relevance of one sentence, lexical only: its own coverage of the question and its coverage
 * together with its document title and section (the context a reader sees). No model judges a
 * sentence at question time; the English-only local model would misjudge Korean anyway.
 * Same-language sentences win ties with their translations.
 */
export function scoreSentence(input: { coverage: number; contextCoverage: number; lang: Lang; questionLang: Lang; passageRank: number }): number {
  return 0.4 * input.coverage + 0.6 * input.contextCoverage - 0.005 * input.passageRank + (input.lang === input.questionLang ? 0.05 : 0);
}

/** One sentence holds the other's words: the same fact told twice, or told again with more. */
function nearDuplicate(a: ScoredSentence, b: ScoredSentence): boolean {
  return !otherRecords(a.text, b.text) && overlap(a, b) / Math.min(termSet(a.text).size, termList(b.text).length) > 0.8;
}

/**
 * A near-copy: the two hold each other's words. Two sentences of one passage are two statements,
 * and one repeating the words of the other adds what follows them ("전국 산업단지는 1,330개이다."
 * and "유형별 산업단지 수는 … 농공단지 484개이다.").
 */
function nearCopy(a: ScoredSentence, b: ScoredSentence): boolean {
  return !otherRecords(a.text, b.text) && overlap(a, b) / Math.max(termSet(a.text).size, termList(b.text).length) > 0.8;
}

/**
 * Two rows of a wide table whose first cells differ are two records ("NO: 34 | 항목명:
 * 개발주체유형코드 | …" and "NO: 2 | 항목명: 환승센터유형코드 | …"), however many words their
 * repeated column labels and shared vocabulary give them in common (table-text.ts).
 */
function otherRecords(a: string, b: string): boolean {
  const first = (text: string) => (text.includes(' | ') ? /^([^|\n]{1,60}?)\s*\|/u.exec(text.trim())?.[1] : undefined);
  const [x, y] = [first(a), first(b)];
  return x !== undefined && y !== undefined && x !== y;
}

/**
 * A row the question names by one of its cells ("BBB0인데 몇 점": the row holding BBB0) answers for
 * its table: another row of it, which lacks that cell's word and covers nothing else the question
 * asks, is another record, not more of the answer (its 배점 is another grade's). Rows that all
 * cover the same words (a question listing every 필수 row) name none and stay together.
 */
function anotherRecordThanNamed(chosen: readonly ScoredSentence[], candidate: ScoredSentence, asked: ReadonlySet<string>): boolean {
  const held = (s: ScoredSentence) => [...termSet(s.text)].filter((t) => asked.has(t));
  const theirs = held(candidate);
  return chosen.some((row) => {
    if (!otherRecords(row.text, candidate.text)) return false;
    const ours = held(row);
    return ours.some((t) => !theirs.includes(t)) && theirs.every((t) => ours.includes(t));
  });
}

/** How many of b's terms a holds (0 when either has none). */
function overlap(a: ScoredSentence, b: ScoredSentence): number {
  const ta = termSet(a.text);
  const tb = termList(b.text);
  if (ta.size === 0 || tb.length === 0) return 0;
  return tb.filter((t) => ta.has(t)).length;
}

/**
 * Passages in the order of their best sentence, sentences within a passage in document order:
 * the answer opens with its strongest evidence, and a list stays after the sentence introducing it.
 */
export function readingOrder(selected: ScoredSentence[]): ScoredSentence[] {
  const best = new Map<string, number>();
  for (const s of selected) best.set(s.passage.id, Math.max(best.get(s.passage.id) ?? Number.NEGATIVE_INFINITY, s.score));
  return [...selected].sort((a, b) => (best.get(b.passage.id) ?? 0) - (best.get(a.passage.id) ?? 0) || a.passageRank - b.passageRank || a.start - b.start);
}

/**
 * A question asking how to reach someone is answered by the number first: the passages whose
 * sentences give a phone number, an e-mail or a web address lead, each passage's sentences kept
 * together in their order. What is selected stays the same; only the order a reader meets it.
 */
function contactFirst(ordered: ScoredSentence[], question: string): ScoredSentence[] {
  if (!answerTypes(question).includes('contact')) return ordered;
  const reaching = new Set(ordered.filter((s) => carries('contact', s.text)).map((s) => s.passage.id));
  if (reaching.size === 0) return ordered;
  return [...ordered.filter((s) => reaching.has(s.passage.id)), ...ordered.filter((s) => !reaching.has(s.passage.id))];
}

export interface EvidenceSentence {
  span: SentenceSpan;
  passage: ScoredPassage;
  passageRank: number;
}

/**
 * Picks the sentences that answer the question: the best one, then a few close runners-up in the
 * same language, never near-duplicates. Returns them strongest passage first (see readingOrder).
 * When a sentence saying "the documents do not give X" fits the question best, nothing is selected:
 * the honest answer is a refusal.
 */
export function selectEvidence(input: {
  question: string;
  /** The follow-up as typed, when `question` carries the conversation's topic in front of it. */
  asked?: string;
  questionLang: Lang;
  sentences: EvidenceSentence[];
  thresholds: EvidenceThresholds;
  termPairs?: readonly TermPair[];
}): {
  selected: ScoredSentence[];
  best?: ScoredSentence;
  absence?: ScoredSentence;
} {
  const units = withFocus(carriedAside(questionUnits(input.question, input.termPairs), input.asked), input.asked ?? input.question);
  // A sentence about the documents answers nothing, but one saying what they lack ("이 문서의 출처에서
  // 확인되지 않는다") is exactly the signal a refusal needs, so it stays a candidate.
  // Nor do a table of contents and a line repeating the title (see non-evidence.ts).
  // A passage's title and section, read with each of its sentences.
  const contexts = new Map<ScoredPassage, ReadonlySet<string>>();
  const contextOf = (passage: ScoredPassage) => {
    let terms = contexts.get(passage);
    if (!terms) {
      terms = termSet(`${passage.title} ${passage.sectionPath}`);
      contexts.set(passage, terms);
    }
    return terms;
  };
  const candidates = input.sentences.filter((s) => {
    const kind = kindOf(s.span, s.passage.text);
    return (!kind.meta || kind.absence) && !kind.contents && !restatesTitle(s.span.text, contextOf(s.passage), termList(s.span.text));
  });
  const sentenceTerms = candidates.map((s) => termSet(s.span.text));
  const weights = termWeights(sentenceTerms, units.flatMap(allTerms));
  asImportantAsAny(weights, units, input.asked ?? input.question);
  const wholes = wholeWeights(units, sentenceTerms);
  const definition = definitionSubject(input.question);
  const focusUnits = units.filter((u) => u.focus);
  const listed = itemsAsked(input.question);
  const scored = candidates.map(({ span, passage, passageRank }, i) => {
    const have = sentenceTerms[i] ?? new Set<string>();
    // An uploaded document's title is the one matter all of it is about: a sentence repeating it
    // ("과 업 명: 제2회 가을밤의 음악축제") is no nearer the question than the item that answers it.
    const ownTerms = passage.trust === 'upload' ? withoutTitle(have, passage.title) : have;
    const verbWeight = passage.trust === 'upload' ? PREDICATE_WEIGHT : 1;
    const { share: own, covered } = unitCoverage(units, ownTerms, weights, passage.lang, wholes, verbWeight);
    // The context a reader sees: the title, the section and the outline items the sentence sits under.
    const parents = [...parentItems(passage.text, span.start), ...pathItems(passage.sectionPath)].join(' ');
    const context = parents ? new Set([...contextOf(passage), ...termSet(parents)]) : contextOf(passage);
    const inContext = unitCoverage(units, eitherHas(have, context), weights, passage.lang, wholes, verbWeight);
    const contextCoverage = inContext.share;
    // "What are X?" is answered first by the sentence saying what X is, among those that cover it.
    const defines = definition && own >= 0.5 && definesSubject(span.text, definition) ? DEFINITION_BONUS : 0;
    // An item names its subject through the items it sits under ("1) 제안서 제출" > "가) 일 시: …").
    const focusTerms = parents ? new Set([...ownTerms, ...termSet(parents)]) : ownTerms;
    const focus =
      focusUnits.length === 0
        ? 0
        : focusUnits.filter((u) => Math.max(shareIn(u, 'ko', focusTerms), shareIn(u, 'en', focusTerms)) >= 0.5).length / focusUnits.length;
    const base = scoreSentence({ coverage: own, contextCoverage, lang: passage.lang, questionLang: input.questionLang, passageRank }) + defines;
    // The focus reorders sentences that answer anyway; it never lifts one over the bar on its own.
    // So does an item that gives the kind of value asked for (행사일시 for 언제, 12부 for 몇 부).
    const kind = answersAskedKind(input.asked ?? input.question, span.text, passage.trust === 'upload') ? 1 : 0;
    // "3대 추진과제", "the three task areas": the sentence that enumerates them, not one naming one of them.
    const enumerates = listed !== undefined && bulletItems(span.text) >= listed ? 1 : 0;
    const score = base >= input.thresholds.minScore ? base + FOCUS_BONUS * (focus + kind + enumerates) : base;
    return {
      sentence: {
        ...span,
        passage,
        passageRank,
        coverage: own,
        covered,
        coveredInContext: inContext.covered,
        score,
        ...(kind ? { givesAskedKind: true } : {}),
      },
      absence: kindOf(span, passage.text).absence,
    };
  });
  scored.sort((a, b) => b.sentence.score - a.sentence.score);
  // Trust tiers (issue 12): an ordinary upload (not marked official by the admin) is evidence only
  // for what no official document answers, and cannot veto an answer with an absence statement,
  // so a notice stuffed with popular terms never takes over ordinary questions.
  const official = (s: ScoredSentence) => s.passage.trust !== 'upload';
  const topAbsence = scored.find((s) => s.absence && official(s.sentence))?.sentence;
  const ranked = scored.filter((s) => !s.absence).map((s) => s.sentence);
  const officialAnswers = ranked.some((s) => official(s) && s.score >= input.thresholds.minScore);
  const trusted = officialAnswers ? ranked.filter(official) : ranked;
  // A blank form attached to a document is evidence only for what the body does not say.
  // The body answers when its best sentences are good enough and one of them carries what the
  // question requires (a sum for "입찰보증금은 얼마": the body lists the 납부 확약서, its form states
  // "입찰금액의 5%").
  const body = trusted.filter((s) => !isFormSection(s.passage.sectionPath));
  const required = answerTypes(input.question).filter((type) => REQUIRED_TYPES.includes(type));
  const bodyBest = body[0]?.score ?? 0;
  const bodyAnswers =
    bodyBest >= input.thresholds.minScore &&
    body.some((s) => s.score >= bodyBest - input.thresholds.margin && required.every((type) => carries(type, s.text, input.question)));
  const positive = bodyAnswers ? body : trusted;
  const top = positive[0];
  if (!top || top.score < input.thresholds.minScore) return { selected: [], best: top, absence: topAbsence };
  // The documents say outright that they lack what is asked, and nothing else fits as well: in its
  // own words and in the reading with its section (a sentence under "2018 selection > budget" needs
  // not repeat the selection). A tie in both goes to the answer.
  if (topAbsence && dominates(topAbsence, top)) return { selected: [], best: top, absence: topAbsence };
  const parts = questionParts(input.question);
  const askedTerms = new Set(units.flatMap(allTerms));
  // A multi-part question is held to what it asks part by part (the answerer selects for each
  // part): one part it cannot answer leaves that part out, not the whole answer.
  // (A part that asks for nothing, like "…, in won?", does not make a question multi-part.)
  const typedParts = parts.filter((part) => !answerTypes(part).includes('other'));
  const whole = typedParts.length < 2;
  /** The answer led by `best` with `runnersUp` and the rest of `pool`, or undefined when it lacks what is asked. */
  const answerFrom = (best: ScoredSentence, runnersUp: ScoredSentence[], pool: ScoredSentence[]): ScoredSentence[] | undefined => {
    const selected: ScoredSentence[] = [best];
    const covered = new Set(best.covered);
    for (const candidate of runnersUp) {
      if (selected.length >= input.thresholds.maxSentences) break;
      if (candidate.passage.lang !== best.passage.lang) continue;
      // An item giving the kind of value asked for names the question's matter in its heading, not itself.
      if (candidate.coverage < input.thresholds.minCoverage && !candidate.givesAskedKind) continue;
      // Close runners-up add detail; a weaker sentence is still wanted when it answers a part of
      // the question that nothing selected so far covers ("X and Y" questions).
      const close = candidate.score >= best.score - input.thresholds.margin;
      // A year alone is no part of the question answered: the 2023 plan beside KICOX's 2026 priorities
      // says nothing of KICOX's 2023 ones, and would only seem to state the year asked.
      const complementary = candidate.score >= input.thresholds.minScore * 0.8 && candidate.covered.some((u) => !covered.has(u) && !yearUnit(units[u]));
      if (!close && !complementary) continue;
      if (anotherRecordThanNamed(selected, candidate, askedTerms)) continue;
      const twin = selected.findIndex((s) => nearDuplicate(s, candidate));
      if (twin >= 0) {
        // A close sentence that holds a selected one's words and much more (the sentence that
        // introduces the list, not the one that mentions it) says it better: it takes that place.
        const held = selected[twin] as ScoredSentence;
        if (close && candidate.text.length > 2 * held.text.length && held.passage.id !== candidate.passage.id) selected[twin] = candidate;
        continue;
      }
      selected.push(candidate);
      for (const u of candidate.covered) covered.add(u);
    }
    coverEveryPart(parts, selected, pool, input.thresholds);
    const window = widen(input.question, selected, pool, askedTerms);
    const lacksRequired = (question: string) =>
      missingTypes(
        question,
        window.map((s) => s.text),
      ).some((type) => REQUIRED_TYPES.includes(type));
    // Every part lacking what it requires leaves nothing to answer.
    const noPartAnswered = !whole && typedParts.every(lacksRequired);
    if (noPartAnswered || (whole && (lacksRequired(input.question) || !coversAskedNoun(input.question, units, window, input.questionLang)))) return undefined;
    return contactFirst(readingOrder(wholePassages(window, pool, input.thresholds.answerChars, askedTerms)), input.question);
  };
  const best = inReadersLanguage(top, positive, input.questionLang);
  const answer = answerFrom(best, positive.slice(1), positive);
  if (answer) return { selected: answer, best };
  const floor = Math.max(input.thresholds.minScore, top.score - RETRY_MARGIN * input.thresholds.margin);
  const withWeaker = (lead: ScoredSentence) => {
    const weaker = positive.filter((s) => s.score <= lead.score);
    return answerFrom(
      lead,
      weaker.filter((s) => s !== lead),
      weaker,
    );
  };
  // The best sentence and its window lack what the question asks for (no date for 언제): the next
  // sentences close to it may sit where the value is given ("질의방법: … 서면질의만 가능" beside
  // "질의기간: 2023. 7. 13. ~ 7. 18."). Each is tried as the lead with the weaker sentences only, so
  // the sentences already found lacking do not come back; a weaker lead answers only through an
  // item that gives the asked kind by its label or counter (asked-kind.ts). Any figure of the right
  // type would do otherwise, and questions the documents do not answer found one (measured: a tax
  // relief rate for a tax rate, a region's investment for a company's subsidy).
  for (const next of positive.slice(1, 1 + LEAD_RETRIES)) {
    if (next.score < floor) break;
    if (next.passage.lang !== best.passage.lang) continue;
    const retried = withWeaker(next);
    if (retried?.some((s) => s.givesAskedKind)) return { selected: retried, best: next };
  }
  // Or a sentence as near the question as the best, told apart by rank alone: it covers every unit
  // the best covers, read with its title and section, and itself carries what is asked ("Samsung
  // Electronics is investing KRW 360 trillion in the Yongin national complex", under the Yongin
  // semiconductor complex's title, for "how much is Samsung putting into the chip complex"). Those
  // weaker leads answered other questions by covering less.
  // Only for a figure (a sum, a count, a share) in the official documents' prose: a date or a name
  // beside the same words is as often another event's or another thing's, and an upload's figure
  // beside its title's words another item's ("17개 광역시·도" in the field list, for how many
  // transfer centres the data holds).
  // The noun a figure asked for is of ("정부 보조금 얼마") must be its own too: the company's investment
  // beside the same complex is no subsidy.
  const types = answerTypes(input.question);
  const figureNoun = types.includes('money') ? moneyNoun(input.question) : types.includes('count') ? countedThing(input.question) : undefined;
  const figureUnit = figureNoun === undefined ? -1 : units.findIndex((u) => u.word.toLowerCase().includes(figureNoun));
  const asNear = (s: ScoredSentence) => {
    const near = s.coveredInContext ?? s.covered;
    return (
      required.length > 0 &&
      required.every((type) => FIGURES.includes(type) && carries(type, s.text, input.question)) &&
      best.covered.every((u) => near.includes(u)) &&
      (figureUnit < 0 || near.includes(figureUnit))
    );
  };
  const near = positive.slice(1).find((s) => s.score >= floor && s.passage.docId === best.passage.docId && s.passage.trust !== 'upload' && asNear(s));
  const fromNear = near ? withWeaker(near) : undefined;
  if (near && fromNear) return { selected: fromNear, best: near };
  return { selected: [], best, absence: topAbsence };
}

/**
 * How many items a question asks for as a set: "3대 추진과제" (the N major X, 표준국어대사전: -대 "큰"),
 * "세 가지 과제", "the three task areas"; undefined when it names no number of items.
 */
const ITEMS_ASKED = new RegExp(
  `(?<![\\d.])([2-9])\\s?대\\s?[\\uAC00-\\uD7AF]{2,}|(?<![\\uAC00-\\uD7AF])(${KO_NATIVE_NUMBERS.slice(2, 8).join('|')}|[2-9])\\s?가지|\\bthe\\s+(${NUMBER_WORDS.slice(2, 8).join('|')})\\s+(?:main\\s+|major\\s+|key\\s+)?[a-z-]+s\\b`,
  'iu',
);

function itemsAsked(question: string): number | undefined {
  const m = ITEMS_ASKED.exec(question);
  return m ? numberOf((m[1] ?? m[2] ?? m[3]) as string) : undefined;
}

/** The numbered or bulleted lines of a sentence ("1. …\n2. …"). */
function bulletItems(text: string): number {
  return (text.match(/(?:^|\n)\s*(?:[-•*▪]|\d+[.)])\s+\S/gu) ?? []).length;
}

/** The answer types of a figure: a sentence as near as the best may lead only by carrying one (selectEvidence). */
const FIGURES: readonly string[] = ['money', 'count', 'percent'];

/** How many of the next sentences may lead the answer when the best one's window lacks what is asked. */
const LEAD_RETRIES = 3;
/** Within how many margins of the best sentence they must score. */
const RETRY_MARGIN = 2;

/** At least as good in coverage and score, and better in one of them. */
function dominates(a: ScoredSentence, b: ScoredSentence): boolean {
  return a.coverage >= b.coverage && a.score >= b.score && (a.coverage > b.coverage || a.score > b.score);
}

/**
 * An answer reads its passages, not three sentences: each chosen passage gives its other sentences
 * that share any of the question's words (the rest of a list of attendees, the second part of a
 * figure), in the order of the chosen passages, while the answer stays within `budget` characters.
 */
export function wholePassages(chosen: ScoredSentence[], pool: ScoredSentence[], budget: number, asked: ReadonlySet<string> = new Set()): ScoredSentence[] {
  const out = [...chosen];
  let length = out.reduce((sum, s) => sum + s.text.length, 0);
  const has = (s: ScoredSentence) => out.some((o) => o.passage.id === s.passage.id && o.start === s.start);
  const passages = [...new Set(readingOrder(chosen).map((s) => s.passage.id))];
  for (const id of passages) {
    const anchor = Math.max(...chosen.filter((s) => s.passage.id === id).map((s) => s.score));
    for (const sibling of pool.filter((s) => s.passage.id === id && s.coverage > 0 && !has(s)).sort((a, b) => b.score - a.score)) {
      if (length + sibling.text.length > budget) continue;
      if (out.some((o) => (o.passage.id === sibling.passage.id ? nearCopy(o, sibling) : nearDuplicate(o, sibling)))) continue;
      if (anotherRecordThanNamed(chosen, sibling, asked)) continue;
      out.push({ ...sibling, score: Math.min(sibling.score, anchor - 1e-6) });
      length += sibling.text.length;
    }
  }
  return out;
}

/**
 * The reader's language first: when the best sentence is in the other language, a sentence in the
 * question's language that states all of its figures (at least two: a date and a count, say) says
 * the same thing, since both versions of a document state the same facts; it answers instead.
 */
function inReadersLanguage(best: ScoredSentence, pool: ScoredSentence[], lang: Lang): ScoredSentence {
  if (best.passage.lang === lang) return best;
  const figures = [...new Set(digitFigures(best.text))];
  if (figures.length < 2) return best;
  const same = pool.find((s) => s.passage.lang === lang && s.coverage > 0 && figures.every((f) => sourceFigures(s.text).has(f)));
  return same ?? best;
}

/** The parts of a multi-part question that hold a unit of meaning. */
export function questionParts(question: string): string[] {
  return splitQuestionParts(question).filter((p) => questionUnits(p).length > 0);
}

/**
 * Each part of a multi-part question is scored on its own: a part no selected sentence covers gets
 * the candidate that covers it best, when that one covers at least half of the part; a part that is
 * covered but lacks the figure or name it asks for gets the sentence of its section that carries it.
 */
function coverEveryPart(parts: string[], selected: ScoredSentence[], positive: ScoredSentence[], thresholds: EvidenceThresholds): void {
  if (parts.length < 2) return;
  for (const part of parts) {
    const units = questionUnits(part);
    const partShare = (s: ScoredSentence) => {
      const have = termSet(s.text);
      // A unit counts when half its terms are there ("complex" alone is not "specialized complexes").
      return units.filter((u) => Math.max(shareIn(u, 'ko', have), shareIn(u, 'en', have)) >= 0.5).length / units.length;
    };
    const covering = selected.filter((s) => partShare(s) >= 0.5);
    if (covering.length > 0) {
      carryPartType(part, covering, selected, positive);
      continue;
    }
    const best = positive
      .filter((s) => s.score >= thresholds.minScore * 0.6 && !selected.some((t) => nearDuplicate(t, s)))
      .map((s) => ({ s, share: partShare(s) }))
      .sort((a, b) => b.share - a.share || b.s.score - a.s.score)[0];
    if (best && best.share >= 0.5 && selected.length < thresholds.maxSentences + 2) selected.push(best.s);
  }
}

/**
 * A part answered by sentences that lack what it asks for ("which bodies ..." answered by a
 * sentence naming none) takes the sentence of the same section that carries it.
 */
function carryPartType(part: string, covering: ScoredSentence[], selected: ScoredSentence[], pool: ScoredSentence[]): void {
  for (const type of missingTypes(
    part,
    covering.map((s) => s.text),
  )) {
    // The same section: a long section is cut into several passages, and its sentences belong together.
    const sections = new Set(covering.map((s) => `${s.passage.docId}\u0000${s.passage.sectionPath}`));
    const carrier = pool
      .filter(
        (s) =>
          sections.has(`${s.passage.docId}\u0000${s.passage.sectionPath}`) &&
          s.coverage > 0 &&
          carries(type, s.text, part) &&
          !selected.some((t) => t.passage.id === s.passage.id && t.start === s.start),
      )
      .sort((a, b) => b.score - a.score)[0];
    if (carrier) selected.push(carrier);
  }
}

/** A quotation longer than this is a document of its own, not a remark: the rest is left out. */
const MAX_QUOTED_SENTENCES = 8;

/**
 * Evidence is a window: a chosen sentence brings the next sentence of its passage when that one
 * continues it or carries the figure, date or names asked for (see evidence-window.ts).
 */
function widen(question: string, selected: ScoredSentence[], pool: ScoredSentence[], asked: ReadonlySet<string>): ScoredSentence[] {
  const out = [...selected];
  const has = (s: ScoredSentence) => out.some((o) => o.passage.id === s.passage.id && o.start === s.start);
  for (const chosen of selected) {
    const siblings = pool.filter((s) => s.passage.id === chosen.passage.id);
    const next = siblings.filter((s) => s.start >= chosen.end).sort((a, b) => a.start - b.start)[0];
    if (next && !has(next) && takesNext(question, chosen, next) && !anotherRecordThanNamed([chosen], next, asked))
      out.push({ ...next, score: chosen.score - 1e-6 });
    // A quotation of several sentences is the speaker's words whole, up to the one that closes it.
    let quoted = opensQuotation(chosen.text) ? next : undefined;
    for (let i = 0; quoted && i < MAX_QUOTED_SENTENCES; i++) {
      const current: ScoredSentence = quoted;
      if (!has(current)) out.push({ ...current, score: chosen.score - 1e-6 * (i + 2) });
      // "…바란다.”라며, “묵묵히 …": a quotation closed and another opened goes on too.
      const open = opensQuotation(current.text) || !closesQuotation(current.text);
      quoted = open ? siblings.filter((s) => s.start >= current.end).sort((a, b) => a.start - b.start)[0] : undefined;
    }
    const previous = siblings.filter((s) => s.end <= chosen.start).sort((a, b) => b.start - a.start)[0];
    if (previous && !has(previous) && takesPrevious(chosen)) out.push({ ...previous, score: chosen.score + 1e-6 });
  }
  // What the question asks for (a count, a date, names) and no chosen sentence carries: the best
  // sentence of the chosen passages that carries it (an item of the asked kind, "질의기간: 2023. 7.
  // 13. ~ 7. 18.", names the matter in its heading, not itself), and a way to reach someone from
  // their documents' own statement too (a release's contact box for "whom do I call about the
  // visit"): its dates date the document, not what a passage tells of.
  const missing = missingTypes(
    question,
    out.map((s) => s.text),
  );
  const questionTerms = missing.length > 0 ? new Set(searchTerms(question)) : new Set<string>();
  for (const type of missing) {
    const passages = new Set(out.map((s) => s.passage.id));
    const documents = new Set(out.map((s) => s.passage.docId));
    const ofChosen = (s: ScoredSentence) => passages.has(s.passage.id) || (type === 'contact' && documents.has(metadataDocId(s.passage.id) ?? ''));
    const carrier = pool
      .filter((s) => ofChosen(s) && !has(s) && carries(type, s.text, question) && (s.coverage > 0 || s.givesAskedKind) && !otherLabel(questionTerms, s))
      .sort((a, b) => b.score - a.score)[0];
    if (carrier) out.push(carrier);
  }
  return out;
}

/**
 * An uploaded document's labelled item gives the value its label names ("참고: 제안서 공고 2024. 3.
 * 4." dates the notice): it carries what a question asks for only when its label is of the kind
 * asked (asked-kind.ts) or names a word of the question ("제출: 7. 18.까지" for "제출 마감은 언제").
 * The official documents' labelled lines name a source and a date ("2024년 4월 발표 기준: …"), which
 * qualify the value rather than name it, so they are left alone.
 */
function otherLabel(questionTerms: ReadonlySet<string>, sentence: ScoredSentence): boolean {
  if (sentence.passage.trust !== 'upload' || sentence.givesAskedKind) return false;
  if (itemLabel(sentence.text) === undefined) return false;
  // A table row read as a record labels each cell ("구분: 단 수 | 시험발사체: 1단"): any of its labels may name the matter.
  const labels = sentence.text.split(' | ').flatMap((cell) => itemLabel(cell) ?? []);
  return !labels.some((label) => searchTerms(label).some((term) => questionTerms.has(term)));
}

/**
 * The noun whose value is asked for must be in the window itself or its passages' titles and
 * sections: for a required figure ("법인세율은 몇 퍼센트"), a count ("how many jobs") and a sum
 * ("분양대금 얼마"), a figure beside other words answers another question. (Measured: requiring the
 * head noun of every question refused answerable ones whose window names the topic in other words.)
 * A figure is of a thing: the figure and the noun it is of go together, in one sentence or under
 * its heading; a count of one thing beside the noun of another ("3곳 선정" and "근로 인프라")
 * answers neither. A sum is held so in the official documents only: an upload's 개조식 items name
 * what a sum is of in labels the sentence does not repeat.
 */
function coversAskedNoun(question: string, units: QuestionUnit[], window: ScoredSentence[], lang: Lang): boolean {
  const types = answerTypes(question);
  const states = {
    percent: (s: ScoredSentence) => carries('percent', s.text),
    count: (s: ScoredSentence) => statesCount(s.text, question),
    money: (s: ScoredSentence) => carries('money', s.text),
  };
  const figures: [noun: string | undefined, states: (s: ScoredSentence) => boolean][] = [
    [types.includes('percent') ? headNoun(question) : undefined, states.percent],
    [types.includes('count') ? countedThing(question) : undefined, states.count],
    [types.includes('money') ? moneyNoun(question) : undefined, (s) => s.passage.trust !== 'upload' && states.money(s)],
  ];
  // A figure about a named complex ("반월·시화 산단에 입주한 기업 몇 개") is stated with its name: the
  // national count of firms answers another question.
  // A verb before the kind describes the complex ("2022년 11월 나온 산업단지 혁신 종합대책"): it names none.
  const before = KO_NAMED_COMPLEX.exec(question.normalize('NFC'))?.[1];
  const named = before !== undefined && !isEverydayVerbForm(before) ? before : undefined;
  // So is an upload's figure of a year ("2022년 1회 축제 예산"): a sum beside that year's line-up is
  // another year's. An upload states a figure under the item that dates it; the official documents'
  // prose dates it in the sentence before as often (held there too, it cost three never-read key facts).
  const years = [...new Set(question.match(YEARS) ?? [])];
  const uploaded = window.filter((s) => s.passage.trust === 'upload');
  const dated = (['percent', 'count', 'money'] as const)
    .filter((type) => types.includes(type))
    .every((type) => years.every((y) => uploaded.some((s) => states[type](s) && reading(s).includes(y))));
  return (
    (uploaded.length === 0 || dated) &&
    figures.every(([noun, stated]) => {
      if (noun === undefined) return true;
      const stating = window.filter(stated);
      return windowHolds(noun, units, stating, lang) && (named === undefined || windowHolds(named, units, stating, lang));
    })
  );
}

/**
 * Nouns of an item as such (표준국어대사전: 사항 '일의 항목이나 내용', 항목, 내용, 과제, 건수; items,
 * points, measures): "규제 개선 사항이 몇 개" counts regulatory improvements, which a document may call
 * 내용 or 과제; the word before the item noun names what is counted.
 */
const ITEM_NOUN = /^(?:사항|항목|내용|과제|건수|items?|points?|measures?|things?)$/iu;

/**
 * The thing a count question counts, as the window must name it: the counted noun, or for an item
 * noun the word that qualifies it; none for a conditional clause read where the noun stands ("다
 * 치면 총 몇 군데": -면 closes a verb).
 */
function countedThing(question: string): string | undefined {
  const noun = countedNoun(question);
  if (noun === undefined || /^[\uAC00-\uD7AF]면$/u.test(noun)) return undefined;
  if (!ITEM_NOUN.test(noun)) return noun;
  return new RegExp(`([\\uAC00-\\uD7AF]{2,}|[A-Za-z]{3,})\\s+${noun}`, 'iu').exec(question.normalize('NFC'))?.[1]?.toLowerCase();
}

/** The sentence as a reader sees it: with its passage's title and section, and the items it sits under. */
function reading(s: ScoredSentence): string {
  return `${s.text} ${s.passage.title} ${s.passage.sectionPath} ${parentItems(s.passage.text, s.start).join(' ')}`;
}

/**
 * A year the question states ("2022 numbers", "2025년 기준") sets which figure answers, however many
 * candidates name some year: it weighs as much as the question's heaviest other word. A year dated
 * with a month ("discussed with experts in January 2025") sets the scene of an event instead; the
 * answer about the event need not repeat it.
 */
export function asImportantAsAny(weights: Map<string, number>, units: readonly QuestionUnit[], question: string): void {
  const years = units.filter((u) => yearUnit(u) && !datesEvent(question, u.word.slice(0, 4)));
  if (years.length === 0) return;
  // A word weighs as the mean of its terms, as unitCoverage weighs it: one rare form of a name with
  // many forms ("KICOX") does not make the name heavy.
  const others = units
    .filter((u) => !yearUnit(u))
    .map((u) => {
      const terms = allTerms(u);
      return terms.length === 0 ? 0 : terms.reduce((sum, t) => sum + (weights.get(t) ?? 0), 0) / terms.length;
    });
  const top = Math.max(0, ...others);
  for (const u of years) for (const t of allTerms(u)) weights.set(t, Math.max(weights.get(t) ?? 0, top));
}

/** The year with a month ("in January 2025", "2025년 1월"): the date of an event the question sets its scene by. */
export function datesEvent(question: string, year: string): boolean {
  return new RegExp(`\\b${MONTH_NAME}\\s+(?:\\d{1,2},?\\s+)?${year}|${year}\\s*년\\s*\\d{1,2}\\s*월|${year}[.-]\\s*\\d{1,2}[.-]`, 'iu').test(question);
}

/** An English month, written out or abbreviated ("January", "Jan."). */
const MONTH_NAME = `(?:${MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`).join('|')})\\.?`;

/** A unit that is a year ("2023", "2023년"). */
function yearUnit(unit: QuestionUnit | undefined): boolean {
  return unit !== undefined && /^(?:19|20)\d{2}(?:년)?$/u.test(unit.word);
}

/** A complex named by the word before its kind, written apart or run together ("반월·시화 산단", "여수국가산업단지", "노후 산단"). */
const KO_NAMED_COMPLEX = new RegExp(`(?<![\\uAC00-\\uD7AF·])([\\uAC00-\\uD7AF]{2,}(?:·[\\uAC00-\\uD7AF]{2,})*)\\s?(?:${KO_COMPLEX_KINDS.join('|')})`, 'u');

function windowHolds(noun: string, units: QuestionUnit[], window: ScoredSentence[], lang: Lang): boolean {
  const unit = units.find((u) => u.word.toLowerCase() === noun || noun.startsWith(u.word));
  // A verb read where the noun stands ("처음 골랐던데 몇 군데") names no thing the figure is of.
  if (!unit || unit.predicate) return true;
  // Judged in the question's own language: a translation may name the same thing otherwise
  // ("areas" → 면적 where the passage says 지구).
  const judged = window.filter((s) => s.passage.lang === lang);
  if (judged.length === 0) return true;
  return judged.some((s) => {
    // The items it sits under are its heading too ("2) 입찰보증금 > · 보증금율: 5%").
    const have = new Set(searchTerms(reading(s)));
    return allTerms(unit).some((t) => have.has(t));
  });
}
