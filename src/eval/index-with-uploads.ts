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

/** The loadable documents of a folder (not its README), by file name; none when the folder is absent. */
export function loadableFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => LOADABLE_EXTENSIONS.some((ext) => f.toLowerCase().endsWith(ext)) && !isFolderDocumentation(f));
}

/**
 * Uploads each document of a folder as an operator would (ordinary trust, parsed on a worker
 * thread), one per request so a file no loader reads (legacy HWP, no text) is reported and the
 * rest still go in. Returns the names of the files that went in.
 */
export async function uploadFolder(
  target: { store: Runtime['store']; embedder: Runtime['embedder'] },
  dir: string,
  dataDir: string,
  maxUploadMb: number,
): Promise<string[]> {
  const files = loadableFiles(dir);
  const uploaded: string[] = [];
  for (const file of files) {
    try {
      const bytes = new Uint8Array(readFileSync(path.join(dir, file)));
      await ingestUploads({
        files: [{ name: file, bytes }],
        meta: {},
        store: target.store,
        embedder: target.embedder,
        limits: limitsFor(maxUploadMb),
        uploadsDir: uploadsDir(dataDir),
      });
      uploaded.push(file);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      console.error(`not uploaded: ${error.message}`);
    }
  }
  console.error(`uploaded ${uploaded.length} of ${files.length} documents from ${dir}`);
  return uploaded;
}
