import { trustOf } from '../core/document-trust.js';
import { detectLang } from '../core/lang.js';
import type { RetrievalMode, ScoredPassage, SearchFilters } from '../core/types.js';
import { type Embedder, EmbedderUnavailableError } from '../embed/embedder.js';
import type { PassageStore } from '../store/store.js';
import { queryTermsOf } from '../text/terms.js';
import { expandQuery, withDocumentsTerms } from './glossary.js';

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
 * a question finds passages in either language; the vector side gets the question as asked.
 */
export function retrievalQueries(query: string): { text: string; vector: string } {
  const lang = detectLang(query);
  return { text: expandQuery(query, lang), vector: query };
}

/**
 * Whether the embedder reads the query's language. The local model is English-only: a Korean
 * question is mostly unknown tokens to it, so it is not embedded at all and BM25 ranks alone.
 */
export function embedderReads(embedder: Embedder, query: string): boolean {
  return !embedder.languages || embedder.languages.includes(detectLang(query));
}

export interface HybridSearchResult {
  passages: ScoredPassage[];
  /** Empty when retrieval is keyword-only. */
  queryVector: Float32Array;
  retrieval: RetrievalMode;
  timingsMs: { embed: number; search: number };
}

/**
 * Vector search and BM25 in one engine call, fused by weighted reciprocal rank. The only model
 * call is the query embedding, and only when the embedder reads the question's language.
 */
export async function hybridSearch({ store, embedder, query, k, filters, queryVector, expand = true }: HybridSearchInput): Promise<HybridSearchResult> {
  const many = await hybridSearchMany({ store, embedder, vectorQuery: query, queryVector, searches: [{ query, k, filters, expand }] });
  return { passages: many.results[0] ?? [], queryVector: many.queryVector, retrieval: many.retrieval, timingsMs: many.timingsMs };
}

/** One of several searches for a question: its text, depth, filters and whether to add glossary translations. */
export interface SearchSpec {
  query: string;
  k: number;
  filters?: SearchFilters;
  expand?: boolean;
}

export interface HybridSearchManyInput {
  store: PassageStore;
  embedder: Embedder;
  /** The text the vector side embeds (the question as asked), once for all the searches. */
  vectorQuery: string;
  /** Pass when the caller already embedded it; an empty vector means keyword-only. */
  queryVector?: Float32Array;
  searches: readonly SearchSpec[];
}

/**
 * Several searches of one question, each ranked exactly as `hybridSearch` ranks it alone, with
 * one query embedding and one engine call: the engine scores the shared vector against the corpus
 * once and selects each search's hits under its own filters.
 */
export async function hybridSearchMany({ store, embedder, vectorQuery, queryVector, searches }: HybridSearchManyInput) {
  const t0 = performance.now();
  // A caller passing on an empty vector from an earlier keyword-only search stays keyword-only.
  const vector = queryVector
    ? queryVector.length > 0
      ? queryVector
      : undefined
    : embedderReads(embedder, vectorQuery)
      ? await embedQuery(embedder, vectorQuery)
      : undefined;
  const t1 = performance.now();
  const ranked = await store.searchMany(
    searches.map(({ query, k, filters, expand = true }) => ({
      terms: queryTermsOf(expand ? retrievalQueries(query).text : withDocumentsTerms(query)),
      vector,
      vectorWeight: vectorWeight(embedder, filters),
      k,
      filters,
    })),
  );
  const results = await Promise.all(ranked.map((passages) => withTrust(store, passages)));
  return {
    results,
    queryVector: vector ?? new Float32Array(0),
    retrieval: (vector ? 'hybrid' : 'keyword-only') as RetrievalMode,
    timingsMs: { embed: t1 - t0, search: performance.now() - t1 },
  };
}

/** Each passage marked with its document's trust level, so evidence selection can prefer official sources. */
async function withTrust(store: PassageStore, passages: ScoredPassage[]): Promise<ScoredPassage[]> {
  const levels = new Map<string, ScoredPassage['trust']>();
  for (const p of passages) {
    if (levels.has(p.docId)) continue;
    const doc = await store.getDocument(p.docId);
    levels.set(p.docId, doc ? trustOf(doc) : undefined);
  }
  return passages.map((p) => {
    const trust = levels.get(p.docId);
    return trust ? { ...p, trust } : p;
  });
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
