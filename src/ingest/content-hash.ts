import { createHash } from 'node:crypto';
import type { Embedder } from '../embed/embedder.js';
import type { ParsedDocument } from './parse-document.js';

// Bump when chunking or passage text changes, so unchanged files are still re-processed once.
export const PIPELINE_VERSION = 'chunk-v5'; // v5: a passage cut mid-section names the deeper headings open above it; v4: outline numbering as sections, labelled table rows, Korean date-aware cuts

/** Characters hashed per piece: the text of a big upload is megabytes, never UTF-8 encoded whole. */
const HASHED_PER_PIECE = 1 << 20;

/**
 * What identifies a document's indexed state: pipeline, embedder, metadata and text. An upload's
 * is computed on its parse thread (parse-worker.ts), beside the text, which the server's thread
 * then never needs.
 */
export function documentContentHash(doc: ParsedDocument, embedder: Pick<Embedder, 'id'>): string {
  const { body, ...meta } = doc;
  const text = JSON.stringify({ PIPELINE_VERSION, embedder: embedder.id, meta, body });
  const hash = createHash('sha256');
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + HASHED_PER_PIECE);
    // Never between the two halves of a surrogate pair: each piece is UTF-8 encoded on its own.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    hash.update(text.slice(start, end));
    start = end;
  }
  return hash.digest('hex');
}
