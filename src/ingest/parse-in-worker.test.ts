import { describe, expect, it } from 'vitest';
import { chunkDocument, DEFAULT_CHUNK_OPTIONS } from './chunk.js';
import { documentContentHash } from './content-hash.js';
import { DEFAULT_LIMITS } from './limits.js';
import { loadDocument } from './loaders/load-document.js';
import { PASSAGES_PER_PIECE, parseInWorker } from './parse-in-worker.js';

/**
 * The parse thread hands a big document back a piece of passages at a time, asked for one by one,
 * and hashes the text itself (issue 24): what comes back must be exactly what parsing, chunking
 * and hashing in this thread give, whether the bytes sit in shared memory (an upload's body) or not.
 */
describe('parseInWorker', () => {
  const sections = Array.from(
    { length: 1100 },
    (_, i) => `## 제${i + 1}절 산업단지 과제 ${i + 1}\n\n${`산업단지 ${i + 1}번 과제의 지원 내용과 예산, 추진 일정을 적은 문단이다. `.repeat(12)}\n`,
  );
  const text = `# 큰 계획 문서\n\n${sections.join('\n')}`;
  const budget = { timeoutMs: 60_000, memoryMb: 512 };

  it('gives the passages and content hash this thread would, across many pieces, without the body', async () => {
    const bytes = new TextEncoder().encode(text);
    const doc = await loadDocument({ file: 'big-plan.md', bytes, limits: DEFAULT_LIMITS });
    const passages = await chunkDocument(doc, DEFAULT_CHUNK_OPTIONS);
    expect(passages.length).toBeGreaterThan(2 * PASSAGES_PER_PIECE);
    const { body: _body, ...head } = doc;
    for (const given of [bytes, sharedCopy(bytes)]) {
      const parsed = await parseInWorker({ file: 'big-plan.md', bytes: given, limits: DEFAULT_LIMITS, embedderId: 'test-embedder' }, budget);
      expect(parsed.passages).toEqual(passages);
      expect(parsed.contentHash).toBe(documentContentHash(doc, { id: 'test-embedder' }));
      expect(parsed.doc).toEqual(head);
      expect('body' in parsed.doc).toBe(false);
    }
    // The shared body the server still holds (to store the original) is left as it was.
    const shared = sharedCopy(bytes);
    await parseInWorker({ file: 'big-plan.md', bytes: shared, limits: DEFAULT_LIMITS, embedderId: 'test-embedder' }, budget);
    expect(new TextDecoder().decode(new Uint8Array(shared))).toBe(text);
  });
});

function sharedCopy(bytes: Uint8Array): Uint8Array {
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  shared.set(bytes);
  return shared;
}
