import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Config } from '../core/config.js';
import { answerLogEntry, openAnswerLog } from '../feedback/answer-log.js';
import { openFeedbackStore } from '../feedback/jsonl-feedback-store.js';
import { createApp } from '../http/app.js';
import { type IngestProgress, type IngestSummary, ingest } from '../ingest/ingest.js';
import { gracefulCloser } from './graceful-close.js';
import { openRuntime } from './runtime.js';

/** How the caller (the CLI) shows the start-up ingest; the server itself prints nothing of it. */
export interface StartReporter {
  onProgress?: (progress: IngestProgress) => void;
  onIngested?: (summary: IngestSummary) => void;
}

/**
 * The embedded default: load the model, bring the index up to date with the corpus (only changed
 * files are embedded), then answer. /healthz answers at once; /readyz once the index is ready.
 */
export async function startServer(config: Config, report: StartReporter = {}): Promise<{ close: () => Promise<void>; url: string }> {
  const started = performance.now();
  const runtime = await openRuntime(config);
  let ready = false;
  const answerLog = openAnswerLog(config);
  const app = createApp({
    ...runtime,
    config,
    feedback: openFeedbackStore(config.dataDir),
    ...(answerLog ? { keepAnswer: (result, question) => answerLog.append(answerLogEntry(result, question)) } : {}),
    isReady: () => ready,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const closer = gracefulCloser(server as Server, { drainMs: config.requestTimeoutMs + 2_000, log: (message) => console.error(`policy-qa: ${message}`) });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;

  const summary = await ingest({
    paths: [config.corpusDir],
    store: runtime.store,
    embedder: runtime.embedder,
    ...(report.onProgress ? { onProgress: report.onProgress } : {}),
  });
  report.onIngested?.(summary);
  ready = true;
  console.log(`policy-qa ready on ${url} (cold start ${((performance.now() - started) / 1000).toFixed(1)} s)`);

  const close = async () => {
    ready = false; // /readyz says 503 at once, so a load balancer stops sending new requests
    await closer.close();
    runtime.close();
  };
  return { close, url };
}
