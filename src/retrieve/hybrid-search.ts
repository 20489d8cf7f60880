import { detectLang } from '../core/lang.js';
import type { RetrievalMode, ScoredPassage, SearchFilters } from '../core/types.js';
import { type Embedder, EmbedderUnavailableError } from '../embed/embedder.js';
import type { PassageStore } from '../store/store.js';
import { expandQuery } from './glossary.js';
import { reciprocalRankFusion } from './rrf.js';

export interface HybridSearchInput {
  store: PassageStore;
  embedder: Embedder;
  query: string;
  k: number;
  filters?: SearchFilters;
  /** Pass when the caller already embedded the query. */
  queryVector?: Float32Array;
  /** Add glossary translations (default). Off when searching the question's own language only. */
  expand?: boolean;
}

/**
 * Weight of the vector ranking in fusion: full when the embedder reads the language searched,
 * small otherwise (the local English model places all Korean passages in one blurry region).
 */
export function vectorWeight(embedder: Embedder, filters?: SearchFilters): number {
  if (!embedder.languages || !filters?.lang) return 1;
  return embedder.languages.includes(filters.lang) ? 1 : 0.05;
}

/**
 * What each retriever is given. Full-text search gets the query plus its glossary translation so
 * a question finds passages in either language. The vector side gets the translation only for
 * Korean questions: the local model reads English, and Hangul is mostly unknown tokens to it.
 */
export function retrievalQueries(query: string): { text: string; vector: string } {
  const lang = detectLang(query);
  const expanded = expandQuery(query, lang);
  return { text: expanded, vector: lang === 'ko' ? expanded : query };
}

export interface HybridSearchResult {
  passages: ScoredPassage[];
  /** Empty when retrieval is keyword-only. */
  queryVector: Float32Array;
  retrieval: RetrievalMode;
  timingsMs: { embed: number; vector: number; text: number };
}

/** How deep each retriever looks before fusion; fusion needs more than the final k to work with. */
export function candidatePool(k: number): number {
  return Math.max(20, k * 3);
}

/** Vector search and BM25 search in parallel, fused by reciprocal rank. */
export async function hybridSearch({ store, embedder, query, k, filters, queryVector, expand = true }: HybridSearchInput): Promise<HybridSearchResult> {
  const t0 = performance.now();
  const queries = expand ? retrievalQueries(query) : { text: query, vector: query };
  // A caller passing on an empty vector from an earlier keyword-only search stays keyword-only.
  const vector = queryVector ? (queryVector.length > 0 ? queryVector : undefined) : await embedQuery(embedder, queries.vector);
  const t1 = performance.now();
  const pool = candidatePool(k);
  let vectorMs = 0;
  let textMs = 0;
  const [byVector, byText] = await Promise.all([
    (vector ? store.vectorSearch(vector, pool, filters) : Promise.resolve([])).then((r) => {
      vectorMs = performance.now() - t1;
      return r;
    }),
    store.textSearch(queries.text, pool, filters).then((r) => {
      textMs = performance.now() - t1;
      return r;
    }),
  ]);
  return {
    passages: reciprocalRankFusion([{ passages: byVector, weight: vectorWeight(embedder, filters) }, { passages: byText }], k),
    queryVector: vector ?? new Float32Array(0),
    retrieval: vector ? 'hybrid' : 'keyword-only',
    timingsMs: { embed: t1 - t0, vector: vectorMs, text: textMs },
  };
}

/** The query's vector, or undefined when the embedder is unreachable: search then goes on by keywords. */
async function embedQuery(embedder: Embedder, text: string): Promise<Float32Array | undefined> {
  try {
    const vector = (await embedder.embedQueries([text]))[0];
    if (!vector) throw new Error('the embedder returned no vector for the query');
    return vector;
  } catch (error) {
    if (!(error instanceof EmbedderUnavailableError)) throw error;
    console.warn(`retrieval is keyword-only: ${error.message}`);
    return undefined;
  }
}
