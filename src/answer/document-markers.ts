/**
 * Bracketed numbers written inside a document ("… as shown [2] [3]") look exactly like the
 * answerer's citation markers, and the widget would turn them into links to other citations.
 * Document text has them rewritten with full-width brackets ("［2］"): same length in UTF-16, so
 * passage offsets do not move, and quotes stay verbatim copies of their passage; only the
 * answerer's own ASCII markers are ever links. Applied once, when a document is loaded, so the
 * extractive and LLM answerers (and the LLM's prompt) all see the escaped form.
 */
export function escapeDocumentMarkers(text: string): string {
  return text.replace(/\[(\s*\d+(?:\s*,\s*\d+)*\s*)\]/g, '［$1］');
}
