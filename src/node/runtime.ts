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
import { objectStorageFor } from '../store/object-storage.js';
import { WriterLease } from '../store/writer-lease.js';
import { loadEnglishWords } from './english-words.js';
import { isIndexWriter, leaseAwareAdmin, readerAdmin } from './index-role.js';
import { createLlmServices } from './llm-services.js';
import { openIndex } from './open-index.js';

export interface Runtime extends AskServices {
  store: LanceStore;
  embedder: Embedder;
  admin: AdminService;
  /** Uploads, deletions, corpus syncs and refused files (none when DATA_DIR is object storage). */
  ingestEvents?: IngestEventLog;
  /** True when this instance writes the index (see isIndexWriter); readers never ingest. */
  writer: boolean;
  /** Closes the index; on object storage the writer also gives up its lease, so a successor need not wait. */
  close(): Promise<void>;
}

/**
 * Wires the Node adapters: the configured embedder, LanceDB under DATA_DIR, the answerers. On
 * object storage a writer first takes the writer lease (see store/writer-lease.ts) and checks it
 * before every commit; a reader opens the index read-only.
 */
export async function openRuntime(config: Config): Promise<Runtime> {
  const embedder = await createEmbedder(config);
  const storage = objectStorageFor(config.dataDir);
  const writer = isIndexWriter(config);
  let lease: WriterLease | undefined;
  if (writer && storage) {
    lease = new WriterLease(storage.blobs, { ttlMs: config.writerLeaseMs, log: (message) => console.error(`policy-qa: ${message}`) });
    await lease.acquire();
  }
  const held = lease;
  let store: LanceStore;
  try {
    store = await openIndex({
      dataDir: config.dataDir,
      embedder,
      ftsTokenizer: config.ftsTokenizer,
      ...(storage ? { storageOptions: storage.storageOptions } : {}),
      readOnly: !writer,
      ...(held ? { beforeWrite: () => held.assertHeld() } : {}),
    });
  } catch (error) {
    await held?.release().catch(() => undefined);
    throw error;
  }
  // The index repaired its own interrupted writes on open; stored originals are now put in step with
  // it (by the writer only: a reader never writes).
  if (writer) await recoverUploads(store, uploadsDir(config.dataDir));
  const extractive = new ExtractiveAnswerer();
  const englishWords = loadEnglishWords();
  const ingestEvents = openIngestEventLog(config.dataDir);
  const admin = createAdminService({ store, embedder, config });
  return {
    store,
    embedder,
    extractive,
    ...(englishWords ? { englishWords } : {}),
    writer,
    admin: writer ? leaseAwareAdmin(ingestEvents ? recordingAdminService(admin, ingestEvents) : admin) : readerAdmin(),
    ...(ingestEvents ? { ingestEvents } : {}),
    ...createLlmServices(config, extractive),
    close: async () => {
      store.close();
      await held
        ?.release()
        .catch((error: unknown) => console.error(`policy-qa: the writer lease was not released: ${error instanceof Error ? error.message : error}`));
    },
  };
}
