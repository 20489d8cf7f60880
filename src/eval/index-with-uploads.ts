import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { isFolderDocumentation } from '../ingest/collect-files.js';
import { limitsFor } from '../ingest/limits.js';
import { LOADABLE_EXTENSIONS } from '../ingest/loaders/load-document.js';
import { ingestUploads } from '../ingest/upload-ingest.js';
import { uploadsDir } from '../ingest/uploads.js';
import { openRuntime, type Runtime } from '../node/runtime.js';
import { FIXTURES_DIR } from './load-questions.js';

/**
 * Runs `work` on the index with a folder of documents uploaded as an operator would (through the
 * admin path, trust "upload"), in a temporary copy of the index, so the index read never changes.
 * `uploads` is the folder (default: the shared Korean fixtures, when present) or "none".
 */
export async function withUploadedCopy<T>(index: string | undefined, uploads: string | undefined, work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const dataDir = path.resolve(index ?? loadConfig().dataDir);
  const uploadDir = uploads === 'none' ? undefined : path.resolve(uploads ?? FIXTURES_DIR);
  if (uploads !== undefined && uploadDir && !existsSync(uploadDir)) throw new Error(`--uploads: no folder ${uploadDir}`);
  const copy = uploadDir && existsSync(uploadDir) ? path.join(os.tmpdir(), `policy-qa-fit-${process.pid}`) : undefined;
  if (copy) cpSync(dataDir, copy, { recursive: true });
  const config = loadConfig({ ...process.env, DATA_DIR: copy ?? dataDir });
  const runtime = await openRuntime(config);
  try {
    if (copy && uploadDir) await uploadFolder(runtime, uploadDir, copy, config.maxUploadMb);
    return await work(runtime);
  } finally {
    runtime.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  }
}

async function uploadFolder(runtime: Runtime, dir: string, dataDir: string, maxUploadMb: number): Promise<void> {
  const files = readdirSync(dir).filter((f) => LOADABLE_EXTENSIONS.some((ext) => f.toLowerCase().endsWith(ext)) && !isFolderDocumentation(f));
  let uploaded = 0;
  for (const file of files) {
    try {
      const bytes = new Uint8Array(readFileSync(path.join(dir, file)));
      await ingestUploads({
        files: [{ name: file, bytes }],
        meta: {},
        store: runtime.store,
        embedder: runtime.embedder,
        limits: limitsFor(maxUploadMb),
        uploadsDir: uploadsDir(dataDir),
      });
      uploaded++;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      console.error(`not uploaded: ${error.message}`);
    }
  }
  console.error(`uploaded ${uploaded} of ${files.length} documents from ${dir}`);
}
