import { deflateSync } from 'node:zlib';

/**
 * A small PDF writer for test fixtures: pages of text in the standard Helvetica fonts and filled
 * rectangles, an Info dictionary, extra trailer entries and pages that share one content stream.
 * It writes classic PDF 1.7: numbered objects, one cross-reference table with the byte offset of
 * every object, and a trailer. Text is encoded in WinAnsiEncoding, as the standard 14 fonts use it
 * here, so it covers English (and Western European) text only; anything else throws.
 */

export type StandardFont = 'Helvetica' | 'Helvetica-Bold';

export interface TextOptions {
  x: number;
  y: number;
  size: number;
  font?: StandardFont;
}

export interface RectangleOptions {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Fill gray level, 0 (black) to 1 (white). */
  gray?: number;
}

/** A reference to an indirect object, written as `n 0 R`. */
export class PdfRef {
  constructor(readonly objectNumber: number) {}
  toString(): string {
    return `${this.objectNumber} 0 R`;
  }
}

/** A PDF name, for dictionary values such as `/Standard`. */
export class PdfName {
  constructor(readonly name: string) {}
  toString(): string {
    return `/${this.name.replace(/[^!-~]|[()<>[\]{}/%#]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}`;
  }
}

/** A hexadecimal string, `<…>`, from bytes given as hex digits. */
export class PdfHex {
  constructor(readonly hex: string) {
    if (!/^(?:[0-9a-fA-F]{2})*$/.test(hex)) throw new Error(`not hex bytes: ${hex}`);
  }
  toString(): string {
    return `<${this.hex}>`;
  }
}

export type PdfValue = PdfRef | PdfName | PdfHex | number | boolean | string | null | PdfValue[] | { [key: string]: PdfValue };

// WinAnsiEncoding bytes 0x80–0x9F that differ from Latin-1 (PDF 32000-1, annex D.2).
const WIN_ANSI_HIGH: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** `text` as a literal string in WinAnsiEncoding, bytes outside printable ASCII escaped in octal. */
export function winAnsiLiteral(text: string): string {
  let out = '(';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const byte = code >= 0x20 && code <= 0x7e ? code : code >= 0xa0 && code <= 0xff ? code : WIN_ANSI_HIGH[char];
    if (byte === undefined)
      throw new Error(
        `WinAnsiEncoding cannot encode "${char}" (U+${code.toString(16).toUpperCase().padStart(4, '0')}); standard fonts cover Western text only`,
      );
    if (char === '(' || char === ')' || char === '\\') out += `\\${char}`;
    else if (byte >= 0x20 && byte <= 0x7e) out += char;
    else out += `\\${byte.toString(8).padStart(3, '0')}`;
  }
  return `${out})`;
}

