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
    // The main thread posts one message at a time (see ModelThread), so handlers never overlap.
    parentPort.on('message', async (texts) => {
      try {
        let flat;
        // One text per model call (see LocalEmbedder).
        for (let i = 0; i < texts.length; i++) {
          const output = await extract([texts[i]], { pooling: 'mean', normalize: true });
          flat ??= new Float32Array(texts.length * output.data.length);
          flat.set(output.data, i * output.data.length);
        }
        flat ??= new Float32Array(0);
        parentPort.postMessage({ vectors: flat }, [flat.buffer]);
      } catch (error) {
        parentPort.postMessage({ error: String(error && error.stack ? error.stack : error) });
      }
    });
    parentPort.postMessage({ ready: true });
  })
  .catch((error) => parentPort.postMessage({ failed: String(error && error.stack ? error.stack : error) }));
`;

type Reply = { vectors: Float32Array } | { error: string } | { ready: true } | { failed: string };

interface Request {
  texts: string[];
  resolve: (vectors: Float32Array[]) => void;
  reject: (error: Error) => void;
}

/**
 * The local model in its own worker thread. One message is in flight at a time: posting to a
 * thread busy inside an inference blocks the poster for up to the inference's length (measured
 * here: p50 0.07 ms, p90 3.5 ms per post from a busy server), so requests arriving meanwhile wait
 * here and go together in the next message, posted the moment the thread answers.
 *
 * The thread does not keep the process alive while idle, and is never stopped: onnxruntime-node's
 * addon registers once per process, so a second thread after the first has gone cannot load it
 * ("Module did not self-register"). A thread that dies takes the local model with it; requests
 * then fail as `EmbedderUnavailableError`, which search answers keyword-only.
 */
export class ModelThread {
  private waiting: Request[] = [];
  private inFlight: Request[] = [];
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
        for (const request of [...thread.inFlight, ...thread.waiting]) request.reject(why);
        thread.inFlight = [];
        thread.waiting = [];
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
  embed(texts: string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return Promise.resolve([]);
    if (this.lost) return Promise.reject(this.lost);
    return new Promise<Float32Array[]>((resolve, reject) => {
      this.waiting.push({ texts, resolve, reject });
      if (this.inFlight.length === 0) this.post();
    });
  }

  private post(): void {
    this.inFlight = this.waiting;
    this.waiting = [];
    if (this.inFlight.length === 0) {
      this.worker.unref();
      return;
    }
    this.worker.ref();
    this.worker.postMessage(this.inFlight.flatMap((r) => r.texts));
  }

  private settle(reply: { vectors: Float32Array } | { error: string }): void {
    const answered = this.inFlight;
    const count = answered.reduce((sum, r) => sum + r.texts.length, 0);
    if ('error' in reply) {
      for (const r of answered) r.reject(new Error(`the local embedding model failed: ${reply.error}`));
    } else if (reply.vectors.length !== count * this.dimension) {
      const error = new Error(`the model thread returned ${reply.vectors.length} values for ${count} texts of ${this.dimension} dimensions`);
      for (const r of answered) r.reject(error);
    } else {
      let row = 0;
      for (const r of answered) {
        r.resolve(r.texts.map(() => reply.vectors.subarray(row * this.dimension, ++row * this.dimension)));
      }
    }
    this.post();
  }
}
