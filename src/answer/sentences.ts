export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

// Sentence ends: Western punctuation, or Korean declarative endings followed by a full stop.
const BOUNDARY = /(?<=[.!?。])\s+|\n+/g;
const LIST_MARKER = /^(?:[-*•·]\s+|\d+[.)]\s+|[△▲○●□■※]\s*)/;

/**
 * Splits text into sentences with exact offsets, so that a quote is always a verbatim slice.
 * List markers are left outside the span; very short fragments (headings, stray numbers) are dropped.
 */
export function splitSentences(text: string, minChars = 12): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let cursor = 0;
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    const marker = LIST_MARKER.exec(text.slice(s, e));
    if (marker) s += marker[0].length;
    // A period inside a number ("1.4배", "40.5조") is not a boundary; splitting only on
    // punctuation followed by whitespace already keeps those intact.
    if (e - s >= minChars) spans.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (const match of text.matchAll(BOUNDARY)) {
    push(cursor, match.index ?? 0);
    cursor = (match.index ?? 0) + match[0].length;
  }
  push(cursor, text.length);
  return spans;
}
