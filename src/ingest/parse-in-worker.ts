import { UserError } from '../core/errors.js';
import { startModuleWorker } from '../core/module-worker.js';
import { yieldToEventLoop } from '../core/time-slices.js';
import type { Passage } from '../core/types.js';
import type { LoadInput } from './loaders/load-document.js';
import type { DocumentHead } from './parse-document.js';

export interface ParseBudget {
  /** Wall-clock time one file may take to parse (PARSE_TIMEOUT_MS). */
  timeoutMs: number;
  /** Heap the parsing worker may use (PARSE_MEMORY_MB). */
  memoryMb: number;
}

export type ParseWorkerInput = Omit<LoadInput, 'onProgress'> & {
  maxPassages?: number;
  /** The embedder the content hash names (see content-hash.ts). */
  embedderId: string;
};

export type ParseReply =
  | { progress: string }
  | { parsed: { doc: DocumentHead; contentHash: string; pieces: number } }
  | { piece: string }
  | { refused: { status: UserError['status']; code: string; message: string } }
  | { failed: string };

/** Asks the parse thread for its next piece of passages. */
export const NEXT_PIECE = 'next';

/** Passages per JSON piece the worker sends: one piece is parsed in about a millisecond. */
export const PASSAGES_PER_PIECE = 256;

export interface ParsedUpload {
  /** The document without its body: the server's thread never needs the text itself. */
  doc: DocumentHead;
  passages: Passage[];
  contentHash: string;
}

/** The file's bytes where the thread reads them without a copy: the body's shared memory when they are in it already. */
function shared(bytes: Uint8Array): Uint8Array {
  if (bytes.buffer instanceof SharedArrayBuffer) return bytes;
  const copy = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  copy.set(bytes);
  return copy;
}

/**
 * Parses and chunks an uploaded file on a worker thread with a time and memory budget, so a hostile file
 * (a PDF of thousands of pages sharing one content stream, an XML bomb) costs that budget and a
 * 422 naming the file, while the event loop keeps answering (/healthz, other requests).
 * The thread also hashes the text, and hands the passages back a piece per request, each in its
 * own turn of the event loop: one message of thousands of passages (or of the whole text) is read
 * by this thread in one go, 0.1 s for a 6 MB upload (issue 24).
 */
export async function parseInWorker(input: ParseWorkerInput, budget: ParseBudget, onProgress?: (line: string) => void): Promise<ParsedUpload> {
  // Starting a thread takes some milliseconds: not in the same turn of the event loop as reading the request body.
  await yieldToEventLoop();
  const worker = startModuleWorker(new URL('./parse-worker.js', import.meta.url), {
    workerData: { ...input, bytes: shared(input.bytes) } satisfies ParseWorkerInput,
    resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, budget.memoryMb / 8)) },
    stdout: false,
    stderr: false,
  });
  return new Promise<ParsedUpload>((resolve, reject) => {
    const overBudget = (what: string) => new UserError(422, 'over_parse_budget', `${input.file}: ${what}; the file was not ingested. Nothing was changed.`);
    const timer = setTimeout(() => {
      reject(overBudget(`took longer than ${Math.round(budget.timeoutMs / 1000)} s to parse (PARSE_TIMEOUT_MS)`));
      void worker.terminate();
    }, budget.timeoutMs);
    let parsed: { doc: DocumentHead; contentHash: string; pieces: number } | undefined;
    let received = 0;
    const passages: Passage[] = [];
    const finish = (settle: () => void) => {
      worker.off('message', onMessage);
      clearTimeout(timer);
      settle();
      void worker.terminate();
    };
    const onMessage = (reply: ParseReply) => {
      if ('progress' in reply) return onProgress?.(reply.progress);
      if ('refused' in reply) return finish(() => reject(new UserError(reply.refused.status, reply.refused.code, reply.refused.message)));
      if ('failed' in reply) return finish(() => reject(new Error(`${input.file}: ${reply.failed}`)));
      if ('parsed' in reply) parsed = reply.parsed;
      else {
        for (const passage of JSON.parse(reply.piece) as Passage[]) passages.push(passage);
        received++;
      }
      if (!parsed) return finish(() => reject(new Error(`${input.file}: the parser sent passages before the document`)));
      // The next piece is asked for only now, so its reply comes in a later turn of the event loop.
      if (received < parsed.pieces) return worker.postMessage(NEXT_PIECE);
      const { doc, contentHash } = parsed;
      finish(() => resolve({ doc, passages, contentHash }));
    };
    worker.on('message', onMessage);
    worker.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? overBudget(`needs more than ${budget.memoryMb} MB of memory to parse (PARSE_MEMORY_MB)`)
          : new Error(`${input.file}: the parser stopped: ${error.message}`),
      );
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(overBudget(`the parser stopped (exit code ${code})`));
    });
  });
}
