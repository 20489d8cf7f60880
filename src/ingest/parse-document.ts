import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { escapeDocumentMarkers } from '../answer/document-markers.js';
import { DOCUMENT_ID_RULE, isDocumentId } from '../core/document-id.js';
import { UserError } from '../core/errors.js';
import { detectLang, isLang } from '../core/lang.js';
import type { Lang, SourceDetails, Trust } from '../core/types.js';
import { isWebUrl } from '../core/web-url.js';
import { normaliseText, shortHash } from '../text/normalise.js';
import { htmlToMarkdown } from './html-to-markdown.js';
import { declaredSources, extractSourceMarkers, SourceMarkerError, type SourceStart, shiftOffset, sourceDates } from './section-sources.js';
import { sourceListDetails } from './source-list.js';

/** A loaded document before chunking: normalised Markdown-like body plus metadata. */
export interface ParsedDocument {
  id: string;
  title: string;
  lang: Lang;
  sourceUrl: string;
  sources: string[];
  publishedAt: string;
  summary: string;
  /** The issuing body (and unit) when the file's layout states it (a press release's masthead, a cover page). */
  issuer?: string;
  /** A press release's metadata box, an entry a line (release times, units and their officials): kept off the body. */
  releaseBox?: string[];
  /** Normalised body; passages' charStart/charEnd point into this string. */
  body: string;
  /** For paged sources (PDF): where each page starts in body, ascending by offset. */
  pages?: PageStart[];
  /** Where the body's text changes source ("Source:" markers, see section-sources.ts); absent when it never does. */
  sourceStarts?: SourceStart[];
  /** Source URL -> its own date (YYYY-MM-DD) where the document names one; passages cite that date, else publishedAt. */
  sourceDates?: Record<string, string>;
  /** The document's reference list, for sources it cites (see source-list.ts); absent when it has none. */
  sourceDetails?: SourceDetails[];
}

/** A document without its body: what the server's thread keeps of an upload parsed on another thread. */
export type DocumentHead = Omit<ParsedDocument, 'body'>;

export interface PageStart {
  page: number;
  start: number;
}

/** Metadata given alongside a file (upload form, sidecar); it wins over what the file says. */
export interface DocumentMeta {
  id?: string;
  title?: string;
  lang?: Lang;
  sourceUrl?: string;
  publishedAt?: string;
  summary?: string;
  /** Not used in parsing: given only by the operator (upload field, sidecar), it sets the record's trust. */
  trust?: Trust;
}

/** A file that cannot become a document; the message starts with the file name. */
export class ParseError extends UserError {
  constructor(file: string, reason: string, status: 400 | 413 | 415 | 422 = 422, code = 'invalid_document') {
    super(status, code, `${file}: ${reason}`);
    this.name = 'ParseError';
  }
}

export const SUPPORTED_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm'] as const;

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n?/;

