import type { IngestLimits } from '../limits.js';
import { ParseError } from '../parse-document.js';
import { InflateLimitError, inflateBounded } from './bounded-inflate.js';
import { CompoundFileError, openCompoundFile } from './compound-file.js';
import type { LayoutBlock } from './document-layout.js';

// Record tags of the HWP 5.0 format (Hancom's published specification, "HWPTAG_BEGIN" = 0x10).
const TAG_CHAR_SHAPE = 0x15;
const TAG_PARA_SHAPE = 0x19;
const TAG_PARA_HEADER = 0x42;
const TAG_PARA_TEXT = 0x43;
const TAG_PARA_CHAR_SHAPE = 0x44;
const TAG_CTRL_HEADER = 0x47;
const TAG_LIST_HEADER = 0x48;
const TAG_TABLE = 0x4d;

// FileHeader property bits.
const COMPRESSED = 1 << 0;
const PASSWORD = 1 << 1;
const DISTRIBUTION = 1 << 2;
const DRM = 1 << 4;

interface HwpRecord {
  tag: number;
  level: number;
  data: Uint8Array;
}

interface DocInfo {
  /** Base character size of each CharShape, in 1/100 pt. */
  charSizes: number[];
  /** Outline level (1-based) of each ParaShape whose paragraphs are outline headings. */
  outlineLevels: Map<number, number>;
}

function view(data: Uint8Array): DataView {
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

/** Splits a record stream: a 32-bit header (tag 10 bits, level 10 bits, size 12 bits, 0xFFF = a 32-bit size follows). */
export function readRecords(data: Uint8Array): HwpRecord[] {
  const records: HwpRecord[] = [];
  const dv = view(data);
  let at = 0;
  while (at + 4 <= data.length) {
    const header = dv.getUint32(at, true);
    at += 4;
    let size = header >>> 20;
    if (size === 0xfff) {
      if (at + 4 > data.length) break;
      size = dv.getUint32(at, true);
      at += 4;
    }
    // A record that claims to run past the stream is cut where the stream ends: what came before stays readable.
    const end = Math.min(data.length, at + size);
    records.push({ tag: header & 0x3ff, level: (header >>> 10) & 0x3ff, data: data.subarray(at, end) });
    at = end;
  }
  return records;
}

function readDocInfo(records: HwpRecord[]): DocInfo {
  const info: DocInfo = { charSizes: [], outlineLevels: new Map() };
  let paraShapes = 0;
  for (const record of records) {
    const dv = view(record.data);
    if (record.tag === TAG_CHAR_SHAPE) info.charSizes.push(record.data.length >= 46 ? dv.getInt32(42, true) : 0);
    else if (record.tag === TAG_PARA_SHAPE) {
      const props = record.data.length >= 4 ? dv.getUint32(0, true) : 0;
      // Bits 23-24: the paragraph's head kind (1 = outline); bits 25-27: its level, 0-based.
      if (((props >>> 23) & 3) === 1) info.outlineLevels.set(paraShapes, ((props >>> 25) & 7) + 1);
      paraShapes++;
    }
  }
  return info;
}

// Control characters in paragraph text: 1, 2 .. 23 except line feed and paragraph end take eight
// code units (the code, an id or pointer, the code again); the rest take one.
const WIDE_CONTROLS = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]);
// Wide controls that own a CTRL_HEADER record (the "extended" ones); inline ones (4-9, 19, 20) do not.
const EXTENDED_CONTROLS = new Set([1, 2, 3, 11, 12, 14, 15, 16, 17, 18, 21, 22, 23]);
const TAB = 9;

/** A control's four-character id ("tbl ", "head"), stored as a big-endian number in a little-endian word. */
function controlId(data: Uint8Array): string {
  if (data.length < 4) return '';
  return String.fromCharCode(data[3] as number, data[2] as number, data[1] as number, data[0] as number);
}

// Running heads and feet repeat on every page; hidden comments are not part of the text.
const SKIPPED_CONTROLS = new Set(['head', 'foot', 'tcmt']);

/** Reads the body's record tree: paragraphs in order, tables as rows of cells, text boxes in place. */
class BodyReader {
  constructor(
    private readonly records: HwpRecord[],
    private readonly info: DocInfo,
  ) {}

  /** Index past the subtree of the record at i (its children have deeper levels). */
  private end(i: number, limit = this.records.length): number {
    const level = (this.records[i] as HwpRecord).level;
    let j = i + 1;
    while (j < limit && (this.records[j] as HwpRecord).level > level) j++;
    return j;
  }

