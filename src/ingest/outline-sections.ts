import { NOTE_RANK, outlineMarker, outlineRank as rankOf, SECTION_OUTLINE_DEPTH } from '../text/outline.js';

/** A stretch of a body with the outline headings above it. */
export interface OutlineSection {
  path: string[];
  start: number;
  end: number;
  /**
   * The headings below the path's depth open at each of the section's paragraphs ("아. 배점표(총괄)"
   * over its table), by where each heading starts: a passage cut from the middle of the section
   * names those that started before it (see openHeadings).
   */
  deeper?: { start: number; headings: { text: string; start: number }[] }[];
}

/** The deeper headings open at `offset` of the section whose lines lie before it, outermost first. */
export function openHeadings(section: OutlineSection, offset: number): string[] {
  const at = section.deeper?.filter((d) => d.start <= offset).at(-1);
  return (at?.headings ?? []).filter((h) => h.start < offset).map((h) => h.text);
}

/** A stretch of a body by its offsets. */
export interface Span {
  start: number;
  end: number;
}

const MAX_HEADING_CHARS = 40;

interface Marked {
  span: Span;
  line: string;
  rank?: number;
}

/**
 * A numbered or bulleted line is a heading when it is a short title of its own (no sentence, no
 * "label: value") and what follows belongs under it: deeper items, prose or a table, not a sibling.
 */
function isHeading(item: Marked, next: Marked | undefined): boolean {
  if (item.rank === undefined || item.rank >= NOTE_RANK || item.line.includes('\n') || !next) return false;
  const marker = outlineMarker(item.line)?.length ?? 0;
  const title = item.line.slice(marker).trim();
  if (title.length === 0 || title.length > MAX_HEADING_CHARS) return false;
  // A sentence, a "label: value" item, or a decorated subtitle ("- 4·19민주묘지에 울려퍼지는 -").
  if (/[.!?。-]$|다$/u.test(title) || /[:：]\s*\S/u.test(title)) return false;
  return next.rank === undefined || next.rank > item.rank;
}

/**
 * Splits paragraphs (in body order) at outline headings of the top SECTION_OUTLINE_DEPTH levels
 * ("Ⅱ. 과업 세부내용", "2. 행사장 조성"), each section carrying its heading path. The heading line
 * stays in its section's text.
 */
export function outlineSections(body: string, paragraphs: Span[]): OutlineSection[] {
  if (paragraphs.length === 0) return [];
  const marked: Marked[] = paragraphs.map((span) => {
    const line = body.slice(span.start, span.end);
    const marker = outlineMarker(line);
    return { span, line, ...(marker ? { rank: rankOf(marker.kind) } : {}) };
  });
  const sections: OutlineSection[] = [];
  const stack: { rank: number; text: string; start: number }[] = [];
  let headingOnly = false;
  let open: OutlineSection = { path: [], start: (paragraphs[0] as Span).start, end: (paragraphs[0] as Span).end };
  marked.forEach((item, i) => {
    if (item.rank !== undefined) {
      // Any item closes the headings at its level or deeper: a sibling is not their content.
      while (stack.length > 0 && (stack.at(-1)?.rank ?? 0) >= item.rank) stack.pop();
      if (isHeading(item, marked[i + 1])) {
        stack.push({ rank: item.rank, text: item.line.trim().replace(/\s+/g, ' '), start: item.span.start });
      }
    }
    const path = stack.slice(0, SECTION_OUTLINE_DEPTH).map((h) => h.text);
    const deeper = { start: item.span.start, headings: stack.slice(SECTION_OUTLINE_DEPTH).map((h) => ({ text: h.text, start: h.start })) };
    if (i === 0 || samePath(path, open.path)) {
      open.path = path;
      open.end = item.span.end;
    } else if (headingOnly && isPrefix(open.path, path)) {
      // "Ⅱ. 과업 세부내용" directly followed by "1. 기본사항": the bare heading joins its first subsection.
      open = { path, start: open.start, end: item.span.end };
    } else {
      sections.push(open);
      open = { path, start: item.span.start, end: item.span.end };
    }
    if (deeper.headings.length > 0 || open.deeper) open.deeper = [...(open.deeper ?? []), deeper];
    headingOnly = stack.length > 0 && open.start === stack.at(-1)?.start;
  });
  sections.push(open);
  return sections;
}

function isPrefix(prefix: string[], path: string[]): boolean {
  return prefix.length < path.length && prefix.every((text, i) => text === path[i]);
}

function samePath(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((text, i) => text === b[i]);
}
