import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
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
 * The stored original's name: the document id plus one extension, always present, that names the
 * format the loader read (the client's extension for text, ".pdf" for a PDF sent as "report").
 * Ids cannot hold "/" or start with "." (see core/document-id.ts), and the extension is one dot
 * and letters, so the name ends in exactly one extension and the id is the rest: two ids can never
 * map to one file (id "t.md" with no extension once overwrote document "t"'s t.md).
 */
export function storedName(id: string, extension: string): string {
  if (!/^\.[a-z0-9]{1,10}$/.test(extension)) throw new Error(`not a stored extension: ${JSON.stringify(extension)}`);
  return `${id}${extension}`;
}

/** The extension a stored original gets for a file the loaders read as `format`: the client's for text (front matter rules differ), else the format's own. */
export function storedExtension(format: string, clientName: string): string {
  const ext = path.extname(safeFileName(clientName)).toLowerCase();
  if (format === 'text') return ['.md', '.markdown', '.txt'].includes(ext) ? ext : '.txt';
  if (format === 'html') return ext === '.htm' ? '.htm' : '.html';
  return `.${
    format
      .replace(/[^a-z0-9]/gi, '')
      .toLowerCase()
      .slice(0, 10) || 'bin'
  }`;
}

/** Staged files carry the writing process's id, so a start-up can tell a dead writer's leftovers from a live one's. */
export const STAGING_PREFIX = '.staging-';

/** Writes `data` and flushes it to the disk before returning: a record that survives a kill -9 or a power cut. */
export async function writeDurably(file: string, data: Uint8Array | string): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export interface StagedUpload {
  /** Final path of the original; the document's `path` in the index. */
  path: string;
  /** Base names of the staged original and its metadata, inside the uploads folder (for the journal). */
  stagedFile: string;
  stagedMeta: string | undefined;
  /** Moves the staged file (and its metadata) into place. */
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/**
 * Writes an upload under a temporary name first: it only takes its real name once the index has
 * accepted it (see upload-journal.ts), so a failed ingest leaves neither a stray file nor a
 * half-replaced original.
 */
export async function stageUpload(input: { dir: string; target: string; bytes: Uint8Array; meta?: DocumentMeta }): Promise<StagedUpload> {
  await mkdir(input.dir, { recursive: true });
  const finalPath = path.resolve(input.target);
  if (path.dirname(finalPath) !== path.resolve(input.dir)) throw new Error(`refusing to store an upload outside ${input.dir}: ${input.target}`);
  const stagedFile = `${STAGING_PREFIX}${process.pid}-${randomUUID()}`;
  const temp = path.join(input.dir, stagedFile);
  const meta = input.meta && Object.keys(input.meta).length > 0 ? JSON.stringify(input.meta, null, 2) : undefined;
  const discard = async () => {
    await rm(temp, { force: true });
    await rm(`${temp}.meta`, { force: true });
  };
  try {
    await writeDurably(temp, input.bytes);
    if (meta) await writeDurably(`${temp}.meta`, meta);
  } catch (error) {
    await discard().catch(() => undefined);
    throw error;
  }
  return {
    path: finalPath,
    stagedFile,
    stagedMeta: meta ? `${stagedFile}.meta` : undefined,
    commit: () => moveStagedIntoPlace(input.dir, { stagedFile, stagedMeta: meta ? `${stagedFile}.meta` : undefined, target: finalPath }),
    discard,
  };
}

/**
 * The staged original and its metadata take their final names; a part already moved (a crash
 * between the two renames) is skipped, so recovery can call this again.
 */
export async function moveStagedIntoPlace(dir: string, staged: { stagedFile: string; stagedMeta: string | undefined; target: string }): Promise<void> {
  const from = path.join(dir, staged.stagedFile);
  if (await exists(from)) await rename(from, staged.target);
  if (staged.stagedMeta) {
    const meta = path.join(dir, staged.stagedMeta);
    if (await exists(meta)) await rename(meta, sidecarPath(staged.target));
  } else await rm(sidecarPath(staged.target), { force: true });
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Removes an uploaded original and its metadata; files outside the uploads folder are never touched. */
export async function removeUpload(dir: string, file: string): Promise<void> {
  const resolved = path.resolve(file);
  if (path.dirname(resolved) !== path.resolve(dir)) return;
  await rm(resolved, { force: true });
  await rm(sidecarPath(resolved), { force: true });
}
