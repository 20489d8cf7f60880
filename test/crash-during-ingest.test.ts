import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadLocalEmbedder } from '../src/embed/create-embedder.js';
import type { Embedder } from '../src/embed/embedder.js';
import { openIndex } from '../src/node/open-index.js';

/**
 * kill -9 in the middle of ingesting changed documents, then restart: the index opens, every
 * document is there with exactly its passages, and the re-run finishes the interrupted work.
 */

let work: string;
let dataDir: string;
let corpusDir: string;
let embedder: Embedder;
const children: ChildProcess[] = [];
const MARKER = 'Crash-test paragraph';

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-crash-'));
  dataDir = path.join(work, 'data');
  corpusDir = path.join(work, 'corpus');
  cpSync(inject('corpusDataDir'), dataDir, { recursive: true });
  cpSync(path.resolve('corpus'), corpusDir, { recursive: true });
  embedder = await loadLocalEmbedder();
});
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

function runIngest(): { child: ChildProcess; output: () => string; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ingest', corpusDir], {
    env: { ...process.env, DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk.toString();
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, exit };
}

async function expectConsistent(): Promise<Map<string, string>> {
  const store = await openIndex({ dataDir, embedder, ftsTokenizer: 'bigram' });
  try {
    const documents = await store.listDocuments();
    expect(documents.length).toBe(readdirSync(corpusDir).filter((f) => f.endsWith('.md')).length);
    const texts = new Map<string, string>();
    const ids = new Set<string>();
    for (const doc of documents) {
      const passages = await store.passagesOfDocument(doc.id);
      expect(passages.length, doc.id).toBeGreaterThan(0);
      for (const p of passages) {
        expect(ids.has(p.id), `duplicate passage ${p.id}`).toBe(false);
        ids.add(p.id);
      }
      texts.set(doc.id, passages.map((p) => p.text).join('\n'));
    }
    return texts;
  } finally {
    store.close();
  }
}

describe('kill -9 during ingestion', () => {
  it('leaves an index that opens, and a restart completes it', async () => {
    const changed = readdirSync(corpusDir)
      .filter((f) => f.endsWith('.md'))
      .sort();
    for (const file of changed)
      appendFileSync(path.join(corpusDir, file), `\n\n## ${MARKER}\n\n${MARKER}: this section was added to test recovery from a crash during ingestion.\n`);

    const first = runIngest();
    await new Promise<void>((resolve, reject) => {
      const check = setInterval(() => {
        if (/ingest: \d+\/\d+ files/.test(first.output())) {
          clearInterval(check);
          resolve();
        }
        if (first.child.exitCode !== null) {
          clearInterval(check);
          reject(new Error(`ingest ended before it could be killed:\n${first.output()}`));
        }
      }, 50);
    });
    // Every document changed, so the run lasts seconds (Korean passages are not embedded and an
    // English one takes milliseconds); the kill lands somewhere inside it.
    await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 1200));
    first.child.kill('SIGKILL');
    expect((await first.exit).signal).toBe('SIGKILL');

    // Straight after the crash: readable, every document present with its passages (old or new).
    await expectConsistent();

    const second = runIngest();
    expect((await second.exit).code, second.output()).toBe(0);
    const texts = await expectConsistent();
    const changedIds = [...texts.entries()].filter(([, text]) => text.includes(MARKER)).map(([id]) => id);
    expect(changedIds.length).toBe(changed.length);
  }, 600_000);
});
