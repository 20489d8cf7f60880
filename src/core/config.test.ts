import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has working defaults', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toMatchObject({ port: 8787, dataDir: '/srv/app/data', embedder: 'local', allowedOrigins: [] });
  });

  it.each([
    ['PORT', 'eighty', /PORT.*integer/],
    ['EMBEDDER', 'magic', /EMBEDDER.*local, openai/],
    ['OPENAI_BASE_URL', 'not a url', /OPENAI_BASE_URL/],
    ['ALLOWED_ORIGINS', 'https://a.kr/path', /ALLOWED_ORIGINS/],
    ['TRUST_PROXY', 'yes', /TRUST_PROXY.*true, false/],
    ['MAX_CONCURRENT_ANSWERS', '0', /MAX_CONCURRENT_ANSWERS.*integer from 1/],
    ['MAX_QUEUE', '-1', /MAX_QUEUE.*integer from 0/],
    ['REQUEST_TIMEOUT_MS', 'fast', /REQUEST_TIMEOUT_MS.*integer/],
    ['LOG_QUESTIONS', 'yes', /LOG_QUESTIONS.*true, false, 1, 0/],
    ['INDEX_WRITER', 'yes', /INDEX_WRITER.*1 \(this instance writes\) or 0/],
    ['WRITER_LEASE_MS', '500', /WRITER_LEASE_MS.*integer from 3000/],
  ])('names %s when its value is bad', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('leaves the writer role unset unless INDEX_WRITER says 1 or 0', () => {
    expect(loadConfig({}).indexWriter).toBeUndefined();
    expect(loadConfig({ INDEX_WRITER: '1' }).indexWriter).toBe(true);
    expect(loadConfig({ INDEX_WRITER: 'false' }).indexWriter).toBe(false);
  });

  it('sizes the answer slots by the answerer: 16 extractive, 4 with a chat model, or as set', () => {
    expect(loadConfig({}).maxConcurrentAnswers).toBe(16);
    expect(loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_MODEL: 'm' }).maxConcurrentAnswers).toBe(4);
    expect(loadConfig({ MAX_CONCURRENT_ANSWERS: '8' }).maxConcurrentAnswers).toBe(8);
  });

  it('passes object-storage URIs through', () => {
    expect(loadConfig({ DATA_DIR: 's3://bucket/policy-qa' }).dataDir).toBe('s3://bucket/policy-qa');
  });
});
