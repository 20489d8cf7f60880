import type { Embedder } from '../embed/embedder.js';

/** The passage text inside an embedding input (`title | section\ntext`), normalised as a key. */
export function passageKey(embeddingInput: string): string {
  const newline = embeddingInput.indexOf('\n');
  return (newline < 0 ? embeddingInput : embeddingInput.slice(newline + 1)).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Passage vectors by passage text: a hit costs a map lookup, a miss runs the real model and is
 * remembered. Lets the benchmark ingest passages whose vectors are already known, so ingest
 * throughput can be measured with and without the cost of embedding. Queries always run the model.
 */
export class MemoEmbedder implements Embedder {
  readonly id: string;
  readonly dimension: number;
  readonly languages?: Embedder['languages'];
  hits = 0;
  misses = 0;

  constructor(
    private readonly inner: Embedder,
    readonly vectors: Map<string, Float32Array> = new Map(),
  ) {
    // Same id as the model: an index built through the memo is valid for the real model.
    this.id = inner.id;
    this.dimension = inner.dimension;
    if (inner.languages) this.languages = inner.languages;
  }

  embedQueries(texts: string[]): Promise<Float32Array[]> {
    return this.inner.embedQueries(texts);
  }

  async embedPassages(texts: string[]): Promise<Float32Array[]> {
    const keys = texts.map(passageKey);
    const missing = [...new Set(keys.filter((k) => !this.vectors.has(k)))];
    if (missing.length > 0) {
      const byKey = new Map(texts.map((t, i) => [keys[i] ?? '', t]));
      const computed = await this.inner.embedPassages(missing.map((k) => byKey.get(k) ?? k));
      missing.forEach((k, i) => {
        const v = computed[i];
        if (v) this.vectors.set(k, v);
      });
    }
    this.misses += keys.filter((k) => missing.includes(k)).length;
    this.hits += keys.length - keys.filter((k) => missing.includes(k)).length;
    return keys.map((k) => {
      const v = this.vectors.get(k);
      if (!v) throw new Error('the embedder returned no vector for a passage');
      return v;
    });
  }
}
