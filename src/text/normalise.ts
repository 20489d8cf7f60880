import { createHash } from 'node:crypto';
import { joinLetterSpacing } from './letter-spacing.js';
import { sanitiseText } from './sanitise-text.js';

/**
 * Document text as it is indexed: sanitised like user text (NFC, unified newlines, no lone
 * surrogates, control or invisible characters), trailing blanks trimmed, blank lines collapsed,
 * letter-spaced labels joined (letter-spacing.ts). Linear time on any input.
 */
export function normaliseText(input: string): string {
  return joinLetterSpacing(sanitiseText(input).split('\n').map(withoutTrailingBlanks).join('\n'))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A line without its trailing spaces and tabs, by a scan from the end: linear in the line, where
 * a regex such as /[ \t]+\n/ retries at every blank and takes quadratic time on long runs of them.
 */
function withoutTrailingBlanks(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  return end === line.length ? line : line.slice(0, end);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function shortHash(text: string): string {
  return sha256(text).slice(0, 12);
}

/** "1,330" -> "1330", so a figure matches however it is typeset (one rule for terms, figures, evals). */
export function joinThousands(text: string): string {
  return text.replace(/(?<=\d),(?=\d{3}(?!\d))/g, '');
}
