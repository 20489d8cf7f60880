import OpenAI from 'openai';
import { type Embedder, EmbedderUnavailableError } from './embedder.js';
import { inBatches } from './in-batches.js';

export interface OpenAIEmbedderOptions {
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs?: number;
  maxRetries?: number;
}

/**
 * Embeddings from any OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, Workers AI, or another
 * policy-qa instance's /v1/embeddings). The dimension is learnt from a probe call, because
 * endpoints do not advertise it.
 */
export class OpenAIEmbedder implements Embedder {
  readonly id: string;
  private static readonly BATCH = 64;

  private constructor(
    private readonly client: OpenAI,
    private readonly model: string,
    readonly dimension: number,
  ) {
    this.id = `openai:${model}`;
  }

  static async connect(options: OpenAIEmbedderOptions): Promise<OpenAIEmbedder> {
    const client = OpenAIEmbedder.client(options);
    const probe = await client.embeddings.create({ model: options.model, input: ['dimension probe'] });
    const first = probe.data[0]?.embedding;
    if (!first || first.length === 0) throw new Error(`Embeddings endpoint ${options.baseUrl} returned no vector for model ${options.model}`);
    return new OpenAIEmbedder(client, options.model, first.length);
  }

  /**
   * No probe call: for the Worker, which knows the dimension from its index manifest and must not
   * fail to start when the endpoint is down. A vector of another dimension is then an error.
   */
  static withDimension(options: OpenAIEmbedderOptions & { dimension: number }): OpenAIEmbedder {
    return new OpenAIEmbedder(OpenAIEmbedder.client(options), options.model, options.dimension);
  }

  private static client(options: OpenAIEmbedderOptions): OpenAI {
    return new OpenAI({
      baseURL: options.baseUrl,
      apiKey: options.apiKey ?? 'not-needed',
      timeout: options.timeoutMs ?? 30_000,
      maxRetries: options.maxRetries ?? 2,
    });
  }

  embedQueries(texts: string[]): Promise<Float32Array[]> {
    return this.embed(texts);
  }

  embedPassages(texts: string[]): Promise<Float32Array[]> {
    return this.embed(texts);
  }

  private embed(texts: string[]): Promise<Float32Array[]> {
    return inBatches(texts, OpenAIEmbedder.BATCH, async (batch) => {
      const response = await this.client.embeddings.create({ model: this.model, input: batch }).catch((error: unknown) => {
        throw unavailable(error) ?? error;
      });
      const ordered = [...response.data].sort((a, b) => a.index - b.index);
      return ordered.map((item) => {
        if (this.dimension > 0 && item.embedding.length !== this.dimension) {
          throw new EmbedderUnavailableError(`model ${this.model} returned ${item.embedding.length} dimensions, the index needs ${this.dimension}`);
        }
        return normalise(Float32Array.from(item.embedding));
      });
    });
  }
}

function normalise(v: Float32Array): Float32Array {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm === 0) return v;
  for (let i = 0; i < v.length; i++) v[i] = (v[i] ?? 0) / norm;
  return v;
}

/**
 * Any failure of the endpoint itself (unreachable, timeout, an HTTP error status, including a wrong
 * key or model) degrades search to keywords rather than failing the user's request; the message is
 * logged so the operator sees why. Errors of our own code are not translated.
 */
function unavailable(error: unknown): EmbedderUnavailableError | undefined {
  if (error instanceof OpenAI.APIConnectionError) return new EmbedderUnavailableError(`embeddings endpoint unreachable: ${error.message}`, { cause: error });
  if (error instanceof OpenAI.APIError) return new EmbedderUnavailableError(`embeddings endpoint answered ${error.status}: ${error.message}`, { cause: error });
  return undefined;
}
