import { outlineMarker } from './outline.js';

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

// Sentence ends: punctuation followed by whitespace (so "1.4배" and "40.5조" stay whole), except
// after abbreviations ("Act No. 4216", "e.g. a") and after a number, unless an English sentence
// starts next: Korean documents write dates as "2023. 11. 30." and "1. 2." and enumerate inline
// ("2. 운행지역"), so "2023." before "11." or before Hangul never ends a sentence.
const ABBREVIATIONS = 'No|Nos|Art|Arts|Para|Vol|e\\.g|i\\.e|cf|Mr|Ms|Mrs|Dr|Prof|Jr|Sr|vs|St|Fig|Figs|approx';
/** Sentence-final punctuation, except after abbreviations and inside dates. Shared with the answer splitter. */
export const SENTENCE_END = String.raw`(?<!\b(?:${ABBREVIATIONS}))(?:(?<!\d)[.!?。]|(?<=\d)[!?。]|(?<=\d)\.(?=\s+[A-Z"“‘'\[]|\s*$))`;
const BOUNDARY = new RegExp(String.raw`(?<=${SENTENCE_END})\s+`, 'g');
/** "소관기관: 국토교통부": a table row or outline item that states a value, however short, is a statement. */
const LABELLED = /^[^:\n]{2,}:[ \t]*\S/u;
/** A sentence that announces a list: the list is its content, so they are quoted together. */
const LIST_INTRO = /:$|다음|as follows|the following|below/i;

interface Segment {
  start: number;
  end: number;
  isListItem: boolean;
}

function trim(text: string, start: number, end: number): Segment {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e, isListItem: outlineMarker(text.slice(s, e)) !== undefined };
}

/**
 * Splits text into sentences with exact offsets, so that a quote is always a verbatim slice.
 * A sentence introducing a list keeps its items; elsewhere list markers are left outside the span.
 * Very short fragments (headings, stray numbers) are dropped, unless they state a "label: value".
 */
export function splitSentences(text: string, minChars = 12): SentenceSpan[] {
  const segments: Segment[] = [];
  // Lines first, so a list marker ("1. ") is never mistaken for the end of a sentence.
  for (const line of text.matchAll(/[^\n]+/g)) {
    const lineStart = line.index ?? 0;
    const marker = outlineMarker(line[0])?.length ?? 0;
    let cursor = lineStart + marker;
    const body = text.slice(cursor, lineStart + line[0].length);
    let first = true;
    const add = (end: number) => {
      const segment = trim(text, first ? lineStart : cursor, end);
      segments.push({ ...segment, isListItem: first && marker > 0 });
      first = false;
    };
    for (const match of body.matchAll(BOUNDARY)) {
      const at = lineStart + marker + (match.index ?? 0);
      add(at);
      cursor = at + match[0].length;
    }
    add(lineStart + line[0].length);
  }

  const spans: SentenceSpan[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as Segment;
    if (segment.end <= segment.start) continue;
    let { start, end } = segment;
    if (LIST_INTRO.test(text.slice(start, end))) {
      while (segments[i + 1]?.isListItem) end = (segments[++i] as Segment).end;
    } else if (segment.isListItem) {
      start += outlineMarker(text.slice(start, end))?.length ?? 0;
    }
    const sentence = text.slice(start, end);
    if (end - start >= minChars || LABELLED.test(sentence)) spans.push({ start, end, text: sentence });
  }
  return spans;
}

const BREAK = new RegExp(String.raw`\n+|(?<=${SENTENCE_END})\s+`, 'g');

/** Offsets where a sentence or a line starts (after the first), by the same rules as splitSentences: where long text may be cut. */
export function sentenceStarts(text: string): number[] {
  return [...text.matchAll(BREAK)].map((m) => (m.index ?? 0) + m[0].length).filter((at) => at < text.length);
}
