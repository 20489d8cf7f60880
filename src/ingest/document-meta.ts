import { z } from 'zod';
import { DOCUMENT_ID_PATTERN, DOCUMENT_ID_RULE } from '../core/document-id.js';

/** Metadata an operator may give with a file (upload form fields or a "<file>.meta.json" sidecar). */
export const documentMetaSchema = z
  .object({
    id: z.string().trim().regex(DOCUMENT_ID_PATTERN, DOCUMENT_ID_RULE).optional(),
    title: z.string().trim().min(1).max(300).optional(),
    lang: z.enum(['ko', 'en']).optional(),
    sourceUrl: z
      .string()
      .trim()
      .regex(/^https?:\/\/\S+$/i, 'must be an http(s) URL')
      .max(2000)
      .optional(),
    publishedAt: z
      .string()
      .trim()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date such as 2025-01-22')
      .optional(),
    // Uploads rank below the corpus unless the admin marks them official (src/search/trust.ts).
    trust: z.enum(['official', 'upload']).optional().describe('official ranks the upload with the corpus when passages compete; default upload (ranked below)'),
  })
  .strict();

export type DocumentMetaInput = z.infer<typeof documentMetaSchema>;
