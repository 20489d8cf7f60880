import type { Passage } from '../core/types.js';
import { shortHash } from '../text/normalise.js';
import { sentenceStarts } from '../text/sentences.js';
import { type OutlineSection, openHeadings, outlineSections, type Span } from './outline-sections.js';
import type { PageStart, ParsedDocument } from './parse-document.js';
import { type SourceStart, sourceAt } from './section-sources.js';

export interface ChunkOptions {
  /** Target passage size in characters; paragraphs are packed up to it, larger ones are split. */
  maxChars: number;
}

export const DEFAULT_CHUNK_OPTIONS: ChunkOptions = { maxChars: 700 };

/** A stretch of the body with its heading path (the outline's sections are the same shape). */
type Section = OutlineSection;

// Reference lists are already document metadata; indexing them only adds noise to retrieval.
const SKIPPED_SECTIONS = /^(sources?|references?|출처|참고\s*자료|참고문헌)(?=$|[\s(（:])/iu;

/** Splits the body at Markdown headings, remembering the heading path of each section. */
export function splitSections(body: string, title: string): Section[] {
  const sections: Section[] = [];
  const stack: { level: number; text: string }[] = [];
  const heading = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/gm;
  let cursor = 0;
  let current: string[] = [];
  for (let match = heading.exec(body); match; match = heading.exec(body)) {
    sections.push({ path: current, start: cursor, end: match.index });
    const level = match[1]?.length ?? 1;
    const text = (match[2] ?? '').trim();
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
    stack.push({ level, text });
    // The top heading usually repeats the title; it adds nothing to a citation's section.
    current = stack.filter((h, i) => !(i === 0 && h.level === 1 && h.text === title)).map((h) => h.text);
    cursor = match.index + match[0].length;
  }
  sections.push({ path: current, start: cursor, end: body.length });
  return sections.filter((s) => body.slice(s.start, s.end).trim().length > 0 && !SKIPPED_SECTIONS.test(s.path.at(-1) ?? ''));
}

function trimSpan(body: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(body[s] ?? '')) s++;
  while (e > s && /\s/.test(body[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

function paragraphs(body: string, section: Section): Span[] {
  const spans: Span[] = [];
  const separator = /\n\s*\n/g;
  let cursor = section.start;
  const text = body.slice(section.start, section.end);
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    spans.push(trimSpan(body, cursor, section.start + match.index));
    cursor = section.start + match.index + match[0].length;
  }
  spans.push(trimSpan(body, cursor, section.end));
  return spans.filter((s) => s.end > s.start);
}

/**
 * Cuts one oversized paragraph into lines and sentences (Korean-aware: never inside "2023. 11. 30."
 * or after an outline number); the caller packs them back up to maxChars. A single sentence or table
 * row longer than that is cut at cells, clauses or words by LangChain's splitter.
 */
async function splitLong(body: string, span: Span, maxChars: number): Promise<Span[]> {
  const text = body.slice(span.start, span.end);
  const cuts = [0, ...sentenceStarts(text), text.length];
  const spans: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const piece = trimSpan(body, span.start + (cuts[i] ?? 0), span.start + (cuts[i + 1] ?? 0));
    if (piece.end <= piece.start) continue;
    spans.push(...(piece.end - piece.start > maxChars ? await splitWords(body, piece, maxChars) : [piece]));
  }
  return spans;
}

async function splitWords(body: string, span: Span, maxChars: number): Promise<Span[]> {
  // Imported here, not at the top: it costs ~0.3-0.7 s to load, and a server start that finds
  // every file unchanged never splits anything.
  const { RecursiveCharacterTextSplitter } = await import('@langchain/textsplitters');
  const splitter = new RecursiveCharacterTextSplitter({
    chunkSize: maxChars,
    chunkOverlap: 0,
    separators: [' | ', '; ', ', ', ' ', ''],
    keepSeparator: true,
  });
  const pieces = await splitter.splitText(body.slice(span.start, span.end));
  const spans: Span[] = [];
  let cursor = span.start;
  for (const piece of pieces) {
    const trimmed = piece.trim();
    const at = body.indexOf(trimmed, cursor);
    if (at < 0 || at >= span.end) continue;
    spans.push({ start: at, end: at + trimmed.length });
    cursor = at + trimmed.length;
  }
  return spans;
}

/** The page an offset falls on, for paged sources; pages end where the next one starts. */
function pageAt(pages: PageStart[] | undefined, offset: number): number | undefined {
  let page: number | undefined;
  for (const p of pages ?? []) {
    if (p.start > offset) break;
    page = p.page;
  }
  return page;
}

/** Markdown sections, each cut further at its outline headings ("Ⅱ. 과업 세부내용", "2. 행사장 조성"). */
function structuredSections(body: string, title: string): Section[] {
  return splitSections(body, title).flatMap((section) =>
    outlineSections(body, paragraphs(body, section)).map((outline) => ({ ...outline, path: [...section.path, ...outline.path] })),
  );
}

/** Packs a section's paragraphs into passages of at most maxChars, never crossing a heading, a page or a change of source. */
async function packSection(body: string, section: Section, maxChars: number, pages?: PageStart[], sources?: SourceStart[]): Promise<Span[]> {
  // One passage cites one source: paragraphs under different "Source:" markers stay apart.
  const sameSource = (a: number, b: number) => sourceAt(sources, a, '') === sourceAt(sources, b, '');
  const packed: Span[] = [];
  let open: Span | undefined;
  for (const para of paragraphs(body, section)) {
    const pieces = para.end - para.start > maxChars ? await splitLong(body, para, maxChars) : [para];
    for (const piece of pieces) {
      if (open && piece.end - open.start <= maxChars && pageAt(pages, open.start) === pageAt(pages, piece.start) && sameSource(open.start, piece.start)) {
        open.end = piece.end;
      } else {
        if (open) packed.push(open);
        open = { ...piece };
      }
    }
  }
  if (open) packed.push(open);
  return packed;
}

/** Structure-aware chunking: every passage keeps its heading path and exact offsets in the body. */
export async function chunkDocument(doc: ParsedDocument, options: ChunkOptions = DEFAULT_CHUNK_OPTIONS): Promise<Passage[]> {
  const passages: Passage[] = [];
  for (const section of structuredSections(doc.body, doc.title)) {
    for (const span of await packSection(doc.body, section, options.maxChars, doc.pages, doc.sourceStarts)) {
      const text = doc.body.slice(span.start, span.end);
      const ordinal = passages.length;
      const page = pageAt(doc.pages, span.start);
      const sourceUrl = sourceAt(doc.sourceStarts, span.start, doc.sourceUrl);
      passages.push({
        id: `${doc.id}:${ordinal}:${shortHash(text).slice(0, 8)}`,
        docId: doc.id,
        ordinal,
        title: doc.title,
        // A passage cut from the middle of a section names the deeper headings it sits under too
        // ("… > 4. 제안서평가 > 아. 배점표(총괄)" over the rest of the table): their lines are not in it.
        sectionPath: [...section.path, ...openHeadings(section, span.start)].join(' > ') || doc.title,
        ...(page === undefined ? {} : { page }),
        lang: doc.lang,
        text,
        charStart: span.start,
        charEnd: span.end,
        // The source that supports this stretch of the document, not only its first one.
        sourceUrl,
        // Dated like the source it cites (a 2026 report quoted in a 2018 document reads as 2026).
        publishedAt: doc.sourceDates?.[sourceUrl] ?? doc.publishedAt,
        contentHash: shortHash(text),
      });
    }
  }
  return passages;
}
