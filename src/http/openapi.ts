import { z } from 'zod';
import { feedbackSchema } from '../feedback/feedback-schema.js';
import { documentMetaSchema } from '../ingest/document-meta.js';
import { briefingSchema } from './briefing-routes.js';
import { EMBEDDING_LIMITS, embeddingsSchema } from './embeddings-routes.js';
import {
  askResultSchema,
  briefingResponseSchema,
  deleteResponseSchema,
  documentResponseSchema,
  documentsResponseSchema,
  embeddingsResponseSchema,
  feedbackResponseSchema,
  healthResponseSchema,
  modelsResponseSchema,
  passageResponseSchema,
  readyResponseSchema,
  searchResponseSchema,
  starterQuestionsResponseSchema,
  uploadResponseSchema,
} from './response-schemas.js';
import { askSchema, searchSchema } from './schemas.js';

type JsonSchema = Record<string, unknown>;

/** The request side of a zod schema as JSON Schema 2020-12 (which OpenAPI 3.1 uses as is). */
function requestSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** What the server sends: the output side of a response schema. */
function responseSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
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
  401: 'Missing or wrong admin token',
  403: 'Browser request from an origin not in ALLOWED_ORIGINS',
  409: 'The document id belongs to a document that is not an upload',
  404: 'Not found (for admin routes: disabled on this server)',
  413: 'Body too large',
  415: 'File type not supported',
  422: 'The file could not be parsed, or the document id is not valid (invalid_id)',
  500: 'The write failed; nothing was changed',
  507: 'Not enough disk space in DATA_DIR; nothing was changed',
  429: 'Rate limited; see Retry-After',
  503: 'Busy, starting or timed out; see Retry-After where given',
};

