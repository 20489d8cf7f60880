import type { Hit } from './top-k.js';

/** Conventional damping constant: keeps one list's top hit from drowning the other list. */
export const RRF_K = 60;

export interface FusedHit {
  index: number;
  score: number;
  /** 1-based rank in each list, absent when that list did not return the passage. */
  ranks: (number | undefined)[];
}

/**
 * Weighted reciprocal-rank fusion: score = sum of weight / (RRF_K + rank). Ranks, not raw scores,
 * because cosine and BM25 live on unrelated scales. Ties go to the lower passage index so every
 * runtime orders alike.
 */
export function fuseRanks(lists: { hits: Hit[]; weight: number }[], k: number): FusedHit[] {
  const fused = new Map<number, FusedHit>();
  lists.forEach(({ hits, weight }, list) => {
    hits.forEach((hit, i) => {
      let entry = fused.get(hit.index);
      if (!entry) {
        entry = { index: hit.index, score: 0, ranks: lists.map(() => undefined) };
        fused.set(hit.index, entry);
      }
      entry.score += weight / (RRF_K + i + 1);
      entry.ranks[list] = i + 1;
    });
  });
  return [...fused.values()].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, k);
}
