import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
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
      // One text per model call (see LocalEmbedder), each vector sent as soon as it is ready, so a
      // question never waits for the others that arrived with it.
      for (const text of texts) {
        try {
          const output = await extract([text], { pooling: 'mean', normalize: true });
          const vector = Float32Array.from(output.data);
          parentPort.postMessage({ vector }, [vector.buffer]);
        } catch (error) {
          parentPort.postMessage({ error: String(error && error.stack ? error.stack : error) });
        }
      }
    });
    parentPort.postMessage({ ready: true });
  })
  .catch((error) => parentPort.postMessage({ failed: String(error && error.stack ? error.stack : error) }));
`;

type Reply = { vector: Float32Array } | { error: string } | { ready: true } | { failed: string };

interface Request {
  texts: string[];
  vectors: Float32Array[];
  error?: Error;
  resolve: (vectors: Float32Array[]) => void;
  reject: (error: Error) => void;
}

/**
 * The local model in its own worker thread. One message is in flight at a time: posting to a
 * thread busy inside an inference blocks the poster for up to the inference's length (measured
 * here: p50 0.07 ms, p90 3.5 ms per post from a busy server), so requests arriving meanwhile wait
 * here and go together in the next message, posted once the thread has answered the last text of
 * the current one. It answers each text as soon as it is embedded, so no question waits for the
 * others of its message.
 *
 * The thread does not keep the process alive while idle, and is never stopped: onnxruntime-node's
 * addon registers once per process, so a second thread after the first has gone cannot load it
 * ("Module did not self-register"). A thread that dies takes the local model with it; requests
 * then fail as `EmbedderUnavailableError`, which search answers keyword-only.
 */
export class ModelThread {
  private waiting: Request[] = [];
  /** The request of each text of the posted message, in order: the thread replies a text at a time, in this order. */
  private inFlight: Request[] = [];
  private lost: Error | undefined;

  private constructor(
    private readonly worker: Worker,
    readonly dimension: number,
  ) {}

  /** Starts the thread and resolves once the model is loaded (or rejects with why it could not). */
  static start(spec: ModelSpec, dimension: number): Promise<ModelThread> {
    // A model whose files are not there is named without starting a thread: a thread that has
    // loaded onnxruntime's addon and then ends, on its own or terminated, crashed the process now
    // and then (SIGSEGV, SIGABRT: 2 runs in 20 here) while another thread used the model.
    const config = path.join(spec.root, spec.modelId, 'config.json');
    if (!existsSync(config)) return Promise.reject(new Error(`the local embedding model did not load: ${config} is missing`));
    const entry = createRequire(import.meta.url).resolve('@huggingface/transformers');
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { ...spec, entry } });
    const thread = new ModelThread(worker, dimension);
    return new Promise<ModelThread>((resolve, reject) => {
      const lose = (why: Error) => {
        if (thread.lost) return;
        thread.lost = why;
        reject(why);
        for (const request of new Set([...thread.inFlight, ...thread.waiting])) request.reject(why);
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
      this.waiting.push({ texts, vectors: [], resolve, reject });
      if (this.inFlight.length === 0) this.post();
    });
  }

  private post(): void {
    const requests = this.waiting;
    this.waiting = [];
    this.inFlight = requests.flatMap((r) => r.texts.map(() => r));
    if (this.inFlight.length === 0) {
      this.worker.unref();
      return;
    }
    this.worker.ref();
    this.worker.postMessage(requests.flatMap((r) => r.texts));
  }

  /** One text's reply: its request is settled once all of its texts are answered. */
  private settle(reply: { vector: Float32Array } | { error: string }): void {
    const request = this.inFlight.shift();
    if (!request) return;
    if ('error' in reply) request.error ??= new Error(`the local embedding model failed: ${reply.error}`);
    else if (reply.vector.length !== this.dimension)
      request.error ??= new Error(`the model thread returned ${reply.vector.length} values, not ${this.dimension}`);
    else request.vectors.push(reply.vector);
    // A request's texts are next to each other: it is answered when the next reply is not its own.
    if (this.inFlight[0] !== request) {
      if (request.error) request.reject(request.error);
      else request.resolve(request.vectors);
    }
    if (this.inFlight.length === 0) this.post();
  }
}