export function slug(file: string): string {
  return path
    .basename(file)
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9가-힣]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function asString(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

function readFrontMatter(file: string, text: string): { meta: Record<string, unknown>; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { meta: {}, body: text };
  let meta: unknown;
  try {
    meta = parseYaml(match[1] ?? '');
  } catch (error) {
    throw new ParseError(file, `front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  if (meta !== null && (typeof meta !== 'object' || Array.isArray(meta))) {
    throw new ParseError(file, 'front matter must be a YAML mapping');
  }
  return { meta: (meta ?? {}) as Record<string, unknown>, body: text.slice(match[0].length) };
}

function firstHeading(body: string): string | undefined {
  return /^#\s+(.+)$/m.exec(body)?.[1]?.trim();
}

/** Pure: turns one file's text into a ParsedDocument, or throws ParseError naming the file. */
export function parseDocument(file: string, raw: string, overrides: DocumentMeta = {}): ParsedDocument {
  const ext = path.extname(file).toLowerCase();
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new ParseError(file, `unsupported file type "${ext || 'none'}" (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`, 415, 'unsupported_type');
  }
  if (raw.includes('\u0000')) throw new ParseError(file, 'looks like a binary file, not text');
  const text = normaliseText(raw);
  const { meta, body: rawBody } = ext === '.txt' || ext === '.md' || ext === '.markdown' ? readFrontMatter(file, text) : { meta: {}, body: text };
  const converted = ext === '.html' || ext === '.htm' ? htmlToMarkdown(rawBody) : { markdown: rawBody, title: undefined };
  return finishDocument({ file, body: converted.markdown, title: converted.title, meta, overrides });
}

/**
 * Shared last step of every loader: normalises the body, settles title, language and id from
 * (in order) the caller's overrides, the file's own metadata, and what the text says.
 */
export function finishDocument(input: {
  file: string;
  body: string;
  title?: string;
  /** The date the file's own layout states (a press release's 배포일시), YYYY-MM-DD. */
  publishedAt?: string;
  issuer?: string;
  releaseBox?: string[];
  meta?: Record<string, unknown>;
  overrides?: DocumentMeta;
  pages?: PageStart[];
}): ParsedDocument {
  const { file, meta = {}, overrides = {}, pages } = input;
  const normalised = normaliseText(input.body);
  if (normalised.length === 0) throw new ParseError(file, 'the document has no text', 422, 'no_text');
  // Page offsets were computed on already-normalised text; normalising again must not move them.
  if (pages && normalised !== input.body) throw new Error(`${file}: page offsets computed on a body that was not normalised`);
  // Front matter gets the same check as upload fields: only http(s) links reach citations and briefings.
  let declared: ReturnType<typeof declaredSources>;
  try {
    declared = declaredSources(meta.sources);
  } catch (error) {
    throw new ParseError(file, (error as Error).message);
  }
  const sources = declared.map((s) => s.url);
  if (overrides.sourceUrl && !sources.includes(overrides.sourceUrl)) sources.unshift(overrides.sourceUrl);
  const sourceUrl = overrides.sourceUrl || (isWebUrl(asString(meta.sourceUrl)) ? asString(meta.sourceUrl) : '') || sources[0] || '';
  let marked: ReturnType<typeof extractSourceMarkers>;
  try {
    marked = extractSourceMarkers(normalised, declared, sourceUrl);
  } catch (error) {
    if (error instanceof SourceMarkerError) throw new ParseError(file, error.message);
    throw error;
  }
  if (marked.body.length === 0) throw new ParseError(file, 'the document has no text', 422, 'no_text');
  for (const url of marked.extraUrls) if (!sources.includes(url)) sources.push(url);
  const body = escapeDocumentMarkers(marked.body); // length-preserving: offsets stay valid
  const details = sourceListDetails(marked.body).filter((d) => sources.includes(d.url));
  const movedPages = pages && marked.removed.length > 0 ? pages.map((p) => ({ page: p.page, start: shiftOffset(p.start, marked.removed) })) : pages;

  const declaredLang = overrides.lang ?? asString(meta.lang);
  if (declaredLang && !isLang(declaredLang)) throw new ParseError(file, `lang must be "ko" or "en", got "${declaredLang}"`);
  const title = overrides.title || asString(meta.title) || input.title?.trim() || firstHeading(body) || path.basename(file);
  // A name with no Latin letters, digits or Hangul (日本語.md) slugs to "": it gets a hash of the name instead.
  const derived = slug(file).slice(0, 120).replace(/-+$/, '') || `doc-${shortHash(path.basename(file)).slice(0, 10)}`;
  const id = overrides.id || asString(meta.id) || derived;
  // Front matter is the file's own say: its id gets the same check as the upload field, never "".
  if (!isDocumentId(id)) throw new ParseError(file, `document id "${id}" is not valid (${DOCUMENT_ID_RULE})`, 422, 'invalid_id');
  const publishedAt = overrides.publishedAt || asString(meta.publishedAt) || asString(meta.asOf);
  let dates = sourceDates(declared);
  // The admin's publishedAt is the date of the source they named for the upload, whatever the file declares.
  if (dates && overrides.publishedAt && sourceUrl) dates = { ...dates, [sourceUrl]: overrides.publishedAt };
  return {
    id,
    title,
    lang: isLang(declaredLang) ? declaredLang : detectLang(body),
    sourceUrl,
    sources,
    publishedAt: publishedAt || input.publishedAt || '',
    // Without a summary of its own, a document is described by who issued it.
    summary: overrides.summary || asString(meta.summary) || input.issuer || '',
    ...(input.issuer ? { issuer: input.issuer } : {}),
    ...(input.releaseBox?.length ? { releaseBox: input.releaseBox.map(normaliseText) } : {}),
    body,
    ...(movedPages ? { pages: movedPages } : {}),
    ...(marked.starts.length > 0 ? { sourceStarts: marked.starts } : {}),
    ...(dates ? { sourceDates: dates } : {}),
    ...(details.length > 0 ? { sourceDetails: details } : {}),
  };
}
