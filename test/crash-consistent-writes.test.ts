import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { corpusVersionOf, ingest } from '../src/ingest/ingest.js';
import type { Runtime } from '../src/node/runtime.js';
import { crashAt as crashAtOn, withRuntime as withRuntimeOn } from './support/crash-at.js';

/**
 * kill -9 of a real child process at each commit point of a document replacement or deletion
 * (POLICY_QA_PAUSE_AT stops it there; the kill is a real SIGKILL), then a restart: every document
 * is wholly its old or wholly its new version, the manifest catches up, and uploading again fixes it.
 */

let work: string;
let dataDir: string;
const files = { v1: '', v2: '' };

const version = (n: 1 | 2) =>
  `---\ntitle: Crash note version ${n}\n---\n\n# Crash note\n\n## Purpose\n\nThis notice is version ${n} of the crash note. Marker word: vermarker${n}.\n\n` +
  `## Details\n\nThe crash note explains how version ${n} replaces the earlier text. Marker word: vermarker${n}.\n` +
  (n === 2 ? '\n## Added in version 2\n\nA third section exists only in version 2. Marker word: vermarker2.\n' : '');

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-crash-writes-'));
  dataDir = path.join(work, 'data');
  cpSync(inject('corpusDataDir'), dataDir, { recursive: true });
  files.v1 = path.join(work, 'v1', 'crash-note.md');
  files.v2 = path.join(work, 'v2', 'crash-note.md');
  for (const [file, n] of [
    [files.v1, 1],
    [files.v2, 2],
  ] as const) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, version(n));
  }
  await withRuntime((rt) => rt.admin.upload({ files: [{ name: 'crash-note.md', bytes: readFileSync(files.v1) }], meta: {} }));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const withRuntime = <T>(use: (runtime: Runtime) => Promise<T>) => withRuntimeOn(dataDir, use);
const crashAt = (point: string, args: string[]) => crashAtOn(dataDir, point, args);

/** 1 or 2 when the document is wholly that version, "absent" when wholly gone; fails on any mixture. */
async function stateOf(runtime: Runtime): Promise<1 | 2 | 'absent'> {
  const record = await runtime.store.getDocument('crash-note');
  const passages = await runtime.store.passagesOfDocument('crash-note');
  if (!record) {
    expect(passages, 'passages without a document record').toEqual([]);
    return 'absent';
  }
  const versions = new Set(passages.map((p) => (p.text.includes('vermarker2') ? 2 : p.text.includes('vermarker1') ? 1 : 0)));
  versions.delete(0);
  expect([...versions].length, `passages of one version only: ${[...versions]}`).toBe(1);
  const n = [...versions][0] as 1 | 2;
  expect(record.title).toBe(`Crash note version ${n}`);
  expect(record.passageCount).toBe(passages.length);
  expect(passages.every((p) => p.title === record.title)).toBe(true);
  return n;
}

/** What a restart does: open (repairs), then the start-up ingest of corpus/ (refreshes a stale manifest). */
async function restartAndCheck(allowed: (1 | 2 | 'absent')[]): Promise<1 | 2 | 'absent'> {
  return withRuntime(async (rt) => {
    const state = await stateOf(rt);
    expect(allowed).toContain(state);
    await ingest({ paths: [path.resolve('corpus')], store: rt.store, embedder: rt.embedder });
    expect((await rt.store.manifest())?.corpusVersion).toBe(corpusVersionOf(await rt.store.listDocuments()));
    expect(await stateOf(rt)).toBe(state);
    return state;
  });
}

/** Uploading again always lands the uploaded version, whatever the crash left. */
async function uploadAndExpect(n: 1 | 2): Promise<void> {
  await withRuntime(async (rt) => {
    await rt.admin.upload({ files: [{ name: 'crash-note.md', bytes: readFileSync(n === 1 ? files.v1 : files.v2) }], meta: {} });
    expect(await stateOf(rt)).toBe(n);
  });
}

describe('kill -9 at each commit point of a document replacement', () => {
  it.each([
    ['replace:after-intent', [1]],
    ['replace:after-passages', [2]],
    ['replace:after-record', [2]],
    ['finish:before-manifest', [2]],
  ] as const)(
    'at %s: wholly old or wholly new after restart, and uploading again fixes it',
    async (point, allowed) => {
      await crashAt(point, ['upload', files.v2]);
      const state = await restartAndCheck([...allowed]);
      // The bug of issue 12: re-uploading the old version said "unchanged" and kept the new text.
      await uploadAndExpect(1);
      if (state === 2) await uploadAndExpect(2);
      await uploadAndExpect(1);
    },
    180_000,
  );
});

describe('kill -9 at each commit point of a deletion', () => {
  it.each([
    ['delete:after-intent', [1]],
    ['delete:after-passages', ['absent']],
  ] as const)(
    'at %s: wholly present or wholly gone after restart',
    async (point, allowed) => {
      await crashAt(point, ['delete', 'crash-note']);
      await restartAndCheck([...allowed]);
      await uploadAndExpect(1);
    },
    180_000,
  );
});
