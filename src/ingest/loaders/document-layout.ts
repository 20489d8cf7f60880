import { PHONE, PUBLIC_BODY, UNIT } from '../../core/metadata-passage.js';
import type { Block } from './blocks.js';

/**
 * What the Hancom loaders (HWP, HWPX) know of a document's layout: paragraphs with their
 * character size and style, tables as rows of cells that hold paragraphs. From it this module
 * settles the headline, the date and the issuing body the way a reader of the page would: by
 * size and position, not by what a metadata field (often a template's leftover) claims.
 */
export interface LayoutText {
  kind: 'text';
  text: string;
  /** Character size most of the paragraph is set in, in 1/100 pt (1000 = 10 pt). */
  size?: number;
  /** Outline level (1-based) when the paragraph is an outline heading. */
  level?: number;
}

export interface LayoutTable {
  kind: 'table';
  rows: LayoutBlock[][][];
  /** How many columns each cell spans, row by row, when the format says (HWPX); absent means one each. */
  colSpans?: number[][];
}

export type LayoutBlock = LayoutText | LayoutTable;

export interface LaidOutDocument {
  blocks: Block[];
  title?: string;
  /** YYYY-MM-DD */
  publishedAt?: string;
  /** The issuing body and unit as the page states them ("문화체육관광부 · 체육국"). */
  issuer?: string;
  /** A press release's metadata box as it states it, one line an entry (see boxLines). */
  releaseBox?: string[];
}

// How far into the document a headline may start: a cover page or a press release's first lines.
const TOP_TEXTS = 40;
const TOP_CHARS = 1500;
const MAX_TITLE_CHARS = 200;
// Lines next to the largest one that are nearly as large belong to the same headline.
const SAME_HEADLINE = 0.8;
// A line set between dashes ("- 4·19민주묘지에 울려퍼지는 -") is a subtitle by typographic convention.
const SUBTITLE = /^\s*[-–—~]\s|\s[-–—~]\s*$/;

/** The words that label a press release's metadata box (보도시점, 배포, 담당 부서, 담당자, ...). */
const LABEL = /^(?:보도(?:시점|일시|일자)?|배포(?:일시|일자)?|담당(?:부서|과|과장|관|자)?|책임자|문의(?:처)?|연락처|전화(?:번호)?|작성(?:자|일)?|자료제공)$/;
const DATE = /((?:19|20)\d{2})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})(?!\d)/;
const DATE_ONLY = /^[(（]?\s*(?:19|20)\d{2}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*[.일]?\s*(?:[(（][^)）]{1,3}[)）])?\s*[)）]?$/;

