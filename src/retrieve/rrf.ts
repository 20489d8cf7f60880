import type { ScoredPassage } from '../core/types.js';

/** Conventional damping constant: keeps one list's top hit from drowning the other list. */
export const RRF_K = 60;

/**
 * Reciprocal-rank fusion of ranked lists of passages. Scores are sums of 1/(RRF_K + rank); ranks
 * from each list are kept on the result for debugging and evaluation.
 */
export function reciprocalRankFusion(lists: { passages: ScoredPassage[]; weight?: number }[], k: number): ScoredPassage[] {
  const fused = new Map<string, ScoredPassage>();
  for (const { passages, weight = 1 } of lists) {
    passages.forEach((passage, index) => {
      const contribution = weight / (RRF_K + index + 1);
      const current = fused.get(passage.id);
      if (current) {
        current.score += contribution;
        current.vectorRank ??= passage.vectorRank;
        current.textRank ??= passage.textRank;
      } else {
        fused.set(passage.id, { ...passage, score: contribution });
      }
    });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score).slice(0, k);
}
