import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { LOADABLE_EXTENSIONS } from './loaders/load-document.js';

/**
 * Upper-case names (README.md, COVERAGE.md, LICENSE) document a corpus folder; they are not corpus
 * documents. Not so in DATA_DIR/uploads: there every file is an upload (an admin may upload README.md).
 */
export function isFolderDocumentation(file: string): boolean {
  const stem = path.basename(file).replace(/\.[^.]+$/, '');
  return /^[A-Z][A-Z0-9_-]*$/.test(stem);
}

export interface CollectedFiles {
  files: string[];
  /** Folders walked in full: documents that used to live under them and are gone get removed. */
  roots: string[];
  missing: string[];
}

/** Expands files and folders into the supported files under them, sorted for stable output. */
export async function collectFiles(inputs: string[]): Promise<CollectedFiles> {
  const files = new Set<string>();
  const roots: string[] = [];
  const missing: string[] = [];
  async function walk(dir: string, skipFolderDocs: boolean): Promise<void> {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full, skipFolderDocs);
      else if (LOADABLE_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext)) && !(skipFolderDocs && isFolderDocumentation(full))) files.add(full);
    }
  }
  for (const input of inputs) {
    const full = path.resolve(input);
    const info = await stat(full).catch(() => undefined);
    if (!info) missing.push(input);
    else if (info.isDirectory()) {
      roots.push(full);
      await walk(full, path.basename(full) !== 'uploads');
    } else files.add(full);
  }
  return { files: [...files].sort(), roots, missing };
}