function letters(text: string): number {
  return (text.match(/[\p{L}]/gu) ?? []).length;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "강 북 구 청" (letter-spaced on a cover page) reads as "강북구청". */
function unspace(text: string): string {
  const t = squash(text);
  return /^(?:[가-힣] )+[가-힣]$/.test(t) ? t.replace(/ /g, '') : t;
}

function cellText(cell: LayoutBlock[]): string {
  return squash(cell.map((b) => (b.kind === 'text' ? b.text : b.rows.map((r) => r.map(cellText).join(' | ')).join(' / '))).join(' '));
}

function isoDate(text: string): string | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A table with one column is a box around text (a headline box, a cover), not a table of data. */
function isBox(table: LayoutTable): boolean {
  return table.rows.every((row) => row.length <= 1);
}

/** A press release's metadata or contact box: labels (보도시점, 담당자, ...) or phone numbers. */
function isMetadataBox(table: LayoutTable): boolean {
  const cells = table.rows.flat().map(cellText);
  const labels = cells.filter((c) => LABEL.test(c.replace(/\s+/g, ''))).length;
  const phones = cells.filter((c) => PHONE.test(c)).length;
  const chars = cells.join('').length;
  return labels >= 2 || (labels >= 1 && phones >= 1) || (phones >= 1 && chars <= 300);
}

interface Line {
  text: string;
  size?: number;
  /** Index of the top-level block it came from. */
  block: number;
  /** Could be the headline: a paragraph or a line in a box, not a cell of a table with columns. */
  candidate: boolean;
}

/** Text lines in reading order, each with the top-level block it belongs to. */
function linesOf(blocks: LayoutBlock[]): Line[] {
  const lines: Line[] = [];
  const visit = (block: LayoutBlock, index: number, candidate: boolean) => {
    if (block.kind === 'text') lines.push({ text: squash(block.text), size: block.size, block: index, candidate });
    else for (const row of block.rows) for (const cell of row) for (const inner of cell) visit(inner, index, candidate && isBox(block));
  };
  blocks.forEach((block, index) => {
    visit(block, index, true);
  });
  return lines.filter((l) => l.text.length > 0);
}

/** The character size most text is set in. */
function bodySize(lines: Line[]): number | undefined {
  const weight = new Map<number, number>();
  for (const line of lines) if (line.size) weight.set(line.size, (weight.get(line.size) ?? 0) + line.text.length);
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The headline: the largest text near the top that is a paragraph or in a box, with its near-as-large neighbours. */
function findHeadline(lines: Line[], metadataBlocks: Set<number>): string | undefined {
  const body = bodySize(lines);
  const top: Line[] = [];
  let chars = 0;
  for (const line of lines) {
    if (top.length >= TOP_TEXTS || chars >= TOP_CHARS) break;
    top.push(line);
    chars += line.text.length;
  }
  const fits = (l: Line) => l.candidate && !metadataBlocks.has(l.block) && l.size !== undefined && letters(l.text) >= 2 && l.text.length <= MAX_TITLE_CHARS;
  const largest = Math.max(0, ...top.filter(fits).map((l) => l.size as number));
  if (!largest || (body !== undefined && largest <= body)) return undefined;
  const at = top.findIndex((l) => fits(l) && l.size === largest);
  const near = (l: Line | undefined) =>
    l !== undefined && fits(l) && !SUBTITLE.test(l.text) && (l.size as number) >= largest * SAME_HEADLINE && l.block === (top[at] as Line).block;
  let start = at;
  let end = at + 1;
  while (start > 0 && near(top[start - 1])) start--;
  while (end < top.length && near(top[end])) end++;
  const title = squash(
    top
      .slice(start, end)
      .map((l) => l.text)
      .join(' '),
  );
  return title.length <= MAX_TITLE_CHARS ? title : title.slice(0, MAX_TITLE_CHARS);
}

/** Dates and units from metadata boxes: the release date (배포, else 보도) and the responsible unit. */
function readMetadataBox(table: LayoutTable): { released?: string; embargo?: string; units: string[] } {
  const found: { released?: string; embargo?: string; units: string[] } = { units: [] };
  for (const row of table.rows) {
    const cells = row.map(cellText);
    cells.forEach((cell, i) => {
      const label = cell.replace(/\s+/g, '');
      const value = cells[i + 1] ?? '';
      if (/^배포/.test(label)) found.released ??= isoDate(value);
      else if (/^보도/.test(label)) found.embargo ??= isoDate(value);
      else if (/^담당(?:부서|과)$/.test(label) && UNIT.test(value.replace(/\s+/g, ''))) found.units.push(value.replace(/\s+/g, ''));
    });
  }
  return found;
}

/** Labels that open a line of their own: the release's times, and each responsible unit with its officials after it. */
const RELEASE_LABEL = /^(?:보도|배포)/;
const UNIT_LABEL = /^(?:담당(?:부서|과)|문의(?:처)?)$/;
/** A box entry is a date, a unit's name or an official and a number: a longer value is body text in a form. */
const MAX_BOX_VALUE = 100;

/**
 * The box as the release states it, an entry a line: "보도시점: 2024. 1. 2.(화) 08:00, 배포: …" and
 * "담당 부서: 체육국 (진천선수촌) 체육정책과, 책임자: 과장 정태경 (044-203-3111), 담당자: 사무관 …".
 * A label's value is the cells after it up to the next label; cells that open a row without a label
 * continue the unit above (a box sets a unit's part, "(진천선수촌)", under its label cell), and a unit
 * label already used opens the next unit. The times and the contacts are what a reader asks of the
 * box ("언제부터 보도할 수 있어", "누구한테 물어봐"); the layout keeps them off the body text.
 */
function boxLines(table: LayoutTable): string[] {
  // A field's label as the box prints it, and as it reads with its letter spacing closed up ("담 당 자" is 담당자).
  type Field = { label: string; key: string; values: string[] };
  const isUnit = (f: Field) => UNIT_LABEL.test(f.key);
  const groups: Field[][] = [];
  let group: Field[] | undefined;
  let field: Field | undefined;
  for (const row of table.rows) {
    let opened = false;
    for (const cell of row.map(cellText)) {
      if (!cell) continue;
      const key = cell.replace(/\s+/g, '');
      if (LABEL.test(key)) {
        opened = true;
        const sameKind = group?.[0] !== undefined && RELEASE_LABEL.test(group[0].key) === RELEASE_LABEL.test(key);
        const unitAgain = UNIT_LABEL.test(key) && group?.some(isUnit);
        field = { label: unspace(cell), key, values: [] };
        if (!group || !sameKind || unitAgain) {
          group = [];
          groups.push(group);
        }
        group.push(field);
      } else if (!opened && group) {
        // A row that opens without a label continues the unit named above it.
        (group.find(isUnit) ?? field)?.values.push(cell);
      } else field?.values.push(cell);
    }
  }
  // A form with 연락처 blanks to fill in is no release box: only a release's times or a unit opens a line.
  const opens = (g: Field[]) => g[0] !== undefined && (RELEASE_LABEL.test(g[0].key) || isUnit(g[0]));
  return groups
    .filter((g) => opens(g) && g.every((f) => f.values.join(' ').length <= MAX_BOX_VALUE))
    .map((g) =>
      g
        .filter((f) => f.values.length > 0)
        .map((f) => `${f.label}: ${withPhoneLabel(f.values.join(' '))}`)
        .join(', '),
    )
    .filter(Boolean);
}

/** A number as a box prints it (PHONE), in parentheses or not: "(044-203-3111)", "장인숙(02-2110-2430)". */
const BOXED_PHONE = new RegExp(`\\s*[(（]?\\s*(${PHONE.source})\\s*[)）]?`, 'gu');

/**
 * "과장 정태경 (044-203-3111)" → "과장 정태경, 문의 전화번호 044-203-3111": a box prints an official's
 * number bare, its place in the box saying what it is (the number to call with questions on the
 * release); the line read alone names it, so a question asking for the phone number or whom to
 * contact (전화번호, 문의, phone number, contact) finds the words it asks with.
 */
function withPhoneLabel(value: string): string {
  return value.replace(BOXED_PHONE, (_, phone: string) => `, 문의 전화번호 ${phone}`);
}

/** The public body the page names on its own (a masthead cell, a cover line), with the unit beside it. */
function findIssuer(lines: Line[], mastheadEnd: number): string | undefined {
  for (const [i, line] of lines.entries()) {
    // A cell of a data table ("소관기관 | 국토교통부") names a body the document is about, not its issuer.
    if (!line.candidate && line.block >= mastheadEnd) continue;
    const text = unspace(line.text);
    if (!PUBLIC_BODY.test(text)) continue;
    const next = unspace(lines[i + 1]?.text ?? '').replace(/^[(（]|[)）]$/g, '');
    return lines[i + 1]?.block === line.block && UNIT.test(next) ? `${text} ${next}` : text;
  }
  return undefined;
}

function toBlocks(blocks: LayoutBlock[], skip: Set<number>, title: string | undefined, out: Block[]): void {
  const shift = title ? 1 : 0;
  const emitText = (block: LayoutText) => {
    const text = block.text;
    if (!text.trim()) return;
    if (block.level) out.push({ kind: 'heading', level: Math.min(6, block.level + shift), text });
    else out.push({ kind: 'paragraph', text });
  };
  const emit = (block: LayoutBlock) => {
    if (block.kind === 'text') emitText(block);
    else if (isBox(block)) for (const row of block.rows) for (const cell of row) for (const inner of cell) emit(inner);
    else out.push({ kind: 'table', rows: block.rows.map((row) => row.map(cellText)), ...(block.colSpans ? { colSpans: block.colSpans } : {}) });
  };
  blocks.forEach((block, index) => {
    if (!skip.has(index)) emit(block);
  });
  if (title) {
    // The headline leads the body as its top heading, so the chunker names it, not a passage of its own.
    const squashedTitle = squash(title);
    let from = -1;
    let to = -1;
    let joined = '';
    for (let i = 0; i < out.length && from < 0; i++) {
      for (let j = i; j < out.length; j++) {
        const block = out[j] as Block;
        if (block.kind === 'table') break;
        joined = squash(`${j === i ? '' : joined} ${block.text}`);
        if (joined === squashedTitle) {
          from = i;
          to = j + 1;
          break;
        }
        if (!squashedTitle.startsWith(joined)) break;
      }
    }
    const heading: Block = { kind: 'heading', level: 1, text: squashedTitle };
    if (from >= 0) out.splice(from, to - from, heading);
    else out.unshift(heading);
  }
}

/** Blocks for the chunker plus the headline, date and issuer the layout states. */
export function readLayout(blocks: LayoutBlock[]): LaidOutDocument {
  const lines = linesOf(blocks);
  const metadata = new Set<number>();
  let released: string | undefined;
  let embargo: string | undefined;
  const units: string[] = [];
  const releaseBox: string[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'table' || isBox(block) || !isMetadataBox(block)) return;
    metadata.add(index);
    releaseBox.push(...boxLines(block));
    const found = readMetadataBox(block);
    released ??= found.released;
    embargo ??= found.embargo;
    units.push(...found.units);
  });
  const title = findHeadline(lines, metadata);
  // A cover page's date stands alone on its line; a standard's may sit in its title.
  const coverDate = lines.slice(0, TOP_TEXTS).find((l) => DATE_ONLY.test(l.text) && !metadata.has(l.block));
  const publishedAt = released ?? embargo ?? (coverDate ? isoDate(coverDate.text) : undefined) ?? (title ? isoDate(title) : undefined);
  // A masthead (logo, body name, "보도자료") before the headline is letterhead, not text to cite.
  const titleBlock = title ? lines.find((l) => l.candidate && title.startsWith(l.text.slice(0, 10)))?.block : undefined;
  const body = findIssuer(lines, titleBlock ?? 0);
  const unit = units[0];
  const issuer = body ? (unit && !body.includes(unit) ? `${body} · ${unit}` : body) : unit;
  const skip = new Set(metadata);
  if (titleBlock !== undefined) {
    blocks.forEach((block, index) => {
      if (index < titleBlock && block.kind === 'table' && !isBox(block)) skip.add(index);
    });
  }
  const out: Block[] = [];
  toBlocks(blocks, skip, title, out);
  return {
    blocks: out,
    ...(title ? { title } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(issuer ? { issuer } : {}),
    ...(releaseBox.length > 0 ? { releaseBox } : {}),
  };
}
