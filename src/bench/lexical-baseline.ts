import { buildBm25Index } from '../retrieve/bm25.js';

/** The tokens a plain BM25 would use: lower-cased words split on whitespace, edge punctuation dropped. */
export function whitespaceTokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((t) => t !== '');
}

/** A plain BM25 baseline over whitespace tokens (no bigrams, no glossary), on the same passages. */
export function buildPlainBm25<T extends { docId: string; text: string }>(passages: T[]) {
  const index = buildBm25Index(passages.map((p) => whitespaceTokens(p.text)));
  return {
    search(query: string, k: number, docIds?: Set<string>): T[] {
      const accept = docIds ? (i: number) => docIds.has(passages[i]?.docId ?? '') : undefined;
      return index.search({ terms: whitespaceTokens(query), k, accept }).flatMap((hit) => {
        const passage = passages[hit.index];
        return passage ? [passage] : [];
      });
    },
  };
}
