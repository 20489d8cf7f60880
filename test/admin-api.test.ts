import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from '../src/embed/embedder.js';
import { createApp } from '../src/http/app.js';
import { ingest } from '../src/ingest/ingest.js';
import { createAdminService } from '../src/ingest/upload-ingest.js';
import { ask, upload } from './support/admin-client.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';
import { makeDocx, makeEncryptedPdf, makeHwpx, makePdf, makeScannedPdf, makeZipBomb } from './support/document-fixtures.js';

const TOKEN = 'admin-test-token-9f8e7d6c5b4a';

interface ErrorBody {
  error: { code: string; message: string };
}

/** A document in two versions whose every paragraph says which version it is. */
function versioned(version: string, paragraphs: number): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `## Part ${i + 1}\n\nRevision ${version} paragraph ${i + 1}: the draft plan introduces an industrial land bank system and designates culture-leading complexes (${version}).`,
  );
  return `---\ntitle: Rolling document\nlang: en\n---\n# Rolling document\n\n${body.join('\n\n')}\n`;
}

describe('admin API', () => {
  let corpus: CorpusRuntime;
  let uploads: string;

  beforeAll(async () => {
    corpus = await openCorpusRuntime({ writable: true, env: { ADMIN_TOKEN: TOKEN } });
    uploads = path.join(corpus.dataDir, 'uploads');
  });
  afterAll(() => corpus?.close());

  /** What a reader can see of the index: documents with their hashes, and the manifest version. */
  async function snapshot(): Promise<unknown> {
    const documents = (
      (await (await corpus.app.request('/api/documents')).json()) as { documents: { id: string; contentHash: string; passageCount: number }[] }
    ).documents;
    const ready = (await (await corpus.app.request('/readyz')).json()) as { corpusVersion: string };
    const files = existsSync(uploads) ? readdirSync(uploads).sort() : [];
    return { documents: documents.map((d) => `${d.id}:${d.contentHash}:${d.passageCount}`), corpusVersion: ready.corpusVersion, files };
  }

  describe('authorisation', () => {
    it('answers 404 when no ADMIN_TOKEN is configured', async () => {
      const app = createApp({ ...corpus.runtime, config: { ...corpus.config, adminToken: undefined }, isReady: () => true });
      const response = await upload(app, { files: [{ name: 'a.txt', bytes: 'text' }], token: TOKEN });
      expect(response.status).toBe(404);
      expect(((await response.json()) as ErrorBody).error.code).toBe('admin_disabled');
      expect((await app.request('/api/admin/documents/x', { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
    });

    it.each([
      ['no header', undefined],
      ['a wrong token', 'admin-test-token-wrong'],
      ['a prefix of the token', TOKEN.slice(0, -1)],
    ])('refuses %s with 401', async (_, token) => {
      const before = await snapshot();
      const response = await upload(corpus.app, { files: [{ name: 'a.txt', bytes: 'The plan is a statutory plan.' }], token });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(((await response.json()) as ErrorBody).error.code).toBe('unauthorized');
      expect(
        (await corpus.app.request('/api/admin/documents/a', { method: 'DELETE', headers: token ? { authorization: `Bearer ${token}` } : {} })).status,
      ).toBe(401);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('bad input: a clear 4xx naming the file, and nothing changes', () => {
    const pdfText = () => makePdf([{ heading: 'Heading', paragraphs: ['The plan is a statutory plan under Article 3 of the Industrial Cluster Act.'] }]);
    const cases: [string, string, () => Promise<Uint8Array> | Uint8Array | string, number, string, RegExp][] = [
      [
        'truncated PDF',
        'cut.pdf',
        async () => (await pdfText()).subarray(0, 700),
        422,
        'corrupt_file',
        /cut\.pdf: is not a readable PDF: damaged or truncated/,
      ],
      [
        'corrupt DOCX',
        'broken.docx',
        async () => (await makeDocx('T', [{ heading: 'H', level: 1, paragraphs: ['text'] }])).subarray(0, 2000),
        422,
        'corrupt_file',
        /broken\.docx: .*damaged or truncated/,
      ],
      ['corrupt HWPX', 'broken.hwpx', () => makeHwpx('T', [[{ text: '본문' }]]).subarray(0, 400), 422, 'corrupt_file', /broken\.hwpx: .*damaged or truncated/],
      ['encrypted PDF', 'locked.pdf', () => makeEncryptedPdf(), 422, 'encrypted_pdf', /locked\.pdf: is an encrypted \(password-protected\) PDF/],
      [
        'scanned PDF',
        'scan.pdf',
        () => makeScannedPdf(2),
        422,
        'no_text_layer',
        /scan\.pdf: has no text layer \(2 pages of images, as in a scan\) and OCR (is not available|found no text)/,
      ],
      [
        'zip bomb',
        'bomb.hwpx',
        () => makeZipBomb(),
        413,
        'zip_bomb',
        /bomb\.hwpx: rejected as a possible zip bomb: entry "Contents\/section0\.xml" inflates \d+x/,
      ],
      ['unknown type', 'sheet.xlsx', () => 'a,b,c', 415, 'unsupported_type', /sheet\.xlsx: unsupported file type "\.xlsx"/],
      ['empty file', 'empty.md', () => new Uint8Array(), 400, 'empty_file', /empty\.md: is empty \(0 bytes\)/],
      [
        'damaged HWP',
        'old-plan.hwp',
        () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
        422,
        'corrupt_file',
        /old-plan\.hwp: is not a readable HWP file/,
      ],
      [
        'HWP 3.0',
        'hangul97.hwp',
        () => new TextEncoder().encode('HWP Document File V3.00 \x1a\x01\x02'),
        415,
        'legacy_hwp',
        /hangul97\.hwp: is an HWP 3\.0 file/,
      ],
    ];

    it.each(cases)('%s', async (_, name, bytes, status, code, message) => {
      const before = await snapshot();
      const response = await upload(corpus.app, { files: [{ name, bytes: await bytes() }], token: TOKEN });
      const body = (await response.json()) as ErrorBody;
      expect([response.status, body.error.code]).toEqual([status, code]);
      expect(body.error.message).toMatch(message);
      expect(body.error.message).toMatch(/Nothing was changed\.$/);
      expect(await snapshot()).toEqual(before);
    });

    it('a request over MAX_UPLOAD_MB is cut off, naming the file', async () => {
      const config = { ...corpus.config, maxUploadMb: 1 };
      const app = createApp({ ...corpus.runtime, config, admin: createAdminService({ ...corpus.runtime, config }), isReady: () => true });
      const before = await snapshot();
      const response = await upload(app, { files: [{ name: 'huge-report.txt', bytes: 'industrial complex '.repeat(100_000) }], token: TOKEN });
      const body = (await response.json()) as ErrorBody;
      expect([response.status, body.error.code]).toEqual([413, 'file_too_large']);
      expect(body.error.message).toBe('huge-report.txt: the upload is over the 1 MB limit (MAX_UPLOAD_MB). Nothing was changed.');
      expect(await snapshot()).toEqual(before);
    });

    it('one bad file in a batch rejects the whole batch and names every bad file', async () => {
      const before = await snapshot();
      const response = await upload(corpus.app, {
        token: TOKEN,
        files: [
          { name: 'good.md', bytes: '# Good\n\nThe plan is a statutory plan.' },
          { name: 'scan.pdf', bytes: await makeScannedPdf(1) },
          { name: 'nothing.txt', bytes: '' },
        ],
      });
      const body = (await response.json()) as ErrorBody;
      expect(response.status).toBe(422);
      expect(body.error.message).toMatch(/^scan\.pdf: has no text layer.*; also nothing\.txt: is empty/);
      expect(await snapshot()).toEqual(before);
    });

    it('rejects unknown metadata fields, bad metadata and non-multipart bodies', async () => {
      const file = [{ name: 'x.md', bytes: '# X\n\ntext' }];
      const unknown = await upload(corpus.app, { files: file, fields: { author: 'me' }, token: TOKEN });
      expect([unknown.status, ((await unknown.json()) as ErrorBody).error.message]).toEqual([400, expect.stringContaining('unknown field "author"')]);
      const badLang = await upload(corpus.app, { files: file, fields: { lang: 'fr' }, token: TOKEN });
      expect([badLang.status, ((await badLang.json()) as ErrorBody).error.code]).toEqual([400, 'invalid_metadata']);
      const json = await corpus.app.request('/api/admin/documents', {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(json.status).toBe(415);
      const none = await upload(corpus.app, { files: [], fields: { title: 'T' }, token: TOKEN });
      expect([none.status, ((await none.json()) as ErrorBody).error.code]).toEqual([400, 'no_files']);
    });

    it('refuses an id that belongs to another document (409)', async () => {
      const before = await snapshot();
      const response = await upload(corpus.app, {
        files: [{ name: 'mine.md', bytes: '# Mine\n\ntext' }],
        fields: { id: 'basic-plan-history-en' },
        token: TOKEN,
      });
      const body = (await response.json()) as ErrorBody;
      expect([response.status, body.error.code]).toEqual([409, 'document_exists']);
      expect(body.error.message).toMatch(/^mine\.md: document id "basic-plan-history-en" already belongs to .*corpus/);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses to delete a corpus document (409): it would come back at the next start', async () => {
      const before = await snapshot();
      const response = await corpus.app.request('/api/admin/documents/basic-plan-history-en', {
        method: 'DELETE',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      const body = (await response.json()) as ErrorBody;
      expect([response.status, body.error.code]).toEqual([409, 'corpus_document']);
      expect(body.error.message).toMatch(/^document "basic-plan-history-en" is part of the corpus/);
      expect(await snapshot()).toEqual(before);
      expect((await corpus.app.request('/api/documents/basic-plan-history-en')).status).toBe(200);
    });
  });

  describe('storing, re-ingesting and deleting', () => {
    it('keeps the original and its metadata under DATA_DIR/uploads, so `ingest` of that folder finds nothing new', async () => {
      const pdf = await makePdf([{ heading: 'Land', paragraphs: ['The draft introduces an industrial land bank system.'] }]);
      const response = await upload(corpus.app, {
        files: [{ name: 'land-bank.pdf', bytes: pdf }],
        fields: { title: 'Industrial land bank note', sourceUrl: 'https://www.motie.go.kr/example', publishedAt: '2025-01-22', lang: 'en' },
        token: TOKEN,
      });
      expect(response.status).toBe(201);
      expect(readFileSync(path.join(uploads, 'land-bank.pdf'))).toEqual(Buffer.from(pdf));
      expect(JSON.parse(readFileSync(path.join(uploads, 'land-bank.pdf.meta.json'), 'utf8'))).toMatchObject({ title: 'Industrial land bank note' });
      const doc = (await (await corpus.app.request('/api/documents/land-bank')).json()) as {
        document: { title: string; sourceUrl: string; publishedAt: string };
      };
      expect(doc.document).toMatchObject({ title: 'Industrial land bank note', sourceUrl: 'https://www.motie.go.kr/example', publishedAt: '2025-01-22' });

      const summary = await ingest({ paths: [uploads], store: corpus.runtime.store, embedder: corpus.runtime.embedder });
      expect(summary).toMatchObject({ added: [], updated: [], removed: [], failed: [] });
      expect(summary.unchanged).toContain('land-bank');

      const again = await upload(corpus.app, {
        files: [{ name: 'land-bank.pdf', bytes: pdf }],
        fields: { title: 'Industrial land bank note', sourceUrl: 'https://www.motie.go.kr/example', publishedAt: '2025-01-22', lang: 'en' },
        token: TOKEN,
      });
      expect(again.status).toBe(200);
      expect(((await again.json()) as { documents: { status: string }[] }).documents[0]?.status).toBe('unchanged');
    });

    it('DELETE removes the document, its passages and its file', async () => {
      const response = await upload(corpus.app, {
        files: [{ name: 'to-delete.md', bytes: '# To delete\n\n## Only part\n\nThe draft designates ten culture-leading complexes.' }],
        token: TOKEN,
      });
      expect(response.status).toBe(201);
      expect(existsSync(path.join(uploads, 'to-delete.md'))).toBe(true);
      const before = await ask(corpus.app, { question: 'culture-leading complexes', docIds: ['to-delete'], mode: 'extractive' });
      expect(before.json.citations.length).toBeGreaterThan(0);

      const deleted = await corpus.app.request('/api/admin/documents/to-delete', { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } });
      expect([deleted.status, await deleted.json()]).toEqual([200, { deleted: 'to-delete' }]);
      expect((await corpus.app.request('/api/documents/to-delete')).status).toBe(404);
      expect(await corpus.runtime.store.passagesOfDocument('to-delete')).toEqual([]);
      expect(existsSync(path.join(uploads, 'to-delete.md'))).toBe(false);
      const after = await ask(corpus.app, { question: 'culture-leading complexes', docIds: ['to-delete'], mode: 'extractive' });
      expect(after.json.citations).toEqual([]);

      const missing = await corpus.app.request('/api/admin/documents/to-delete', { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } });
      expect([missing.status, ((await missing.json()) as ErrorBody).error.code]).toEqual([404, 'document_not_found']);
    });
  });

  describe('replacing a document while it is being read', () => {
    async function passageIds(): Promise<string> {
      const response = await corpus.app.request('/api/documents/rolling');
      if (response.status !== 200) throw new Error(`GET /api/documents/rolling answered ${response.status}`);
      return ((await response.json()) as { passages: { id: string }[] }).passages.map((p) => p.id).join(',');
    }

    it('readers see the old version or the new one, never a mix and never an error', async () => {
      const versions: [string, number][] = [
        ['alpha', 6],
        ['beta', 30],
        ['gamma', 10],
        ['delta', 30],
      ];
      const first = await upload(corpus.app, { files: [{ name: 'rolling.md', bytes: versioned('alpha', 6) }], token: TOKEN });
      expect(first.status).toBe(201);
      const states = [await passageIds()];

      let replacing = true;
      const observed: string[] = [];
      const searches = { total: 0, versions: new Set<string>() };
      // Readers run until every replacement is done, then once more each. Each read waits a turn of
      // the event loop, as a request over a socket does: reads answered from the in-memory snapshot
      // never touch I/O, and a loop of them would starve the upload's parser thread of its reply.
      const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
      const readIds = async () => {
        for (let last = false; !last; ) {
          last = !replacing;
          await nextTurn();
          observed.push(await passageIds());
        }
      };
      const search = async () => {
        for (let last = false; !last; ) {
          last = !replacing;
          await nextTurn();
          const response = await corpus.app.request('/api/search?q=industrial%20land%20bank%20revision&docIds=rolling&k=50');
          expect(response.status).toBe(200);
          const seen = new Set(
            ((await response.json()) as { results: { text: string }[] }).results.map((r) => /Revision (\w+) paragraph/.exec(r.text)?.[1] ?? '?'),
          );
          expect(seen.size).toBe(1);
          for (const v of seen) searches.versions.add(v);
          searches.total++;
        }
      };
      const readers = Promise.all([readIds(), readIds(), search()]);
      for (const [version, paragraphs] of versions.slice(1)) {
        const response = await upload(corpus.app, { files: [{ name: 'rolling.md', bytes: versioned(version, paragraphs) }], token: TOKEN });
        expect(response.status).toBe(201);
        expect(((await response.json()) as { documents: { status: string; passages: number }[] }).documents[0]).toMatchObject({
          status: 'updated',
          passages: paragraphs,
        });
        states.push(await passageIds());
      }
      replacing = false;
      await readers;

      expect(new Set(states).size).toBe(versions.length);
      expect(observed.filter((ids) => !states.includes(ids))).toEqual([]);
      expect(observed.at(-1)).toBe(states.at(-1));
      expect(observed.length).toBeGreaterThan(20);
      console.log(
        `query loop during ${versions.length - 1} replacements: ${observed.length} document reads in ${new Set(observed).size} distinct states (all complete versions), ${searches.total} searches, each of one version (${[...searches.versions].join(', ')})`,
      );
    });

    it('a failure half-way through (embedding crashes) leaves the previous version intact', async () => {
      const before = await snapshot();
      const oldPassages = await corpus.runtime.store.passagesOfDocument('rolling');
      let calls = 0;
      // The real model, made to fail on its second batch: a crash in the middle of embedding.
      const failing: Embedder = {
        id: corpus.runtime.embedder.id,
        dimension: corpus.runtime.embedder.dimension,
        embedQueries: (texts) => corpus.runtime.embedder.embedQueries(texts),
        embedPassages: async (texts) => {
          if (++calls === 2) throw new Error('model crashed');
          return corpus.runtime.embedder.embedPassages(texts);
        },
      };
      const admin = createAdminService({ store: corpus.runtime.store, embedder: failing, config: corpus.config });
      await expect(admin.upload({ files: [{ name: 'rolling.md', bytes: new TextEncoder().encode(versioned('alpha', 40)) }], meta: {} })).rejects.toThrow(
        'model crashed',
      );
      expect(calls).toBe(2);
      expect(await corpus.runtime.store.passagesOfDocument('rolling')).toEqual(oldPassages);
      expect(readFileSync(path.join(uploads, 'rolling.md'), 'utf8')).toBe(versioned('delta', 30));
      expect(await snapshot()).toEqual(before);
    });
  });
});
