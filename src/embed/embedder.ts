/**
 * Turns text into unit-length vectors. Two implementations: the local model shipped in an npm
 * package (default, offline) and a remote OpenAI-compatible endpoint.
 */
export interface Embedder {
  /** Identifies model and preprocessing; written into the index so a mismatch is caught. */
  readonly id: string;
  readonly dimension: number;
  embedQueries(texts: string[]): Promise<Float32Array[]>;
  embedPassages(texts: string[]): Promise<Float32Array[]>;
}

export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
