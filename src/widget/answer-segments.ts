export type AnswerSegment = { kind: 'text'; text: string } | { kind: 'cite'; n: number };

/**
 * Splits answer text at its [n] markers (also [1, 2] and [1][2]) so that each marker can become a
 * footnote link. Numbers with no matching citation stay plain text: the link must lead somewhere.
 */
export function answerSegments(text: string, citedNumbers: ReadonlySet<number>): AnswerSegment[] {
  const segments: AnswerSegment[] = [];
  let plain = '';
  let last = 0;
  for (const match of text.matchAll(/\[(\d+(?:\s*,\s*\d+)*)\]/g)) {
    const numbers = (match[1] ?? '').split(',').map((part) => Number(part.trim()));
    if (!numbers.every((n) => citedNumbers.has(n))) continue;
    plain += text.slice(last, match.index);
    if (plain) segments.push({ kind: 'text', text: plain });
    plain = '';
    for (const n of numbers) segments.push({ kind: 'cite', n });
    last = match.index + match[0].length;
  }
  plain += text.slice(last);
  if (plain) segments.push({ kind: 'text', text: plain });
  return segments;
}

/** The answer as a screen reader should hear it: markers read as "(1)" would be noise. */
export function answerForSpeech(text: string): string {
  return text
    .replace(/\s*\[\d+(?:\s*,\s*\d+)*\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
