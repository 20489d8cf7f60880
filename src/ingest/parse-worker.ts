import { parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../core/errors.js';
import { chunkDocument, DEFAULT_CHUNK_OPTIONS } from './chunk.js';
import { type LoadInput, loadDocument } from './loaders/load-document.js';
import { ParseError } from './parse-document.js';
import { PASSAGES_PER_CHUNK } from './parse-in-worker.js';

/**
 * The worker side of parseInWorker: one file in, its ParsedDocument and passages (or why not) out.
 * Chunking runs here too, so a big upload never holds the server's event loop while it is split.
 */
const input = workerData as LoadInput & { maxPassages?: number };
try {
  const doc = await loadDocument({ ...input, onProgress: (line) => parentPort?.postMessage({ progress: line }) });
  const passages = await chunkDocument(doc, DEFAULT_CHUNK_OPTIONS);
  if (input.maxPassages !== undefined && passages.length > input.maxPassages) {
    throw new ParseError(
      input.file,
      `gives ${passages.length} passages, over the limit of ${input.maxPassages} per document (MAX_PASSAGES_PER_DOCUMENT); split it into several documents`,
      413,
      'too_many_passages',
    );
  }
  // As JSON text a few hundred passages a piece: a string crosses threads as one copy, where
  // thousands of objects are rebuilt one by one on the receiving (the server's) thread.
  const passageChunks: string[] = [];
  for (let i = 0; i < passages.length; i += PASSAGES_PER_CHUNK) passageChunks.push(JSON.stringify(passages.slice(i, i + PASSAGES_PER_CHUNK)));
  parentPort?.postMessage({ doc, passageChunks });
} catch (error) {
  if (error instanceof UserError) parentPort?.postMessage({ refused: { status: error.status, code: error.code, message: error.message } });
  else parentPort?.postMessage({ failed: String((error as Error)?.message ?? error) });
}