const json = (description: string, schema: z.ZodType) => ({ description, content: { 'application/json': { schema: responseSchema(schema) } } });
const text = (description: string, type: string) => ({ description, content: { [type]: { schema: { type: 'string' } } } });
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
          responses: {
            '200': {
              description:
                'The answer. With stream: true, Server-Sent Events: "meta" ({ id, citations }) first, then "delta" ({ text }) chunks, ' +
                '"reset" ({ reason }) when a streamed draft is withdrawn, then "done" (the whole answer object) or "error" (the error body).',
              content: {
                'application/json': { schema: responseSchema(askResultSchema) },
                'text/event-stream': { schema: { type: 'string' } },
              },
            },
            ...errorResponses(400, 413, 429, 503),
          },
        },
      },
      '/api/search': {
        get: {
          summary: 'Ranked passages with scores',
          parameters: queryParameters(searchSchema),
          responses: { '200': json('Ranked passages with fused score and per-retriever ranks', searchResponseSchema), ...errorResponses(400, 429, 503) },
        },
      },
      '/api/feedback': {
        post: {
          summary: 'Rate an answer (no IP address or other personal data is stored)',
          requestBody: { required: true, content: { 'application/json': { schema: requestSchema(feedbackSchema) } } },
          responses: { '201': json('Stored', feedbackResponseSchema), ...errorResponses(400, 413, 429, 503) },
        },
      },
      '/api/briefing': {
        post: {
          summary: 'A cited briefing for officials (format json, markdown or docx)',
          requestBody: { required: true, content: { 'application/json': { schema: requestSchema(briefingSchema) } } },
          responses: {
            '200': {
              description: 'The briefing: JSON, or a Markdown or DOCX attachment',
              content: {
                'application/json': { schema: responseSchema(briefingResponseSchema) },
                'text/markdown': { schema: { type: 'string' } },
                'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: { type: 'string', format: 'binary' } },
              },
            },
            ...errorResponses(400, 413, 429, 503),
          },
        },
      },
      '/api/documents': {
        get: { summary: 'The indexed documents', responses: { '200': json('The documents', documentsResponseSchema), ...errorResponses(429) } },
      },
      '/api/documents/{id}': {
        get: {
          summary: 'One document and its passage outline',
          parameters: [idParameter],
          responses: { '200': json('The document and its passages (without text)', documentResponseSchema), ...errorResponses(404, 429) },
        },
      },
      '/api/passages/{id}': {
        get: {
          summary: 'One passage with its neighbours',
          parameters: [idParameter],
          responses: { '200': json('The passage, with the previous and next one of its document', passageResponseSchema), ...errorResponses(404, 429) },
        },
      },
      '/api/admin/documents': {
        post: {
          summary: 'Upload documents (md, txt, html, pdf, docx, hwp, hwpx); Node only, behind ADMIN_TOKEN',
          security: [{ adminToken: [] }],
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  description:
                    'One or more file parts (any field name), and optional metadata fields. trust=official ranks the upload with the corpus; without it (or with trust=upload) its trust level is upload: used as evidence only where no official document answers.',
                  properties: { file: { type: 'string', format: 'binary' }, ...(requestSchema(documentMetaSchema).properties as JsonSchema) },
                },
              },
            },
          },
          responses: {
            '200': json('Every file was already indexed unchanged', uploadResponseSchema),
            '201': json('Added or updated', uploadResponseSchema),
            ...errorResponses(400, 401, 404, 409, 413, 415, 422, 429, 500, 503, 507),
          },
        },
      },
      '/api/admin/documents/{id}': {
        delete: {
          summary: 'Delete an uploaded document and its passages; Node only, behind ADMIN_TOKEN',
          description: 'Only documents the admin API stored can be deleted; a corpus document answers 409 (corpus_document).',
          security: [{ adminToken: [] }],
          parameters: [idParameter],
          responses: { '200': json('Deleted', deleteResponseSchema), ...errorResponses(401, 404, 409, 429, 500, 503, 507) },
        },
      },
      '/v1/embeddings': {
        post: {
          summary: 'OpenAI-compatible embeddings with the local model (Node only)',
          description: `At most ${EMBEDDING_LIMITS.inputs} inputs and ${EMBEDDING_LIMITS.totalChars} characters in all per call (413 beyond); runs in one of the answer slots (503 busy when all are taken); browsers only from ALLOWED_ORIGINS.`,
          requestBody: { required: true, content: { 'application/json': { schema: requestSchema(embeddingsSchema) } } },
          responses: { '200': json('One vector per input', embeddingsResponseSchema), ...errorResponses(400, 403, 404, 413, 429, 503) },
        },
      },
      '/v1/models': {
        get: {
          summary: 'The one model /v1/embeddings serves (Node only)',
          responses: { '200': json('OpenAI-compatible model list', modelsResponseSchema), ...errorResponses(429) },
        },
      },
      '/': {
        get: {
          summary: 'The chat page (Korean, or English with ?lang=en or an English Accept-Language)',
          parameters: [{ name: 'lang', in: 'query', required: false, schema: { type: 'string', enum: ['ko', 'en'] } }],
          responses: { '200': text('HTML page that loads /page.js', 'text/html') },
        },
      },
      '/widget.js': {
        get: {
          summary: 'The embeddable widget: <script src=".../widget.js"> on a page whose origin is in ALLOWED_ORIGINS',
          responses: { '200': text('JavaScript (gzip when accepted)', 'text/javascript'), ...errorResponses(404) },
        },
      },
      '/api/starter-questions': {
        get: {
          summary: 'Questions the chat page suggests, made from the documents of one language',
          parameters: [{ name: 'lang', in: 'query', required: false, schema: { type: 'string', enum: ['ko', 'en'], default: 'ko' } }],
          responses: { '200': json('Starter questions', starterQuestionsResponseSchema), ...errorResponses(400, 429) },
        },
      },
      '/page.js': {
        get: { summary: "The chat page's script", responses: { '200': text('JavaScript (gzip when accepted)', 'text/javascript'), ...errorResponses(404) } },
      },
      // The operator's dashboard (http/dashboard-routes.ts): HTML forms behind ADMIN_TOKEN, with a session cookie.
      '/admin': {
        get: {
          summary: "The operator's dashboard (Node only, behind ADMIN_TOKEN): the token form until signed in",
          responses: { '200': text('HTML page (no script)', 'text/html'), ...errorResponses(404) },
        },
      },
      '/admin/dashboard.css': { get: { summary: "The dashboard's stylesheet", responses: { '200': text('CSS', 'text/css') } } },
      '/admin/login': {
        post: {
          summary: 'Form post of the admin token; sets the HttpOnly, SameSite=Strict session cookie pqa_admin and redirects to /admin',
          requestBody: {
            required: true,
            content: { 'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { token: { type: 'string' } } } } },
          },
          responses: {
            '303': { description: 'Signed in: to /admin' },
            '401': text('The token form again, with the error', 'text/html'),
            ...errorResponses(403, 404),
          },
        },
      },
      '/admin/logout': { post: { summary: 'Ends the dashboard session', responses: { '303': { description: 'To /admin' }, ...errorResponses(403, 404) } } },
      '/admin/documents': {
        post: {
          summary: 'Upload form of the dashboard (same files and fields as POST /api/admin/documents); redirects to /admin with a notice',
          requestBody: {
            required: true,
            content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } } },
          },
          responses: { '303': { description: 'To /admin with the outcome' }, '401': text('The token form', 'text/html'), ...errorResponses(403, 404) },
        },
      },
      '/admin/documents/{id}/delete': {
        post: {
          summary: 'Delete form of the dashboard; redirects to /admin with a notice',
          parameters: [idParameter],
          responses: { '303': { description: 'To /admin with the outcome' }, '401': text('The token form', 'text/html'), ...errorResponses(403, 404) },
        },
      },
      '/healthz': { get: { summary: 'Liveness', responses: { '200': json('Alive', healthResponseSchema) } } },
      '/readyz': { get: { summary: 'Readiness (index and model loaded)', responses: { '200': json('Ready', readyResponseSchema), ...errorResponses(503) } } },
      '/openapi.json': {
        get: {
          summary: 'This document',
          responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
    components: {
      schemas: { Error: errorBody },
      securitySchemes: { adminToken: { type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN' } },
    },
  };
}
