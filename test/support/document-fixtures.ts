import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { PdfHex, PdfName, PdfWriter } from './pdf-writer.js';

/**
 * Real files of every supported format, built in memory for tests. Their text restates verified
 * facts (shared/facts F6, F7, F10, F12, F13), so nothing here invents a policy figure.
 */

export interface PdfPage {
  heading?: string;
  paragraphs: string[];
  /** Drawn after the paragraphs as cells at fixed column positions, one row per line. */
  table?: string[][];
}

/** A text PDF: one optional 18 pt heading and 11 pt paragraphs per page (standard fonts: English only). */
export async function makePdf(pages: PdfPage[], title?: string): Promise<Uint8Array> {
  const doc = new PdfWriter();
  if (title) doc.setTitle(title);
  for (const content of pages) {
    const page = doc.addPage([595, 842]);
    let y = 780;
    if (content.heading) {
      page.drawText(content.heading, { x: 56, y, size: 18, font: 'Helvetica-Bold' });
      y -= 40;
    }
    for (const paragraph of content.paragraphs) {
      const lines = wrap(paragraph, 80);
      for (const line of lines) {
        page.drawText(line, { x: 56, y, size: 11 });
        y -= 14;
      }
      y -= 14;
    }
    for (const row of content.table ?? []) {
      for (const [column, cell] of row.entries()) page.drawText(cell, { x: 56 + column * 180, y, size: 11 });
      y -= 16;
    }
  }
  return doc.save();
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** What a scanner produces: pages with pictures and no text layer at all. */
export async function makeScannedPdf(pageCount = 2): Promise<Uint8Array> {
  const doc = new PdfWriter();
  for (let i = 0; i < pageCount; i++) {
    const page = doc.addPage([595, 842]);
    for (let row = 0; row < 30; row++) page.drawRectangle({ x: 56, y: 780 - row * 20, width: 300 + ((row * 37) % 150), height: 8, gray: 0.1 });
  }
  return doc.save();
}

/**
 * A PDF with a Standard security handler whose user password is not empty: readers must ask for
 * a password before they can decrypt anything.
 */
export async function makeEncryptedPdf(): Promise<Uint8Array> {
  const doc = new PdfWriter();
  doc.addPage([612, 792]).drawText('Confidential draft', { x: 56, y: 700, size: 12 });
  const encrypt = doc.addObject({ Filter: new PdfName('Standard'), V: 1, R: 2, O: new PdfHex('5a'.repeat(32)), U: new PdfHex('a5'.repeat(32)), P: -3904 });
  doc.setTrailerEntry('Encrypt', encrypt);
  doc.setTrailerEntry('ID', [new PdfHex('0f'.repeat(16)), new PdfHex('0f'.repeat(16))]);
  return doc.save();
}

export interface DocxSection {
  heading: string;
  level: 1 | 2;
  paragraphs: string[];
  table?: string[][];
}

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2 } as const;

/** A Word document with a Title, Heading 1/2 styles and an optional table per section. */
export async function makeDocx(title: string, sections: DocxSection[]): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [new Paragraph({ text: title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER })];
  for (const section of sections) {
    children.push(new Paragraph({ text: section.heading, heading: HEADING[section.level] }));
    for (const text of section.paragraphs) children.push(new Paragraph(text));
    if (section.table) {
      children.push(
        new Table({
          rows: section.table.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })),
        }),
      );
    }
  }
  const buffer = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  return new Uint8Array(buffer);
}

export type HwpxBlock = { heading: string; level: 1 | 2 } | { text: string } | { table: string[][] };

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const NS = 'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph"';

function owpmlParagraph(id: number, text: string, style = 0, paraPr = 0): string {
  return `<hp:p id="${id}" paraPrIDRef="${paraPr}" styleIDRef="${style}" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0"><hp:t>${xmlEscape(text)}</hp:t></hp:run><hp:linesegarray><hp:lineseg textpos="0" vertpos="0"/></hp:linesegarray></hp:p>`;
}

