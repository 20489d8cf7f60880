import { Hono } from 'hono';
import { feedbackSchema } from '../feedback/feedback-schema.js';
import type { FeedbackStore } from '../feedback/feedback-store.js';
import { errorResponse } from './errors.js';
import { describeIssue } from './schemas.js';

/** Feedback bodies are tiny; anything larger is not a rating. */
const MAX_BODY_BYTES = 16 * 1024;

/** POST /api/feedback { answerId, rating, comment? } -> 201 { id }. */
export function feedbackRoutes(store: FeedbackStore | undefined): Hono {
  const routes = new Hono();
  routes.post('/api/feedback', async (c) => {
    const body = await c.req.text();
    if (body.length > MAX_BODY_BYTES) return errorResponse(c, 413, 'body_too_large', `Feedback must be at most ${MAX_BODY_BYTES} bytes.`);
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return errorResponse(c, 400, 'invalid_json', 'The request body must be a JSON object.');
    }
    const parsed = feedbackSchema.safeParse(json);
    if (!parsed.success) return errorResponse(c, 400, 'invalid_request', describeIssue(parsed.error));
    if (!store) return errorResponse(c, 503, 'feedback_unavailable', 'Feedback storage is not configured on this server.');
    const { answerId, rating, comment } = parsed.data;
    const record = { id: crypto.randomUUID(), answerId, rating, ...(comment ? { comment } : {}), createdAt: new Date().toISOString() };
    await store.append(record);
    return c.json({ id: record.id }, 201);
  });
  return routes;
}
