import { z } from 'zod';
import { feedbackSchema } from '../feedback/feedback-schema.js';
import { briefingSchema } from './briefing-routes.js';
import { askSchema, searchSchema } from './schemas.js';

type JsonSchema = Record<string, unknown>;

/** The request side of a zod schema as JSON Schema 2020-12 (which OpenAPI 3.1 uses as is). */
function requestSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** Query parameters from an object schema: one parameter per property. */
function queryParameters(schema: z.ZodType): JsonSchema[] {
  const json = requestSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}

const errorBody = {
  type: 'object',
  required: ['error'],
  properties: {
    error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } },
  },
};

const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      { description: ERROR_DESCRIPTIONS[status] ?? 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    ]),
  );

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request (the message names the field)',
  404: 'Not found',
  413: 'Body too large',
  429: 'Rate limited; see Retry-After',
  503: 'Busy, starting or timed out; see Retry-After where given',
};

const json = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 200 } };

/**
 * GET /openapi.json: the public API, generated from the same zod schemas that validate requests,
 * so the document cannot drift from what the server accepts.
 */
export function openApiDocument(): JsonSchema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'policy-qa',
      version: '0.1.0',
      description: "Cited answers about Korea's industrial cluster policy, in Korean and English.",
    },
    paths: {
      '/api/ask': {
        post: {
          summary: 'Answer a question with cited passages (JSON, or Server-Sent Events with stream: true)',
          requestBody: { required: true, content: { 'application/json': { schema: requestSchema(askSchema) } } },
          responses: { '200': json('The answer: { id, answer, lang, grounded, citations, mode, timingsMs }'), ...errorResponses(400, 413, 429, 503) },
        },
      },
      '/api/search': {
        get: {
          summary: 'Ranked passages with scores',
          parameters: queryParameters(searchSchema),
          responses: { '200': json('{ query, results, timingsMs }'), ...errorResponses(400, 429, 503) },
        },
      },
      '/api/feedback': {
        post: {
          summary: 'Rate an answer (no IP address or other personal data is stored)',
          requestBody: { required: true, content: { 'application/json': { schema: requestSchema(feedbackSchema) } } },
          responses: { '201': json('{ id }'), ...errorResponses(400, 413, 429, 503) },
        },
      },
      '/api/briefing': {
        post: {
          summary: 'A cited briefing for officials (format json, markdown or docx)',
          requestBody: { required: true, content: { 'application/json': { schema: requestSchema(briefingSchema) } } },
          responses: { '200': json('The briefing (or a Markdown/DOCX attachment)'), ...errorResponses(400, 413, 429, 503) },
        },
      },
      '/v1/embeddings': {
        post: {
          summary: 'OpenAI-compatible embeddings with the local model (Node only)',
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['model', 'input'] } } } },
          responses: { '200': json('{ object: "list", data: [{ embedding }], model }'), ...errorResponses(400, 404, 413, 429) },
        },
      },
      '/api/documents': { get: { summary: 'The indexed documents', responses: { '200': json('{ documents }'), ...errorResponses(429) } } },
      '/api/documents/{id}': {
        get: {
          summary: 'One document and its passage outline',
          parameters: [idParameter],
          responses: { '200': json('{ document, passages }'), ...errorResponses(404, 429) },
        },
      },
      '/api/passages/{id}': {
        get: {
          summary: 'One passage with its neighbours',
          parameters: [idParameter],
          responses: { '200': json('{ passage, previous, next }'), ...errorResponses(404, 429) },
        },
      },
      '/healthz': { get: { summary: 'Liveness', responses: { '200': json('{ status: "ok" }') } } },
      '/readyz': { get: { summary: 'Readiness (index and model loaded)', responses: { '200': json('{ status: "ready", ... }'), ...errorResponses(503) } } },
      '/openapi.json': { get: { summary: 'This document', responses: { '200': json('OpenAPI 3.1') } } },
    },
    components: { schemas: { Error: errorBody } },
  };
}
