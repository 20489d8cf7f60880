import type { DocumentRecord, Passage, ScoredPassage, SearchFilters } from '../core/types.js';

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
 * Read side of the passage index. Two implementations: LanceDB on Node, and the exported
 * in-memory index in the Worker.
 */
export interface PassageStore {
  manifest(): Promise<IndexManifest | undefined>;
  vectorSearch(vector: Float32Array, k: number, filters?: SearchFilters): Promise<ScoredPassage[]>;
  textSearch(query: string, k: number, filters?: SearchFilters): Promise<ScoredPassage[]>;
  getPassage(id: string): Promise<Passage | undefined>;
  passagesOfDocument(docId: string): Promise<Passage[]>;
  listDocuments(): Promise<DocumentRecord[]>;
  getDocument(id: string): Promise<DocumentRecord | undefined>;
}

export interface WritableStore extends PassageStore {
  /** Replaces a document's passages in one commit: readers see the old set or the new one. */
  replaceDocument(doc: DocumentRecord, passages: Passage[], vectors: Float32Array[]): Promise<void>;
  deleteDocument(id: string): Promise<void>;
  /** Rebuilds search indexes and records the manifest after a batch of writes. */
  finishBatch(manifest: Omit<IndexManifest, 'updatedAt' | 'schemaVersion'>): Promise<void>;
}

export class IndexMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IndexMismatchError';
  }
}