function owpmlSection(blocks: HwpxBlock[]): string {
  let id = 0;
  const body = blocks
    .map((block) => {
      id++;
      // Level 1 headings use the "개요 1" style; level 2 only the outline paragraph shape, as Hangul writes both.
      if ('heading' in block) return block.level === 1 ? owpmlParagraph(id, block.heading, 2, 1) : owpmlParagraph(id, block.heading, 0, 2);
      if ('text' in block) return owpmlParagraph(id, block.text);
      const rows = block.table
        .map(
          (row) =>
            `<hp:tr>${row.map((cell, c) => `<hp:tc name="" header="0"><hp:subList id="" textDirection="HORIZONTAL">${owpmlParagraph(1000 + c, cell)}</hp:subList><hp:cellAddr colAddr="${c}" rowAddr="0"/></hp:tc>`).join('')}</hp:tr>`,
        )
        .join('');
      return `<hp:p id="${id}" paraPrIDRef="0" styleIDRef="0"><hp:run charPrIDRef="0"><hp:tbl id="${id}" rowCnt="${block.table.length}" colCnt="${block.table[0]?.length ?? 0}">${rows}</hp:tbl><hp:t/></hp:run></hp:p>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec ${NS}>${owpmlParagraph(0, '', 0).replace('<hp:run', '<hp:run><hp:secPr><hp:pageHiding header="0"/></hp:secPr></hp:run><hp:run')}${body}</hs:sec>`;
}

const HEADER_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hh:head xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" version="1.4" secCnt="2"><hh:refList><hh:paraProperties itemCnt="3"><hh:paraPr id="0" tabPrIDRef="0"><hh:heading type="NONE" idRef="0" level="0"/></hh:paraPr><hh:paraPr id="1" tabPrIDRef="0"><hh:heading type="OUTLINE" idRef="0" level="0"/></hh:paraPr><hh:paraPr id="2" tabPrIDRef="0"><hh:heading type="OUTLINE" idRef="0" level="1"/></hh:paraPr></hh:paraProperties><hh:styles itemCnt="3"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/><hh:style id="1" type="PARA" name="본문" engName="Body" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="1" langID="1042" lockForm="0"/><hh:style id="2" type="PARA" name="개요 1" engName="Outline 1" paraPrIDRef="1" charPrIDRef="0" nextStyleIDRef="2" langID="1042" lockForm="0"/></hh:styles></hh:refList></hh:head>`;

/** An HWPX package as Hangul writes it: mimetype first and stored, OPF package, header and sections. */
export function makeHwpx(title: string, sections: HwpxBlock[][]): Uint8Array {
  const items = sections.map((_, i) => `<opf:item id="section${i}" href="Contents/section${i}.xml" media-type="application/xml"/>`).join('');
  const spine = sections.map((_, i) => `<opf:itemref idref="section${i}" linear="yes"/>`).join('');
  const files: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {
    mimetype: [strToU8('application/hwp+zip'), { level: 0 }],
    'version.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="0" buildNumber="1"/>',
    ),
    'META-INF/container.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container"><ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/></ocf:rootfiles></ocf:container>',
    ),
    'Contents/content.hpf': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><opf:package xmlns:opf="http://www.idpf.org/2007/opf/" version="" unique-identifier="" id=""><opf:metadata><opf:title>${xmlEscape(title)}</opf:title><opf:language>ko</opf:language></opf:metadata><opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>${items}</opf:manifest><opf:spine><opf:itemref idref="header" linear="yes"/>${spine}</opf:spine></opf:package>`,
    ),
    'Contents/header.xml': strToU8(HEADER_XML),
  };
  // Written in reverse order so that reading order must come from the spine, not the zip order.
  for (let i = sections.length - 1; i >= 0; i--) files[`Contents/section${i}.xml`] = strToU8(owpmlSection(sections[i] ?? []));
  return zipSync(files);
}

/** An HWPX-shaped zip whose section inflates from ~30 KB to 30 MB (ratio ~1000x). */
export function makeZipBomb(): Uint8Array {
  const filler = `<hp:p><hp:run><hp:t>${'가'.repeat(10_000_000)}</hp:t></hp:run></hp:p>`;
  return zipSync(
    { mimetype: [strToU8('application/hwp+zip'), { level: 0 }], 'Contents/section0.xml': strToU8(`<hs:sec ${NS}>${filler}</hs:sec>`) },
    { level: 9 },
  );
}

/** A news-style page: header, nav, aside and footer around one article. */
export function makeHtml(input: { title: string; heading: string; sections: { heading: string; paragraphs: string[] }[]; table?: string[][] }): string {
  const sections = input.sections.map((s) => `<h2>${s.heading}</h2>${s.paragraphs.map((p) => `<p>${p}</p>`).join('')}`).join('');
  const table = input.table ? `<table><tbody>${input.table.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${input.title}</title><script>window.tracker = 1;</script></head><body>
<header><div class="logo">Gazette Portal</div><nav><ul><li><a href="/">Home</a></li><li><a href="/news">Newsroom menu</a></li><li><a href="/about">About the portal</a></li></ul></nav></header>
<aside class="sidebar"><h3>Popular links</h3><ul><li><a href="/x">Sidebar weather widget</a></li></ul></aside>
<main><article><h1>${input.heading}</h1>${sections}${table}</article></main>
<footer><p>Copyright footer text, all rights reserved. Contact the webmaster.</p></footer></body></html>`;
}
