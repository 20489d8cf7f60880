import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { PdfWriter, winAnsiLiteral } from './pdf-writer.js';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** Every in-use xref entry points at the `n 0 obj` it names, and startxref at the table. */
function xrefOffsets(bytes: Uint8Array): number[] {
  const text = latin1(bytes);
  const start = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  expect(text.startsWith('xref\n', start)).toBe(true);
  const offsets = [...text.slice(start).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
  for (const [i, offset] of offsets.entries()) expect(text.startsWith(`${i + 1} 0 obj\n`, offset)).toBe(true);
  return offsets;
}

async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
  try {
    const texts: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      texts.push(
        content.items
          .map((item) => ('str' in item ? item.str : ''))
          .filter(Boolean)
          .join('|'),
      );
    }
    return texts;
  } finally {
    await pdf.destroy();
  }
}

describe('pdf-writer', () => {
  it('writes pages of Helvetica text with a correct cross-reference table, compressed or not', async () => {
    for (const compress of [true, false]) {
      const doc = new PdfWriter().setTitle('Fifth plan — 제5차');
      doc
        .addPage()
        .drawText('Goal (draft) of the plan', { x: 56, y: 780, size: 18, font: 'Helvetica-Bold' })
        .drawText('Costs €5 – a back\\slash', { x: 56, y: 740, size: 11 });
      doc.addPage([842, 595]).drawText('Second page', { x: 56, y: 500, size: 11 });
      const bytes = doc.save({ compress });
      expect(latin1(bytes).startsWith('%PDF-1.7\n')).toBe(true);
      expect(xrefOffsets(bytes)).toHaveLength(11); // catalog, page tree, info, 2 fonts, 2 pages, 2 × (resources, content)
      expect(latin1(bytes).includes('/FlateDecode')).toBe(compress);
      expect(await pageTexts(bytes)).toEqual(['Goal (draft) of the plan|Costs €5 – a back\\slash', 'Second page']);
      const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
      expect(((await pdf.getMetadata()).info as { Title?: string }).Title).toBe('Fifth plan — 제5차');
      await pdf.destroy();
    }
  });

  it('lets pages share one content stream and resources', async () => {
    const doc = new PdfWriter();
    const first = doc.addPage();
    first.drawText('Shared line', { x: 20, y: 800, size: 5 });
    for (let i = 0; i < 3; i++) doc.addPage(undefined, first);
    const bytes = doc.save();
    expect(new Set([...latin1(bytes).matchAll(/\/Contents (\d+) 0 R/g)].map((m) => m[1])).size).toBe(1);
    expect(latin1(bytes).match(/\/Contents /g)).toHaveLength(4);
    expect(await pageTexts(bytes)).toEqual(['Shared line', 'Shared line', 'Shared line', 'Shared line']);
    expect(() => doc.addPage(undefined, first).drawText('x', { x: 0, y: 0, size: 1 })).toThrow(/content of another page/);
  });

  it('encodes WinAnsi text and refuses what the standard fonts cannot show', () => {
    expect(winAnsiLiteral('a(b)c\\ é€')).toBe('(a\\(b\\)c\\\\ \\351\\200)');
    expect(() => winAnsiLiteral('산업단지')).toThrow(/cannot encode "산"/);
  });
});
