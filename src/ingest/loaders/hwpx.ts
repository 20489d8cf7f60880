import type { IngestLimits } from '../limits.js';
import { ParseError } from '../parse-document.js';
import type { Block } from './blocks.js';
import { unzipChecked } from './safe-unzip.js';

const SECTION = /^Contents\/section(\d+)\.xml$/i;
const HEADER = 'Contents/header.xml';
const PACKAGE = 'Contents/content.hpf';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] !== '#') return ENTITIES[entity] ?? whole;
    const code = entity[1]?.toLowerCase() === 'x' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
  });
}

function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];
}

/** Outline levels from header.xml: a style named "개요 N"/"Outline N", or a paragraph shape with an OUTLINE heading. */
export function headingLevels(headerXml: string): { byStyle: Map<string, number>; byParaShape: Map<string, number> } {
  const byStyle = new Map<string, number>();
  for (const match of headerXml.matchAll(/<(?:\w+:)?style\b([^>]*)\/?>/g)) {
    const attrs = match[1] ?? '';
    const id = attr(attrs, 'id');
    const named =
      /^(?:개요|제목|Outline|Heading)\s*(\d)$/i.exec(attr(attrs, 'name') ?? '') ?? /^(?:Outline|Heading)\s*(\d)$/i.exec(attr(attrs, 'engName') ?? '');
    if (id !== undefined && named?.[1]) byStyle.set(id, Number(named[1]));
  }
  const byParaShape = new Map<string, number>();
  for (const match of headerXml.matchAll(/<(?:\w+:)?paraPr\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?paraPr>/g)) {
    const id = attr(match[1] ?? '', 'id');
    const heading = /<(?:\w+:)?heading\b([^>]*)\/?>/.exec(match[2] ?? '')?.[1] ?? '';
    if (id !== undefined && attr(heading, 'type') === 'OUTLINE') byParaShape.set(id, Number(attr(heading, 'level') ?? 0) + 1);
  }
  return { byStyle, byParaShape };
}

