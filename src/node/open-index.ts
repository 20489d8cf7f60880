import type { Embedder } from '../embed/embedder.js';
import { assertCompatible } from '../ingest/ingest.js';
import { type FtsTokenizer, LanceStore } from '../store/lance-store.js';

/** The index on disk exists but cannot be read: damaged files, a half-copied folder, another format. */
export class IndexUnreadableError extends Error {
  constructor(dataDir: string, cause: unknown) {
    const reason = String(cause instanceof Error ? cause.message : cause)
      .split('\n')[0]
      ?.slice(0, 200);
    super(
      `The index in DATA_DIR=${dataDir} cannot be read (${reason}). It is damaged or was written by an incompatible version. ` +
        `To fix it, delete that folder and rebuild the index: rm -rf "${dataDir}" && npm run ingest (or start the server, which ingests corpus/ on start).`,
    );
    this.name = 'IndexUnreadableError';
  }
}

/**
 * Opens LanceDB under DATA_DIR and reads every table once, so a damaged index is reported at
 * start-up with the way to fix it, not as a 500 on the first question. A missing index is not an
 * error: it is created empty (the server then ingests corpus/; the CLI says to run ingest).
 */
export async function openIndex(options: {
  dataDir: string;
  embedder: Embedder;
  ftsTokenizer: FtsTokenizer;
  storageOptions?: Record<string, string>;
  readOnly?: boolean;
  beforeWrite?: () => Promise<void>;
}): Promise<LanceStore> {
  let store: LanceStore | undefined;
  try {
    const { embedder, ...rest } = options;
    store = await openWhenCreated({ ...rest, dimension: embedder.dimension });
    await store.manifest();
    await store.listDocuments();
    await store.getPassage('__start-up probe__');
  } catch (error) {
    store?.close();
    throw new IndexUnreadableError(options.dataDir, error);
  }
  // Outside the try: a mismatch has its own message (re-ingest with the same embedder).
  await assertCompatible(store, options.embedder);
  return store;
}

/**
 * A reader started before the writer has created the tables waits for them (saying so every
 * 10 s) rather than failing: instances of one deployment may start in any order.
 */
async function openWhenCreated(options: Parameters<typeof LanceStore.open>[0]): Promise<LanceStore> {
  const started = Date.now();
  let said = 0;
  for (;;) {
    try {
      return await LanceStore.open(options);
    } catch (error) {
      if (!options.readOnly || !/not found|does not exist/i.test(String(error))) throw error;
      if (Date.now() - said >= 10_000) {
        console.error(`policy-qa: waiting for the writer to create the index in DATA_DIR=${options.dataDir} (${Math.round((Date.now() - started) / 1000)} s)`);
        said = Date.now();
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

/** Nothing has been ingested into DATA_DIR yet (or it points somewhere else than intended). */
export class IndexMissingError extends Error {
  constructor(dataDir: string) {
    super(
      `There is no index in DATA_DIR=${dataDir} yet. Run \`npm run ingest\` first (or \`npm start\`, which ingests corpus/ on start), or set DATA_DIR to the folder you ingested into.`,
    );
    this.name = 'IndexMissingError';
  }
}

/** For commands that only read: an empty index would answer every question with a refusal. */
export async function requireIndex(store: LanceStore, dataDir: string): Promise<void> {
  if (!(await store.manifest())) throw new IndexMissingError(dataDir);
}
