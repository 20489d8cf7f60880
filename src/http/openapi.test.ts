import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi.js';
import { LIMITS } from './schemas.js';

// biome-ignore lint/suspicious/noExplicitAny: walking a generated JSON document
type Json = Record<string, any>;

describe('openApiDocument', () => {
  const doc = openApiDocument() as Json;

  it('is OpenAPI 3.1 with the request schemas generated from zod, limits included', () => {
    expect(doc.openapi).toBe('3.1.0');
    const ask = doc.paths['/api/ask'].post.requestBody.content['application/json'].schema;
    expect(ask.required).toEqual(['question']);
    expect(ask.properties.question).toMatchObject({ type: 'string', minLength: 1, maxLength: LIMITS.questionChars });
    expect(ask.properties.history.maxItems).toBe(LIMITS.historyTurns);
    expect(ask.properties.mode.enum).toEqual(['auto', 'extractive', 'llm']);
    const k = doc.paths['/api/search'].get.parameters.find((p: Json) => p.name === 'k');
    expect(k.schema).toMatchObject({ minimum: 1, maximum: LIMITS.maxK });
    const feedback = doc.paths['/api/feedback'].post.requestBody.content['application/json'].schema;
    expect(feedback.properties.rating.enum).toEqual(['up', 'down']);
  });

  it('describes errors in the one error format', () => {
    expect(doc.components.schemas.Error.properties.error.required).toEqual(['code', 'message']);
    expect(doc.paths['/api/ask'].post.responses['429'].content['application/json'].schema.$ref).toBe('#/components/schemas/Error');
  });

  it('is plain JSON (no functions or undefined left from the schemas)', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
