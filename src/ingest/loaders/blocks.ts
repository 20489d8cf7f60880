import { normaliseText } from '../../text/normalise.js';
import type { PageStart } from '../parse-document.js';
import { escapeHeadingMarks, tableText } from './table-text.js';

/** The format-neutral shape every binary loader produces, in reading order. */
export type Block =
  | { kind: 'heading'; level: number; text: string; page?: number }
  | { kind: 'paragraph'; text: string; page?: number }
  | { kind: 'table'; rows: string[][]; colSpans?: number[][]; page?: number };

function oneLine(text: string): string {
  return normaliseText(text).replace(/\s+/g, ' ');
}

function paragraphText(text: string): string {
  // A blank line inside a block would split it into two paragraphs for the chunker.
  return escapeHeadingMarks(normaliseText(text).replace(/\n{2,}/g, '\n'));
}

function blockText(block: Block): string {
  if (block.kind === 'heading') {
    const text = oneLine(block.text);
    return text ? `${'#'.repeat(Math.min(Math.max(block.level, 1), 6))} ${text}` : '';
  }
  return block.kind === 'table' ? tableText(block.rows, block.colSpans) : paragraphText(block.text);
}

/**
 * Renders blocks as the Markdown-like body the chunker reads (headings as #, blank lines between
 * blocks) and, when blocks carry pages, where each page starts in that body.
 */
export function renderBlocks(blocks: Block[]): { body: string; pages?: PageStart[] } {
  const parts: string[] = [];
  const pages: PageStart[] = [];
  let length = 0;
  for (const block of blocks) {
    const text = blockText(block);
    if (!text) continue;
    const start = parts.length === 0 ? 0 : length + 2;
    if (block.page !== undefined && pages.at(-1)?.page !== block.page) pages.push({ page: block.page, start });
    parts.push(text);
    length = start + text.length;
  }
  const paged = blocks.some((b) => b.page !== undefined);
  return { body: parts.join('\n\n'), ...(paged ? { pages } : {}) };
}
