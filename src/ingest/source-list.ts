import type { SourceDetails } from '../core/types.js';
import { isWebUrl } from '../core/web-url.js';

// The heading of a document's own reference list (chunk.ts keeps these sections out of passages).
const LIST_HEADING = /^(#{1,6})[ \t]+(?:sources?|references?|출처|참고\s*자료|참고문헌)(?=$|[\s(（:])/iu;
const ANY_HEADING = /^(#{1,6})[ \t]+\S/;
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** "a (b, c), d, e" -> ["a (b, c)", "d", "e"]: commas inside brackets do not split. */
function splitOutsideBrackets(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '（') depth++;
    if ((ch === ')' || ch === '）') && depth > 0) depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  parts.push(current.trim());
  return parts.filter(Boolean);
}

/**
 * How a document's reference list describes each source, as a reader would cite it. A list item
 * reads "publisher, [title,] [date,] URL" ("뉴시스, 2024-12-26, https://…", "KDI 경제정보센터,
 * 기회발전특구 지침 개정 요약, https://…"): the first part names the publisher, a YYYY[-MM[-DD]]
 * part is the source's own date, what remains is its title. Items without a web URL are skipped.
 */
export function sourceListDetails(body: string): SourceDetails[] {
  const details: SourceDetails[] = [];
  let inList: number | undefined;
  for (const line of body.split('\n')) {
    const heading = ANY_HEADING.exec(line);
    if (heading) {
      const level = heading[1]?.length ?? 1;
      if (LIST_HEADING.test(line)) inList = level;
      else if (inList !== undefined && level <= inList) inList = undefined;
      continue;
    }
    if (inList === undefined) continue;
    const item = /^\s*[-*]\s+(.+)$/.exec(line)?.[1];
    const url = item?.match(/https?:\/\/\S+$/)?.[0];
    if (!item || !url || !isWebUrl(url)) continue;
    const parts = splitOutsideBrackets(item.slice(0, item.length - url.length).replace(/[,\s]+$/, ''));
    const [publisher, ...rest] = parts;
    const date = rest.find((p) => DATE.test(p));
    // A title the list puts in quotes is given without them (the reference list adds its own).
    const title = rest
      .filter((p) => p !== date)
      .join(', ')
      .replace(/^"(.*)"$/, '$1');
    details.push({ url, ...(publisher ? { publisher } : {}), ...(title ? { title } : {}), ...(date ? { date } : {}) });
  }
  return details;
}
