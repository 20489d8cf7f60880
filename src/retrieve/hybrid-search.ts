import type { ScoredPassage, SearchFilters } from '../core/types.js';
import type { Embedder } from '../embed/embedder.js';
import type { PassageStore } from '../store/store.js';
import { reciprocalRankFusion } from './rrf.js';

export interface HybridSearchInput {
  store: PassageStore;
  embedder: Embedder;
  query: string;
  k: number;
  filters?: SearchFilters;
  /** Pass when the caller already embedded the query. */
  queryVector?: Float32Array;
}

export interface HybridSearchResult {
  passages: ScoredPassage[];
  queryVector: Float32Array;
  timingsMs: { embed: number; vector: number; text: number };
}

/** How deep each retriever looks before fusion; fusion needs more than the final k to work with. */
export function candidatePool(k: number): number {
  return Math.max(20, k * 3);
}

/** Vector search and BM25 search in parallel, fused by reciprocal rank. */
export async function hybridSearch({ store, embedder, query, k, filters, queryVector }: HybridSearchInput): Promise<HybridSearchResult> {
  const t0 = performance.now();
  const vector = queryVector ?? (await embedder.embedQueries([query]))[0];
  if (!vector) throw new Error('the embedder returned no vector for the query');
  const t1 = performance.now();
  const pool = candidatePool(k);
  let vectorMs = 0;
  let textMs = 0;
  const [byVector, byText] = await Promise.all([
    store.vectorSearch(vector, pool, filters).then((r) => {
      vectorMs = performance.now() - t1;
      return r;
    }),
    store.textSearch(query, pool, filters).then((r) => {
      textMs = performance.now() - t1;
      return r;
    }),
  ]);
  return {
    passages: reciprocalRankFusion([{ passages: byVector }, { passages: byText }], k),
    queryVector: vector,
    timingsMs: { embed: t1 - t0, vector: vectorMs, text: textMs },
  };
}
