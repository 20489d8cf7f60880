import { parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../core/errors.js';
import { chunkDocument, DEFAULT_CHUNK_OPTIONS } from './chunk.js';
import { documentContentHash } from './content-hash.js';
import { loadDocument } from './loaders/load-document.js';
import { ParseError } from './parse-document.js';
import { NEXT_PIECE, PASSAGES_PER_PIECE, type ParseReply, type ParseWorkerInput } from './parse-in-worker.js';

/**
 * The worker side of parseInWorker: one file in, its document (without the body), content hash
 * and passages (or why not) out. Chunking and hashing run here too, so a big upload never holds
 * the server's event loop while its text is split or hashed.
 */
const input = workerData as ParseWorkerInput;
const post = (reply: ParseReply) => parentPort?.postMessage(reply);
try {
  // The server's shared copy of the body stays as it is: the loaders read a copy of their own.
  const doc = await loadDocument({ ...input, bytes: new Uint8Array(input.bytes), onProgress: (line) => post({ progress: line }) });
  const passages = await chunkDocument(doc, DEFAULT_CHUNK_OPTIONS);
  if (input.maxPassages !== undefined && passages.length > input.maxPassages) {
    throw new ParseError(
      input.file,
      `gives ${passages.length} passages, over the limit of ${input.maxPassages} per document (MAX_PASSAGES_PER_DOCUMENT); split it into several documents`,
      413,
      'too_many_passages',
    );
  }
  const { body: _body, ...head } = doc;
  const contentHash = documentContentHash(doc, { id: input.embedderId });
  // As JSON text a few hundred passages a piece, each sent when the server asks for it: a string
  // crosses threads as one copy, where thousands of objects are rebuilt one by one on the
  // receiving (the server's) thread, all in one turn of its event loop.
  let next = 0;
  parentPort?.on('message', (message) => {
    if (message !== NEXT_PIECE || next >= passages.length) return;
    post({ piece: JSON.stringify(passages.slice(next, next + PASSAGES_PER_PIECE)) });
    next += PASSAGES_PER_PIECE;
  });
  post({ parsed: { doc: head, contentHash, pieces: Math.ceil(passages.length / PASSAGES_PER_PIECE) } });
} catch (error) {
  if (error instanceof UserError) post({ refused: { status: error.status, code: error.code, message: error.message } });
  else post({ failed: String((error as Error)?.message ?? error) });
}
