import { z } from 'zod';

/** Metadata an operator may give with a file (upload form fields or a "<file>.meta.json" sidecar). */
export const documentMetaSchema = z
  .object({
    id: z
      .string()
      .trim()
      .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,127}$/u, 'letters, digits, ".", "_" or "-", at most 128 characters')
      .optional(),
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
  })
  .strict();

export type DocumentMetaInput = z.infer<typeof documentMetaSchema>;
