import path from 'node:path';
import { DEFAULT_LIMITS, describeBytes, type IngestLimits } from '../limits.js';
import { type DocumentMeta, finishDocument, type ParsedDocument, ParseError } from '../parse-document.js';
import { type Block, renderBlocks } from './blocks.js';
import { readLayout } from './document-layout.js';
import { listZip } from './safe-unzip.js';
import { decodeText, loadText } from './text.js';

export type DocumentFormat = 'pdf' | 'docx' | 'hwpx' | 'hwp' | 'html' | 'text';

export const LOADABLE_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm', '.pdf', '.docx', '.hwpx', '.hwp'] as const;

const BY_EXTENSION: Record<string, DocumentFormat> = {
  '.md': 'text',
  '.markdown': 'text',
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.hwpx': 'hwpx',
  '.hwp': 'hwp',
};

type Magic = 'pdf' | 'zip' | 'ole' | 'hwp3' | 'other';

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** What the first bytes say the file is, whatever its name claims. */
export function sniff(bytes: Uint8Array): Magic {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (head.startsWith('HWP Document File')) return 'hwp3';
  return 'other';
}

const SUPPORTED = 'PDF, DOCX, HWP, HWPX, HTML, Markdown, plain text';

/** Settles the format from extension and magic bytes, refusing what no loader can read. */
export function detectFormat(file: string, bytes: Uint8Array): DocumentFormat {
  const ext = path.extname(file).toLowerCase();
  const magic = sniff(bytes);
  const claimed = BY_EXTENSION[ext];
  if (magic === 'hwp3') {
    throw new ParseError(
      file,
      'is an HWP 3.0 file (Hangul 97 or older), which is not supported: open it in Hancom Office and save it as HWP, HWPX or PDF, then upload that',
      415,
      'legacy_hwp',
    );
  }
  // An OLE file with no extension is taken for HWP; one named .doc or .xls is another program's.
  if (claimed === 'hwp' || (magic === 'ole' && ext === '')) {
    // Hancom saves HWPX under .hwp too; the container decides.
    if (magic === 'zip') return 'hwpx';
    if (magic !== 'ole')
      throw new ParseError(file, 'is named .hwp but is not an HWP 5.0 file (no compound-file header): damaged or mislabelled', 422, 'corrupt_file');
    return 'hwp';
  }
  if (claimed === 'pdf') {
    if (magic !== 'pdf') throw new ParseError(file, 'is named .pdf but is not a PDF (no %PDF- header): damaged or mislabelled', 422, 'corrupt_file');
    return 'pdf';
  }
  if (claimed === 'docx' || claimed === 'hwpx') {
    if (magic === 'ole') {
      throw new ParseError(
        file,
        `is not a ${ext} package: it is an OLE file, i.e. password-protected (encrypted) or a legacy binary format; remove the password or save it as ${ext} again`,
        422,
        'encrypted_or_legacy',
      );
    }
    if (magic !== 'zip') throw new ParseError(file, `is not a readable ${ext} package (not a zip container): damaged or truncated`, 422, 'corrupt_file');
    return claimed;
  }
  if (claimed === 'html' || claimed === 'text') return claimed;
  // No or unknown extension: trust the content for the formats that announce themselves.
  if (magic === 'pdf') return 'pdf';
  if (magic === 'zip') {
    const names = new Set(listZip(file, bytes).map((e) => e.name));
    if (names.has('word/document.xml')) return 'docx';
    if ([...names].some((n) => /^Contents\/section\d+\.xml$/i.test(n))) return 'hwpx';
  }
  throw new ParseError(file, `unsupported file type "${ext || 'none'}" (supported: ${SUPPORTED})`, 415, 'unsupported_type');
}

export interface LoadInput {
  /** File name (or path): names the document in errors and gives the default id. */
  file: string;
  bytes: Uint8Array;
  meta?: DocumentMeta;
  limits?: IngestLimits;
  /** Lines about slow steps as they happen (a page read by OCR). */
  onProgress?: (line: string) => void;
}

/** One entry point for every format: bytes in, the ParsedDocument the chunker reads out. */
export async function loadDocument(input: LoadInput): Promise<ParsedDocument> {
  const { file, bytes, meta, limits = DEFAULT_LIMITS, onProgress } = input;
  if (bytes.length === 0) throw new ParseError(file, 'is empty (0 bytes)', 400, 'empty_file');
  if (bytes.length > limits.maxFileBytes) {
    throw new ParseError(
      file,
      `is ${describeBytes(bytes.length)}, over the ${describeBytes(limits.maxFileBytes)} limit (MAX_UPLOAD_MB)`,
      413,
      'file_too_large',
    );
  }
  const format = detectFormat(file, bytes);
  if (format === 'text') return loadText({ file, bytes, meta });
  let loaded: { blocks: Block[]; title?: string; publishedAt?: string; issuer?: string; releaseBox?: string[] };
  // Each loader (and its parser: unpdf, mammoth, linkedom) is imported when a file needs it, so a
  // start that reads only Markdown, or nothing changed, does not pay for loading them.
  if (format === 'pdf') loaded = await (await import('./pdf.js')).loadPdf({ file, bytes, limits, onProgress });
  else if (format === 'docx') loaded = await (await import('./docx.js')).loadDocx({ file, bytes, limits });
  else if (format === 'hwpx') {
    const hwpx = (await import('./hwpx.js')).loadHwpx({ file, bytes, limits });
    const laid = readLayout(hwpx.blocks);
    loaded = { ...laid, title: laid.title ?? hwpx.title };
  } else if (format === 'hwp') loaded = readLayout((await import('./hwp.js')).loadHwp({ file, bytes, limits }));
  else loaded = (await import('./html.js')).loadHtml({ html: decodeText(file, bytes) });
  const { body, pages } = renderBlocks(loaded.blocks);
  return finishDocument({
    file,
    body,
    title: loaded.title,
    publishedAt: loaded.publishedAt,
    issuer: loaded.issuer,
    releaseBox: loaded.releaseBox,
    overrides: meta,
    pages,
  });
}
