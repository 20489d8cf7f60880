import { z } from 'zod';
import { sanitiseText } from '../text/sanitise-text.js';
import { maskPersonalData } from './mask-personal-data.js';

/** What /api/ask issues as an answer's id (crypto.randomUUID()). */
export const ANSWER_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const FEEDBACK_LIMITS = { answerIdChars: 100, commentChars: 2000 };

/** What a reader sends: which answer, thumbs up or down, and optionally why. */
export const feedbackSchema = z.object({
  answerId: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(FEEDBACK_LIMITS.answerIdChars, `must be at most ${FEEDBACK_LIMITS.answerIdChars} characters`)
    // Only the ids /api/ask issues: anything else (a resident number typed in as an id) is refused, not stored.
    .regex(ANSWER_ID_PATTERN, 'must be the id of an answer, as /api/ask returned it (a UUID such as 5f0c1c9e-1111-4a4a-9999-0123456789ab)'),
  rating: z.enum(['up', 'down'], { message: 'must be "up" or "down"' }),
  comment: z
    .string()
    // No control, bidi-override or zero-width characters in what officials later read and export.
    .overwrite(sanitiseText)
    .trim()
    .max(FEEDBACK_LIMITS.commentChars, `must be at most ${FEEDBACK_LIMITS.commentChars} characters`)
    .optional()
    // Phone and resident registration numbers are masked before anything is stored (issue 12).
    .transform((comment) => (comment ? maskPersonalData(comment) : undefined)),
});

export type FeedbackInput = z.infer<typeof feedbackSchema>;

/** One stored entry. Deliberately no IP address, user agent or other personal data. */
export interface FeedbackRecord {
  id: string;
  answerId: string;
  rating: 'up' | 'down';
  comment?: string;
  createdAt: string;
}
