import { UserError } from '../core/errors.js';
import { startModuleWorker } from '../core/module-worker.js';
import { runInSlices, type Steps, yieldToEventLoop } from '../core/time-slices.js';
import type { Passage } from '../core/types.js';
import type { LoadInput } from './loaders/load-document.js';
import type { ParsedDocument } from './parse-document.js';

export interface ParseBudget {
  /** Wall-clock time one file may take to parse (PARSE_TIMEOUT_MS). */
  timeoutMs: number;
  /** Heap the parsing worker may use (PARSE_MEMORY_MB). */
  memoryMb: number;
}

type Reply =
  | { progress: string }
  | { doc: ParsedDocument; passageChunks: string[] }
  | { refused: { status: UserError['status']; code: string; message: string } }
  | { failed: string };

/** Passages per JSON piece the worker sends: one piece is parsed in about a millisecond. */
export const PASSAGES_PER_CHUNK = 256;

function* parsedChunks(chunks: string[]): Steps<Passage[]> {
  const passages: Passage[] = [];
  for (const chunk of chunks) {
    passages.push(...(JSON.parse(chunk) as Passage[]));
    yield;
  }
  return passages;
}

/**
 * Parses and chunks an uploaded file on a worker thread with a time and memory budget, so a hostile file
 * (a PDF of thousands of pages sharing one content stream, an XML bomb) costs that budget and a
 * 422 naming the file, while the event loop keeps answering (/healthz, other requests).
 */
export async function parseInWorker(
  input: Omit<LoadInput, 'onProgress'> & { maxPassages?: number },
  budget: ParseBudget,
  onProgress?: (line: string) => void,
): Promise<{ doc: ParsedDocument; passages: Passage[] }> {
  // Starting a thread (and copying the file to it) takes tens of milliseconds: not in the same
  // turn of the event loop as reading the request body.
  await yieldToEventLoop();
  const worker = startModuleWorker(new URL('./parse-worker.js', import.meta.url), {
    workerData: input,
    resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, budget.memoryMb / 8)) },
    stdout: false,
    stderr: false,
  });
  return new Promise<{ doc: ParsedDocument; passages: Passage[] }>((resolve, reject) => {
    const overBudget = (what: string) => new UserError(422, 'over_parse_budget', `${input.file}: ${what}; the file was not ingested. Nothing was changed.`);
    const timer = setTimeout(() => {
      reject(overBudget(`took longer than ${Math.round(budget.timeoutMs / 1000)} s to parse (PARSE_TIMEOUT_MS)`));
      void worker.terminate();
    }, budget.timeoutMs);
    const onMessage = (reply: Reply) => {
      if ('progress' in reply) {
        onProgress?.(reply.progress);
        return;
      }
      worker.off('message', onMessage);
      clearTimeout(timer);
      if ('doc' in reply) resolve(runInSlices(parsedChunks(reply.passageChunks)).then((passages) => ({ doc: reply.doc, passages })));
      else if ('refused' in reply) reject(new UserError(reply.refused.status, reply.refused.code, reply.refused.message));
      else reject(new Error(`${input.file}: ${reply.failed}`));
      void worker.terminate();
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
