/**
 * Okapi BM25 over documents that are already split into terms (see search-terms.ts). Pure and
 * in-memory: the Worker ranks its exported passages with it, and a benchmark can use it as a
 * keyword-only baseline. k1 and b are the usual defaults, the same ones LanceDB's full-text index uses.
 */
export interface Bm25Params {
  k1: number;
  b: number;
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75 };

export interface Bm25Hit {
  /** Position of the document in the array the index was built from. */
  index: number;
  score: number;
}

export interface Bm25Index {
  readonly size: number;
  /** Best-first hits for the query terms; `accept` filters documents by position. */
  search(input: { terms: string[]; k: number; accept?: (index: number) => boolean }): Bm25Hit[];
}

interface Posting {
  doc: number;
  tf: number;
}

export function buildBm25Index(documents: string[][], params: Bm25Params = DEFAULT_BM25): Bm25Index {
  const postings = new Map<string, Posting[]>();
  const lengths = new Float64Array(documents.length);
  let totalLength = 0;
  documents.forEach((terms, doc) => {
    lengths[doc] = terms.length;
    totalLength += terms.length;
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, tf] of counts) {
      const list = postings.get(term);
      if (list) list.push({ doc, tf });
      else postings.set(term, [{ doc, tf }]);
    }
  });
  const n = documents.length;
  const averageLength = n === 0 ? 0 : totalLength / n;

  return {
    size: n,
    search({ terms, k, accept }) {
      if (n === 0 || k <= 0) return [];
      const scores = new Map<number, number>();
      // A term repeated in the query counts once: "지원 지원" should not outrank "지원".
      for (const term of new Set(terms)) {
        const list = postings.get(term);
        if (!list) continue;
        const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
        for (const { doc, tf } of list) {
          if (accept && !accept(doc)) continue;
          const norm = params.k1 * (1 - params.b + (params.b * (lengths[doc] ?? 0)) / (averageLength || 1));
          scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (params.k1 + 1)) / (tf + norm));
        }
      }
      return [...scores]
        .map(([index, score]) => ({ index, score }))
        .sort((a, b) => b.score - a.score || a.index - b.index)
        .slice(0, k);
    },
  };
}
