import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest/ingest.js';
import { WRITER_WAIT_MS } from '../src/ingest/upload-ingest.js';
import { asOnlyWriter } from '../src/ingest/writer-lock.js';
import { LanceStore } from '../src/store/lance-store.js';
import { upload } from './support/admin-client.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';

const TOKEN = 'upload-safety-token-0f1e2d3c4b5a';

interface ErrorBody {
  error: { code: string; message: string };
}
interface UploadBody {
  documents: { id: string; status: string; trust: string }[];
}

/** Issue 12, should-fix items on uploads: each test is the attack as it was reported. */
describe('upload safety', () => {
  let corpus: CorpusRuntime;
  let uploads: string;
  const rebuildRoot = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-rebuild-'));

  beforeAll(async () => {
    corpus = await openCorpusRuntime({ writable: true, env: { ADMIN_TOKEN: TOKEN } });
    uploads = path.join(corpus.dataDir, 'uploads');
  });
  afterAll(() => {
    corpus?.close();
    rmSync(rebuildRoot, { recursive: true, force: true });
  });

  const remove = (id: string) => corpus.app.request(`/api/admin/documents/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } });
  const documentOf = async (id: string) =>
    (await corpus.app.request(`/api/documents/${encodeURIComponent(id)}`)).json() as Promise<{ document: Record<string, unknown> }>;

  /** The index as `npm run ingest -- "$DATA_DIR/uploads"` rebuilds it after an index reset. */
  async function rebuiltIds(name: string): Promise<string[]> {
    const store = await LanceStore.open({ dataDir: path.join(rebuildRoot, name), dimension: corpus.runtime.embedder.dimension, watchMs: 0 });
    try {
      const summary = await ingest({ paths: [uploads], store, embedder: corpus.runtime.embedder });
      expect(summary.failed).toEqual([]);
      return (await store.listDocuments()).map((d) => d.id).sort();
    } finally {
      store.close();
    }
  }

  it('one file name uploaded under two ids: each id has its own original; deleting one keeps the other, also after a rebuild', async () => {
    const a = await upload(corpus.app, {
      files: [{ name: 'notice.md', bytes: '# Notice A\n\nThe first notice is about land banks.' }],
      fields: { id: 'notice-a' },
      token: TOKEN,
    });
    const b = await upload(corpus.app, {
      files: [{ name: 'notice.md', bytes: '# Notice B\n\nThe second notice is about youth.' }],
      fields: { id: 'notice-b' },
      token: TOKEN,
    });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(readFileSync(path.join(uploads, 'notice-a.md'), 'utf8')).toContain('Notice A');
    expect(readFileSync(path.join(uploads, 'notice-b.md'), 'utf8')).toContain('Notice B');
    expect((await documentOf('notice-b')).document.path).toBe(path.join(uploads, 'notice-b.md'));

    expect((await remove('notice-a')).status).toBe(200);
    expect(existsSync(path.join(uploads, 'notice-a.md'))).toBe(false);
    expect(readFileSync(path.join(uploads, 'notice-b.md'), 'utf8')).toContain('Notice B');
    const ids = await rebuiltIds('after-delete');
    expect(ids).toContain('notice-b');
    expect(ids).not.toContain('notice-a');
  });

  it('an index from before id-named originals (two records on one file): deleting one keeps the file', async () => {
    const { store, embedder } = corpus.runtime;
    const survivor = await store.getDocument('notice-b');
    if (!survivor) throw new Error('notice-b is missing');
    const passages = (await store.passagesOfDocument('notice-b')).map((p) => ({ ...p, id: `legacy-${p.id}`, docId: 'legacy-twin' }));
    const vectors = await embedder.embedPassages(passages.map((p) => p.text));
    await asOnlyWriter(store, () => store.replaceDocument({ ...survivor, id: 'legacy-twin' }, passages, vectors));
    expect((await remove('legacy-twin')).status).toBe(200);
    expect(existsSync(survivor.path)).toBe(true);
  });

  it('names that slug to nothing get a hash id, invalid front-matter ids are refused, README.md survives a rebuild', async () => {
    const japanese = await upload(corpus.app, { files: [{ name: '日本語.md', bytes: '# 日本語\n\nThe notice on industrial complexes.' }], token: TOKEN });
    expect(japanese.status).toBe(201);
    const [doc] = ((await japanese.json()) as UploadBody).documents;
    expect(doc?.id).toMatch(/^doc-[0-9a-f]{10}$/);
    expect(existsSync(path.join(uploads, `${doc?.id}.md`))).toBe(true);

    for (const id of ['../../etc/passwd', '-dash', 'a b']) {
      const bad = await upload(corpus.app, { files: [{ name: 'bad-id.md', bytes: `---\nid: "${id}"\n---\n# Bad\n\ntext` }], token: TOKEN });
      const body = (await bad.json()) as ErrorBody;
      expect([bad.status, body.error.code], id).toEqual([422, 'invalid_id']);
    }
    // The same 422 for an id given as a field, empty or invalid, as README says (issue 24: it was 400).
    for (const id of ['', ' ', '../x', '-dash']) {
      const field = await upload(corpus.app, { files: [{ name: 'x.md', bytes: '# X\n\ntext' }], fields: { id }, token: TOKEN });
      expect([field.status, ((await field.json()) as ErrorBody).error.code], JSON.stringify(id)).toEqual([422, 'invalid_id']);
    }

    const readme = await upload(corpus.app, {
      files: [{ name: 'README.md', bytes: '# Read me\n\nAn uploaded notice that happens to be called README.' }],
      token: TOKEN,
    });
    expect(readme.status).toBe(201);
    expect(((await readme.json()) as UploadBody).documents[0]?.id).toBe('readme');
    const ids = await rebuiltIds('names');
    expect(ids).toEqual(expect.arrayContaining(['readme', doc?.id ?? '?', 'notice-b']));
  });

  it('front matter links must be http(s): javascript: never reaches the record', async () => {
    const response = await upload(corpus.app, {
      files: [
        {
          name: 'links.md',
          bytes:
            '---\nsourceUrl: "javascript:alert(1)"\nsources:\n  - "javascript:alert(2)"\n  - "data:text/html,x"\n  - "https://www.motie.go.kr/ok"\n---\n# Links\n\nA notice with links.',
        },
      ],
      token: TOKEN,
    });
    expect(response.status).toBe(201);
    const { document } = await documentOf('links');
    expect(document.sourceUrl).toBe('https://www.motie.go.kr/ok');
    expect(document.sources).toEqual(['https://www.motie.go.kr/ok']);
    const passages = await corpus.runtime.store.passagesOfDocument('links');
    expect(passages.every((p) => !p.sourceUrl.startsWith('javascript:'))).toBe(true);
    const field = await upload(corpus.app, { files: [{ name: 'x.md', bytes: '# X\n\ntext' }], fields: { sourceUrl: 'javascript:alert(1)' }, token: TOKEN });
    expect(field.status).toBe(400);
  });

  it('a multipart with thousands of parts is refused at once, and bad ids never wait for the writer', async () => {
    const form = new FormData();
    for (let i = 0; i < 2000; i++) form.append('file', new File([`# ${i}\n\ntext ${i}`], `part-${i}.md`));
    const started = performance.now();
    const many = await corpus.app.request('/api/admin/documents', { method: 'POST', body: form, headers: { authorization: `Bearer ${TOKEN}` } });
    const body = (await many.json()) as ErrorBody;
    expect([many.status, body.error.code]).toEqual([400, 'too_many_parts']);
    // Parsing 2,000 files one worker thread at a time would take minutes.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(existsSync(path.join(uploads, 'part-0.md'))).toBe(false);

    // While another writer holds the lock (a long start-up ingest), requests whose ids are wrong
    // answer at once instead of waiting 15 s for a 503.
    let release!: () => void;
    const held = asOnlyWriter(corpus.runtime.store, () => new Promise<void>((resolve) => (release = resolve)));
    try {
      const t0 = performance.now();
      const duplicate = await upload(corpus.app, {
        files: [
          { name: 'twin.md', bytes: '# Twin\n\none' },
          { name: 'Twin.md', bytes: '# Twin\n\ntwo' },
        ],
        token: TOKEN,
      });
      expect([duplicate.status, ((await duplicate.json()) as ErrorBody).error.code]).toEqual([422, 'duplicate_id']);
      const taken = await upload(corpus.app, { files: [{ name: 'mine.md', bytes: '# Mine\n\ntext' }], fields: { id: 'basic-plan-history-en' }, token: TOKEN });
      expect([taken.status, ((await taken.json()) as ErrorBody).error.code]).toEqual([409, 'document_exists']);
      // Waiting for the writer would have ended in 503 index_busy after WRITER_WAIT_MS.
      expect(performance.now() - t0).toBeLessThan(WRITER_WAIT_MS);
    } finally {
      release();
      await held;
    }
  });

  it('an upload during a long write (the start-up ingest) waits for the writer and then succeeds, never a 500', async () => {
    let release!: () => void;
    const held = asOnlyWriter(corpus.runtime.store, () => new Promise<void>((resolve) => (release = resolve)));
    const pending = upload(corpus.app, { files: [{ name: 'waiting-note.md', bytes: '# Waiting note\n\nUploaded while the index was busy.' }], token: TOKEN });
    await new Promise((resolve) => setTimeout(resolve, 500));
    release();
    await held;
    const response = await pending;
    expect(response.status).toBe(201);
    expect((await remove('waiting-note')).status).toBe(200);
  });
});
