import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { Embedder } from '../embed/embedder.js';
import { errorResponse } from './errors.js';
import { validatedJson } from './validated-json.js';

/**
 * A per-call budget: 20 inputs of 17,500 characters once held the CPU for 4.8 s (and /healthz
 * for 4.3 s). 64 inputs is OpenAIEmbedder's batch, so another instance can still embed passages
 * through this endpoint; a query from the Worker is one short input.
 */
export const EMBEDDING_LIMITS = { inputs: 64, inputChars: 8_000, totalChars: 64_000 };

export const embeddingsSchema = z.object({
  model: z.string().min(1, 'model must not be empty'),
  input: z.union([
    z.string().max(EMBEDDING_LIMITS.inputChars, `input must be at most ${EMBEDDING_LIMITS.inputChars} characters`),
    z
      .array(z.string().max(EMBEDDING_LIMITS.inputChars, `each input must be at most ${EMBEDDING_LIMITS.inputChars} characters`), {
        error: 'input must be a string or an array of strings (token arrays are not supported)',
      })
      .min(1, 'input must not be empty')
      .max(EMBEDDING_LIMITS.inputs, `input may hold at most ${EMBEDDING_LIMITS.inputs} strings`),
  ]),
  encoding_format: z.enum(['float', 'base64']).optional(),
  dimensions: z.number().int().positive().optional(),
  user: z.string().optional(),
});

/** Little-endian float32 bytes in base64, the encoding the openai client asks for by default. */
export function float32ToBase64(vector: Float32Array): string {
  const bytes = new Uint8Array(vector.length * 4);
  const view = new DataView(bytes.buffer);
  vector.forEach((x, i) => {
    view.setFloat32(i * 4, x, true);
  });
  let binary = '';
  // Chunked: String.fromCharCode with a spread of a large array overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * OpenAI-compatible `POST /v1/embeddings` (and `GET /v1/models`) over this service's local model, so
 * a Worker, or any OpenAI client, embeds queries with exactly the model the index was built with.
 * The model name must be the embedder id recorded in the index manifest: a client built for another
 * model gets a 404 instead of vectors from the wrong space.
 */
export function embeddingsRoutes(embedder: Embedder, options: { slot: MiddlewareHandler }): Hono {
  const routes = new Hono();

  routes.get('/models', (c) => c.json({ object: 'list', data: [{ id: embedder.id, object: 'model', created: 0, owned_by: 'policy-qa' }] }));

  /** The checks that cost nothing, before any slot is taken: model, dimensions and the per-call budget. */
  const precheck: MiddlewareHandler = async (c, next) => {
    const { model, input, dimensions } = embeddingsSchema.parse(await c.req.json());
    if (model !== embedder.id) return errorResponse(c, 404, 'model_not_found', `This endpoint serves the model "${embedder.id}" only, not "${model}".`);
    if (dimensions !== undefined && dimensions !== embedder.dimension) {
      return errorResponse(c, 400, 'invalid_request', `dimensions: this model has ${embedder.dimension} dimensions and cannot shorten them.`);
    }
    const totalChars = (typeof input === 'string' ? [input] : input).reduce((sum, t) => sum + t.length, 0);
    if (totalChars > EMBEDDING_LIMITS.totalChars) {
      return errorResponse(
        c,
        413,
        'payload_too_large',
        `input totals ${totalChars} characters; the limit per call is ${EMBEDDING_LIMITS.totalChars}. Send the inputs in several calls.`,
      );
    }
    return next();
  };

  // Body read and validated first, then a slot shared with the answers: a slow or large body never holds one.
  routes.post('/embeddings', ...validatedJson(embeddingsSchema), precheck, options.slot, async (c) => {
    const { input, encoding_format: format = 'float' } = c.req.valid('json');
    const texts = typeof input === 'string' ? [input] : input;
    const vectors = await embedder.embedQueries(texts);
    return c.json({
      object: 'list',
      data: vectors.map((v, index) => ({ object: 'embedding', index, embedding: format === 'base64' ? float32ToBase64(v) : Array.from(v) })),
      model: embedder.id,
      // The local model is not metered; the field is there because clients expect it.
      usage: { prompt_tokens: 0, total_tokens: 0 },
    });
  });

  return routes;
}
