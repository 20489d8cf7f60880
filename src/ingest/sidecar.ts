import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { DocumentMeta } from './parse-document.js';
import { ParseError } from './parse-document.js';

/** Metadata given at upload time, kept beside the file as "<file>.meta.json" so re-ingesting keeps it. */
export const documentMetaSchema = z
  .object({
    id: z
      .string()
      .trim()
      .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,127}$/u, 'id: letters, digits, ".", "_" or "-", at most 128')
      .optional(),
    title: z.string().trim().min(1).max(300).optional(),
    lang: z.enum(['ko', 'en']).optional(),
    sourceUrl: z
      .string()
      .trim()
      .url()
      .refine((u) => /^https?:\/\//i.test(u), 'sourceUrl must be an http(s) URL')
      .optional(),
    publishedAt: z
      .string()
      .trim()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'publishedAt must be a date such as 2025-01-22')
      .optional(),
  })
  .strict();

export function sidecarPath(file: string): string {
  return `${file}.meta.json`;
}

export async function readSidecarMeta(file: string): Promise<DocumentMeta | undefined> {
  let raw: string;
  try {
    raw = await readFile(sidecarPath(file), 'utf8');
  } catch {
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ParseError(sidecarPath(file), 'is not valid JSON');
  }
  const parsed = documentMetaSchema.safeParse(json);
  if (!parsed.success) throw new ParseError(sidecarPath(file), parsed.error.issues[0]?.message ?? 'invalid metadata');
  return parsed.data;
}
