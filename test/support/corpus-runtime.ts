import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { type Config, loadConfig } from '../../src/core/config.js';
import { createApp } from '../../src/http/app.js';
import { openRuntime, type Runtime } from '../../src/node/runtime.js';

export interface CorpusRuntime {
  runtime: Runtime;
  config: Config;
  app: ReturnType<typeof createApp>;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * The real Node runtime (local model, LanceDB) over the corpus index built in global-setup.
 * `writable: true` gives the suite its own copy so it can ingest or delete without affecting others.
 */
export async function openCorpusRuntime(options: { writable?: boolean; env?: Record<string, string> } = {}): Promise<CorpusRuntime> {
  const shared = inject('corpusDataDir');
  let dataDir = shared;
  if (options.writable) {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-copy-'));
    cpSync(shared, dataDir, { recursive: true });
  }
  // Request log lines would drown test output; a suite that wants them passes LOG_LEVEL.
  const config = loadConfig({ LOG_LEVEL: 'warn', ...options.env, DATA_DIR: dataDir });
  const runtime = await openRuntime(config);
  const app = createApp({ ...runtime, isReady: () => true, config });
  return {
    runtime,
    config,
    app,
    dataDir,
    async close() {
      // The writer lease is released asynchronously: the folder goes only once it has been.
      await runtime.close();
      if (options.writable) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
