import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ServeProcess, startServe as startServeProcess } from './support/serve-process.js';

/**
 * The real `policy-qa serve` process: SIGTERM lets a request in flight finish, then the process
 * exits 0 with "stopped cleanly"; a damaged index stops start-up with the way to fix it; an index
 * present answers at once while a changed corpus is brought in behind it.
 */

let dataDir: string;
const children: ChildProcess[] = [];

beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-shutdown-'));
  cpSync(inject('corpusDataDir'), dataDir, { recursive: true });
});
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function startServe(env: Record<string, string>): ServeProcess {
  const server = startServeProcess(env);
  children.push(server.child);
  return server;
}

describe('policy-qa serve', () => {
  it('drains a request in flight on SIGTERM and exits 0', async () => {
    const server = startServe({ DATA_DIR: dataDir });
    const url = new URL(await server.url);
    // A feedback POST whose body arrives in two halves: the request is in flight for certain.
    const body = JSON.stringify({ answerId: '5f0c1c9e-1111-4a4a-9999-0123456789ab', rating: 'up' });
    const socket = net.connect(Number(url.port), url.hostname);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    let response = '';
    socket.on('data', (chunk) => {
      response += chunk.toString();
    });
    socket.write(
      `POST /api/feedback HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Now closed to newcomers...
    await expect(fetch(`${url.origin}/healthz`)).rejects.toThrow();
    // ...but the request already in flight is answered.
    socket.write(body.slice(10));
    expect(await server.exit).toBe(0);
    expect(response).toMatch(/^HTTP\/1\.1 201/);
    expect(server.output()).toMatch(/draining: 1 request\(s\) in flight/);
    expect(server.output()).toMatch(/stopped cleanly/);
  }, 180_000);

  it('refuses to start on a damaged index and says how to fix it', async () => {
    const damaged = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-damaged-'));
    try {
      cpSync(dataDir, damaged, { recursive: true });
      const versions = path.join(damaged, 'passages.lance', '_versions');
      for (const file of readdirSync(versions)) writeFileSync(path.join(versions, file), 'garbage');
      const server = startServe({ DATA_DIR: damaged });
      server.url.catch(() => undefined);
      expect(await server.exit).toBe(1);
      expect(server.output()).toContain(`DATA_DIR=${damaged} cannot be read`);
      expect(server.output()).toContain('npm run ingest');
      expect(server.output()).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(damaged, { recursive: true, force: true });
    }
  }, 180_000);

  it('answers from the index present at once, and brings a document added to the corpus in behind', async () => {
    const corpus = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-corpus-'));
    const data = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-behind-'));
    let server: ReturnType<typeof startServe> | undefined;
    try {
      cpSync('corpus', corpus, { recursive: true });
      cpSync(dataDir, data, { recursive: true });
      writeFileSync(
        path.join(corpus, 'added-later.en.md'),
        [
          '---',
          'id: added-later-en',
          'title: A note added after the index was built',
          'lang: en',
          'sources:',
          '  - id: example',
          '    url: https://example.org/note',
          '---',
          '',
          '# Note',
          '',
          'This note names the Yeosu petrochemical complex once. Source: example',
          '',
        ].join('\n'),
      );
      server = startServe({ DATA_DIR: data, CORPUS_DIR: corpus });
      const origin = await server.url;
      // Ready before the check is done (it embeds the new note, which takes the model a while)...
      expect(server.output()).not.toMatch(/index: added/);
      // ...and ready means answering: the documents already indexed are served while the check runs.
      const listed = (await (await fetch(`${origin}/api/documents`)).json()) as { documents: { id: string }[] };
      expect(listed.documents.length).toBeGreaterThanOrEqual(24);
      let status = 404;
      for (let i = 0; i < 120 && status !== 200; i++) {
        status = (await fetch(`${origin}/api/documents/added-later-en`)).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(status).toBe(200);
      // The check's summary follows once every file is looked at.
      for (let i = 0; i < 120 && !/index: added/.test(server.output()); i++) await new Promise((resolve) => setTimeout(resolve, 250));
      expect(server.output()).toMatch(/added 1, updated 0, unchanged \d+, removed 0, failed 0/);
      server.child.kill('SIGTERM');
      expect(await server.exit).toBe(0);
    } finally {
      if (server && server.child.exitCode === null) {
        server.child.kill('SIGKILL');
        await server.exit;
      }
      rmSync(corpus, { recursive: true, force: true });
      rmSync(data, { recursive: true, force: true });
    }
  }, 180_000);
});
