import { extractTextItems, getDocumentProxy, getMeta } from 'unpdf';
import type { IngestLimits } from '../limits.js';
import { ParseError } from '../parse-document.js';
import type { Block } from './blocks.js';
import { OCR_INSTALL_HINT, ocrAvailable, ocrParagraphs, ocrPdfPages } from './ocr.js';

interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  y: number;
  fontSize: number;
  /** Where the last text on the line ends, to spot a column gap before the next item. */
  end: number;
  /** Set apart in columns (a table row): kept as its own line of "cell | cell". */
  columns: boolean;
}

/**
 * Joins positioned text items into lines: a new line starts when the baseline moves; a wide gap
 * inside a line separates table cells.
 */
function toLines(items: TextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const item of items) {
    const visible = item.str.trim().length > 0;
    if (current && Math.abs(item.y - current.y) <= Math.max(current.fontSize, item.fontSize) * 0.5) {
      if (visible && item.x - current.end > Math.max(current.fontSize, item.fontSize) * 1.5 && current.text.trim()) {
        current.text += ' | ';
        current.columns = true;
      }
      current.text += item.str;
      if (visible) {
        current.fontSize = Math.max(current.fontSize, item.fontSize);
        current.end = item.x + item.width;
      }
    } else if (visible) {
      current = { text: item.str, y: item.y, fontSize: item.fontSize, end: item.x + item.width, columns: false };
      lines.push(current);
    }
  }
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text.length > 0);
}

/** The font size most characters are set in: the body text size. */
function bodyFontSize(pages: Line[][]): number {
  const weight = new Map<number, number>();
  for (const line of pages.flat()) {
    const size = Math.round(line.fontSize * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + line.text.length);
  }
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/**
 * PDFs rarely mark headings; a short line set clearly larger than the body text is taken as one,
 * larger sizes ranking higher. Paragraphs break where the gap between lines is wider than usual.
 */
function pagesToBlocks(pages: Line[][]): Block[] {
  const body = bodyFontSize(pages);
  const headingSizes = [
    ...new Set(
      pages
        .flat()
        .filter((l) => isHeading(l, body))
        .map((l) => Math.round(l.fontSize)),
    ),
  ]
    .sort((a, b) => b - a)
    .slice(0, 6);
  const blocks: Block[] = [];
  for (const [index, lines] of pages.entries()) {
    const page = index + 1;
    let paragraph: string[] = [];
    let tabular = false;
    let previous: Line | undefined;
    const flush = () => {
      // Table rows stay one per line; wrapped prose lines join back into one.
      if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(tabular ? '\n' : ' '), page });
      paragraph = [];
    };
    for (const line of lines) {
      if (isHeading(line, body)) {
        flush();
        const level = headingSizes.indexOf(Math.round(line.fontSize)) + 1;
        const last = blocks.at(-1);
        // A heading wrapped over two lines arrives as two heading lines of one size.
        if (previous && isHeading(previous, body) && last?.kind === 'heading' && last.level === level && last.page === page) last.text += ` ${line.text}`;
        else blocks.push({ kind: 'heading', level, text: line.text, page });
      } else {
        const gap = previous ? previous.y - line.y : 0;
        if (previous && (isHeading(previous, body) || gap > line.fontSize * 1.8 || gap < 0 || tabular !== line.columns)) flush();
        if (paragraph.length === 0) tabular = line.columns;
        paragraph.push(line.text);
      }
      previous = line;
    }
    flush();
  }
  return blocks;
}

function isHeading(line: Line, body: number): boolean {
  return body > 0 && line.fontSize >= body * 1.25 && line.text.length <= 120;
}

/** The section a scanned page's text sits under: a citation of it says the text was read by OCR. */
export function ocrSectionName(page: number): string {
  return `Scanned page ${page} (OCR text)`;
}

/**
 * Pages without a text layer, read by OCR within the per-document page budget; refused with how
 * to enable OCR when it is not installed and no page has text.
 */
