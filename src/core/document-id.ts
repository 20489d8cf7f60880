/**
 * What a document id may be, wherever it comes from (upload field, sidecar, front matter, file
 * name): never empty, no "/" or leading ".", so it is safe in a URL path and as the name of the
 * stored original (ingest/uploads.ts storedName).
 */
export const DOCUMENT_ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,127}$/u;

export const DOCUMENT_ID_RULE = 'letters, digits, ".", "_" or "-", starting with a letter or digit, at most 128 characters';

export function isDocumentId(value: string): boolean {
  return DOCUMENT_ID_PATTERN.test(value);
}
