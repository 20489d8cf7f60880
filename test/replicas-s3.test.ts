import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type S3Server, startS3Server } from '../src/bench/s3-server.js';
import { type ServeProcess, startServe as startServeProcess } from './support/serve-process.js';

/**
 * Two `policy-qa serve` processes on one s3:// DATA_DIR served by a real S3 HTTP server (s3rver):
 * the writer (INDEX_WRITER=1) ingests and takes uploads, the reader follows its commits, refuses
 * admin writes, and both keep feedback that one export returns.
 */

const TOKEN = 'replica-test-token-5b4a3c2d1e';
const LEASE_MS = '4000';

let s3: S3Server;
let corpusDir: string;
const children: ChildProcess[] = [];

type Serve = ServeProcess;

function startServe(env: Record<string, string>): Serve {
  const server = startServeProcess({ CORPUS_DIR: corpusDir, ADMIN_TOKEN: TOKEN, WRITER_LEASE_MS: LEASE_MS, ...env });
  children.push(server.child);
  return server;
}

async function stop(server: Serve, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill(signal);
  await server.exit;
}

/** A plan whose every paragraph names its revision, so a mixed read would show. */
function plan(revision: string): string {
  const parts = Array.from(
    { length: 6 },
    (_, i) =>
      `## Article ${i + 1}\n\nRevision ${revision}, article ${i + 1}: the Saemangeum hydrogen valley offers tenants a land lease discount and a shared testing centre (${revision}).`,
  );
  return `---\ntitle: Saemangeum hydrogen valley plan\nlang: en\n---\n# Saemangeum hydrogen valley plan\n\n${parts.join('\n\n')}\n`;
}

async function uploadTo(origin: string, text: string): Promise<Response> {
  const form = new FormData();
  form.append('file', new File([text], 'hydrogen-valley.md'));
  form.append('id', 'hydrogen-valley');
  return fetch(`${origin}/api/admin/documents`, { method: 'POST', body: form, headers: { authorization: `Bearer ${TOKEN}` } });
}

interface DocumentView {
  document: { contentHash: string; passageCount: number };
  passages: { id: string }[];
}

/** The document as one instance serves it, or undefined while it has none. */
async function documentOn(origin: string): Promise<DocumentView | undefined> {
  const response = await fetch(`${origin}/api/documents/hydrogen-valley`);
  return response.status === 200 ? ((await response.json()) as DocumentView) : undefined;
}

/** The revisions the passages of the document show on one instance (each passage's text names its own). */
async function revisionsOn(origin: string): Promise<Set<string>> {
  const view = await documentOn(origin);
  const revisions = new Set<string>();
  for (const { id } of view?.passages ?? []) {
    const body = (await (await fetch(`${origin}/api/passages/${encodeURIComponent(id)}`)).json()) as { passage: { text: string } };
    for (const match of body.passage.text.matchAll(/Revision (\w+)/g)) revisions.add(match[1] as string);
  }
  return revisions;
}

