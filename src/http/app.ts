import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { chooseAnswerer } from '../answer/answer-mode.js';
import { type AskServices, ask, askOnce } from '../answer/ask.js';
import { type Config, loadConfig } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { createLogger, type Logger } from '../core/logger.js';
import type { AskResult } from '../core/types.js';
import type { FeedbackStore } from '../feedback/feedback-store.js';
import { WriterBusyError } from '../ingest/writer-lock.js';
import { hybridSearch } from '../retrieve/hybrid-search.js';
import { type AdminService, adminRoutes } from './admin-routes.js';
import { briefingRoutes } from './briefing-routes.js';
import { type AnswerLogReader, dashboardRoutes } from './dashboard-routes.js';
import { embeddingsRoutes } from './embeddings-routes.js';
import { errorResponse } from './errors.js';
import { feedbackRoutes } from './feedback-routes.js';
import { corsPolicy } from './middleware/cors-policy.js';
import { applyPublicSafety } from './middleware/public-safety.js';
import { answerRecorder } from './middleware/request-log.js';
import { openApiDocument } from './openapi.js';
import { askSchema, describeIssue, searchSchema } from './schemas.js';
import { validatedJson } from './validated-json.js';
import { type WidgetAssets, widgetRoutes } from './widget-routes.js';

export interface AppDeps extends AskServices {
  /** False while the model loads or the index is being built; /readyz reports it. */
  isReady: () => boolean;
  /** Limits, origins and logging; defaults (as with an empty environment) when absent. */
  config?: Config;
  logger?: Logger;
  /** Where POST /api/feedback stores ratings; without one it answers 503. */
  feedback?: FeedbackStore;
  /** Uploads and deletions behind ADMIN_TOKEN; only the Node runtime has one. */
  admin?: AdminService;
  /** Keeps each answer for the feedback export (Node: DATA_DIR/answers/); none in the Worker. */
  keepAnswer?: (result: AskResult, question: string | undefined) => Promise<void>;
  /** The kept answers, read by the operator's dashboard (/admin). */
  answerLog?: AnswerLogReader;
  /** Where /widget.js and /page.js come from; dist/widget/ on disk when absent (Node). */
  widgetAssets?: WidgetAssets;
}

