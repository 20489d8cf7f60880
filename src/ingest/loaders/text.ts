import { type DocumentMeta, type ParsedDocument, ParseError, parseDocument } from '../parse-document.js';

/** UTF-8 first; Korean plain text from older tools is often EUC-KR (CP949), so that is the fallback. */
export function decodeText(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('euc-kr', { fatal: true }).decode(bytes);
    } catch {
      throw new ParseError(file, 'is not UTF-8 or EUC-KR text (is it a binary file with a text extension?)', 422, 'corrupt_file');
    }
  }
}

/** Markdown and plain text (with optional YAML front matter). */
export function loadText(input: { file: string; bytes: Uint8Array; meta?: DocumentMeta }): ParsedDocument {
  return parseDocument(input.file, decodeText(input.file, input.bytes), input.meta);
}