async function until<T>(what: string, seconds: number, probe: () => Promise<T | undefined>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return { value, ms: Date.now() - started };
    if (Date.now() - started > seconds * 1000) throw new Error(`${what}: not within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function askOn(origin: string, question: string): Promise<{ id: string; citations: { docId: string; quote: string }[] }> {
  const response = await fetch(`${origin}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
  expect(response.status).toBe(200);
  return (await response.json()) as { id: string; citations: { docId: string; quote: string }[] };
}

function exportFeedback(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/feedback/export-feedback.ts', '--format', 'json'], { env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

let uploadsBefore = new Set<string>();

beforeAll(async () => {
  uploadsBefore = new Set(existsSync('uploads') ? readdirSync('uploads') : []);
  s3 = await startS3Server();
  corpusDir = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-replica-corpus-'));
  writeFileSync(
    path.join(corpusDir, 'cluster-note.en.md'),
    '---\ntitle: Cluster note\nlang: en\n---\n# Cluster note\n\nThe Gumi national industrial complex hosts electronics makers and a smart factory support centre.\n',
  );
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});
afterAll(async () => {
  await s3?.close();
  // With an s3:// DATA_DIR the service keeps uploaded originals in ./uploads (see ingest/uploads.ts);
  // whatever these tests left there (originals, and the staging files of the killed upload) goes.
  for (const name of existsSync('uploads') ? readdirSync('uploads') : []) if (!uploadsBefore.has(name)) rmSync(path.join('uploads', name), { force: true });
  rmSync(corpusDir, { recursive: true, force: true });
});

describe('a writer and a reader on one S3 DATA_DIR', () => {
  it('the reader follows the writer, refuses admin writes, and the export holds both instances feedback', async () => {
    const env = s3.env('replicas');
    const writer = startServe({ ...env, INDEX_WRITER: '1' });
    const writerUrl = await writer.url;
    const reader = startServe({ ...env, INDEX_WRITER: '0' });
    const readerUrl = await reader.url;
    expect(reader.output()).not.toMatch(/index: added/);

    const uploaded = await uploadTo(writerUrl, plan('alpha'));
    expect(uploaded.status).toBe(201);

    // Listed by the reader within 10 s of the writer's answer.
    const seen = await until('the reader lists the upload', 10, async () => (await documentOn(readerUrl)) ?? undefined);
    console.log(`reader listed the upload ${seen.ms} ms after the writer acknowledged it`);
    expect(await revisionsOn(readerUrl)).toEqual(new Set(['alpha']));
    const onReader = await askOn(readerUrl, 'What does the Saemangeum hydrogen valley offer tenants?');
    expect(onReader.citations.some((c) => c.docId === 'hydrogen-valley')).toBe(true);

    // The reader refuses writes and says why; nothing changes.
    const refused = await uploadTo(readerUrl, plan('beta'));
    expect(refused.status).toBe(503);
    const error = ((await refused.json()) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('not_writer');
    expect(error.message).toMatch(/writer/);
    const deletion = await fetch(`${readerUrl}/api/admin/documents/hydrogen-valley`, { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(deletion.status).toBe(503);
    expect(await revisionsOn(writerUrl)).toEqual(new Set(['alpha']));

    // A second writer started by mistake does not start writing beside the first.
    const second = startServe({ ...env, INDEX_WRITER: '1' });
    expect(await second.exit).toBe(1);
    expect(second.output()).toMatch(/already has a writer/);

    // Feedback on both instances; one export with the same DATA_DIR returns both, joined with their answers.
    const onWriter = await askOn(writerUrl, 'Which complex hosts electronics makers?');
    for (const [origin, answerId] of [
      [readerUrl, onReader.id],
      [writerUrl, onWriter.id],
    ] as const) {
      const rated = await fetch(`${origin}/api/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answerId, rating: 'up', comment: `from ${origin === readerUrl ? 'reader' : 'writer'}` }),
      });
      expect(rated.status).toBe(201);
    }
    // A clean stop flushes each instance's answer log.
    await stop(reader);
    await stop(writer);
    const exported = await exportFeedback(env);
    expect(exported.code, exported.stderr).toBe(0);
    const records = JSON.parse(exported.stdout) as { answerId: string; comment: string; answered?: { id: string } }[];
    expect(records.map((r) => r.answerId).sort()).toEqual([onReader.id, onWriter.id].sort());
    expect(records.every((r) => r.answered?.id === r.answerId)).toBe(true);
    expect(records.map((r) => r.comment).sort()).toEqual(['from reader', 'from writer']);
  }, 180_000);

  // Runs on the index the test above leaves (sharing it saves starting a writer just to upload).
  it('a writer killed mid-upload leaves the reader and the restarted writer one whole version of the document', async () => {
    // The index the first test left: the corpus and revision alpha of the upload. The corpus is
    // unchanged, so this writer's start writes nothing, and it stops for good in the upload below,
    // right after committing the new passages and before the record.
    const env = s3.env('replicas');
    const reader = startServe({ ...env });
    const paused = startServe({ ...env, INDEX_WRITER: '1', POLICY_QA_PAUSE_AT: 'replace:after-passages' });
    const pausedUrl = await paused.url;
    const readerUrl = await reader.url;
    expect(await revisionsOn(readerUrl)).toEqual(new Set(['alpha']));
    const before = await documentOn(readerUrl);
    let answered: string | undefined;
    const upload = uploadTo(pausedUrl, plan('new')).then(
      async (response) => {
        answered = `${response.status} ${await response.text()}`;
      },
      () => undefined,
    );
    // The upload parses, then embeds (loading the model on first use), before it writes.
    await until('the writer pauses after the passages commit', 90, async () => {
      if (answered) throw new Error(`the upload was answered instead of pausing: ${answered}`);
      return /paused at replace:after-passages/.test(paused.output()) ? true : undefined;
    });
    // Well past the reader's poll of the table versions: it has seen the passages commit, and
    // shows them under the record the write intent names (never under the old record).
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const whole = async () => {
      const view = await documentOn(readerUrl);
      return {
        revisions: [...(await revisionsOn(readerUrl))],
        passages: view?.passages.length,
        recorded: view?.document.passageCount,
        hash: view?.document.contentHash,
      };
    };
    const midWrite = await whole();
    expect(midWrite.revisions).toEqual(['new']);
    expect(midWrite.passages).toBe(midWrite.recorded);
    expect(midWrite.hash).not.toBe(before?.document.contentHash);
    await stop(paused, 'SIGKILL');
    await upload;
    expect(await whole()).toEqual(midWrite);

    // The restarted writer waits out the dead one's lease, then rolls the write forward.
    const restarted = startServe({ ...env, INDEX_WRITER: '1' });
    const restartedUrl = await restarted.url;
    expect(await revisionsOn(restartedUrl)).toEqual(new Set(['new']));
    await until('the reader shows the new version', 10, async () => {
      const revisions = await revisionsOn(readerUrl);
      return revisions.size === 1 && revisions.has('new') ? true : undefined;
    });
    expect(await whole()).toEqual(midWrite);
  }, 180_000);
});
