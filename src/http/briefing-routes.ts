import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { AskServices } from '../answer/ask.js';
import { buildBriefing } from '../briefing/build-briefing.js';
import { attachmentHeader, briefingFileName } from '../briefing/file-name.js';
import { renderMarkdown } from '../briefing/render-markdown.js';
import { detectLang } from '../core/lang.js';
import { errorResponse } from './errors.js';
import { LIMITS, userText } from './schemas.js';
import { validatedJson } from './validated-json.js';

export const BRIEFING_LIMITS = { topicChars: 300, questions: 12 };

export const briefingSchema = z
  .object({
    topic: userText().trim().max(BRIEFING_LIMITS.topicChars, `topic must be at most ${BRIEFING_LIMITS.topicChars} characters`).optional(),
    questions: z
      .array(
        userText()
          .trim()
          .min(1, 'questions must not contain empty strings')
          .max(LIMITS.questionChars, `each question must be at most ${LIMITS.questionChars} characters`),
      )
      .max(BRIEFING_LIMITS.questions, `at most ${BRIEFING_LIMITS.questions} questions`)
      .optional(),
    lang: z.enum(['ko', 'en']).optional(),
    format: z.enum(['json', 'markdown', 'docx']).default('json'),
    docIds: z.array(z.string().min(1).max(200)).min(1).max(LIMITS.docIds).optional(),
  })
  .strict()
  .refine((b) => Boolean(b.topic) || (b.questions?.length ?? 0) > 0, { message: 'give a topic or at least one question', path: ['topic'] });

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** POST /api/briefing { topic?, questions?, lang?, format?, docIds? } -> the briefing as JSON, Markdown or DOCX. */
export function briefingRoutes(deps: AskServices & { isReady: () => boolean; answerSlot: MiddlewareHandler }): Hono {
  const routes = new Hono();
  // Body read and validated before the answer slot is taken (see validatedJson).
  routes.post('/api/briefing', ...validatedJson(briefingSchema), deps.answerSlot, async (c) => {
    const body = c.req.valid('json');
    if (!deps.isReady()) return errorResponse(c, 503, 'not_ready', 'The service is starting; try again in a few seconds.');
    const { format, topic, questions, docIds } = body;
    const lang = body.lang ?? detectLang(topic || questions?.[0] || '');
    const briefing = await buildBriefing({
      services: deps,
      request: { lang, ...(topic ? { topic } : {}), ...(questions ? { questions } : {}), ...(docIds ? { docIds } : {}) },
    });
    if (format === 'json') return c.json(briefing);
    if (format === 'markdown') {
      return c.body(renderMarkdown(briefing), 200, {
        'content-type': 'text/markdown; charset=utf-8',
        'content-disposition': attachmentHeader(briefingFileName(briefing, 'md')),
      });
    }
    // The docx writer is loaded by the first Word briefing, not by every server start.
    const { renderDocx } = await import('../briefing/render-docx.js');
    const bytes = await renderDocx(briefing);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': DOCX_TYPE,
      'content-disposition': attachmentHeader(briefingFileName(briefing, 'docx')),
    });
  });
  return routes;
}
