import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { UserError } from '../core/errors.js';
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
  | { doc: ParsedDocument; passages: Passage[] }
  | { refused: { status: UserError['status']; code: string; message: string } }
  | { failed: string };

/**
 * Compiled, the worker is plain JS. From TypeScript sources (tsx, vitest) it first registers tsx's
 * loader: Node 20 does not pass `--import` loaders on to worker threads.
 */
function startWorker(options: WorkerOptions): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./parse-worker.js', import.meta.url), options);
  // The ESM build beside the CommonJS one that require.resolve finds (tsx/esm/api).
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL('./parse-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, {
    ...options,
    eval: true,
  });
}

/**
 * Parses and chunks an uploaded file on a worker thread with a time and memory budget, so a hostile file
 * (a PDF of thousands of pages sharing one content stream, an XML bomb) costs that budget and a
 * 422 naming the file, while the event loop keeps answering (/healthz, other requests).
 */
export function parseInWorker(
  input: Omit<LoadInput, 'onProgress'> & { maxPassages?: number },
  budget: ParseBudget,
  onProgress?: (line: string) => void,
): Promise<{ doc: ParsedDocument; passages: Passage[] }> {
  const worker = startWorker({
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
      if ('doc' in reply) resolve({ doc: reply.doc, passages: reply.passages });
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
