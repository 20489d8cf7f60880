import type { Lang, ScoredPassage } from '../core/types.js';
import { cosine } from '../embed/embedder.js';
import { findGlossaryPhrases } from '../retrieve/glossary.js';
import { contentWords, isHangulTerm, isNumberTerm } from '../retrieve/query-terms.js';
import { searchTerms } from '../text/search-terms.js';
import type { SentenceSpan } from './sentences.js';

export interface ScoredSentence extends SentenceSpan {
  passage: ScoredPassage;
  /** Rank of the passage in retrieval, 0-based. */
  passageRank: number;
  similarity: number;
  /** Weighted share of the question's terms (in the sentence's language) found in the sentence. */
  coverage: number;
  /** Question units this sentence covers; a multi-part question needs sentences covering different ones. */
  covered: number[];
  score: number;
}

export interface EvidenceThresholds {
  /** Below this score for the best sentence the documents are taken not to answer. */
  minScore: number;
  /** Further sentences must score within this margin of the best one. */
  margin: number;
  /** Further sentences must also cover at least this share of the question on their own. */
  minCoverage: number;
  maxSentences: number;
}

/** Calibrated on evals/questions/tune.jsonl with `npm run eval -- --split tune` (see README). */
export const DEFAULT_THRESHOLDS: EvidenceThresholds = { minScore: 0.4, margin: 0.1, minCoverage: 0.35, maxSentences: 3 };

/** Sentences that say what the documents do not contain. They answer nothing, but they do signal a refusal. */
const ABSENCE =
  /확인되지 않|다루지 않|포함되지 않|나와 있지 않|밝혀지지 않|공개되지 않|not (?:been )?(?:confirmed|covered|stated|given|disclosed|published|available)|(?:does|do) not (?:cover|include|state|give)/i;
