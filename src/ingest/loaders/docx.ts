import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import type { IngestLimits } from '../limits.js';
import { ParseError } from '../parse-document.js';
import type { Block } from './blocks.js';
import { domToBlocks } from './dom-blocks.js';
import { unzipChecked } from './safe-unzip.js';

// Word's built-in Title style is not mapped by mammoth by default; it is the document's h1.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** DOCX via mammoth's semantic HTML: Word heading styles become headings, tables keep their rows. */
export async function loadDocx(input: { file: string; bytes: Uint8Array; limits: IngestLimits }): Promise<{ blocks: Block[] }> {
  const { file, bytes, limits } = input;
  // mammoth inflates the whole package; check it is no zip bomb (and is a Word file) first.
  const parts = unzipChecked({ file, bytes, limits, keep: (name) => name === 'word/document.xml' });
  if (!parts.has('word/document.xml')) throw new ParseError(file, 'is a zip file but not a Word document (no word/document.xml)', 422, 'corrupt_file');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP })).value;
  } catch (error) {
    throw new ParseError(file, `is not a readable Word document (${(error as Error).message})`, 422, 'corrupt_file');
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return { blocks: domToBlocks(document.body as never) };
}
