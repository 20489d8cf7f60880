import { ExtractiveAnswerer } from '../answer/extractive-answerer.js';
import type { AskServices } from '../answer/ask.js';
import type { Config } from '../core/config.js';
import { createEmbedder } from '../embed/create-embedder.js';
import type { Embedder } from '../embed/embedder.js';
import { assertCompatible } from '../ingest/ingest.js';
import { LanceStore } from '../store/lance-store.js';
import { createLlmServices } from './llm-services.js';

export interface Runtime extends AskServices {
  store: LanceStore;
  embedder: Embedder;
  close(): void;
}

/** Wires the Node adapters: the configured embedder, LanceDB under DATA_DIR, the answerers. */
export async function openRuntime(config: Config): Promise<Runtime> {
  const embedder = await createEmbedder(config);
  const store = await LanceStore.open({ dataDir: config.dataDir, dimension: embedder.dimension, ftsTokenizer: config.ftsTokenizer });
  await assertCompatible(store, embedder);
  const extractive = new ExtractiveAnswerer(embedder);
  return {
    store,
    embedder,
    extractive,
    ...createLlmServices(config, extractive),
    close: () => store.close(),
  };
}
