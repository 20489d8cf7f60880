import { DOMParser } from 'linkedom';
import type { IngestLimits } from '../limits.js';
import { ParseError } from '../parse-document.js';
import type { LayoutBlock } from './document-layout.js';
import { unzipChecked } from './safe-unzip.js';

const SECTION = /^Contents\/section(\d+)\.xml$/i;
const HEADER = 'Contents/header.xml';
const PACKAGE = 'Contents/content.hpf';

/** An XML part through a real parser (linkedom): linear in its size, whatever tags it repeats. */
function parseXml(xml: string): Element {
  return new DOMParser().parseFromString(xml, 'text/xml').documentElement as unknown as Element;
}

/** OWPML element names without their namespace prefix ("hp:p" -> "p"). */
function localName(element: Element): string {
  const name = element.localName || element.tagName;
  return name.slice(name.indexOf(':') + 1);
}

/** Every element under root, in document order, by name without prefix; iterative, so deep nesting cannot overflow the stack. */
function* elements(root: Element, names: ReadonlySet<string>): Generator<Element> {
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    if (names.has(localName(element))) yield element;
    const children = element.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Element);
  }
}

export interface HeaderLayout {
  byStyle: Map<string, number>;
  byParaShape: Map<string, number>;
  /** Character size of each character shape (charPr height), in 1/100 pt. */
  charSizes: Map<string, number>;
}

/**
 * From header.xml: outline levels (a style named "개요 N"/"Outline N", or a paragraph shape with an
 * OUTLINE heading) and the size of each character shape.
 */
export function headingLevels(headerXml: string): HeaderLayout {
  const byStyle = new Map<string, number>();
  const byParaShape = new Map<string, number>();
  const charSizes = new Map<string, number>();
  if (!headerXml.trim()) return { byStyle, byParaShape, charSizes };
  for (const element of elements(parseXml(headerXml), new Set(['style', 'paraPr', 'charPr']))) {
    const id = element.getAttribute('id');
    if (id === null) continue;
    if (localName(element) === 'charPr') {
      const height = Number(element.getAttribute('height'));
      if (Number.isFinite(height) && height > 0) charSizes.set(id, height);
    } else if (localName(element) === 'style') {
      const named =
        /^(?:개요|제목|Outline|Heading)\s*(\d)$/i.exec(element.getAttribute('name') ?? '') ??
        /^(?:Outline|Heading)\s*(\d)$/i.exec(element.getAttribute('engName') ?? '');
      if (named?.[1]) byStyle.set(id, Number(named[1]));
    } else {
      const heading = elements(element, new Set(['heading'])).next().value;
      if (heading?.getAttribute('type') === 'OUTLINE') byParaShape.set(id, Number(heading.getAttribute('level') ?? 0) + 1);
    }
  }
  return { byStyle, byParaShape, charSizes };
}

