import type { Lang } from '../core/types.js';

/**
 * Turns text into unit-length vectors. Two implementations: the local model shipped in an npm
 * package (default, offline) and a remote OpenAI-compatible endpoint.
 */
export interface Embedder {
  /** Identifies model and preprocessing; written into the index so a mismatch is caught. */
  readonly id: string;
  readonly dimension: number;
  /**
   * Languages the model embeds meaningfully; absent means all. Retrieval leans on full-text search
   * for the others instead of trusting noise.
   */
  readonly languages?: readonly Lang[];
  embedQueries(texts: string[]): Promise<Float32Array[]>;
  embedPassages(texts: string[]): Promise<Float32Array[]>;
  /** Loads what the first embedding would otherwise wait for (the local model); optional. */
  warm?(): Promise<void>;
}

/**
 * The embedder cannot be reached (a remote endpoint is down, times out or answers 5xx). Search
 * falls back to keyword-only instead of failing the request; every other error still fails.
 */
export class EmbedderUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EmbedderUnavailableError';
  }
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
