import { LABELS, formatDate, sourceLine } from './labels.js';
import type { Briefing } from './types.js';

/** Markdown punctuation and HTML in document text become literal characters. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_[\]#|~]/g, '\\$&')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The briefing as Markdown: same content as the DOCX, citations as footnotes [^n]. */
export function renderMarkdown(briefing: Briefing): string {
  const l = LABELS[briefing.lang];
  const out: string[] = [];
  const refs = (numbers: number[]) => numbers.map((n) => `\\[${n}\\]`).join('');
  const notes = (numbers: number[]) => numbers.map((n) => `[^${n}]`).join('');

  out.push(`# ${escapeMarkdown(briefing.title)}`, '');
  out.push(`${l.date}: ${formatDate(briefing.date, briefing.lang)} · ${l.mode[briefing.mode]}`, '');
  out.push(`> ${l.note}`, '');

  out.push(`## ${l.summary}`, '');
  if (briefing.summary.length === 0) out.push(l.nothingFound, '');
  else out.push(...briefing.summary.map((s) => `- ${escapeMarkdown(s.text)} ${refs(s.references)}`), '');

  for (const [i, section] of briefing.sections.entries()) {
    out.push(`## ${i + 1}. ${escapeMarkdown(section.question)}`, '');
    out.push(...section.bullets.map((b) => `- ${escapeMarkdown(b.text)}${notes(b.citations)}`), '');
  }

  if (briefing.keyFigures.length > 0) {
    out.push(`## ${l.keyFigures}`, '');
    out.push(`| ${l.figure} | ${l.context} | ${l.referenceDate} | ${l.source} |`, '|---|---|---|---|');
    for (const f of briefing.keyFigures) {
      out.push(`| ${escapeMarkdown(f.figure)} | ${escapeMarkdown(f.context)} | ${f.referenceDate ? escapeMarkdown(f.referenceDate) : '—'} | ${refs([f.reference])} |`);
    }
    out.push('');
  }

  if (briefing.notCovered.length > 0) {
    out.push(`## ${l.notCovered}`, '', l.notCoveredNote, '');
    out.push(...briefing.notCovered.map((q) => `- ${escapeMarkdown(q)}`), '');
  }

  if (briefing.references.length > 0) {
    out.push(`## ${l.references}`, '');
    for (const r of briefing.references) {
      const url = r.sourceUrl ? ` <${r.sourceUrl.replace(/[<>\s]/g, encodeURIComponent)}>` : '';
      out.push(`${r.n}. ${escapeMarkdown(sourceLine(r, briefing.lang))}.${url}`);
    }
    out.push('');
  }

  for (const c of briefing.citations) out.push(`[^${c.n}]: ${escapeMarkdown(sourceLine(c, briefing.lang))} \\[${c.reference}\\]. “${escapeMarkdown(c.quote)}”`);
  return `${out.join('\n').trimEnd()}\n`;
}
