import type { Passage } from '../core/types.js';

/**
 * Passages as delimited data for a prompt: one `<passage n="…">` element each, numbered from 1.
 * Anything in a document that looks like our own delimiters is defused, so a document cannot
 * close its element early and pose as instructions outside it.
 */
export function passagesBlock(passages: Passage[]): string {
  return passages
    .map((p, i) => {
      const attrs = `n="${i + 1}" title="${attr(p.title)}" section="${attr(p.sectionPath)}" lang="${p.lang}"`;
      return `<passage ${attrs}>\n${defuse(p.text)}\n</passage>`;
    })
    .join('\n');
}

function attr(value: string): string {
  return defuse(value).replace(/"/g, "'").replace(/\s+/g, ' ');
}

function defuse(text: string): string {
  return text.replace(/<\/?\s*(passages?|conversation|system|instructions?)\b[^>]*>/gi, (tag) => tag.replace(/</g, '‹').replace(/>/g, '›'));
}
