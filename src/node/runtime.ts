import type { AskServices } from '../answer/ask.js';
import { ExtractiveAnswerer } from '../answer/extractive-answerer.js';
import type { AdminService } from '../core/admin-service.js';
import type { Config } from '../core/config.js';
import { createEmbedder } from '../embed/create-embedder.js';
import type { Embedder } from '../embed/embedder.js';
import { type IngestEventLog, openIngestEventLog, recordingAdminService } from '../ingest/ingest-events.js';
import { createAdminService } from '../ingest/upload-ingest.js';
import { recoverUploads } from '../ingest/upload-journal.js';
import { uploadsDir } from '../ingest/uploads.js';
import type { LanceStore } from '../store/lance-store.js';
import { createLlmServices } from './llm-services.js';
import { openIndex } from './open-index.js';

export interface Runtime extends AskServices {
  store: LanceStore;
  embedder: Embedder;
  admin: AdminService;
  /** Uploads, deletions, corpus syncs and refused files (none when DATA_DIR is object storage). */
  ingestEvents?: IngestEventLog;
  close(): void;
}

/** Wires the Node adapters: the configured embedder, LanceDB under DATA_DIR, the answerers. */
export async function openRuntime(config: Config): Promise<Runtime> {
  const embedder = await createEmbedder(config);
  const store = await openIndex({ dataDir: config.dataDir, embedder, ftsTokenizer: config.ftsTokenizer });
  // The index repaired its own interrupted writes on open; stored originals are now put in step with it.
  await recoverUploads(store, uploadsDir(config.dataDir));
  const extractive = new ExtractiveAnswerer();
  const ingestEvents = openIngestEventLog(config.dataDir);
  const admin = createAdminService({ store, embedder, config });
  return {
    store,
    embedder,
    extractive,
    admin: ingestEvents ? recordingAdminService(admin, ingestEvents) : admin,
    ...(ingestEvents ? { ingestEvents } : {}),
    ...createLlmServices(config, extractive),
    close: () => store.close(),
  };
}
