import type { Hono, MiddlewareHandler } from 'hono';
import type { Config } from '../../core/config.js';
import type { Logger } from '../../core/logger.js';
import { answerSlots, SlotPool } from './answer-slots.js';
import { bodyLimits } from './body-limits.js';
import { clientKey } from './client-key.js';
import { rateLimit } from './rate-limit.js';
import { requestLog } from './request-log.js';
import { requestTimeout } from './request-timeout.js';
import { securityHeaders } from './security-headers.js';

export const BODY_LIMITS = {
  /** Enough for the largest valid /api/ask (question + 20 history turns of Korean text). */
  json: 256 * 1024,
  embeddings: 1024 * 1024,
  /** Multipart headers and form fields on top of MAX_UPLOAD_MB of files (as the admin route allows). */
  uploadSlack: 64 * 1024,
};

export type SafetyConfig = Pick<
  Config,
  'allowedOrigins' | 'rateLimitPerMin' | 'trustProxy' | 'maxConcurrentAnswers' | 'maxQueue' | 'requestTimeoutMs' | 'logQuestions' | 'maxUploadMb'
>;

/**
 * Everything that keeps the public service up and private, registered in order: request id and
 * log line (outermost, so it sees every status), secure headers, per-client rate limit, body size,
 * timeouts. Returns the cap on answers generated at once as `answerSlot`, for the answering routes
 * to put after their body has been read and validated (a slot never waits on a client's upload),
 * and the pool behind it for health reporting.
 */
export function applyPublicSafety(app: Hono, options: { config: SafetyConfig; logger: Logger }): { answerPool: SlotPool; answerSlot: MiddlewareHandler } {
  const { config, logger } = options;
  const answerPool = new SlotPool(config.maxConcurrentAnswers, config.maxQueue);

  app.use(requestLog({ logger, logQuestions: config.logQuestions }));
  app.use(securityHeaders({ allowedOrigins: config.allowedOrigins }));
  const limiter = rateLimit({ limitPerMin: config.rateLimitPerMin, keyOf: (c) => clientKey(c, config.trustProxy) });
  app.use('/api/*', limiter);
  app.use('/v1/*', limiter);
  app.use(
    bodyLimits({
      rules: [
        // The upload route counts streamed bytes itself, after checking the admin token.
        { prefix: '/api/admin/', maxBytes: config.maxUploadMb * 1024 * 1024 + BODY_LIMITS.uploadSlack, declaredOnly: true },
        { prefix: '/v1/', maxBytes: BODY_LIMITS.embeddings },
      ],
      fallbackBytes: BODY_LIMITS.json,
    }),
  );
  // Briefings answer several questions in one request; uploads are ingested as they arrive.
  const timeout = requestTimeout(config.requestTimeoutMs);
  const briefingTimeout = requestTimeout(config.requestTimeoutMs * 4);
  app.use('/api/*', async (c, next) => {
    if (c.req.path.startsWith('/api/admin/')) return next();
    return (c.req.path === '/api/briefing' ? briefingTimeout : timeout)(c, next);
  });
  app.use('/v1/*', timeout);
  const answerSlot = answerSlots({ pool: answerPool, maxWaitMs: config.requestTimeoutMs });
  return { answerPool, answerSlot };
}
