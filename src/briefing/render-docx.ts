import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Lang } from '../core/types.js';
import { isWebUrl } from '../core/web-url.js';
import { figureCells, footnoteText, formatDate, LABELS, referenceLine, sectionHeading, summaryLine } from './labels.js';
import { bulletLines, listItemText } from './render-markdown.js';
import type { Briefing } from './types.js';

/**
 * Fonts declared for both scripts: Word on Windows has Malgun Gothic; elsewhere (LibreOffice on
 * Linux) the name falls back to an installed CJK font such as Noto Sans CJK KR.
 */
const FONT = { ascii: 'Malgun Gothic', hAnsi: 'Malgun Gothic', eastAsia: 'Malgun Gothic', cs: 'Malgun Gothic' };
const ACCENT = '1F3864';
const MUTED = '595959';
const BODY_SIZE = 21; // half-points: 10.5 pt, the usual size of Korean government reports

/** The briefing as a Word document: Heading 1/2 styles (navigation pane), real footnotes, a figures table. */
export async function renderDocx(briefing: Briefing): Promise<Uint8Array> {
  const l = LABELS[briefing.lang];
  const children: (Paragraph | Table)[] = [];

  children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(briefing.title)] }));
  children.push(
    new Paragraph({
      spacing: { after: 60 },
      children: [new TextRun({ text: `${l.date}: ${formatDate(briefing.date, briefing.lang)}   ·   ${l.mode[briefing.mode]}`, color: MUTED })],
    }),
  );
  children.push(
    new Paragraph({
      spacing: { after: 240 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: ACCENT, space: 6 } },
      children: [new TextRun({ text: l.note, color: MUTED, size: 18, italics: true })],
    }),
  );

  if (briefing.summary.length > 0) {
    children.push(heading1(l.summary));
    for (const point of briefing.summary) {
      children.push(
        new Paragraph({ bullet: { level: 0 }, spacing: { after: 80 }, children: [new TextRun({ text: summaryLine(point, briefing.lang), bold: false })] }),
      );
    }
  }
  if (briefing.sections.length === 0) children.push(body(l.nothingFound));
  for (const [i, section] of briefing.sections.entries()) {
    children.push(heading1(sectionHeading(section, i)));
    for (const bullet of section.bullets) {
      // A quoted list's items are sub-bullets; the footnote marks follow the last one.
      const [first = '', ...items] = bulletLines(bullet.text);
      const marks = bullet.citations.map((n) => new FootnoteReferenceRun(n));
      children.push(new Paragraph({ bullet: { level: 0 }, spacing: { after: 80 }, children: [new TextRun(first), ...(items.length === 0 ? marks : [])] }));
      for (const [j, item] of items.entries()) {
        children.push(
          new Paragraph({
            bullet: { level: 1 },
            spacing: { after: 40 },
            children: [new TextRun(listItemText(item)), ...(j === items.length - 1 ? marks : [])],
          }),
        );
      }
    }
  }

  if (briefing.keyFigures.length > 0) {
    children.push(heading1(l.keyFigures));
    children.push(figuresTable(briefing));
  }

  if (briefing.notCovered.length > 0) {
    children.push(heading1(l.notCovered));
    children.push(body(l.notCoveredNote, { color: MUTED }));
    for (const q of briefing.notCovered) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(q)] }));
  }

  if (briefing.references.length > 0) {
    children.push(heading1(l.references));
    for (const r of briefing.references) {
      children.push(
        new Paragraph({
          spacing: { after: 80 },
          indent: { left: 440, hanging: 440 },
          children: [
            new TextRun(`[${r.n}]\t${referenceLine(r, briefing.lang)}.`),
            ...(r.sourceUrl && isWebUrl(r.sourceUrl)
              ? [new TextRun(' '), new ExternalHyperlink({ link: r.sourceUrl, children: [new TextRun({ text: r.sourceUrl, style: 'Hyperlink', size: 18 })] })]
              : []),
          ],
          tabStops: [{ type: 'left', position: 440 }],
        }),
      );
    }
  }

  const footnotes: Record<string, { children: Paragraph[] }> = {};
  for (const c of briefing.citations) {
    footnotes[String(c.n)] = {
      children: [new Paragraph({ children: [new TextRun({ text: footnoteText(briefing, c), size: 16 })] })],
    };
  }

  const doc = new Document({
    creator: 'policy-qa',
    title: briefing.title,
    description: l.note,
    styles: documentStyles(briefing.lang),
    footnotes,
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1300, right: 1300 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${briefing.title} — `, color: MUTED, size: 16 }),
                  new TextRun({ children: [PageNumber.CURRENT], color: MUTED, size: 16 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

function heading1(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
}

function body(text: string, run: { color?: string } = {}): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text, ...run })] });
}

function figuresTable(briefing: Briefing): Table {
  const l = LABELS[briefing.lang];
  const widths = [1700, 4000, 2400, 1100];
  // Values of one quantity: one line (paragraph) each, so each stands level with its date.
  const cell = (lines: string[], i: number, header = false) =>
    new TableCell({
      width: { size: widths[i] ?? 1000, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } } : {}),
      children: lines.map((text) => new Paragraph({ children: [new TextRun({ text, bold: header, size: 19 })] })),
    });
  const header = new TableRow({ tableHeader: true, children: [l.figure, l.context, l.referenceDate, l.source].map((t, i) => cell([t], i, true)) });
  const rows = briefing.keyFigures.map((row) => new TableRow({ cantSplit: true, children: figureCells(row, briefing.lang).map((t, i) => cell(t, i)) }));
  return new Table({ width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] });
}

function documentStyles(lang: Lang) {
  const language = { value: lang === 'ko' ? 'ko-KR' : 'en-GB', eastAsia: 'ko-KR' };
  const heading = (size: number, before: number) => ({
    run: { font: FONT, size, bold: true, color: ACCENT },
    paragraph: { spacing: { before, after: 120 }, keepNext: true },
  });
  return {
    default: {
      // Explicit "auto" rule: without it LibreOffice reads the line height as exact and a
      // two-line title overlaps itself.
      // autoSpaceEastAsianText off (w:autoSpaceDN): Word keeps "2025년", "제3조" as typed instead of
      // widening the gap between digits and Hangul. (LibreOffice 7 widens it regardless.)
      document: {
        run: { font: FONT, size: BODY_SIZE, language },
        paragraph: { spacing: { line: 300, lineRule: LineRuleType.AUTO }, autoSpaceEastAsianText: false },
      },
      title: { run: { font: FONT, size: 40, bold: true, color: ACCENT }, paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } } },
      heading1: { ...heading(28, 360), paragraph: { ...heading(28, 360).paragraph, outlineLevel: 0 } },
      heading2: { ...heading(24, 240), paragraph: { ...heading(24, 240).paragraph, outlineLevel: 1 } },
    },
  };
}
