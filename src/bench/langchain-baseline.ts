import { MemoryVectorStore } from '@langchain/classic/vectorstores/memory';
import { Document } from '@langchain/core/documents';
import { Embeddings } from '@langchain/core/embeddings';
import type { Embedder } from '../embed/embedder.js';
import { passageEmbeddingText } from '../ingest/ingest.js';

/** LangChain's Embeddings interface over our embedder: same vectors for the baseline and for us. */
class EmbedderAdapter extends Embeddings {
  constructor(private readonly embedder: Embedder) {
    super({});
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return (await this.embedder.embedPassages(texts)).map((v) => Array.from(v));
  }

  async embedQuery(text: string): Promise<number[]> {
    const [vector] = await this.embedder.embedQueries([text]);
    if (!vector) throw new Error('the embedder returned no vector for the query');
    return Array.from(vector);
  }
}

export interface BaselinePassage {
  id: string;
  docId: string;
  title: string;
  sectionPath: string;
  text: string;
}

/**
 * The pipeline a user would assemble from LangChain.js alone: MemoryVectorStore filled through an
 * Embeddings object, then similarity search top-k. Fed by a memoised embedder, so no passage is
 * embedded twice and the vectors equal ours.
 */
export async function buildLangChainBaseline(passages: BaselinePassage[], embedder: Embedder) {
  const store = new MemoryVectorStore(new EmbedderAdapter(embedder));
  const batch = 500;
  for (let i = 0; i < passages.length; i += batch) {
    // addDocuments embeds through the adapter; the page content is the same input our ingest
    // embeds, so the memoised embedder hands back the identical vector.
    await store.addDocuments(
      passages.slice(i, i + batch).map((p) => new Document({ pageContent: passageEmbeddingText(p), metadata: { id: p.id, docId: p.docId } })),
    );
  }
  return {
    /** Search by a query vector we already have (latency without the model). */
    async searchByVector(vector: Float32Array, k: number, docIds?: Set<string>): Promise<string[]> {
      const filter = docIds ? (doc: Document) => docIds.has(String(doc.metadata.docId)) : undefined;
      const hits = await store.similaritySearchVectorWithScore(Array.from(vector), k, filter);
      return hits.map(([doc]) => String(doc.metadata.docId));
    },
    /** The LangChain way end to end: embed the question, then search. */
    async search(question: string, k: number, docIds?: Set<string>): Promise<string[]> {
      const filter = docIds ? (doc: Document) => docIds.has(String(doc.metadata.docId)) : undefined;
      const hits = await store.similaritySearch(question, k, filter);
      return hits.map((doc) => String(doc.metadata.docId));
    },
  };
}
