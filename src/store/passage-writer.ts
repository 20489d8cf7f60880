import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../core/module-worker.js';
import { ITEMS_PER_STEP, yieldToEventLoop } from '../core/time-slices.js';
import type { Passage } from '../core/types.js';

/** Where the writer thread connects: the index the store opened. */
export interface WriterTarget {
  dataDir: string;
  storageOptions?: Record<string, string>;
}

export type WriterMessage =
  | { id: number; passages: Passage[]; vectors: Float32Array; dimension: number }
  | { id: number; commit: { docId: string; dimension: number } };

export type WriterReply = { id: number; ok: true } | { id: number; error: { message: string; code?: string } };

/**
 * Commits a document's passages from a worker thread. Turning thousands of passages into
 * LanceDB's input (index terms, Arrow columns, the IPC buffer LanceDB copies them into) is
 * seconds of work on one thread; here the event loop only hands the passages over, a few hundred
 * per turn, and keeps answering requests (issue 24). The thread starts on the first big write and
 * stays (idle, not keeping the process alive) for the next one.
 */
export class PassageWriterThread {
  private worker?: Worker;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();

  constructor(private readonly target: WriterTarget) {}

  async commit(docId: string, passages: readonly Passage[], vectors: readonly Float32Array[], dimension: number): Promise<void> {
    passages.forEach((p, i) => {
      const length = vectors[i]?.length;
      if (length !== dimension) throw new Error(`passage ${p.id} has a vector of ${length ?? 0} dimensions, the index ${dimension}`);
    });
    const worker = this.start();
    const id = this.nextId++;
    const done = new Promise<void>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    worker.ref();
    try {
      for (let start = 0; start < passages.length; start += ITEMS_PER_STEP) {
        const slice = passages.slice(start, start + ITEMS_PER_STEP);
        const packed = new Float32Array(slice.length * dimension);
        for (let i = 0; i < slice.length; i++) packed.set(vectors[start + i] as Float32Array, i * dimension);
        worker.postMessage({ id, passages: slice, vectors: packed, dimension } satisfies WriterMessage, [packed.buffer]);
        await yieldToEventLoop();
      }
      worker.postMessage({ id, commit: { docId, dimension } } satisfies WriterMessage);
      await done;
    } finally {
      this.waiting.delete(id);
      if (this.waiting.size === 0) this.worker?.unref();
    }
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = startModuleWorker(new URL('./passage-writer-worker.js', import.meta.url), { workerData: this.target });
    const failAll = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const { reject } of this.waiting.values()) reject(error);
      this.waiting.clear();
    };
    worker.on('message', (reply: WriterReply) => {
      const pending = this.waiting.get(reply.id);
      if (!pending) return;
      if ('ok' in reply) pending.resolve();
      else pending.reject(Object.assign(new Error(reply.error.message), reply.error.code ? { code: reply.error.code } : {}));
    });
    worker.once('error', (error) => failAll(new Error(`the passage writer thread stopped: ${error.message}`)));
    worker.once('exit', (code) => failAll(new Error(`the passage writer thread exited (code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