/** A text string for metadata: a literal when it is printable ASCII, else UTF-16BE with a byte order mark. */
function textString(text: string): string {
  if (/^[ -~]*$/.test(text)) return `(${text.replace(/[()\\]/g, (c) => `\\${c}`)})`;
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

export function serialize(value: PdfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return num(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return textString(value);
  if (value instanceof PdfRef || value instanceof PdfName || value instanceof PdfHex) return value.toString();
  if (Array.isArray(value)) return `[${value.map(serialize).join(' ')}]`;
  return `<< ${Object.entries(value)
    .map(([key, v]) => `${new PdfName(key)} ${serialize(v)}`)
    .join(' ')} >>`;
}

const FONT_RESOURCE: Record<StandardFont, string> = { Helvetica: 'F1', 'Helvetica-Bold': 'F2' };

/** One page's drawing operators and the fonts they use. */
export class PdfPage {
  private readonly operators: string[] = [];
  readonly fonts = new Set<StandardFont>();

  /** `sharesWith`: the page whose content stream and resources this one reuses. */
  constructor(
    readonly size: [number, number],
    readonly sharesWith?: PdfPage,
  ) {}

  drawText(text: string, options: TextOptions): this {
    this.ownContent();
    const font = options.font ?? 'Helvetica';
    this.fonts.add(font);
    this.operators.push(`BT /${FONT_RESOURCE[font]} ${num(options.size)} Tf ${num(options.x)} ${num(options.y)} Td ${winAnsiLiteral(text)} Tj ET`);
    return this;
  }

  drawRectangle(options: RectangleOptions): this {
    this.ownContent();
    this.operators.push(`q ${num(options.gray ?? 0)} g ${num(options.x)} ${num(options.y)} ${num(options.width)} ${num(options.height)} re f Q`);
    return this;
  }

  /** The content stream, operators one per line. */
  content(): string {
    return this.operators.length > 0 ? `0 g\n${this.operators.join('\n')}\n` : '';
  }

  private ownContent(): void {
    if (this.sharesWith) throw new Error('this page draws with the content of another page');
  }
}

export interface SaveOptions {
  /** Compress content streams with FlateDecode (default true); false leaves the operators readable. */
  compress?: boolean;
}

export class PdfWriter {
  private readonly pages: PdfPage[] = [];
  private readonly info: Record<string, string> = { Producer: 'policy-qa test/support/pdf-writer' };
  private readonly extraObjects: PdfValue[] = [];
  private readonly trailer: Record<string, PdfValue> = {};

  /** Adds a page, A4 portrait by default. With `sharesWith`, the page shows exactly that page's content. */
  addPage(size: [number, number] = [595, 842], sharesWith?: PdfPage): PdfPage {
    const page = new PdfPage(size, sharesWith?.sharesWith ?? sharesWith);
    this.pages.push(page);
    return page;
  }

  setTitle(title: string): this {
    this.info.Title = title;
    return this;
  }

  /** An object of its own (for example an /Encrypt dictionary), to reference from the trailer. */
  addObject(value: PdfValue): PdfRef {
    this.extraObjects.push(value);
    return new PdfRef(-this.extraObjects.length); // renumbered in save()
  }

  setTrailerEntry(key: string, value: PdfValue): this {
    this.trailer[key] = value;
    return this;
  }

  save(options: SaveOptions = {}): Uint8Array {
    const compress = options.compress ?? true;
    // Object numbers: 1 catalog, 2 page tree, 3 info, fonts, then per page its dictionary and, for
    // a page with content of its own, its resources and content stream; extra objects last.
    let next = 1;
    const catalog = next++;
    const pageTree = next++;
    const info = next++;
    const usedFonts = [...new Set(this.pages.flatMap((page) => [...page.fonts]))];
    const fontRefs = new Map(usedFonts.map((font) => [font, next++]));
    const pageRefs = this.pages.map(() => next++);
    const owned = new Map<PdfPage, { resources: number; content: number }>();
    for (const page of this.pages) if (!page.sharesWith) owned.set(page, { resources: next++, content: next++ });
    const extraRefs = this.extraObjects.map(() => next++);
    const renumber = (value: PdfValue): PdfValue => {
      if (value instanceof PdfRef && value.objectNumber < 0) return new PdfRef(extraRefs[-value.objectNumber - 1] ?? 0);
      if (Array.isArray(value)) return value.map(renumber);
      if (value && typeof value === 'object' && !(value instanceof PdfRef || value instanceof PdfName || value instanceof PdfHex))
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renumber(v)]));
      return value;
    };

    const chunks: Buffer[] = [];
    let length = 0;
    const offsets: number[] = [];
    const write = (data: string | Buffer) => {
      const buffer = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
      chunks.push(buffer);
      length += buffer.length;
    };
    const object = (number: number, body: string | Buffer, stream?: Buffer) => {
      offsets[number] = length;
      write(`${number} 0 obj\n`);
      write(body);
      if (stream) {
        write('\nstream\n');
        write(stream);
        write('\nendstream');
      }
      write('\nendobj\n');
    };

    // The second line's bytes above 127 tell transfer tools the file is binary (PDF 32000-1, 7.5.2).
    write('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n');
    object(catalog, serialize({ Type: new PdfName('Catalog'), Pages: new PdfRef(pageTree) }));
    object(pageTree, serialize({ Type: new PdfName('Pages'), Kids: pageRefs.map((n) => new PdfRef(n)), Count: pageRefs.length }));
    object(info, serialize(this.info));
    for (const [font, number] of fontRefs)
      object(
        number,
        serialize({ Type: new PdfName('Font'), Subtype: new PdfName('Type1'), BaseFont: new PdfName(font), Encoding: new PdfName('WinAnsiEncoding') }),
      );
    for (const [index, page] of this.pages.entries()) {
      const own = owned.get(page.sharesWith ?? page);
      if (!own) throw new Error('a shared page must belong to this document');
      object(
        pageRefs[index] ?? 0,
        serialize({
          Type: new PdfName('Page'),
          Parent: new PdfRef(pageTree),
          MediaBox: [0, 0, page.size[0], page.size[1]],
          Resources: new PdfRef(own.resources),
          Contents: new PdfRef(own.content),
        }),
      );
    }
    for (const [page, own] of owned) {
      const fonts = Object.fromEntries([...page.fonts].map((font) => [FONT_RESOURCE[font], new PdfRef(fontRefs.get(font) ?? 0)]));
      object(own.resources, serialize({ Font: fonts, ProcSet: [new PdfName('PDF'), new PdfName('Text')] }));
      const raw = Buffer.from(page.content(), 'latin1');
      const data = compress ? deflateSync(raw) : raw;
      object(own.content, serialize(compress ? { Filter: new PdfName('FlateDecode'), Length: data.length } : { Length: data.length }), data);
    }
    for (const [index, value] of this.extraObjects.entries()) object(extraRefs[index] ?? 0, serialize(renumber(value)));

    const xref = length;
    const size = next;
    write(`xref\n0 ${size}\n0000000000 65535 f \n`);
    for (let number = 1; number < size; number++) write(`${String(offsets[number]).padStart(10, '0')} 00000 n \n`);
    const trailer = renumber({ Size: size, Root: new PdfRef(catalog), Info: new PdfRef(info), ...this.trailer });
    write(`trailer\n${serialize(trailer)}\nstartxref\n${xref}\n%%EOF\n`);
    return new Uint8Array(Buffer.concat(chunks, length));
  }
}
