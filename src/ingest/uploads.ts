import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentMeta } from './parse-document.js';
import { sidecarPath } from './sidecar.js';

/** Where uploaded originals live, so they survive restarts and `npm run ingest <dir>` can re-read them. */
export function uploadsDir(dataDir: string): string {
  // An object-storage DATA_DIR (s3://...) has no local folder; keep originals beside the process instead.
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(dataDir) ? path.resolve('uploads') : path.join(dataDir, 'uploads');
}

/** A client's file name reduced to a safe base name: no folders, no control characters, no leading dot. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return (
    base
      .normalize('NFC')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
      .replace(/^\.+/, '')
      .trim()
      .slice(-200) || 'upload'
  );
}

/**
 * The stored original's name: the document id plus the client's extension (loaders pick the format
 * by it). Named by id, not by the client's file name, so two documents never share an original and
 * deleting one never removes the other's file. Ids cannot hold "/" or start with "." (see
 * parse-document.ts), so the name stays inside the uploads folder.
 */
export function storedName(id: string, clientName: string): string {
  const ext = path.extname(safeFileName(clientName)).toLowerCase();
  return `${id}${/^\.[a-z0-9]{1,10}$/.test(ext) ? ext : ''}`;
}

export interface StagedUpload {
  /** Final path of the original; the document's `path` in the index. */
  path: string;
  /** Moves the staged file (and its metadata) into place. */
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/**
 * Writes an upload under a temporary name first: it only takes its real name once the index has
 * accepted it, so a failed ingest leaves neither a stray file nor a half-replaced original.
 */
export async function stageUpload(input: { dir: string; target: string; bytes: Uint8Array; meta?: DocumentMeta }): Promise<StagedUpload> {
  await mkdir(input.dir, { recursive: true });
  const finalPath = path.resolve(input.target);
  if (path.dirname(finalPath) !== path.resolve(input.dir)) throw new Error(`refusing to store an upload outside ${input.dir}: ${input.target}`);
  const temp = path.join(input.dir, `.staging-${randomUUID()}`);
  await writeFile(temp, input.bytes);
  const meta = input.meta && Object.keys(input.meta).length > 0 ? JSON.stringify(input.meta, null, 2) : undefined;
  if (meta) await writeFile(`${temp}.meta`, meta);
  return {
    path: finalPath,
    async commit() {
      await rename(temp, finalPath);
      if (meta) await rename(`${temp}.meta`, sidecarPath(finalPath));
      else await rm(sidecarPath(finalPath), { force: true });
    },
    async discard() {
      await rm(temp, { force: true });
      await rm(`${temp}.meta`, { force: true });
    },
  };
}

/** Removes an uploaded original and its metadata; files outside the uploads folder are never touched. */
export async function removeUpload(dir: string, file: string): Promise<void> {
  const resolved = path.resolve(file);
  if (path.dirname(resolved) !== path.resolve(dir)) return;
  await rm(resolved, { force: true });
  await rm(sidecarPath(resolved), { force: true });
}
