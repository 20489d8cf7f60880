import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../src/core/config.js';
import { createApp } from '../src/http/app.js';
import { openRuntime, type Runtime } from '../src/node/runtime.js';
import { upload } from './support/admin-client.js';

/**
 * Issue 24 (3): the service on a 20 MB tmpfs DATA_DIR, filled by uploads. An upload or deletion
 * that fails for want of space answers 507 and changes nothing; one that answers success is
 * whole (listed, answerable, with its original); deleting documents frees space.
 */

const TOKEN = 'disk-full-token-9f8e7d6c5b4a';
const SIZE_MB = 20;
const mountPoint = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-diskfull-'));

function tryMount(): string | undefined {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${SIZE_MB}m`, 'tmpfs', mountPoint], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error).trim();
  }
}
const mountRefused = tryMount();
if (mountRefused) console.warn(`disk-full test skipped: mounting a ${SIZE_MB} MB tmpfs is not permitted here (${mountRefused}); run it as root`);

/** Korean text the model does not embed (so the test is quick) and that no other upload shares. */
function filler(seed: number, chars: number): string {
  let state = seed * 7919 + 1;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const words: string[] = [];
  let length = 0;
  while (length < chars) {
    let word = '';
    const n = 2 + Math.floor(random() * 3);
    for (let i = 0; i < n; i++) word += String.fromCharCode(0xac00 + Math.floor(random() * 11172));
    words.push(word);
    length += word.length + 1;
    if (words.length % 40 === 0) words.push('다.\n\n');
  }
  return words.join(' ');
}

const freeBytes = () => {
  const s = statfsSync(mountPoint);
  return s.bavail * s.bsize;
};

describe.skipIf(mountRefused !== undefined)('a full disk (20 MB tmpfs DATA_DIR)', () => {
  let runtime: Runtime;
  let app: ReturnType<typeof createApp>;
  const dataDir = path.join(mountPoint, 'data');
  const stored = new Map<string, string>();

  beforeAll(async () => {
    mkdirSync(dataDir, { recursive: true });
    cpSync(inject('corpusDataDir'), dataDir, { recursive: true });
    const config = loadConfig({ DATA_DIR: dataDir, ADMIN_TOKEN: TOKEN, LOG_LEVEL: 'silent' });
    runtime = await openRuntime(config);
    app = createApp({ ...runtime, isReady: () => true, config });
  });
  afterAll(async () => {
    await runtime?.close();
    try {
      execFileSync('umount', ['-l', mountPoint], { stdio: 'pipe' });
    } catch {}
    rmSync(mountPoint, { recursive: true, force: true });
  });

  const remove = (id: string) => app.request(`/api/admin/documents/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } });
  const listed = async () => new Set(((await (await app.request('/api/documents')).json()) as { documents: { id: string }[] }).documents.map((d) => d.id));
  const stagingLeft = () => readdirSync(path.join(dataDir, 'uploads')).filter((f) => f.startsWith('.'));

  async function expectWhole(id: string, text: string): Promise<void> {
    const record = await runtime.store.getDocument(id);
    expect(record, `${id} is listed`).toBeDefined();
    expect(readFileSync(record?.path ?? '', 'utf8'), `${id}: stored original`).toBe(text);
    const passages = await runtime.store.passagesOfDocument(id);
    expect(passages.length).toBe(record?.passageCount);
  }

  it('fills up: each upload answers 201 and is whole, or 507 and leaves nothing', async () => {
    let refused = 0;
    for (let i = 0; i < 80 && refused < 3; i++) {
      const id = `filler-${i}`;
      const text = `# 채움 문서 ${i}\n\n${filler(i, 120_000)}`;
      const response = await upload(app, { files: [{ name: `${id}.md`, bytes: text }], token: TOKEN });
      const body = await response.text();
      expect([201, 507], body).toContain(response.status);
      if (response.status === 201) {
        stored.set(id, text);
        continue;
      }
      refused++;
      expect(JSON.parse(body).error.code).toBe('insufficient_storage');
      expect(JSON.parse(body).error.message).toMatch(/Nothing was changed/);
      expect((await listed()).has(id), `${id} answered 507 but is listed`).toBe(false);
      expect(existsSync(path.join(dataDir, 'uploads', `${id}.md`)), `${id} answered 507 but its original is stored`).toBe(false);
    }
    expect(refused, 'the disk never filled').toBeGreaterThan(0);
    expect(stored.size).toBeGreaterThan(0);
    expect(stagingLeft()).toEqual([]);
    for (const [id, text] of stored) await expectWhole(id, text);
  }, 600_000);

  it('replacing a document on the full disk: 507 keeps the old version, success is the new one', async () => {
    const [id, text] = [...stored.entries()][0] as [string, string];
    const next = `# 바뀐 문서\n\n${filler(9999, 120_000)}`;
    const response = await upload(app, { files: [{ name: `${id}.md`, bytes: next }], token: TOKEN });
    expect([201, 507]).toContain(response.status);
    if (response.status === 201) stored.set(id, next);
    await expectWhole(id, stored.get(id) ?? text);
    expect(stagingLeft()).toEqual([]);
  }, 300_000);

  it('deleting on the full disk: success means gone with its original, 507 means still whole; deleting frees space', async () => {
    const before = freeBytes();
    for (const id of [...stored.keys()].slice(0, Math.max(1, Math.floor(stored.size / 2)))) {
      const response = await remove(id);
      expect([200, 507], await response.clone().text()).toContain(response.status);
      if (response.status === 200) {
        expect((await listed()).has(id)).toBe(false);
        expect(existsSync(path.join(dataDir, 'uploads', `${id}.md`))).toBe(false);
        stored.delete(id);
      } else await expectWhole(id, stored.get(id) ?? '');
    }
    const after = freeBytes();
    console.log(`disk-full: ${stored.size} documents stored; free before deleting ${before} bytes, after ${after}`);
    expect(after, `free bytes before ${before}, after deleting ${after}`).toBeGreaterThan(before + 1024 * 1024);
    const again = await upload(app, { files: [{ name: 'after-delete.md', bytes: `# 삭제 뒤 문서\n\n${filler(4242, 20_000)}` }], token: TOKEN });
    expect(again.status, await again.clone().text()).toBe(201);
    for (const [id, text] of stored) await expectWhole(id, text);
  }, 600_000);
});
