import type { Config } from '../core/config.js';
import { ConfigError } from '../core/config.js';
import type { Embedder } from './embedder.js';
import { LocalEmbedder } from './local-embedder.js';
import { OpenAIEmbedder } from './openai-embedder.js';

let sharedLocal: Promise<LocalEmbedder> | undefined;

/** One local model per process: loading it twice doubles memory for nothing. */
export function loadLocalEmbedder(): Promise<LocalEmbedder> {
  sharedLocal ??= LocalEmbedder.load();
  return sharedLocal;
}

export async function createEmbedder(config: Config): Promise<Embedder> {
  if (config.embedder === 'local') return loadLocalEmbedder();
  const { baseUrl, apiKey, embeddingModel } = config.openai;
  if (!baseUrl) throw new ConfigError('OPENAI_BASE_URL', 'an OpenAI-compatible base URL when EMBEDDER=openai', '');
  if (!embeddingModel) throw new ConfigError('OPENAI_EMBEDDING_MODEL', 'an embedding model name when EMBEDDER=openai', '');
  return OpenAIEmbedder.connect({ baseUrl, apiKey, model: embeddingModel });
}
