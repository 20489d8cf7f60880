import { type Hit, TopK } from './top-k.js';

/**
 * BM25 over passages already split into terms by `indexTerms()` (src/text/terms.ts): this module
 * never tokenises. Two dampers against a document stuffed with popular words: BM25's own
 * term-frequency saturation (k1), and a hard cap on how many occurrences of one term in one
 * passage count at all (tfCap), so repetition past a few mentions buys nothing.
 */
export interface Bm25Params {
  k1: number;
  b: number;
  /** Occurrences of a term in a passage beyond this count are ignored. */
  tfCap: number;
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75, tfCap: 4 };

/** A query term with its weight (1 unless the caller says a term matters more or less). */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/** Corpus-wide statistics for IDF outside the engine (answerability). */
export interface TermStats {
  readonly docCount: number;
  df(term: string): number;
}

interface Postings {
  docs: Int32Array;
  tfs: Uint16Array;
}

export class TermIndex implements TermStats {
  private readonly postings: Map<string, Postings>;
  /** k1 * (1 - b + b * length / averageLength) per passage: the part of BM25 that does not depend on the query. */
  private readonly norms: Float64Array;
  private readonly scratch: Float64Array;
  private readonly params: Bm25Params;

  constructor(passages: readonly (readonly string[])[], params: Partial<Bm25Params> = {}) {
    this.params = { ...DEFAULT_BM25, ...params };
    const lists = new Map<string, { docs: number[]; tfs: number[] }>();
    const lengths = new Float64Array(passages.length);
    let total = 0;
    passages.forEach((terms, doc) => {
      lengths[doc] = terms.length;
      total += terms.length;
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, tf] of counts) {
        let list = lists.get(term);
        if (!list) {
          list = { docs: [], tfs: [] };
          lists.set(term, list);
        }
        list.docs.push(doc);
        list.tfs.push(Math.min(tf, this.params.tfCap));
      }
    });
    this.postings = new Map();
    for (const [term, list] of lists) this.postings.set(term, { docs: Int32Array.from(list.docs), tfs: Uint16Array.from(list.tfs) });
    const average = passages.length === 0 ? 1 : total / passages.length || 1;
    const { k1, b } = this.params;
    this.norms = lengths.map((length) => k1 * (1 - b + (b * length) / average));
    this.scratch = new Float64Array(passages.length);
  }

  get docCount(): number {
    return this.norms.length;
  }

  df(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }

  idf(term: string): number {
    const df = this.df(term);
    return Math.log(1 + (this.docCount - df + 0.5) / (df + 0.5));
  }

  /**
   * Best-first BM25 hits. A term given twice counts once, at its highest weight ("지원 지원"
   * must not outrank "지원"); `accept` (a 0/1 mask by passage) filters.
   */
  search(query: readonly (string | WeightedTerm)[], k: number, accept?: Uint8Array): Hit[] {
    const weights = new Map<string, number>();
    for (const item of query) {
      const { term, weight } = typeof item === 'string' ? { term: item, weight: 1 } : item;
      if (weight > 0 && weight > (weights.get(term) ?? 0)) weights.set(term, weight);
    }
    const scores = this.scratch;
    const touched: number[] = [];
    const k1plus1 = this.params.k1 + 1;
    for (const [term, weight] of weights) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = weight * this.idf(term);
      const { docs, tfs } = list;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] as number;
        if (accept && accept[doc] === 0) continue;
        const tf = tfs[i] as number;
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] = (scores[doc] as number) + (idf * tf * k1plus1) / (tf + (this.norms[doc] as number));
      }
    }
    const top = new TopK(k);
    for (const doc of touched) {
      top.push(doc, scores[doc] as number);
      scores[doc] = 0;
    }
    return top.sorted();
  }
}
