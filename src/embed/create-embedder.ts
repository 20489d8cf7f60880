import type { Config } from '../core/config.js';
import { ConfigError } from '../core/config.js';
import type { Embedder } from './embedder.js';
import { assertLocalModelPresent, LOCAL_EMBEDDER_ID, LOCAL_MODEL, LocalEmbedder } from './local-embedder.js';
import { OpenAIEmbedder } from './openai-embedder.js';

let sharedLocal: Promise<LocalEmbedder> | undefined;

/** One local model per process: loading it twice doubles memory for nothing. */
export function loadLocalEmbedder(): Promise<LocalEmbedder> {
  sharedLocal ??= LocalEmbedder.load();
  // A failed load is not remembered: the next call tries again (and reports the error again).
  sharedLocal.catch(() => {
    sharedLocal = undefined;
  });
  return sharedLocal;
}

/**
 * The local model as the server uses it: its id, dimension and languages are known without
 * loading it, so opening the index, checking the corpus and answering Korean questions (which the
 * English-only model never embeds) do not wait for the ~0.5 s load. It loads on the first
 * embedding, or when `warm()` is called (the server does once it is ready).
 */
export class OnDemandLocalEmbedder implements Embedder {
  readonly id = LOCAL_EMBEDDER_ID;
  readonly dimension = LOCAL_MODEL.dimension;
  readonly languages = ['en'] as const;

  constructor() {
    // A missing model is still reported at start, not at the first English question.
    assertLocalModelPresent();
  }

  async warm(): Promise<void> {
    await loadLocalEmbedder();
  }

  async embedQueries(texts: string[]): Promise<Float32Array[]> {
    return (await loadLocalEmbedder()).embedQueries(texts);
  }

  async embedPassages(texts: string[]): Promise<Float32Array[]> {
    return (await loadLocalEmbedder()).embedPassages(texts);
  }
}

export async function createEmbedder(config: Config): Promise<Embedder> {
  if (config.embedder === 'local') return new OnDemandLocalEmbedder();
  const { baseUrl, apiKey, embeddingModel } = config.openai;
  if (!baseUrl) throw new ConfigError('OPENAI_BASE_URL', 'an OpenAI-compatible base URL when EMBEDDER=openai', '');
  if (!embeddingModel) throw new ConfigError('OPENAI_EMBEDDING_MODEL', 'an embedding model name when EMBEDDER=openai', '');
  return OpenAIEmbedder.connect({ baseUrl, apiKey, model: embeddingModel });
}
