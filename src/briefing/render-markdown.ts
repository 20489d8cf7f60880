import { isWebUrl } from '../core/web-url.js';
import { figureCells, footnoteText, formatDate, LABELS, referenceLine, sectionHeading, summaryLine } from './labels.js';
import type { Briefing } from './types.js';

/** Markdown punctuation and HTML in document text become literal characters. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_[\]#|~]/g, '\\$&')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A bullet's lines: a quoted list ("…three task areas:\n\n1. …\n2. …") is several. */
export function bulletLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A list item's text without its "-" or "•" marker; a number ("1.") is the source's and stays. */
export function listItemText(line: string): string {
  return line.replace(/^[-*•·]\s+/, '');
}

/** The briefing as Markdown: same content as the DOCX, citations as footnotes [^n]. */
export function renderMarkdown(briefing: Briefing): string {
  const l = LABELS[briefing.lang];
  const out: string[] = [];
  const notes = (numbers: number[]) => numbers.map((n) => `[^${n}]`).join('');

  out.push(`# ${escapeMarkdown(briefing.title)}`, '');
  out.push(`${l.date}: ${formatDate(briefing.date, briefing.lang)} · ${l.mode[briefing.mode]}`, '');
  out.push(`> ${l.note}`, '');

  if (briefing.summary.length > 0) {
    out.push(`## ${l.summary}`, '', ...briefing.summary.map((p) => `- ${escapeMarkdown(summaryLine(p, briefing.lang))}`), '');
  }
  if (briefing.sections.length === 0) out.push(l.nothingFound, '');
  for (const [i, section] of briefing.sections.entries()) {
    out.push(`## ${escapeMarkdown(sectionHeading(section, i))}`, '');
    for (const b of section.bullets) {
      // A quoted list keeps its items as sub-bullets; the footnote marks go after the last one.
      const [first = '', ...items] = bulletLines(b.text);
      out.push(`- ${escapeMarkdown(first)}${items.length === 0 ? notes(b.citations) : ''}`);
      out.push(
        ...items.map((item, i) => `  - ${escapeMarkdown(listItemText(item)).replace(/^(\d+)\./, '$1\\.')}${i === items.length - 1 ? notes(b.citations) : ''}`),
      );
    }
    out.push('');
  }

  if (briefing.keyFigures.length > 0) {
    out.push(`## ${l.keyFigures}`, '');
    out.push(`| ${l.figure} | ${l.context} | ${l.referenceDate} | ${l.source} |`, '|---|---|---|---|');
    for (const row of briefing.keyFigures)
      out.push(
        `| ${figureCells(row, briefing.lang)
          .map((lines) => lines.map(escapeMarkdown).join(' / '))
          .join(' | ')} |`,
      );
    out.push('');
  }

  if (briefing.notCovered.length > 0) {
    out.push(`## ${l.notCovered}`, '', l.notCoveredNote, '');
    out.push(...briefing.notCovered.map((q) => `- ${escapeMarkdown(q)}`), '');
  }

  if (briefing.references.length > 0) {
    out.push(`## ${l.references}`, '');
    for (const r of briefing.references) {
      const url = r.sourceUrl && isWebUrl(r.sourceUrl) ? ` <${r.sourceUrl.replace(/[<>\s]/g, encodeURIComponent)}>` : '';
      out.push(`${r.n}. ${escapeMarkdown(referenceLine(r, briefing.lang))}.${url}`);
    }
    out.push('');
  }

  for (const c of briefing.citations) out.push(`[^${c.n}]: ${escapeMarkdown(footnoteText(briefing, c)).replace(/\\\[(\d+)\\\]/, '[$1]')}`);
  return `${out.join('\n').trimEnd()}\n`;
}
