import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../src/http/app.js';
import { createAdminService } from '../src/ingest/upload-ingest.js';
import type { WritableStore } from '../src/store/store.js';
import { upload } from './support/admin-client.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';

const TOKEN = 'teeth-token-123456';
function versioned(version: string, paragraphs: number): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `## Part ${i + 1}\n\nRevision ${version} paragraph ${i + 1}: the draft plan introduces an industrial land bank system (${version}).`);
  return `---\ntitle: Rolling document\nlang: en\n---\n# Rolling document\n\n${body.join('\n\n')}\n`;
}
let corpus: CorpusRuntime;
beforeAll(async () => { corpus = await openCorpusRuntime({ writable: true, env: { ADMIN_TOKEN: TOKEN } }); });
afterAll(() => corpus?.close());
it('non-atomic replace is caught by the reader loop', async () => {
  const real = corpus.runtime.store;
  const broken = Object.create(real) as WritableStore;
  broken.replaceDocument = async (doc, passages, vectors) => { await real.deleteDocument(doc.id); await new Promise((r) => setTimeout(r, 30)); await real.replaceDocument(doc, passages, vectors); };
  const app = createApp({ ...corpus.runtime, config: corpus.config, admin: createAdminService({ store: broken, embedder: corpus.runtime.embedder, config: corpus.config }), isReady: () => true });
  const ids = async () => { const r = await app.request('/api/documents/rolling'); return r.status === 200 ? ((await r.json()) as { passages: { id: string }[] }).passages.map((p) => p.id).join(',') : `status ${r.status}`; };
  await upload(app, { files: [{ name: 'rolling.md', bytes: versioned('alpha', 6) }], token: TOKEN });
  const states = [await ids()];
  let replacing = true; const observed: string[] = [];
  const reader = async () => { for (let last = false; !last; ) { last = !replacing; observed.push(await ids()); } };
  const readers = Promise.all([reader(), reader()]);
  for (const [v, n] of [['beta', 30], ['gamma', 10], ['delta', 30]] as const) { await upload(app, { files: [{ name: 'rolling.md', bytes: versioned(v, n) }], token: TOKEN }); states.push(await ids()); }
  replacing = false; await readers;
  const bad = observed.filter((s) => !states.includes(s));
  console.log(`broken store: ${observed.length} reads, ${bad.length} not a complete version: ${bad.slice(0, 3).map((b) => b.slice(0, 40)).join(' | ')}`);
  expect(bad.length).toBeGreaterThan(0);
});
