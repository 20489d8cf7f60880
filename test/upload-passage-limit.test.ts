import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upload } from './support/admin-client.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';

const TOKEN = 'passage-limit-token-1a2b3c4d5e6f';

/** Issue 24 (6): a per-document passage limit bounds what one upload may cost (64,286 passages were once accepted). */
describe('MAX_PASSAGES_PER_DOCUMENT', () => {
  let corpus: CorpusRuntime;
  beforeAll(async () => {
    corpus = await openCorpusRuntime({ writable: true, env: { ADMIN_TOKEN: TOKEN, MAX_PASSAGES_PER_DOCUMENT: '40' } });
  });
  afterAll(() => corpus?.close());

  const sections = (n: number) =>
    Array.from({ length: n }, (_, i) => `## 구역 ${i + 1}\n\n구역 ${i + 1}의 입주 기업 현황과 지원 사업을 설명하는 문단입니다.`).join('\n\n');

  it('a document over the limit answers 413 naming the limit, and nothing is stored', async () => {
    const response = await upload(corpus.app, { files: [{ name: 'many-sections.md', bytes: `# 많은 구역\n\n${sections(60)}` }], token: TOKEN });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('too_many_passages');
    expect(body.error.message).toMatch(/40 per document \(MAX_PASSAGES_PER_DOCUMENT\)/);
    expect(await corpus.runtime.store.getDocument('many-sections')).toBeUndefined();
  }, 120_000);

  it('a document within the limit is stored', async () => {
    const response = await upload(corpus.app, { files: [{ name: 'few-sections.md', bytes: `# 적은 구역\n\n${sections(10)}` }], token: TOKEN });
    expect(response.status).toBe(201);
  }, 120_000);
});
