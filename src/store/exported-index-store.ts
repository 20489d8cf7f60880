import type { DocumentRecord, Passage, ScoredPassage, SearchFilters } from '../core/types.js';
import { type Bm25Index, buildBm25Index } from '../retrieve/bm25.js';
import { searchTerms } from '../text/search-terms.js';
import { decodeVectors, type EdgeIndexManifest, parseEdgeManifest, type VectorRows } from './edge-index-format.js';
import type { IndexManifest, PassageStore } from './store.js';

/** Reads one file of the exported index by name; throws when it is missing. */
export type ReadIndexFile = (name: string) => Promise<ArrayBuffer>;

interface LoadedIndex {
  passages: Passage[];
  vectors: { rows: VectorRows; first: number }[];
  byId: Map<string, number>;
  byDoc: Map<string, number[]>;
  documents: DocumentRecord[];
  bm25: Bm25Index;
}

/**
 * The Worker's PassageStore: the index exported by `npm run build:edge`, loaded into memory on first
 * use. Vector search is exact cosine over every passage (a few ms for thousands of passages, so no
 * ANN index is needed); text search is BM25 over the same bigram terms the LanceDB index holds.
 */
export class ExportedIndexStore implements PassageStore {
  private manifestLoad?: Promise<EdgeIndexManifest>;
  private indexLoad?: Promise<LoadedIndex>;

  constructor(private readonly read: ReadIndexFile) {}

  /** The full edge manifest (shards, encoding, counts); `manifest()` gives the store-level view. */
  edgeManifest(): Promise<EdgeIndexManifest> {
    this.manifestLoad ??= this.read('manifest.json').then((bytes) => parseEdgeManifest(JSON.parse(new TextDecoder().decode(bytes))));
    // A failed load must not be cached: the next request tries again.
    this.manifestLoad.catch(() => {
      this.manifestLoad = undefined;
    });
    return this.manifestLoad;
  }

  async manifest(): Promise<IndexManifest> {
    const { schemaVersion, embedderId, dimension, ftsTokenizer, corpusVersion, updatedAt } = await this.edgeManifest();
    return { schemaVersion, embedderId, dimension, ftsTokenizer, corpusVersion, updatedAt };
  }

  /** Loads every shard; concurrent first requests share one load. */
  load(): Promise<LoadedIndex> {
    this.indexLoad ??= this.loadIndex();
    this.indexLoad.catch(() => {
      this.indexLoad = undefined;
    });
    return this.indexLoad;
  }

  private async loadIndex(): Promise<LoadedIndex> {
    const manifest = await this.edgeManifest();
    const json = async <T>(name: string) => JSON.parse(new TextDecoder().decode(await this.read(name))) as T;
    const [documents, shards] = await Promise.all([
      json<DocumentRecord[]>(manifest.documents.file),
      Promise.all(manifest.shards.map(async (s) => ({ shard: s, passages: await json<Passage[]>(s.passages), vectors: await this.read(s.vectors) }))),
    ]);
    const passages: Passage[] = [];
    const vectors: LoadedIndex['vectors'] = [];
    for (const { shard, passages: shardPassages, vectors: bytes } of shards) {
      if (shardPassages.length !== shard.count) throw new Error(`${shard.passages} holds ${shardPassages.length} passages, the manifest says ${shard.count}`);
      vectors.push({ rows: decodeVectors(bytes, shard.count, manifest.dimension, manifest.vectorEncoding), first: passages.length });
      passages.push(...shardPassages);
    }
    const byId = new Map(passages.map((p, i) => [p.id, i]));
    const byDoc = new Map<string, number[]>();
    passages.forEach((p, i) => {
      byDoc.set(p.docId, [...(byDoc.get(p.docId) ?? []), i]);
    });
    for (const list of byDoc.values()) list.sort((a, b) => (passages[a]?.ordinal ?? 0) - (passages[b]?.ordinal ?? 0));
    // The same text LanceStore indexes in its "terms" column, so both rank on the same evidence.
    const bm25 = buildBm25Index(passages.map((p) => searchTerms(`${p.title} ${p.sectionPath} ${p.text}`)));
    return { passages, vectors, byId, byDoc, documents: [...documents].sort((a, b) => a.id.localeCompare(b.id)), bm25 };
  }

  async vectorSearch(vector: Float32Array, k: number, filters?: SearchFilters): Promise<ScoredPassage[]> {
    const index = await this.load();
    const accept = acceptor(index.passages, filters);
    const query = unit(vector);
    const hits: { at: number; score: number }[] = [];
    for (const { rows, first } of index.vectors) {
      for (let row = 0; row < rows.count; row++) {
        const at = first + row;
        if (accept(at)) hits.push({ at, score: rows.cosine(query, row) });
      }
    }
    hits.sort((a, b) => b.score - a.score || a.at - b.at);
    return hits.slice(0, k).flatMap(({ at, score }, i) => {
      const passage = index.passages[at];
      return passage ? [{ ...passage, score, vectorRank: i + 1 }] : [];
    });
  }

  async textSearch(query: string, k: number, filters?: SearchFilters): Promise<ScoredPassage[]> {
    const index = await this.load();
    const terms = searchTerms(query);
    if (terms.length === 0) return [];
    return index.bm25.search({ terms, k, accept: acceptor(index.passages, filters) }).flatMap(({ index: at, score }, i) => {
      const passage = index.passages[at];
      return passage ? [{ ...passage, score, textRank: i + 1 }] : [];
    });
  }

  async getPassage(id: string): Promise<Passage | undefined> {
    const index = await this.load();
    const at = index.byId.get(id);
    return at === undefined ? undefined : index.passages[at];
  }

  async passagesOfDocument(docId: string): Promise<Passage[]> {
    const index = await this.load();
    return (index.byDoc.get(docId) ?? []).flatMap((at) => index.passages[at] ?? []);
  }

  async listDocuments(): Promise<DocumentRecord[]> {
    return (await this.load()).documents;
  }

  async getDocument(id: string): Promise<DocumentRecord | undefined> {
    return (await this.load()).documents.find((d) => d.id === id);
  }
}

function acceptor(passages: Passage[], filters: SearchFilters | undefined): (at: number) => boolean {
  const docIds = filters?.docIds && filters.docIds.length > 0 ? new Set(filters.docIds) : undefined;
  const lang = filters?.lang;
  if (!docIds && !lang) return () => true;
  return (at) => {
    const p = passages[at];
    return !!p && (!docIds || docIds.has(p.docId)) && (!lang || p.lang === lang);
  };
}

function unit(v: Float32Array): Float32Array {
  let norm = 0;
  for (const x of v) norm += x * x;
  if (norm === 0 || Math.abs(norm - 1) < 1e-6) return v;
  const scale = 1 / Math.sqrt(norm);
  return v.map((x) => x * scale);
}
