import { MemoryVectorStore } from '@langchain/classic/vectorstores/memory';
import { Document } from '@langchain/core/documents';
import { Embeddings } from '@langchain/core/embeddings';
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import MiniSearch from 'minisearch';
import type { BenchPassage } from './read-passages.js';

/** One bench query: the same text, terms and vector go to every peer. */
export interface PeerQuery {
  text: string;
  /** queryTermsOf() of the (glossary-expanded) question. */
  terms: string[];
  vector: Float32Array;
}

/** A retrieval library under test: top-k passage ids for a query. */
export interface Peer {
  name: string;
  search(query: PeerQuery, k: number): Promise<string[]> | string[];
}

/** Never called: every vector is handed over precomputed. */
class NoEmbeddings extends Embeddings {
  constructor() {
    super({});
  }
  embedDocuments(): Promise<number[][]> {
    return Promise.reject(new Error('the bench passes vectors directly'));
  }
  embedQuery(): Promise<number[]> {
    return Promise.reject(new Error('the bench passes vectors directly'));
  }
}

/** What a LangChain.js user builds: MemoryVectorStore, vector similarity only. */
export async function langChainPeer(passages: BenchPassage[]): Promise<Peer> {
  const store = new MemoryVectorStore(new NoEmbeddings());
  await store.addVectors(
    passages.map((p) => Array.from(p.vector)),
    passages.map((p) => new Document({ pageContent: p.text, metadata: { id: p.id } })),
  );
  return {
    name: 'LangChain MemoryVectorStore',
    search: async (query, k) => (await store.similaritySearchVectorWithScore(Array.from(query.vector), k)).map(([doc]) => String(doc.metadata.id)),
  };
}

/** Orama 3 in hybrid mode (its BM25 + vector), tokenised with our own terms so both see the same words. */
export async function oramaPeer(passages: BenchPassage[], dimension: number): Promise<Peer> {
  const db = create({
    schema: { pid: 'string', body: 'string', embedding: `vector[${dimension}]` } as const,
    components: {
      tokenizer: {
        language: 'english',
        normalizationCache: new Map(),
        // Index side gets the stored terms; the query side gets queryTermsOf() (already terms).
        tokenize: (raw: string) => (raw.length === 0 ? [] : raw.split(' ')),
      },
    },
  });
  await insertMultiple(
    db,
    passages.map((p) => ({ pid: p.id, body: p.terms, embedding: Array.from(p.vector) })),
    1000,
  );
  return {
    name: 'Orama 3 hybrid',
    search: async (query, k) => {
      const result = await oramaSearch(db, {
        mode: 'hybrid',
        term: query.terms.join(' '),
        properties: ['body'],
        vector: { value: Array.from(query.vector), property: 'embedding' },
        similarity: 0,
        limit: k,
      });
      return result.hits.map((hit) => String((hit.document as { pid: string }).pid));
    },
  };
}

/** MiniSearch (BM25+) over the same stored terms. */
export function miniSearchPeer(passages: BenchPassage[]): Peer {
  const index = new MiniSearch<{ id: string; terms: string }>({
    fields: ['terms'],
    tokenize: (text) => (text.length === 0 ? [] : text.split(' ')),
    processTerm: (term) => term,
  });
  index.addAll(passages.map((p) => ({ id: p.id, terms: p.terms })));
  return {
    name: 'MiniSearch',
    search: (query, k) =>
      index
        .search(query.terms.join(' '), { combineWith: 'OR' })
        .slice(0, k)
        .map((r) => String(r.id)),
  };
}

/** The floor: a plain loop of dot products over unit vectors, then a full sort. */
export function bruteForcePeer(passages: BenchPassage[]): Peer {
  const unit = passages.map((p) => {
    const norm = Math.hypot(...p.vector) || 1;
    return p.vector.map((x) => x / norm);
  });
  return {
    name: 'brute-force cosine',
    search: (query, k) => {
      const norm = Math.hypot(...query.vector) || 1;
      const scores = unit.map((v, i) => {
        let dot = 0;
        for (let j = 0; j < v.length; j++) dot += (v[j] ?? 0) * (query.vector[j] ?? 0);
        return { i, s: dot / norm };
      });
      scores.sort((a, b) => b.s - a.s);
      return scores.slice(0, k).map(({ i }) => passages[i]?.id ?? '');
    },
  };
}
