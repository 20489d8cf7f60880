import { readFile } from 'node:fs/promises';
import { documentMetaSchema } from './document-meta.js';
import type { DocumentMeta } from './parse-document.js';
import { ParseError } from './parse-document.js';

/** Metadata given at upload time is kept beside the file, so re-ingesting the folder keeps it. */
export function sidecarPath(file: string): string {
  return `${file}.meta.json`;
}

export async function readSidecarMeta(file: string): Promise<DocumentMeta | undefined> {
  let raw: string;
  try {
    raw = await readFile(sidecarPath(file), 'utf8');
  } catch {
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ParseError(sidecarPath(file), 'is not valid JSON');
  }
  const parsed = documentMetaSchema.safeParse(json);
  if (!parsed.success) throw new ParseError(sidecarPath(file), parsed.error.issues[0]?.message ?? 'invalid metadata');
  return parsed.data;
}
