import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { EmbedderUnavailableError } from './embedder.js';

export interface ModelSpec {
  /** models/, holding `<modelId>/config.json` and the ONNX weights. */
  root: string;
  modelId: string;
  dtype: string;
}

/**
 * The worker's code. It is a string, not a file, because the same worker must start from compiled
 * JavaScript, under tsx and inside vitest, and a file path would need a TypeScript loader in two
 * of them. It is plain CommonJS and requires the library's CommonJS build by absolute path.
 *
 * onnxruntime-node runs an inference synchronously on the thread that calls it, about 2.5 ms of
 * CPU per question: on the main thread that stalls every other request. Here it runs beside it.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
// Nothing in this thread has a reason to reach the network: make any attempt an error.
globalThis.fetch = async (input) => { throw new Error('the model thread may not use the network (asked for ' + String(input) + ')'); };
const transformers = require(workerData.entry);
// Both switches matter: remote off means a missing file is an error, never a hub download.
transformers.env.allowRemoteModels = false;
transformers.env.allowLocalModels = true;
transformers.env.localModelPath = workerData.root;
transformers.env.useBrowserCache = false;
transformers
  .pipeline('feature-extraction', workerData.modelId, {
    dtype: workerData.dtype,
    local_files_only: true,
    // One thread per inference: onnxruntime's own pool only adds spinning beside the server's work.
    session_options: { intraOpNumThreads: 1, interOpNumThreads: 1 },
  })
  .then((extract) => {
    let queue = Promise.resolve();
    parentPort.on('message', ({ id, texts }) => {
      // One text per model call (see LocalEmbedder.BATCH), one request at a time, in order.
      queue = queue.then(async () => {
        try {
          let flat;
          for (let i = 0; i < texts.length; i++) {
            const output = await extract([texts[i]], { pooling: 'mean', normalize: true });
            const row = output.data;
            flat ??= new Float32Array(texts.length * row.length);
            flat.set(row, i * row.length);
          }
          flat ??= new Float32Array(0);
          parentPort.postMessage({ id, vectors: flat }, [flat.buffer]);
        } catch (error) {
          parentPort.postMessage({ id, error: String(error && error.stack ? error.stack : error) });
        }
      });
    });
    parentPort.postMessage({ ready: true });
  })
  .catch((error) => parentPort.postMessage({ failed: String(error && error.stack ? error.stack : error) }));
`;

type Reply = { id: number; vectors: Float32Array } | { id: number; error: string } | { ready: true } | { failed: string };

/**
 * The local model in its own worker thread; requests queue in order. The thread does not keep the
 * process alive while idle, and is never stopped: onnxruntime-node's addon registers once per
 * process, so a second thread after the first has gone cannot load it ("Module did not
 * self-register"). A thread that dies takes the local model with it; requests then fail as
 * `EmbedderUnavailableError`, which search answers keyword-only, and the log says to restart.
 */
export class ModelThread {
  private readonly pending = new Map<number, { resolve: (v: Float32Array) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private lost: Error | undefined;

  private constructor(
    private readonly worker: Worker,
    readonly dimension: number,
  ) {}

  /** Starts the thread and resolves once the model is loaded (or rejects with why it could not). */
  static start(spec: ModelSpec, dimension: number): Promise<ModelThread> {
    const entry = createRequire(import.meta.url).resolve('@huggingface/transformers');
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { ...spec, entry } });
    const thread = new ModelThread(worker, dimension);
    return new Promise<ModelThread>((resolve, reject) => {
      const lose = (why: Error) => {
        if (thread.lost) return;
        thread.lost = why;
        reject(why);
        for (const request of thread.pending.values()) request.reject(why);
        thread.pending.clear();
      };
      worker.on('message', (reply: Reply) => {
        if ('ready' in reply) {
          worker.unref();
          resolve(thread);
        } else if ('failed' in reply) {
          lose(new Error(`the local embedding model did not load: ${reply.failed}`));
          // Nothing was loaded that could be used: let the thread end instead of idling.
          void worker.terminate();
        } else {
          thread.settle(reply);
        }
      });
      worker.on('error', (error) =>
        lose(new EmbedderUnavailableError(`the local model thread crashed (restart the server to load it again): ${error.message}`, { cause: error })),
      );
      worker.on('exit', (code) => lose(new EmbedderUnavailableError(`the local model thread exited with code ${code} (restart the server to load it again)`)));
    });
  }

  /** One vector per text, in order. */
  async embed(texts: string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return [];
    if (this.lost) throw this.lost;
    const id = this.nextId++;
    const flat = await new Promise<Float32Array>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) this.worker.ref();
      this.worker.postMessage({ id, texts });
    });
    if (flat.length !== texts.length * this.dimension)
      throw new Error(`the model thread returned ${flat.length} values for ${texts.length} texts of ${this.dimension} dimensions`);
    return texts.map((_, i) => flat.subarray(i * this.dimension, (i + 1) * this.dimension));
  }

  private settle(reply: { id: number; vectors: Float32Array } | { id: number; error: string }): void {
    const request = this.pending.get(reply.id);
    if (!request) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if ('error' in reply) request.reject(new Error(`the local embedding model failed: ${reply.error}`));
    else request.resolve(reply.vectors);
  }
}
