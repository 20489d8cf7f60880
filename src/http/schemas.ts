import { z } from 'zod';
import { sanitiseText } from '../text/sanitise-text.js';

export const LIMITS = {
  questionChars: 1000,
  historyTurns: 20,
  historyTurnChars: 4000,
  docIds: 50,
  maxK: 50,
  queryChars: 1000,
};

const docId = z.string().min(1).max(200);

/**
 * Free text from the public: sanitised (NFC; no control, bidi-override, zero-width or lone-surrogate
 * characters) before it is trimmed and measured, so limits apply to what is actually searched.
 * `.overwrite` keeps the type a plain string, so the JSON Schema in /openapi.json stays exact.
 */
export const userText = () => z.string().overwrite(sanitiseText);

export const askSchema = z.object({
  question: userText().trim().min(1, 'question must not be empty').max(LIMITS.questionChars, `question must be at most ${LIMITS.questionChars} characters`),
  lang: z.enum(['ko', 'en', 'auto']).optional(),
  history: z
    .array(z.object({ role: z.enum(['user', 'assistant']), content: userText().max(LIMITS.historyTurnChars) }))
    .max(LIMITS.historyTurns)
    .optional(),
  docIds: z.array(docId).max(LIMITS.docIds).optional(),
  mode: z.enum(['auto', 'extractive', 'llm']).optional(),
  stream: z.boolean().optional(),
});

export const searchSchema = z.object({
  q: userText().trim().min(1, 'q must not be empty').max(LIMITS.queryChars),
  k: z.coerce.number().int().min(1).max(LIMITS.maxK).optional(),
  docIds: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : undefined,
    )
    .pipe(z.array(docId).max(LIMITS.docIds).optional()),
  lang: z.enum(['ko', 'en']).optional(),
});

/** First issue of a failed parse, phrased for a person: "question: must not be empty". */
export function describeIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid request';
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}