/** The HTTP surface, independent of runtime: Node and the Worker both mount this app. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  const config = deps.config ?? loadConfig({});
  const logger = deps.logger ?? createLogger({ level: config.logLevel });
  // First, so that every /api/* answer (429 and 413 included) is readable by allowed origins only.
  const cors = corsPolicy({ allowedOrigins: config.allowedOrigins, logger });
  app.use('/api/*', cors);
  // The embeddings endpoint costs as much CPU as an answer: the same origin policy (issue 12).
  app.use('/v1/*', cors);
  const { answerSlot } = applyPublicSafety(app, { config, logger });
  const answered = answerRecorder({ logger, logQuestions: config.logQuestions, ...(deps.keepAnswer ? { keep: deps.keepAnswer } : {}) });
  app.get('/openapi.json', (c) => c.json(openApiDocument()));

  app.onError((error, c) => {
    if (error instanceof WriterBusyError) c.header('Retry-After', String(error.retryAfterSeconds));
    if (error instanceof UserError) return errorResponse(c, error.status, error.code, error.message);
    (c.get('logger') ?? logger).error('unhandled error', { error });
    return errorResponse(c, 500, 'internal_error', 'Something went wrong on our side. Please try again.');
  });
  app.notFound((c) => errorResponse(c, 404, 'not_found', `No route for ${c.req.method} ${c.req.path}.`));

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    if (!deps.isReady()) return errorResponse(c, 503, 'not_ready', 'The index or the model is still loading.');
    const manifest = await deps.store.manifest();
    return c.json({ status: 'ready', embedder: manifest?.embedderId, corpusVersion: manifest?.corpusVersion, updatedAt: manifest?.updatedAt });
  });

  // Body read and validated first, then a slot: a slow upload never holds one.
  app.post('/api/ask', ...validatedJson(askSchema), answerSlot, async (c) => {
    const { stream, ...request } = c.req.valid('json');
    if (!deps.isReady()) return errorResponse(c, 503, 'not_ready', 'The service is starting; try again in a few seconds.');
    chooseAnswerer(deps, request.mode); // a 400 before any stream starts when "llm" is not configured
    if (!stream) {
      const result = await askOnce(deps, request);
      answered(c, request.question, result, false);
      return c.json(result);
    }
    return streamSSE(c, async (sse) => {
      try {
        for await (const event of ask(deps, request)) {
          if (event.type === 'done') answered(c, request.question, event.result, true);
          const data =
            event.type === 'done'
              ? event.result
              : event.type === 'delta'
                ? { text: event.text }
                : event.type === 'reset'
                  ? { reason: event.reason }
                  : { id: event.id, citations: event.citations };
          await sse.writeSSE({ event: event.type, data: JSON.stringify(data) });
        }
      } catch (error) {
        console.error(error);
        await sse.writeSSE({ event: 'error', data: JSON.stringify({ error: { code: 'internal_error', message: 'The answer could not be completed.' } }) });
      }
    });
  });

  app.get('/api/search', async (c) => {
    const parsed = searchSchema.safeParse(c.req.query());
    if (!parsed.success) return errorResponse(c, 400, 'invalid_request', describeIssue(parsed.error));
    const { q, k = 10, docIds, lang } = parsed.data;
    const result = await hybridSearch({ store: deps.store, embedder: deps.embedder, query: q, k, filters: { docIds, lang } });
    return c.json({ query: q, retrieval: result.retrieval, results: result.passages, timingsMs: result.timingsMs });
  });

  app.get('/api/documents', async (c) => c.json({ documents: await deps.store.listDocuments() }));

  app.get('/api/documents/:id', async (c) => {
    const doc = await deps.store.getDocument(c.req.param('id'));
    if (!doc) return errorResponse(c, 404, 'document_not_found', `No document with id "${c.req.param('id')}".`);
    const passages = await deps.store.passagesOfDocument(doc.id);
    return c.json({
      document: doc,
      passages: passages.map(({ id, ordinal, sectionPath, page, charStart, charEnd }) => ({ id, ordinal, sectionPath, page, charStart, charEnd })),
    });
  });

  app.get('/api/passages/:id', async (c) => {
    const passage = await deps.store.getPassage(c.req.param('id'));
    if (!passage) return errorResponse(c, 404, 'passage_not_found', `No passage with id "${c.req.param('id')}".`);
    const siblings = await deps.store.passagesOfDocument(passage.docId);
    const at = siblings.findIndex((p) => p.id === passage.id);
    // An upload's metadata statement (core/metadata-passage.ts) stands outside the document's text.
    if (at < 0) return c.json({ passage, previous: null, next: null });
    return c.json({ passage, previous: siblings[at - 1] ?? null, next: siblings[at + 1] ?? null });
  });

  app.route('/', briefingRoutes({ ...deps, answerSlot }));
  app.route('/', feedbackRoutes(deps.feedback));
  app.route('/', adminRoutes({ config, admin: deps.admin }));
  app.route(
    '/',
    dashboardRoutes({
      config,
      store: deps.store,
      ...(deps.admin ? { admin: deps.admin } : {}),
      ...(deps.feedback ? { feedback: deps.feedback } : {}),
      ...(deps.answerLog ? { answerLog: deps.answerLog } : {}),
    }),
  );
  app.route('/', widgetRoutes(deps.widgetAssets, deps.store));

  // Only a local model is served: the Worker's embedder is itself remote and must not be relayed.
  if (deps.embedder.id.startsWith('local:')) app.route('/v1', embeddingsRoutes(deps.embedder, { slot: answerSlot }));

  return app;
}
