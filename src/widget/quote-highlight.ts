export interface HighlightedText {
  before: string;
  quote: string;
  after: string;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');

/**
 * Finds the cited quote inside the passage. Quotes are verbatim spans, but whitespace may have
 * been normalised on either side, so a second try ignores differences in whitespace.
 */
export function highlightQuote(passage: string, quote: string): HighlightedText | undefined {
  const wanted = quote.trim();
  if (!wanted) return undefined;
  const exact = passage.indexOf(wanted);
  if (exact >= 0) return { before: passage.slice(0, exact), quote: wanted, after: passage.slice(exact + wanted.length) };

  // Map every character of the whitespace-collapsed passage back to its original offset.
  const offsets: number[] = [];
  let collapsed = '';
  for (let i = 0; i < passage.length; i++) {
    const char = passage[i] ?? '';
    if (/\s/.test(char) && collapsed.endsWith(' ')) continue;
    collapsed += /\s/.test(char) ? ' ' : char;
    offsets.push(i);
  }
  const at = collapsed.indexOf(collapse(wanted));
  if (at < 0) return undefined;
  const start = offsets[at] ?? 0;
  const endIndex = at + collapse(wanted).length - 1;
  const end = (offsets[endIndex] ?? passage.length - 1) + 1;
  return { before: passage.slice(0, start), quote: passage.slice(start, end), after: passage.slice(end) };
}
