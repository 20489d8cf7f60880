import { z } from 'zod';

/**
 * The bodies the API answers with, as zod schemas: /openapi.json is generated from them, and
 * test/openapi-responses.test.ts checks real responses against them, so neither can drift.
 */

const lang = z.enum(['ko', 'en']);

export const citationSchema = z.object({
  n: z.number().int().min(1).describe('The [n] marker in the answer text'),
  passageId: z.string(),
  docId: z.string(),
  title: z.string(),
  sectionPath: z.string(),
  page: z.number().int().optional(),
  quote: z.string().describe('A verbatim span of the cited passage'),
  sourceUrl: z.string(),
  publishedAt: z.string().optional().describe('YYYY-MM-DD: the date of the source this quote cites (sourceUrl), else of the document'),
  score: z.number(),
  alignedSection: z
    .object({ passageId: z.string(), docId: z.string(), title: z.string(), sectionPath: z.string(), sourceUrl: z.string() })
    .optional()
    .describe("When the quote is from the other language's version of a document: the same section in the answer's language"),
});

export const askResultSchema = z.object({
  id: z.string().describe('The answer id that POST /api/feedback refers to'),
  answer: z.string(),
  lang,
  grounded: z.boolean().describe('false: the documents do not answer it; the answer is a refusal'),
  refusalReason: z
    .enum(['no_evidence', 'not_in_documents', 'false_premise'])
    .optional()
    .describe('Why a refusal: nothing relevant found, the thing asked is not in the documents, or the question takes as given what they do not state'),
  citations: z.array(citationSchema),
  seeAlso: z.array(citationSchema).describe('The nearest passages, offered when the answer is a refusal'),
  mode: z.enum(['extractive', 'llm']),
  retrieval: z.enum(['hybrid', 'keyword-only']),
  source: z
    .enum(['official', 'upload'])
    .describe(
      'official: answered (or refused) from the official documents alone, as if nothing had been uploaded; upload: no official document answers and ordinary uploads do, and the answer text begins by saying so and naming them',
    ),
  timingsMs: z.record(z.string(), z.number()),
  fallbackReason: z.string().optional(),
  standaloneQuestion: z.string().optional(),
  removed: z.array(z.object({ text: z.string(), reason: z.string() })).optional(),
});

const passageFields = {
  id: z.string(),
  docId: z.string(),
  ordinal: z.number().int(),
  title: z.string(),
  sectionPath: z.string(),
  page: z.number().int().optional(),
  lang,
  text: z.string(),
  charStart: z.number().int(),
  charEnd: z.number().int(),
  sourceUrl: z.string(),
  publishedAt: z.string(),
  contentHash: z.string(),
};
export const passageSchema = z.object(passageFields);

export const searchResponseSchema = z.object({
  query: z.string(),
  retrieval: z.enum(['hybrid', 'keyword-only']),
  results: z.array(
    z.object({
      ...passageFields,
      score: z.number(),
      vectorRank: z.number().int().optional(),
      textRank: z.number().int().optional(),
      trust: z
        .enum(['official', 'upload'])
        .optional()
        .describe(
          "the passage's document's trust level: official (the corpus, or an upload the admin marked trust=official) or upload (ranked below official documents)",
        ),
    }),
  ),
  timingsMs: z.record(z.string(), z.number()),
});

export const documentSchema = z.object({
  id: z.string(),
  title: z.string(),
  lang,
  path: z.string(),
  sourceUrl: z.string(),
  sources: z.array(z.string()),
  sourceDetails: z
    .array(z.object({ url: z.string(), publisher: z.string().optional(), title: z.string().optional(), date: z.string().optional() }))
    .optional()
    .describe("How the document's reference list names each source"),
  releaseBox: z
    .array(z.string())
    .optional()
    .describe("A press release's metadata box as it states it, an entry a line (release times, units and their officials)"),
  publishedAt: z.string(),
  summary: z.string(),
  contentHash: z.string(),
  passageCount: z.number().int(),
  trust: z.enum(['official', 'upload']).optional().describe('official: the corpus or an upload the admin marked official; upload: any other upload'),
});

export const documentsResponseSchema = z.object({ documents: z.array(documentSchema) });

export const documentResponseSchema = z.object({
  document: documentSchema,
  passages: z.array(
    z.object({
      id: z.string(),
      ordinal: z.number().int(),
      sectionPath: z.string(),
      page: z.number().int().optional(),
      charStart: z.number().int(),
      charEnd: z.number().int(),
    }),
  ),
});

export const passageResponseSchema = z.object({ passage: passageSchema, previous: passageSchema.nullable(), next: passageSchema.nullable() });

export const feedbackResponseSchema = z.object({ id: z.string() });

export const healthResponseSchema = z.object({ status: z.literal('ok') });

export const readyResponseSchema = z.object({
  status: z.literal('ready'),
  embedder: z.string().optional(),
  corpusVersion: z.string().optional(),
  updatedAt: z.string().optional(),
});

export const modelsResponseSchema = z.object({
  object: z.literal('list'),
  data: z.array(z.object({ id: z.string(), object: z.literal('model'), created: z.number().int(), owned_by: z.string() })),
});

export const embeddingsResponseSchema = z.object({
  object: z.literal('list'),
  data: z.array(
    z.object({
      object: z.literal('embedding'),
      index: z.number().int(),
      embedding: z.union([z.array(z.number()), z.string().describe('base64 little-endian float32 (encoding_format: "base64")')]),
    }),
  ),
  model: z.string(),
  usage: z.object({ prompt_tokens: z.number().int(), total_tokens: z.number().int() }),
});

/** Nested items are described in src/briefing/types.ts; here the outline that clients rely on. */
export const briefingResponseSchema = z.object({
  title: z.string(),
  date: z.string(),
  lang,
  topic: z.string().optional(),
  mode: z.enum(['extractive', 'llm']),
  summary: z.array(z.looseObject({})).describe('핵심 요약 / Key points: 3-5 cited facts with their dates'),
  sections: z.array(z.looseObject({})),
  notCovered: z.array(z.string()),
  keyFigures: z.array(z.looseObject({})),
  citations: z.array(z.looseObject({})),
  references: z.array(z.looseObject({})),
});

export const starterQuestionsResponseSchema = z.object({ questions: z.array(z.string()).describe('Questions the chat suggests, made from the documents') });

export const uploadResponseSchema = z.object({
  documents: z.array(
    z.object({
      id: z.string(),
      file: z.string(),
      title: z.string(),
      lang: z.string(),
      status: z.enum(['added', 'updated', 'unchanged']),
      passages: z.number().int(),
      pages: z.number().int().optional(),
      trust: z.enum(['official', 'upload']),
    }),
  ),
  timingsMs: z.record(z.string(), z.number()),
});

export const deleteResponseSchema = z.object({ deleted: z.string() });
