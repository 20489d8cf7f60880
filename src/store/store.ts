import type { DocumentRecord, Passage, ScoredPassage, SearchFilters } from '../core/types.js';
import type { EngineQuery } from '../search/engine.js';
import type { TermStats, WeightedTerm } from '../search/term-index.js';

/** What an index was built with; a reader with a different embedder must not use it. */
export interface IndexManifest {
  schemaVersion: number;
  embedderId: string;
  dimension: number;
  ftsTokenizer: string;
  corpusVersion: string;
  updatedAt: string;
}

export const SCHEMA_VERSION = 1;

/**
 * Read side of the passage index. Two implementations: LanceDB on Node, and the exported index in
 * the Worker; both answer from the same in-memory engine (src/search/). Searches take terms from
 * `queryTermsOf()` (src/text/terms.ts), never raw text.
 */
export interface PassageStore {
  manifest(): Promise<IndexManifest | undefined>;
  /** Hybrid search in one call: BM25 over the terms, cosine over the vector (when given), fused. */
  search(query: EngineQuery): Promise<ScoredPassage[]>;
  /** Several hybrid searches from one snapshot; queries sharing a vector share its cosine pass. */
  searchMany(queries: readonly EngineQuery[]): Promise<ScoredPassage[][]>;
  vectorSearch(vector: Float32Array, k: number, filters?: SearchFilters): Promise<ScoredPassage[]>;
  textSearch(terms: readonly (string | WeightedTerm)[], k: number, filters?: SearchFilters): Promise<ScoredPassage[]>;
  /** Corpus-wide document frequencies (docCount, df) of the index terms, for IDF. */
  termStats(): Promise<TermStats>;
  getPassage(id: string): Promise<Passage | undefined>;
  passagesOfDocument(docId: string): Promise<Passage[]>;
  listDocuments(): Promise<DocumentRecord[]>;
  getDocument(id: string): Promise<DocumentRecord | undefined>;
  /**
   * The same reads over the official documents alone, from the same snapshot: searches, statistics
   * and listings as an index of only those documents would give them (itself when all are official).
   */
  official(): PassageStore;
}

export interface WritableStore extends PassageStore {
  /** Replaces a document's passages in one commit: readers see the old set or the new one. */
  replaceDocument(doc: DocumentRecord, passages: Passage[], vectors: Float32Array[]): Promise<void>;
  deleteDocument(id: string): Promise<void>;
  /**
   * Every document record as committed, read from the records alone (not the engine snapshot, which
   * a write has just made stale and which takes seconds to rebuild at 100k passages), ordered as
   * `listDocuments` orders them. For the writer between writes, when no write is half-way.
   */
  committedDocuments(): Promise<DocumentRecord[]>;
  /** Records the manifest and reclaims space after a batch of writes. */
  finishBatch(manifest: Omit<IndexManifest, 'updatedAt' | 'schemaVersion'>): Promise<void>;
}

export class IndexMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IndexMismatchError';
  }
}