async function readScannedPages(input: {
  file: string;
  bytes: Uint8Array;
  pages: number[];
  pageCount: number;
  limits: IngestLimits;
  onProgress?: (line: string) => void;
}): Promise<{ blocks: Block[]; firstLine?: string }> {
  const { file, pages, pageCount, limits } = input;
  const scanned = `${pages.length} page${pages.length === 1 ? '' : 's'} of images, as in a scan`;
  if (!(await ocrAvailable())) {
    if (pages.length < pageCount) return { blocks: [] };
    throw new ParseError(
      file,
      `has no text layer (${scanned}) and OCR is not available: ${OCR_INSTALL_HINT}, or upload a searchable PDF`,
      422,
      'no_text_layer',
    );
  }
  if (pages.length > limits.maxOcrPages) {
    throw new ParseError(
      file,
      `has ${scanned}: more than the ${limits.maxOcrPages} pages OCR reads per document; split it or upload a searchable PDF`,
      413,
      'too_many_ocr_pages',
    );
  }
  let read: Awaited<ReturnType<typeof ocrPdfPages>>;
  try {
    read = await ocrPdfPages({
      bytes: input.bytes,
      pages,
      onPage: (done, i) => input.onProgress?.(`OCR ${file}: page ${done.page} (${i + 1}/${pages.length}) read in ${(done.ms / 1000).toFixed(1)} s`),
    });
  } catch (error) {
    throw new ParseError(file, `could not be read by OCR (${(error as Error).message})`, 422, 'ocr_failed');
  }
  const blocks = read.flatMap(({ page, text }) => {
    const paragraphs = ocrParagraphs(text);
    if (paragraphs.length === 0) return [];
    return [{ kind: 'heading', level: 1, text: ocrSectionName(page), page } as Block, ...paragraphs.map((p): Block => ({ kind: 'paragraph', text: p, page }))];
  });
  if (blocks.length === 0 && pages.length === pageCount) {
    throw new ParseError(file, `has no text layer (${scanned}) and OCR found no text on it`, 422, 'no_text_layer');
  }
  // A scan names itself in its first line of text (not in the heading this loader gives each page).
  const firstLine = read
    .flatMap(({ text }) => text.split('\n'))
    .map((l) => l.trim())
    .find((l) => (l.match(/\p{L}/gu) ?? []).length >= 2 && l.length <= 100);
  return { blocks, ...(firstLine ? { firstLine } : {}) };
}

/**
 * PDF: text per page (with page numbers kept on every block); pages without a text layer read by
 * OCR when it is installed; encrypted files are refused.
 */
export async function loadPdf(input: {
  file: string;
  bytes: Uint8Array;
  limits: IngestLimits;
  onProgress?: (line: string) => void;
}): Promise<{ blocks: Block[]; title?: string }> {
  const { file, limits } = input;
  // pdf.js takes ownership of (detaches) the buffer it is given; hand it a copy.
  const data = new Uint8Array(input.bytes);
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(data, { verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') {
      throw new ParseError(file, 'is an encrypted (password-protected) PDF; remove the password and try again', 422, 'encrypted_pdf');
    }
    throw new ParseError(file, `is not a readable PDF: damaged or truncated (${(error as Error).message})`, 422, 'corrupt_file');
  }
  try {
    if (pdf.numPages > limits.maxPdfPages) throw new ParseError(file, `has ${pdf.numPages} pages (limit ${limits.maxPdfPages})`, 413, 'too_many_pages');
    let items: TextItem[][];
    try {
      items = (await extractTextItems(pdf)).items;
    } catch (error) {
      throw new ParseError(file, `is not a readable PDF: its text could not be extracted (${(error as Error).message})`, 422, 'corrupt_file');
    }
    const pages = items.map(toLines);
    const withoutText = pages.flatMap((lines, i) => (lines.length === 0 ? [i + 1] : []));
    const scanned =
      withoutText.length > 0
        ? await readScannedPages({ file, bytes: input.bytes, pages: withoutText, pageCount: pdf.numPages, limits, onProgress: input.onProgress })
        : { blocks: [] };
    const meta = await getMeta(pdf).catch(() => undefined);
    const metaTitle = typeof meta?.info?.Title === 'string' && meta.info.Title.trim() ? meta.info.Title.trim() : undefined;
    const blocks = [...pagesToBlocks(pages), ...scanned.blocks].sort((a, b) => (a.page ?? 0) - (b.page ?? 0));
    return { blocks, title: metaTitle ?? (withoutText.length === pages.length ? scanned.firstLine : undefined) };
  } finally {
    await pdf.destroy();
  }
}
