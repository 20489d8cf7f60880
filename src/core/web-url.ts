/**
 * An absolute http(s) URL and nothing else (no javascript:, data:, relative paths): the only kind
 * of link a document's metadata may carry into citations and briefings. Checked when a document
 * is loaded and again where a link is written out, so an index built before the check (or any
 * other source of metadata) cannot slip one through.
 */
export function isWebUrl(value: string): boolean {
  return /^https?:\/\/[^\s<>"']+$/i.test(value);
}
