import { UserError } from '../core/errors.js';
import { runInSlices, type Steps, yieldToEventLoop } from '../core/time-slices.js';
import { describeBytes } from '../ingest/limits.js';
import { parseMultipart } from './multipart-parse.js';

// Multipart headers and form fields ride on top of the files themselves.
const MULTIPART_SLACK_BYTES = 64 * 1024;

/**
 * Parts (files and fields) one upload may hold. 20,000 tiny parts once kept the writer busy for
 * 6.5 minutes; a real upload is a handful of files and at most six metadata fields.
 */
export const MAX_UPLOAD_PARTS = 50;

/** How many times `needle` occurs in `haystack` (byte search, no decoding of the binary body). */
function countOccurrences(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  if (first === undefined) return 0;
  let count = 0;
  let at = haystack.indexOf(first);
  while (at !== -1 && at + needle.length <= haystack.length) {
    let match = true;
    for (let i = 1; i < needle.length; i++) {
      if (haystack[at + i] !== needle[i]) {
        match = false;
        break;
      }
    }
    if (match) {
      count++;
      at += needle.length;
    } else at += 1;
    at = haystack.indexOf(first, at);
  }
  return count;
}

/** The boundary parameter of a multipart/form-data content type, unquoted. */
function boundaryOf(type: string): string | undefined {
  const raw = /;\s*boundary=("?)([^";]+)\1/i.exec(type)?.[2];
  return raw?.trim() || undefined;
}

export interface MultipartUpload {
  files: { name: string; bytes: Uint8Array }[];
  fields: Record<string, string>;
}

/** The file whose part was arriving when the limit was hit: the last filename="..." seen so far. */
function fileInFlight(received: Uint8Array[]): string | undefined {
  const text = new TextDecoder('utf-8').decode(concat(received.slice(-4)));
  const names = [...text.matchAll(/filename\*?="?([^"\r\n;]+)"?/gi)];
  return names.at(-1)?.[1]?.trim();
}

/** Bytes copied per step: fresh memory is faulted in as it is written, about 4 ms a megabyte on a busy host. */
const COPIED_PER_STEP = 256 * 1024;

/**
 * The body's chunks copied into one SharedArrayBuffer, a step at a time: the files of the upload
 * are views into it, and the parse thread reads them from the same memory without a copy (see
 * ingest/parse-in-worker.ts). Copying (and faulting in) 6 MB at once held the event loop ~25 ms.
 */
function* sharedBodySteps(chunks: Uint8Array[], size: number): Steps<Uint8Array<SharedArrayBuffer>> {
  const body = new Uint8Array(new SharedArrayBuffer(size));
  let at = 0;
  let sinceYield = 0;
  for (const chunk of chunks) {
    for (let from = 0; from < chunk.length; from += COPIED_PER_STEP) {
      const piece = chunk.subarray(from, from + COPIED_PER_STEP);
      body.set(piece, at);
      at += piece.length;
      sinceYield += piece.length;
      if (sinceYield >= COPIED_PER_STEP) {
        sinceYield = 0;
        yield;
      }
    }
  }
  return body;
}

/**
 * Reads a multipart/form-data body while counting bytes, stopping just past limitBytes (plus
 * room for part headers) so an oversize upload costs at most the limit in memory; then parses the
 * parts as the platform's `formData()` would (see multipart-parse.ts).
 */
export async function readMultipart(request: Request, limitBytes: number): Promise<MultipartUpload> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;\s*boundary=/i.test(type)) {
    throw new UserError(
      415,
      'unsupported_media_type',
      'Send the files as multipart/form-data (one or more "file" parts, optional title, lang, sourceUrl, publishedAt fields).',
    );
  }
  const received: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    received.push(value);
    if (size > limitBytes + MULTIPART_SLACK_BYTES) {
      await reader.cancel().catch(() => undefined);
      const file = fileInFlight(received);
      throw new UserError(
        413,
        'file_too_large',
        `${file ? `${file}: ` : ''}the upload is over the ${describeBytes(limitBytes)} limit (MAX_UPLOAD_MB). Nothing was changed.`,
      );
    }
  }
  // Counted on the raw bytes, before the platform parses any part: each delimiter line opens a
  // part (the closing one ends with "--" and opens none).
  const boundary = boundaryOf(type);
  const body = await runInSlices(sharedBodySteps(received, size));
  if (boundary) {
    const parts = countOccurrences(body, new TextEncoder().encode(`--${boundary}`)) - 1;
    if (parts > MAX_UPLOAD_PARTS) {
      throw new UserError(
        400,
        'too_many_parts',
        `The upload has ${parts} multipart parts; at most ${MAX_UPLOAD_PARTS} (files and fields) are accepted per request. Send the files in several requests. Nothing was changed.`,
      );
    }
  }
  // A turn for other requests between counting the parts and parsing them (each some milliseconds for a big upload).
  await yieldToEventLoop();
  const parts = boundary ? parseMultipart(body, boundary) : undefined;
  if (!parts) throw new UserError(400, 'invalid_multipart', 'The multipart/form-data body could not be read (malformed or truncated).');
  const files: MultipartUpload['files'] = [];
  const fields: Record<string, string> = {};
  for (const part of parts) {
    if ('value' in part) fields[part.name] = part.value;
    else files.push({ name: part.filename || part.name, bytes: part.bytes });
  }
  return { files, fields };
}

function concat(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
