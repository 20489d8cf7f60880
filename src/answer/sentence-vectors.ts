import type { Passage } from '../core/types.js';
import type { Embedder } from '../embed/embedder.js';
import { type SentenceSpan, splitSentences } from '../text/sentences.js';

export interface PassageSentences {
  passage: Passage;
  spans: SentenceSpan[];
  vectors: Float32Array[];
}

/**
 * Sentence vectors for passages, computed on first use and kept in a bounded cache keyed by the
 * passage's content hash, so popular passages are embedded once per process.
 */
export class SentenceVectorCache {
  private readonly cache = new Map<string, { spans: SentenceSpan[]; vectors: Float32Array[] }>();

  constructor(
    private readonly embedder: Embedder,
    private readonly maxPassages = 4000,
  ) {}

  async forPassages(passages: Passage[]): Promise<PassageSentences[]> {
    const missing = passages.filter((p) => !this.cache.has(this.key(p)));
    // Sentences in a language the model cannot read are judged lexically; embedding them is wasted work.
    const readable = (p: Passage) => !this.embedder.languages || this.embedder.languages.includes(p.lang);
    const spansByPassage = missing.map((p) => splitSentences(p.text));
    const texts = spansByPassage.flatMap((spans, i) => (readable(missing[i] as Passage) ? spans.map((s) => s.text) : []));
    const vectors = texts.length > 0 ? await this.embedder.embedPassages(texts) : [];
    let offset = 0;
    missing.forEach((p, i) => {
      const spans = spansByPassage[i] ?? [];
      if (!readable(p)) {
        this.remember(this.key(p), { spans, vectors: spans.map(() => new Float32Array(this.embedder.dimension)) });
        return;
      }
      this.remember(this.key(p), { spans, vectors: vectors.slice(offset, offset + spans.length) });
      offset += spans.length;
    });
    return passages.map((passage) => {
      const entry = this.cache.get(this.key(passage)) ?? { spans: [], vectors: [] };
      return { passage, ...entry };
    });
  }

  private key(p: Passage): string {
    return `${p.id}:${p.contentHash}`;
  }

  private remember(key: string, value: { spans: SentenceSpan[]; vectors: Float32Array[] }): void {
    if (this.cache.size >= this.maxPassages) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(key, value);
  }
}
