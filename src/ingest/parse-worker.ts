import { parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../core/errors.js';
import { type LoadInput, loadDocument } from './loaders/load-document.js';

/** The worker side of parseInWorker: one file in, its ParsedDocument (or why not) out. */
const input = workerData as LoadInput;
try {
  parentPort?.postMessage({ doc: await loadDocument({ ...input, onProgress: (line) => parentPort?.postMessage({ progress: line }) }) });
} catch (error) {
  if (error instanceof UserError) parentPort?.postMessage({ refused: { status: error.status, code: error.code, message: error.message } });
  else parentPort?.postMessage({ failed: String((error as Error)?.message ?? error) });
}
