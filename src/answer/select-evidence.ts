import type { Lang, ScoredPassage } from '../core/types.js';
import { cosine } from '../embed/embedder.js';
import { searchTerms } from '../retrieve/search-terms.js';
import type { SentenceSpan } from './sentences.js';

export interface ScoredSentence extends SentenceSpan {
  passage: ScoredPassage;
  /** Rank of the passage in retrieval, 0-based. */
  passageRank: number;
  similarity: number;
  overlap: number;
  score: number;
}

export interface EvidenceThresholds {
  /** Below this combined score for the best sentence the documents are taken not to answer. */
  minScore: number;
  /** Further sentences must score within this margin of the best one. */
  margin: number;
  maxSentences: number;
}

export const DEFAULT_THRESHOLDS: EvidenceThresholds = { minScore: 0.86, margin: 0.03, maxSentences: 3 };

/** Share of the question's lexical terms that the sentence contains (0..1). */
export function termOverlap(questionTerms: string[], sentence: string): number {
  if (questionTerms.length === 0) return 0;
  const have = new Set(searchTerms(sentence));
  const unique = [...new Set(questionTerms)];
  return unique.filter((t) => have.has(t)).length / unique.length;
}

/** Combined evidence score: semantic similarity, lexical support, retrieval rank, language match. */
export function scoreSentence(input: { similarity: number; overlap: number; passageRank: number; sameLang: boolean }): number {
  return input.similarity + 0.15 * input.overlap - 0.004 * input.passageRank + (input.sameLang ? 0.01 : 0);
}

function nearDuplicate(a: string, b: string): boolean {
  const ta = new Set(searchTerms(a));
  const tb = searchTerms(b);
  if (ta.size === 0 || tb.length === 0) return false;
  const shared = tb.filter((t) => ta.has(t)).length;
  return shared / Math.min(ta.size, tb.length) > 0.8;
}

/**
 * Picks the sentences that answer the question: the best one, then a few close runners-up from the
 * same language, never near-duplicates. Returns them in reading order (passage rank, then offset).
 */
export function selectEvidence(input: {
  question: string;
  questionVector: Float32Array;
  questionLang: Lang;
  sentences: { span: SentenceSpan; passage: ScoredPassage; passageRank: number; vector: Float32Array }[];
  thresholds: EvidenceThresholds;
}): { selected: ScoredSentence[]; best?: ScoredSentence } {
  const questionTerms = searchTerms(input.question);
  const scored: ScoredSentence[] = input.sentences.map(({ span, passage, passageRank, vector }) => {
    const similarity = cosine(input.questionVector, vector);
    const overlap = termOverlap(questionTerms, span.text);
    return {
      ...span,
      passage,
      passageRank,
      similarity,
      overlap,
      score: scoreSentence({ similarity, overlap, passageRank, sameLang: passage.lang === input.questionLang }),
    };
  });
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best || best.score < input.thresholds.minScore) return { selected: [], best };
  const selected: ScoredSentence[] = [best];
  for (const candidate of scored.slice(1)) {
    if (selected.length >= input.thresholds.maxSentences) break;
    if (candidate.score < best.score - input.thresholds.margin) break;
    if (candidate.passage.lang !== best.passage.lang) continue;
    if (selected.some((s) => nearDuplicate(s.text, candidate.text))) continue;
    selected.push(candidate);
  }
  selected.sort((a, b) => a.passageRank - b.passageRank || a.start - b.start);
  return { selected, best };
}