/** Sentences about the documents themselves rather than the policy. */
const META = /별도 문서|이 문서는|이 문서의|이 문서에|this document|separate document|the document ['‘"“]/i;

export function isAbsenceStatement(sentence: string): boolean {
  return ABSENCE.test(sentence);
}

export function isMetaStatement(sentence: string): boolean {
  return META.test(sentence);
}

/** One content word of the question with its terms in each language. */
export interface QuestionUnit {
  word: string;
  ko: string[];
  en: string[];
}

/**
 * The question as units of meaning: each glossary phrase it contains ("opportunity development
 * zones", "기회발전특구") is one unit with terms in both languages; every other content word is a
 * unit in its own language only (numbers count in both).
 */
export function questionUnits(question: string): QuestionUnit[] {
  const text = question.normalize('NFC');
  const units: QuestionUnit[] = [];
  let rest = text;
  for (const match of findGlossaryPhrases(text)) {
    const word = text.slice(match.start, match.coreEnd);
    const own = searchTerms(word);
    const isKo = own.some(isHangulTerm);
    units.push({ word, ko: isKo ? own : searchTerms(match.ko), en: isKo ? searchTerms(match.en) : own });
    rest = `${rest.slice(0, match.start)}${' '.repeat(match.end - match.start)}${rest.slice(match.end)}`;
  }
  for (const word of contentWords(rest)) {
    const own = searchTerms(word);
    const numbers = own.filter(isNumberTerm);
    units.push(own.some(isHangulTerm) ? { word, ko: own, en: numbers } : { word, ko: numbers, en: own });
  }
  return units;
}

type Weights = Map<string, number>;

/** Inverse sentence frequency over the candidate pool: terms every sentence shares weigh little. */
export function termWeights(sentenceTerms: Set<string>[], terms: string[]): Weights {
  const n = sentenceTerms.length;
  const weights: Weights = new Map();
  for (const t of terms) {
    const df = sentenceTerms.filter((s) => s.has(t)).length;
    weights.set(t, Math.log(1 + (n + 1) / (df + 1)));
  }
  return weights;
}

/**
 * Weighted share of the question found in `have`, unit by unit in the given language. A unit with
 * no terms in that language (an untranslatable word) counts as missing, so an English sentence
 * cannot fully answer a Korean question whose key word the glossary does not know.
 */
export function coverage(units: QuestionUnit[], have: Set<string>, weights: Weights, lang: Lang): number {
  return unitCoverage(units, have, weights, lang).share;
}

/** Coverage with the indices of the units the text covers at least half of. */
export function unitCoverage(units: QuestionUnit[], have: Set<string>, weights: Weights, lang: Lang): { share: number; covered: number[] } {
  let total = 0;
  let found = 0;
  const covered: number[] = [];
  for (const [index, unit] of units.entries()) {
    const terms = lang === 'ko' ? unit.ko : unit.en;
    const own = lang === 'ko' ? unit.en : unit.ko;
    const all = [...terms, ...own];
    const unitWeight = all.length === 0 ? 1 : all.reduce((sum, t) => sum + (weights.get(t) ?? 1), 0) / all.length;
    total += unitWeight;
    if (terms.length === 0) continue;
    const share =
      terms.filter((t) => have.has(t)).reduce((sum, t) => sum + (weights.get(t) ?? 1), 0) / terms.reduce((sum, t) => sum + (weights.get(t) ?? 1), 0);
    found += unitWeight * share;
    if (share >= 0.5) covered.push(index);
  }
  return { share: total === 0 ? 0 : found / total, covered };
}

/**
 * Relevance of one sentence: its own coverage of the question, its coverage together with its
 * document title and section, and for English sentences the model's similarity (the local model
 * does not read Korean). Same-language sentences win ties with their translations.
 */
export function scoreSentence(input: {
  coverage: number;
  jointCoverage: number;
  similarity: number;
  lang: Lang;
  questionLang: Lang;
  passageRank: number;
}): number {
  const semantic = input.lang === 'en' ? Math.max(0, input.similarity) : input.jointCoverage;
  return 0.4 * input.coverage + 0.4 * input.jointCoverage + 0.2 * semantic - 0.005 * input.passageRank + (input.lang === input.questionLang ? 0.05 : 0);
}

function nearDuplicate(a: string, b: string): boolean {
  const ta = new Set(searchTerms(a));
  const tb = searchTerms(b);
  if (ta.size === 0 || tb.length === 0) return false;
  const shared = tb.filter((t) => ta.has(t)).length;
  return shared / Math.min(ta.size, tb.length) > 0.8;
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

export interface EvidenceSentence {
  span: SentenceSpan;
  passage: ScoredPassage;
  passageRank: number;
  vector: Float32Array;
}

/**
 * Picks the sentences that answer the question: the best one, then a few close runners-up in the
 * same language, never near-duplicates. Returns them strongest passage first (see readingOrder).
 * When a sentence saying "the documents do not give X" fits the question best, nothing is selected:
 * the honest answer is a refusal.
 */
export function selectEvidence(input: {
  question: string;
  questionVector: Float32Array;
  questionLang: Lang;
  sentences: EvidenceSentence[];
  thresholds: EvidenceThresholds;
}): { selected: ScoredSentence[]; best?: ScoredSentence; absence?: ScoredSentence } {
  const units = questionUnits(input.question);
  const candidates = input.sentences.filter((s) => !isMetaStatement(s.span.text));
  const sentenceTerms = candidates.map((s) => new Set(searchTerms(s.span.text)));
  const weights = termWeights(
    sentenceTerms,
    units.flatMap((u) => [...u.ko, ...u.en]),
  );
  const scored = candidates.map(({ span, passage, passageRank, vector }, i) => {
    const similarity = cosine(input.questionVector, vector);
    const have = sentenceTerms[i] ?? new Set<string>();
    const { share: own, covered } = unitCoverage(units, have, weights, passage.lang);
    const joint = coverage(units, new Set([...have, ...searchTerms(`${passage.title} ${passage.sectionPath}`)]), weights, passage.lang);
    // Keyword-only retrieval (no question vector, the Worker's endpoint is down): English sentences are judged lexically too.
    const semantic = input.questionVector.length > 0 ? similarity : joint;
    const score = scoreSentence({
      coverage: own,
      jointCoverage: joint,
      similarity: semantic,
      lang: passage.lang,
      questionLang: input.questionLang,
      passageRank,
    });
    return { sentence: { ...span, passage, passageRank, similarity, coverage: own, covered, score }, absence: isAbsenceStatement(span.text) };
  });
  scored.sort((a, b) => b.sentence.score - a.sentence.score);
  const topAbsence = scored.find((s) => s.absence)?.sentence;
  const positive = scored.filter((s) => !s.absence).map((s) => s.sentence);
  const best = positive[0];
  if (!best || best.score < input.thresholds.minScore) return { selected: [], best, absence: topAbsence };
  // The documents say outright that they lack what is asked, and nothing else fits as well.
  if (topAbsence && topAbsence.coverage > best.coverage + 0.05) return { selected: [], best, absence: topAbsence };
  const selected: ScoredSentence[] = [best];
  const covered = new Set(best.covered);
  for (const candidate of positive.slice(1)) {
    if (selected.length >= input.thresholds.maxSentences) break;
    if (candidate.passage.lang !== best.passage.lang) continue;
    if (candidate.coverage < input.thresholds.minCoverage) continue;
    // Close runners-up add detail; a weaker sentence is still wanted when it answers a part of
    // the question that nothing selected so far covers ("X and Y" questions).
    const close = candidate.score >= best.score - input.thresholds.margin;
    const complementary = candidate.score >= input.thresholds.minScore * 0.8 && candidate.covered.some((u) => !covered.has(u));
    if (!close && !complementary) continue;
    if (selected.some((s) => nearDuplicate(s.text, candidate.text))) continue;
    selected.push(candidate);
    for (const u of candidate.covered) covered.add(u);
  }
  return { selected: readingOrder(selected), best };
}
