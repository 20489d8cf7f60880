import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Config } from '../core/config.js';
import { answerLogEntry } from '../feedback/answer-log.js';
import { openFeedback } from '../feedback/open-feedback.js';
import { createApp } from '../http/app.js';
import { type IngestProgress, type IngestSummary, ingest } from '../ingest/ingest.js';
import { corpusSyncEvents } from '../ingest/ingest-events.js';
import { asOnlyWriter } from '../ingest/writer-lock.js';
import type { LanceStore } from '../store/lance-store.js';
import { gracefulCloser } from './graceful-close.js';
import { openRuntime } from './runtime.js';

/** How often old index versions are cleaned up besides after each write (docs/disk-space.md). */
const CLEANUP_INTERVAL_MS = 15 * 60_000;

/** How the caller (the CLI) shows the start-up ingest; the server itself prints nothing of it. */
export interface StartReporter {
  onProgress?: (progress: IngestProgress) => void;
  onIngested?: (summary: IngestSummary) => void;
}

/**
 * The Node HTTP server for `app`, with socket deadlines: a client that trickles its headers or
 * body is cut off by Node itself (408) after HEADERS_TIMEOUT_MS / REQUEST_READ_TIMEOUT_MS, so slow
 * clients cannot hold sockets (or anything else) open. Deadlines are checked every second.
 */
export async function listen(app: Hono, config: Pick<Config, 'port' | 'host' | 'headersTimeoutMs' | 'requestReadTimeoutMs'>): Promise<Server> {
  const headersTimeout = Math.min(config.headersTimeoutMs, config.requestReadTimeoutMs);
  const server = serve({
    fetch: app.fetch,
    port: config.port,
    hostname: config.host,
    serverOptions: { headersTimeout, requestTimeout: config.requestReadTimeoutMs, connectionsCheckingInterval: 1_000 },
  });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return server as Server; // serve() makes an HTTP/1.1 server unless told otherwise
}

/** Waits (saying so every 10 s) until the writer has recorded an index manifest. */
async function waitForManifest(store: Pick<LanceStore, 'manifest'>): Promise<void> {
  const started = Date.now();
  let said = Date.now();
  while (!(await store.manifest())) {
    if (Date.now() - said >= 10_000) {
      console.error(`policy-qa: reader waiting for the writer's first ingest (${Math.round((Date.now() - started) / 1000)} s)`);
      said = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/**
 * The embedded default: open the index and answer. An index that already holds documents answers
 * at once while the corpus is checked in the background (only changed files are embedded, and the
 * new snapshot swaps in when committed); an empty one is filled first. /healthz answers at once,
 * /readyz once there is an index to answer from.
 */
export async function startServer(config: Config, report: StartReporter = {}): Promise<{ close: () => Promise<void>; url: string }> {
  const started = performance.now();
  const runtime = await openRuntime(config);
  let ready = false;
  const { feedback, answerLog } = openFeedback(config);
  const app = createApp({
    ...runtime,
    config,
    ...(feedback ? { feedback } : {}),
    ...(answerLog ? { keepAnswer: (result, question) => answerLog.append(answerLogEntry(result, question)), answerLog } : {}),
    isReady: () => ready,
  });
  const server = await listen(app, config);
  const closer = gracefulCloser(server, { drainMs: config.requestTimeoutMs + 2_000, log: (message) => console.error(`policy-qa: ${message}`) });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;

  const syncCorpus = async () => {
    const summary = await ingest({
      paths: [config.corpusDir],
      store: runtime.store,
      embedder: runtime.embedder,
      ...(report.onProgress ? { onProgress: report.onProgress } : {}),
    });
    await runtime.ingestEvents?.append(corpusSyncEvents(summary)).catch(() => undefined);
    report.onIngested?.(summary);
  };
  // Reading the document list loads the engine snapshot, so the first question does not wait for it.
  const indexed = (await runtime.store.listDocuments()).length > 0;
  let background: Promise<unknown> | undefined;
  if (runtime.writer) {
    background = indexed
      ? syncCorpus().catch((error: unknown) =>
          console.error(`policy-qa: checking the corpus failed, answering from the index as it was: ${error instanceof Error ? error.message : error}`),
        )
      : undefined;
    if (!indexed) await syncCorpus();
  } else {
    // A reader ingests nothing: it is ready once the writer has recorded an index, and follows its commits (see LanceStore.open).
    await waitForManifest(runtime.store);
  }
  ready = true;
  // The model is not needed to be ready (see OnDemandLocalEmbedder): load it now, off that path.
  runtime.embedder
    .warm?.()
    .catch((error: unknown) => console.error(`policy-qa: the embedding model failed to load: ${error instanceof Error ? error.message : error}`));
  console.log(`policy-qa ready on ${url} (cold start ${((performance.now() - started) / 1000).toFixed(1)} s)`);

  // Versions left by other writers (`npm run ingest` beside the server) or by a clean-up that found
  // the disk full are removed on a schedule too, as the index's only writer.
  const cleanup = setInterval(() => {
    asOnlyWriter(runtime.store, () => runtime.store.reclaimSpace()).catch((error: unknown) =>
      console.error(`policy-qa: index clean-up failed (retried later): ${error instanceof Error ? error.message : error}`),
    );
  }, CLEANUP_INTERVAL_MS);
  cleanup.unref();

  const close = async () => {
    clearInterval(cleanup);
    ready = false; // /readyz says 503 at once, so a load balancer stops sending new requests
    await closer.close();
    // A corpus check still running gets a moment to finish (its writes are crash-consistent either way).
    if (background) await Promise.race([background, new Promise((resolve) => setTimeout(resolve, config.requestTimeoutMs).unref())]);
    await answerLog?.flushed?.().catch(() => undefined);
    await runtime.close();
  };
  return { close, url };
}
