import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { loadConfig } from '../src/core/config.js';
import { openFeedbackStore } from '../src/feedback/jsonl-feedback-store.js';
import { createApp } from '../src/http/app.js';
import { openApiDocument } from '../src/http/openapi.js';
import * as bodies from '../src/http/response-schemas.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';

let corpus: CorpusRuntime;
let app: ReturnType<typeof createApp>;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-openapi-'));
beforeAll(async () => {
  corpus = await openCorpusRuntime();
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MIN: '100000', ADMIN_TOKEN: 'openapi-test-token' });
  app = createApp({ ...corpus.runtime, config, feedback: openFeedbackStore(dataDir), isReady: () => true });
});
afterAll(() => {
  corpus?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

// biome-ignore lint/suspicious/noExplicitAny: walking a generated JSON document
type Json = Record<string, any>;

describe('/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as Json;
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('lists every route the app serves, with a described response body', () => {
    const doc = openApiDocument() as Json;
    // A constrained parameter such as /:file{(widget|page)\.js} stands for each of its alternatives.
    const concrete = (route: string): string[] => {
      const choice = /^(.*):\w+\{\(([^)]+)\)\\(\.\w+)\}$/.exec(route);
      return choice ? (choice[2] ?? '').split('|').map((name) => `${choice[1]}${name}${choice[3]}`) : [route.replace(/:(\w+)/g, '{$1}')];
    };
    const served = new Set(app.routes.filter((r) => r.method !== 'ALL').flatMap((r) => concrete(r.path).map((p) => `${r.method.toLowerCase()} ${p}`)));
    const documented = new Set(Object.entries(doc.paths as Json).flatMap(([route, methods]) => Object.keys(methods).map((m) => `${m} ${route}`)));
    expect([...served].filter((r) => !documented.has(r))).toEqual([]);
    expect([...documented].filter((r) => !served.has(r))).toEqual([]);
    for (const route of ['get /v1/models', 'get /', 'get /widget.js', 'post /api/ask', 'get /api/search']) expect(served.has(route)).toBe(true);
    for (const [route, methods] of Object.entries(doc.paths as Json)) {
      for (const [method, operation] of Object.entries(methods as Json)) {
        const ok = operation.responses['200'] ?? operation.responses['201'];
        // The dashboard's form posts answer with a redirect back to the page (post/redirect/get).
        if (!ok && route.startsWith('/admin/')) {
          expect(operation.responses['303'], `${method} ${route}`).toBeDefined();
          continue;
        }
        const media = Object.values(ok.content as Json)[0] as Json;
        expect(media.schema, `${method} ${route}`).toBeDefined();
        if (media.schema.type === 'object' && route !== '/openapi.json') expect(media.schema.properties, `${method} ${route}`).toBeDefined();
      }
    }
  });
});

/** The body parses with its schema and nothing is dropped: no field goes undocumented. */
async function expectBody(response: Response | Promise<Response>, schema: z.ZodType, status = 200): Promise<Json> {
  const res = await response;
  expect(res.status).toBe(status);
  const body = (await res.json()) as Json;
  expect(schema.parse(body)).toEqual(body);
  return body;
}

const post = (route: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(route, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('response bodies match the documented schemas', () => {
  it('ask, search, documents, passages, feedback, probes, models and embeddings', async () => {
    const answer = await expectBody(post('/api/ask', { question: '노후 산업단지의 기준은 무엇인가?' }), bodies.askResultSchema);
    expect(answer.citations.length).toBeGreaterThan(0);
    await expectBody(post('/api/ask', { question: 'What is the capital of Mongolia?' }), bodies.askResultSchema);
    await expectBody(app.request('/api/search?q=smart+green+complex&k=3'), bodies.searchResponseSchema);
    const { documents } = await expectBody(app.request('/api/documents'), bodies.documentsResponseSchema);
    const detail = await expectBody(app.request(`/api/documents/${documents[0].id}`), bodies.documentResponseSchema);
    await expectBody(app.request(`/api/passages/${detail.passages[1].id}`), bodies.passageResponseSchema);
    await expectBody(post('/api/feedback', { answerId: answer.id, rating: 'up' }), bodies.feedbackResponseSchema, 201);
    await expectBody(app.request('/healthz'), bodies.healthResponseSchema);
    await expectBody(app.request('/api/starter-questions?lang=en'), bodies.starterQuestionsResponseSchema);
    await expectBody(app.request('/readyz'), bodies.readyResponseSchema);
    const models = await expectBody(app.request('/v1/models'), bodies.modelsResponseSchema);
    await expectBody(post('/v1/embeddings', { model: models.data[0].id, input: ['industrial complex'] }), bodies.embeddingsResponseSchema);
    await expectBody(post('/v1/embeddings', { model: models.data[0].id, input: 'x', encoding_format: 'base64' }), bodies.embeddingsResponseSchema);
  });

  it('a JSON briefing', async () => {
    await expectBody(post('/api/briefing', { questions: ['노후 산업단지의 기준은 무엇인가?'], lang: 'ko', format: 'json' }), bodies.briefingResponseSchema);
  });
});