/** Section files in reading order: the package spine when it names them, else by number. */
export function sectionOrder(names: string[], packageXml: string | undefined): string[] {
  const sections = names.filter((n) => SECTION.test(n)).sort((a, b) => Number(SECTION.exec(a)?.[1]) - Number(SECTION.exec(b)?.[1]));
  if (!packageXml) return sections;
  const hrefs = new Map<string, string>();
  for (const m of packageXml.matchAll(/<(?:\w+:)?item\b([^>]*)\/?>/g)) {
    const id = attr(m[1] ?? '', 'id');
    const href = attr(m[1] ?? '', 'href');
    if (id && href) hrefs.set(id, href.replace(/^\.?\//, ''));
  }
  const spine = [...packageXml.matchAll(/<(?:\w+:)?itemref\b([^>]*)\/?>/g)]
    .map((m) => hrefs.get(attr(m[1] ?? '', 'idref') ?? ''))
    .filter((h): h is string => !!h && sections.includes(h));
  return spine.length > 0 ? [...spine, ...sections.filter((s) => !spine.includes(s))] : sections;
}

interface Table {
  rows: string[][];
  row?: string[];
  cell?: string[];
}

interface OpenParagraph {
  text: string;
  level?: number;
  tableDepth: number;
}

// Running page headers and footers repeat on every page; they are not body text.
const SKIPPED = new Set(['header', 'footer', 'secPr', 'pageHiding', 'pageNum']);

/** Reads one OWPML section: paragraphs (hp:p / hp:t) in order, outline headings, tables as rows. */
export function sectionBlocks(xml: string, levels: ReturnType<typeof headingLevels>): Block[] {
  const blocks: Block[] = [];
  const paragraphs: OpenParagraph[] = [];
  const tables: Table[] = [];
  let inText = 0;
  let skipping = 0;
  const emit = (p: OpenParagraph) => {
    const text = p.text.trim();
    if (!text) return;
    const table = tables.at(-1);
    if (p.tableDepth > 0 && table?.cell) table.cell.push(text);
    else if (p.tableDepth === 0) blocks.push(p.level ? { kind: 'heading', level: p.level, text } : { kind: 'paragraph', text });
  };
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)(?:[\w.-]+:)?([\w.-]+)([^>]*?)(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(token)) {
    const [, cdata, closing, name = '', attrs = '', selfClosing, text] = m;
    const characters = cdata ?? (text === undefined ? undefined : decodeXml(text));
    if (characters !== undefined) {
      if (inText > 0 && skipping === 0 && paragraphs.length > 0) (paragraphs.at(-1) as OpenParagraph).text += characters;
      continue;
    }
    if (SKIPPED.has(name)) {
      if (!selfClosing) skipping += closing ? -1 : 1;
      continue;
    }
    if (skipping > 0) continue;
    if (!closing) {
      if (name === 'p') {
        const level = levels.byStyle.get(attr(attrs, 'styleIDRef') ?? '') ?? levels.byParaShape.get(attr(attrs, 'paraPrIDRef') ?? '');
        const open = { text: '', level, tableDepth: tables.length };
        if (selfClosing) continue;
        paragraphs.push(open);
      } else if (name === 't' && !selfClosing) inText++;
      else if ((name === 'tab' || name === 'lineBreak') && paragraphs.length > 0) (paragraphs.at(-1) as OpenParagraph).text += name === 'tab' ? '\t' : '\n';
      else if (name === 'tbl' && !selfClosing) {
        // Text before a table in the same paragraph comes first in reading order.
        const holder = paragraphs.at(-1);
        if (holder && holder.tableDepth === tables.length) {
          emit(holder);
          holder.text = '';
        }
        tables.push({ rows: [] });
      } else if (name === 'tr' && !selfClosing && tables.length > 0) (tables.at(-1) as Table).row = [];
      else if (name === 'tc' && !selfClosing && tables.length > 0) (tables.at(-1) as Table).cell = [];
      continue;
    }
    if (name === 'p') {
      const done = paragraphs.pop();
      if (done) emit(done);
    } else if (name === 't') inText = Math.max(0, inText - 1);
    else if (name === 'tc') {
      const table = tables.at(-1);
      if (table?.cell) table.row?.push(table.cell.join(' '));
      if (table) table.cell = undefined;
    } else if (name === 'tr') {
      const table = tables.at(-1);
      if (table?.row) table.rows.push(table.row);
      if (table) table.row = undefined;
    } else if (name === 'tbl') {
      const table = tables.pop();
      if (!table) continue;
      const outer = tables.at(-1);
      // A table inside a table cell is flattened into that cell's text.
      if (outer?.cell) outer.cell.push(table.rows.map((r) => r.join(' | ')).join(' / '));
      else blocks.push({ kind: 'table', rows: table.rows });
    }
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
export function loadHwpx(input: { file: string; bytes: Uint8Array; limits: IngestLimits }): { blocks: Block[]; title?: string } {
  const { file, bytes, limits } = input;
  const parts = unzipChecked({ file, bytes, limits, keep: (name) => SECTION.test(name) || name === HEADER || name === PACKAGE });
  const names = [...parts.keys()];
  const packageXml = parts.has(PACKAGE) ? utf8(file, parts.get(PACKAGE) as Uint8Array, PACKAGE) : undefined;
  const order = sectionOrder(names, packageXml);
  if (order.length === 0) throw new ParseError(file, 'is a zip file but not an HWPX document (no Contents/section0.xml)', 422, 'corrupt_file');
  const levels = headingLevels(parts.has(HEADER) ? utf8(file, parts.get(HEADER) as Uint8Array, HEADER) : '');
  const blocks = order.flatMap((name) => sectionBlocks(utf8(file, parts.get(name) as Uint8Array, name), levels));
  const title = packageXml ? decodeXml(/<(?:\w+:)?title\b[^>]*>([^<]*)</.exec(packageXml)?.[1] ?? '').trim() || undefined : undefined;
  return { blocks, title };
}
