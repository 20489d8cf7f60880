import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { loadConfig } from '../../src/core/config.js';
import { createApp } from '../../src/http/app.js';
import { ingest } from '../../src/ingest/ingest.js';
import { englishVocabularyFile } from '../../src/node/english-words.js';
import { openRuntime } from '../../src/node/runtime.js';
import { hybridSearch } from '../../src/retrieve/hybrid-search.js';
import { exportEdgeIndex } from '../../src/store/export-edge-index.js';
import { ENGLISH_WORDS_ASSET } from '../../src/text/english-words.js';
import { DOWN_ENDPOINT_MESSAGE } from './down-endpoint.js';

/** Three topics in both languages: enough for real retrieval, small enough to ingest in seconds. */
const EDGE_TEST_DOCUMENTS = ['plan5-draft', 'complex-statistics', 'culture-leading-complexes'];
const OVERLAP_QUESTIONS = 20;

export interface NodeRanking {
  question: string;
  ids: string[];
}

export interface EdgeFixture {
  edgeIndexDir: string;
  embeddingsUrl: string;
  downEmbeddingsUrl: string;
  nodeRankings: NodeRanking[];
}

/** Eval questions whose expected documents are among the ones ingested here. */
function evalQuestions(): string[] {
  const questions: string[] = [];
  for (const file of ['tune.jsonl', 'holdout.jsonl']) {
    for (const line of readFileSync(path.resolve('evals/questions', file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const item = JSON.parse(line) as { question: string; expected?: { docIds?: string[][] } };
      const docIds = (item.expected?.docIds ?? []).flat();
      if (docIds.some((id) => EDGE_TEST_DOCUMENTS.some((doc) => id.startsWith(`${doc}-`)))) questions.push(item.question);
    }
  }
  return questions.slice(0, OVERLAP_QUESTIONS);
}

/**
 * The "embeddings endpoint is down" case: a loopback endpoint answering 503 to every request. A
 * port where nothing listens would do too, but workerd prints a "Network connection lost" stack
 * trace for every refused connection, which buries real failures in the test output.
 */
async function failingEndpoint(): Promise<{ url: string; close: () => void }> {
  const server = createServer((_request, response) => {
    response.writeHead(503, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: { message: DOWN_ENDPOINT_MESSAGE, type: 'unavailable' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}/v1`, close: () => server.close() };
}

/**
 * The Node side of the Worker tests, run as its own Node process by global-setup.ts (the Worker
 * project's module graph resolves packages for workerd, where LanceDB and the model cannot load):
 * ingests a few corpus documents into a temp LanceDB, exports the edge index from it, serves the
 * real Node app (with its /v1/embeddings) on loopback and records the Node ranking of the eval
 * questions. Prints one JSON line (EdgeFixture) when ready; cleans up on SIGTERM.
 */
async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'policy-qa-edge-lance-'));
  const edgeIndexDir = await mkdtemp(path.join(os.tmpdir(), 'policy-qa-edge-index-'));
  const runtime = await openRuntime(loadConfig({ DATA_DIR: dataDir }));
  const paths = EDGE_TEST_DOCUMENTS.flatMap((doc) => [`${doc}.ko.md`, `${doc}.en.md`].map((f) => path.resolve('corpus', f)));
  const summary = await ingest({ paths, store: runtime.store, embedder: runtime.embedder });
  if (summary.failed.length > 0) throw new Error(`edge test documents failed to ingest: ${JSON.stringify(summary.failed)}`);
  const exported = await exportEdgeIndex({ dataDir, outDir: edgeIndexDir, encoding: 'float32' });
  // As build:edge does: the Worker spells questions with the same English word list as Node.
  await cp(englishVocabularyFile(), path.join(edgeIndexDir, ENGLISH_WORDS_ASSET));
  console.error(`edge test index: ${exported.manifest.counts.passages} passages, ${exported.files.length} files, ${exported.totalBytes} bytes`);

  const nodeRankings: NodeRanking[] = [];
  for (const question of evalQuestions()) {
    const result = await hybridSearch({ store: runtime.store, embedder: runtime.embedder, query: question, k: 5 });
    nodeRankings.push({ question, ids: result.passages.map((p) => p.id) });
  }

  const app = createApp({ ...runtime, isReady: () => true, config: loadConfig({ DATA_DIR: dataDir, RATE_LIMIT_PER_MIN: '100000' }) });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the embeddings server has no port');

  const down = await failingEndpoint();
  const fixture: EdgeFixture = { edgeIndexDir, embeddingsUrl: `http://127.0.0.1:${address.port}/v1`, downEmbeddingsUrl: down.url, nodeRankings };
  console.log(JSON.stringify(fixture));

  process.once('SIGTERM', () => {
    server.close();
    down.close();
    runtime.close();
    Promise.all([rm(dataDir, { recursive: true, force: true }), rm(edgeIndexDir, { recursive: true, force: true })]).finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