/** Section files in reading order: the package spine when it names them, else by number. */
export function sectionOrder(names: string[], packageXml: string | undefined): string[] {
  const sections = names.filter((n) => SECTION.test(n)).sort((a, b) => Number(SECTION.exec(a)?.[1]) - Number(SECTION.exec(b)?.[1]));
  if (!packageXml) return sections;
  const hrefs = new Map<string, string>();
  const spine: string[] = [];
  for (const element of elements(parseXml(packageXml), new Set(['item', 'itemref']))) {
    if (localName(element) === 'item') {
      const id = element.getAttribute('id');
      const href = element.getAttribute('href');
      if (id && href) hrefs.set(id, href.replace(/^\.?\//, ''));
    } else {
      const href = hrefs.get(element.getAttribute('idref') ?? '');
      if (href && sections.includes(href)) spine.push(href);
    }
  }
  return spine.length > 0 ? [...spine, ...sections.filter((s) => !spine.includes(s))] : sections;
}

interface Table {
  rows: LayoutBlock[][][];
  row?: LayoutBlock[][];
  cell?: LayoutBlock[];
  /** Column spans of the rows read so far, of the open row, and of the open cell (hp:cellSpan). */
  colSpans: number[][];
  rowSpans?: number[];
  cellSpan?: number;
}

interface OpenParagraph {
  text: string;
  level?: number;
  tableDepth: number;
  /** Visible characters per character size, to know the size most of the paragraph is set in. */
  weights: Map<number, number>;
  size?: number;
}

// Running page headers and footers repeat on every page; they are not body text.
const SKIPPED = new Set(['header', 'footer', 'secPr', 'pageHiding', 'pageNum']);

const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** Reads one OWPML section: paragraphs (hp:p / hp:t) in order with their sizes, outline headings, tables as rows of cells. */
export function sectionBlocks(xml: string, levels: HeaderLayout): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  const paragraphs: OpenParagraph[] = [];
  const tables: Table[] = [];
  let inText = 0;
  const emit = (p: OpenParagraph) => {
    if (!p.text.trim()) return;
    const size = [...p.weights.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
    const block: LayoutBlock = { kind: 'text', text: p.text, ...(size ? { size } : {}), ...(p.level ? { level: p.level } : {}) };
    const table = tables[p.tableDepth - 1];
    if (p.tableDepth > 0) table?.cell?.push(block);
    else blocks.push(block);
  };
  const open = (element: Element) => {
    const name = localName(element);
    if (name === 'p') {
      const level = levels.byStyle.get(element.getAttribute('styleIDRef') ?? '') ?? levels.byParaShape.get(element.getAttribute('paraPrIDRef') ?? '');
      paragraphs.push({ text: '', level, tableDepth: tables.length, weights: new Map() });
    } else if (name === 'run' && paragraphs.length > 0)
      (paragraphs.at(-1) as OpenParagraph).size = levels.charSizes.get(element.getAttribute('charPrIDRef') ?? '');
    else if (name === 't') inText++;
    else if ((name === 'tab' || name === 'lineBreak') && paragraphs.length > 0) (paragraphs.at(-1) as OpenParagraph).text += name === 'tab' ? '\t' : '\n';
    else if (name === 'tbl') {
      // Text before a table in the same paragraph comes first in reading order.
      const holder = paragraphs.at(-1);
      if (holder && holder.tableDepth === tables.length) {
        emit(holder);
        holder.text = '';
        holder.weights = new Map();
      }
      tables.push({ rows: [], colSpans: [] });
    } else if (name === 'tr' && tables.length > 0) {
      (tables.at(-1) as Table).row = [];
      (tables.at(-1) as Table).rowSpans = [];
    } else if (name === 'tc' && tables.length > 0) {
      (tables.at(-1) as Table).cell = [];
      (tables.at(-1) as Table).cellSpan = 1;
    } else if (name === 'cellSpan' && tables.at(-1)?.cell) {
      const span = Number.parseInt(element.getAttribute('colSpan') ?? '1', 10);
      (tables.at(-1) as Table).cellSpan = Number.isSafeInteger(span) && span > 0 ? span : 1;
    }
  };
  const close = (element: Element) => {
    const name = localName(element);
    if (name === 'p') {
      const done = paragraphs.pop();
      if (done) emit(done);
    } else if (name === 't') inText = Math.max(0, inText - 1);
    else if (name === 'tc') {
      const table = tables.at(-1);
      if (table?.cell && table.row) {
        table.row.push(table.cell);
        table.rowSpans?.push(table.cellSpan ?? 1);
      }
      if (table) table.cell = undefined;
    } else if (name === 'tr') {
      const table = tables.at(-1);
      if (table?.row) {
        table.rows.push(table.row);
        table.colSpans.push(table.rowSpans ?? table.row.map(() => 1));
      }
      if (table) table.row = undefined;
    } else if (name === 'tbl') {
      const table = tables.pop();
      if (!table) return;
      const outer = tables.at(-1);
      // A table inside a table cell stays inside that cell.
      const spanned = table.colSpans.some((row) => row.some((span) => span > 1));
      const block: LayoutBlock = { kind: 'table', rows: table.rows, ...(spanned ? { colSpans: table.colSpans } : {}) };
      if (outer?.cell) outer.cell.push(block);
      else if (tables.length === 0) blocks.push(block);
    }
  };
  // Depth-first with an explicit stack of enter/leave steps: no recursion, so nesting depth is free.
  const stack: { node: Node; leaving: boolean }[] = [{ node: parseXml(xml) as unknown as Node, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop() as { node: Node; leaving: boolean };
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      if (inText > 0 && paragraphs.length > 0) {
        const paragraph = paragraphs.at(-1) as OpenParagraph;
        const value = node.nodeValue ?? '';
        paragraph.text += value;
        const visible = value.replace(/\s+/g, '').length;
        if (paragraph.size && visible > 0) paragraph.weights.set(paragraph.size, (paragraph.weights.get(paragraph.size) ?? 0) + visible);
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as unknown as Element;
    if (leaving) {
      close(element);
      continue;
    }
    if (SKIPPED.has(localName(element))) continue;
    open(element);
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Node, leaving: false });
  }
  return blocks;
}

function utf8(file: string, bytes: Uint8Array, part: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ParseError(file, `part ${part} is not valid UTF-8 XML`, 422, 'corrupt_file');
  }
}

/** HWPX (OWPML, KS X 6101): a zip of XML parts; body text lives in Contents/sectionN.xml. */
export function loadHwpx(input: { file: string; bytes: Uint8Array; limits: IngestLimits }): { blocks: LayoutBlock[]; title?: string } {
  const { file, bytes, limits } = input;
  const parts = unzipChecked({ file, bytes, limits, keep: (name) => SECTION.test(name) || name === HEADER || name === PACKAGE });
  const names = [...parts.keys()];
  const packageXml = parts.has(PACKAGE) ? utf8(file, parts.get(PACKAGE) as Uint8Array, PACKAGE) : undefined;
  const order = sectionOrder(names, packageXml);
  if (order.length === 0) throw new ParseError(file, 'is a zip file but not an HWPX document (no Contents/section0.xml)', 422, 'corrupt_file');
  const levels = headingLevels(parts.has(HEADER) ? utf8(file, parts.get(HEADER) as Uint8Array, HEADER) : '');
  const blocks = order.flatMap((name) => sectionBlocks(utf8(file, parts.get(name) as Uint8Array, name), levels));
  const titleElement = packageXml ? elements(parseXml(packageXml), new Set(['title'])).next().value : undefined;
  // Templates leave stale titles ("3", "1111"): a package title without two letters names nothing.
  const packageTitle = titleElement?.textContent?.trim() ?? '';
  const title = (packageTitle.match(/\p{L}/gu) ?? []).length >= 2 ? packageTitle : undefined;
  return { blocks, title };
}