  /** Every paragraph in records [from, to), at whatever depth, into out. */
  walk(from: number, to: number, out: LayoutBlock[]): void {
    let i = from;
    while (i < to) {
      if ((this.records[i] as HwpRecord).tag === TAG_PARA_HEADER) i = this.paragraph(i, to, out);
      else i++;
    }
  }

  private paragraph(at: number, limit: number, out: LayoutBlock[]): number {
    const end = this.end(at, limit);
    const header = this.records[at] as HwpRecord;
    const level = header.level;
    const hv = view(header.data);
    const paraShape = header.data.length >= 10 ? hv.getUint16(8, true) : -1;
    let text: Uint8Array | undefined;
    let shapes: Uint8Array | undefined;
    const controls: number[] = [];
    for (let i = at + 1; i < end; i++) {
      const record = this.records[i] as HwpRecord;
      if (record.level !== level + 1) continue;
      if (record.tag === TAG_PARA_TEXT) text = record.data;
      else if (record.tag === TAG_PARA_CHAR_SHAPE) shapes = record.data;
      else if (record.tag === TAG_CTRL_HEADER) controls.push(i);
    }
    // The paragraph shape decides: a style named "개요 3" whose shape has no outline head is body text.
    const headingLevel = this.info.outlineLevels.get(paraShape);
    let buffer = '';
    // Visible characters per size, so a piece of text is known by the size most of it is set in.
    let weights = new Map<number, number>();
    const runs = sizeRuns(shapes, this.info.charSizes);
    let run = -1;
    const flush = () => {
      const size = [...weights.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
      if (buffer.trim()) out.push({ kind: 'text', text: buffer, ...(size ? { size } : {}), ...(headingLevel ? { level: headingLevel } : {}) });
      buffer = '';
      weights = new Map();
    };
    let nextControl = 0;
    const units = text ? Math.floor(text.length / 2) : 0;
    const tv = text ? view(text) : undefined;
    for (let u = 0; u < units; ) {
      const code = (tv as DataView).getUint16(u * 2, true);
      if (code >= 32) {
        buffer += String.fromCharCode(code);
        while (run + 1 < runs.length && (runs[run + 1] as { start: number }).start <= u) run++;
        const size = runs[run]?.size;
        if (size && code !== 32) weights.set(size, (weights.get(size) ?? 0) + 1);
        u++;
        continue;
      }
      if (!WIDE_CONTROLS.has(code)) {
        if (code === 10) buffer += '\n';
        else if (code === 24) buffer += '-';
        else if (code === 30 || code === 31) buffer += ' ';
        u++;
        continue;
      }
      if (code === TAB) buffer += '\t';
      if (EXTENDED_CONTROLS.has(code)) {
        const index = controls[nextControl++];
        if (index !== undefined) {
          const record = this.records[index] as HwpRecord;
          const id = controlId(record.data);
          if (id === 'tbl ') {
            flush();
            out.push(...this.table(index, end));
          } else if (!SKIPPED_CONTROLS.has(id)) {
            // Text boxes, footnotes and the like: their paragraphs follow the text before them.
            const inner: LayoutBlock[] = [];
            this.walk(index + 1, this.end(index, end), inner);
            if (inner.length > 0) {
              flush();
              out.push(...inner);
            }
          }
        }
      }
      u += 8;
    }
    flush();
    return end;
  }

  /** A table as rows of cells in address order; a caption (a list before the TABLE record) follows it as text. */
  private table(at: number, limit: number): LayoutBlock[] {
    const end = this.end(at, limit);
    const level = (this.records[at] as HwpRecord).level;
    let rows = 0;
    let cols = 0;
    let seenTable = false;
    const lists: { index: number; cell: boolean }[] = [];
    for (let i = at + 1; i < end; i++) {
      const record = this.records[i] as HwpRecord;
      if (record.level !== level + 1) continue;
      if (record.tag === TAG_TABLE && record.data.length >= 8) {
        rows = view(record.data).getUint16(4, true);
        cols = view(record.data).getUint16(6, true);
        seenTable = true;
      } else if (record.tag === TAG_LIST_HEADER) lists.push({ index: i, cell: seenTable });
    }
    const cells: { row: number; col: number; order: number; blocks: LayoutBlock[] }[] = [];
    const caption: LayoutBlock[] = [];
    for (const [n, list] of lists.entries()) {
      const next = lists[n + 1]?.index ?? end;
      const inner: LayoutBlock[] = [];
      this.walk(list.index + 1, next, inner);
      if (!list.cell) {
        caption.push(...inner);
        continue;
      }
      // The cell's address follows the list's paragraph count and properties (8 bytes in all).
      const data = (this.records[list.index] as HwpRecord).data;
      const dv = view(data);
      const col = data.length >= 12 ? dv.getUint16(8, true) : n;
      const row = data.length >= 12 ? dv.getUint16(10, true) : 0;
      cells.push({ row, col, order: n, blocks: inner });
    }
    const addressed = cells.every((c) => c.row < Math.max(rows, 1) && c.col < Math.max(cols, 1));
    const grid: LayoutBlock[][][] = [];
    for (const cell of addressed ? [...cells].sort((a, b) => a.row - b.row || a.col - b.col || a.order - b.order) : cells) {
      const r = addressed ? cell.row : 0;
      grid[r] ??= [];
      (grid[r] as LayoutBlock[][]).push(cell.blocks);
    }
    return [{ kind: 'table', rows: grid.filter((row) => row !== undefined) }, ...caption];
  }
}

/** A paragraph's (start position, CharShape id) pairs as sizes in 1/100 pt, ascending by start. */
function sizeRuns(shapes: Uint8Array | undefined, charSizes: number[]): { start: number; size: number | undefined }[] {
  const runs: { start: number; size: number | undefined }[] = [];
  if (!shapes) return runs;
  const dv = view(shapes);
  for (let at = 0; at + 8 <= shapes.length; at += 8) runs.push({ start: dv.getUint32(at, true), size: charSizes[dv.getUint32(at + 4, true)] });
  return runs;
}

function refuse(file: string, reason: string, code: string): ParseError {
  return new ParseError(file, reason, 422, code);
}

/** HWP 5.0 (Hancom's binary format): a compound file whose BodyText/SectionN streams hold paragraph records. */
export function loadHwp(input: { file: string; bytes: Uint8Array; limits: IngestLimits }): LayoutBlock[] {
  const { file, bytes, limits } = input;
  let container: ReturnType<typeof openCompoundFile>;
  try {
    container = openCompoundFile(bytes, limits.maxUncompressedBytes);
  } catch (error) {
    if (error instanceof CompoundFileError)
      throw refuse(file, `is not a readable HWP file: its compound-file container is damaged (${error.message})`, 'corrupt_file');
    throw error;
  }
  const read = (name: string) => {
    try {
      return container.read(name);
    } catch (error) {
      if (error instanceof CompoundFileError) throw refuse(file, `is not a readable HWP file: ${error.message}`, 'corrupt_file');
      throw error;
    }
  };
  const fileHeader = read('FileHeader');
  if (!fileHeader || fileHeader.length < 40 || !new TextDecoder('latin1').decode(fileHeader.subarray(0, 17)).startsWith('HWP Document File')) {
    throw refuse(file, 'is a compound (OLE) file but not an HWP document (no HWP FileHeader stream)', 'corrupt_file');
  }
  const props = view(fileHeader).getUint32(36, true);
  if (props & PASSWORD)
    throw refuse(file, 'is a password-protected HWP file; open it in Hancom Office, remove the password and save it again', 'encrypted_hwp');
  if (props & DISTRIBUTION || container.streams().some((s) => s.startsWith('ViewText/'))) {
    throw refuse(
      file,
      'is an HWP distribution document (배포용 문서): its text is encrypted for viewing only and cannot be read; ask its author for the original HWP, HWPX or PDF',
      'distribution_document',
    );
  }
  if (props & DRM) throw refuse(file, 'is a DRM-protected HWP file; its text cannot be read', 'encrypted_hwp');
  const compressed = (props & COMPRESSED) !== 0;
  let budget = limits.maxUncompressedBytes;
  const stream = (name: string): Uint8Array | undefined => {
    const raw = read(name);
    if (!raw || !compressed) return raw;
    try {
      const out = inflateBounded(raw, { maxBytes: budget, maxRatio: limits.maxCompressionRatio, ratioFloor: limits.ratioFloorBytes });
      budget -= out.length;
      return out;
    } catch (error) {
      if (error instanceof InflateLimitError) throw new ParseError(file, `rejected as a possible zlib bomb: stream ${name} ${error.message}`, 413, 'zip_bomb');
      throw refuse(file, `is not a readable HWP file: stream ${name} is damaged (${(error as Error).message})`, 'corrupt_file');
    }
  };
  const docInfo = readDocInfo(readRecords(stream('DocInfo') ?? new Uint8Array(0)));
  const sections = container
    .streams()
    .map((name) => /^BodyText\/Section(\d+)$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((m) => m[0]);
  if (sections.length === 0) throw refuse(file, 'is an HWP file without body text (no BodyText/Section0 stream)', 'corrupt_file');
  const blocks: LayoutBlock[] = [];
  for (const name of sections) {
    const records = readRecords(stream(name) ?? new Uint8Array(0));
    const reader = new BodyReader(records, docInfo);
    reader.walk(0, records.length, blocks);
  }
  return blocks;
}
