import { isWebUrl } from '../core/web-url.js';
/**
 * Which source supports which part of a document. A document may name its sources once, in front
 * matter, each with a short id:
 *
 *   sources:
 *     - id: newsis-2024-12
 *       url: https://newsis.com/view/NISX20241226_0003010744
 *       date: 2024-12-26                   (optional: the source's own date, shown on its citations)
 *     - https://example.org/plain-url      (a plain URL still works; it has no id)
 *
 * and then tie text to one of them with a marker line of its own, under a heading or before a
 * paragraph:
 *
 *   Source: newsis-2024-12          (also "Sources:" or "출처:"; the ref may be a full URL)
 *
 * A marker holds from its line to the next marker, or to the next heading at the same or a higher
 * level than the one it stands under; subsections inherit it. Text no marker covers is supported
 * by the document's own source (the first one). Marker lines are metadata: they are taken out of
 * the body, so passages never quote them.
 */

/** A declared source: its URL and, when the front matter gave them, the id markers refer to it by and its date. */
export interface DeclaredSource {
  id?: string;
  url: string;
  /** YYYY-MM-DD: when this source was published. A passage it supports is dated by it, not by the document. */
  date?: string;
}

/** From this offset of the body on (to the next start), text is supported by sourceUrl. */
export interface SourceStart {
  start: number;
  sourceUrl: string;
}

const SOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const MARKER = /^(?:sources?|출처)[ \t]*:[ \t]*(\S+)[ \t]*$/iu;
const HEADING = /^(#{1,6})[ \t]+\S/;

/** Why a front-matter source entry or a marker is unusable; the caller names the file. */
export class SourceMarkerError extends Error {}

/**
 * The front matter's `sources` value as declared sources: URL strings, or `{id, url}` mappings.
 * Entries that are not http(s) URLs are dropped (only web links reach citations); a duplicated or
 * malformed id is an error, since markers could not say which source they mean.
 */
export function declaredSources(value: unknown): DeclaredSource[] {
  const entries = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const out: DeclaredSource[] = [];
  const ids = new Set<string>();
  for (const entry of entries) {
    if (typeof entry === 'string') {
      if (isWebUrl(entry.trim())) out.push({ url: entry.trim() });
      continue;
    }
    if (!entry || typeof entry !== 'object') continue;
    const { id, url, date } = entry as { id?: unknown; url?: unknown; date?: unknown };
    const link = typeof url === 'string' ? url.trim() : '';
    if (!isWebUrl(link)) continue;
    const dated = sourceDate(date, link);
    if (id === undefined) {
      out.push({ url: link, ...dated });
      continue;
    }
    const name = String(id).trim();
    if (!SOURCE_ID.test(name)) throw new SourceMarkerError(`source id "${name}" must be letters, digits, ".", "_" or "-"`);
    if (ids.has(name)) throw new SourceMarkerError(`source id "${name}" is declared twice`);
    ids.add(name);
    out.push({ id: name, url: link, ...dated });
  }
  return out;
}

/** A source entry's `date` as YYYY-MM-DD (YAML may hand over a Date); a malformed one is an error, never silently dropped. */
function sourceDate(value: unknown, url: string): { date?: string } {
  if (value === undefined || value === null || value === '') return {};
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
  if (!valid) throw new SourceMarkerError(`source ${url}: date "${text}" is not a date (YYYY-MM-DD)`);
  return { date: text };
}

/** Each declared source's date by URL, for the passages it supports; undefined when none gives one. */
export function sourceDates(declared: DeclaredSource[]): Record<string, string> | undefined {
  const dates: Record<string, string> = {};
  for (const source of declared) if (source.date && !(source.url in dates)) dates[source.url] = source.date;
  return Object.keys(dates).length > 0 ? dates : undefined;
}

/**
 * The URL a marker's ref names, or undefined when the line is not a marker after all ("Source:
 * KICOX" in an uploaded report is prose). An id-shaped ref in a document that declares ids must
 * be one of them: a typo would otherwise cite the wrong source silently.
 */
function resolveRef(ref: string, declared: DeclaredSource[]): string | undefined {
  if (isWebUrl(ref)) return ref;
  const byId = declared.find((s) => s.id === ref);
  if (byId) return byId.url;
  if (declared.some((s) => s.id !== undefined) && SOURCE_ID.test(ref)) {
    throw new SourceMarkerError(`marker "Source: ${ref}" names no source declared in the front matter`);
  }
  return undefined;
}

export interface ExtractedSources {
  /** The body without its marker lines. */
  body: string;
  /** Where each marked stretch starts in that body, ascending; empty when the document has no markers. */
  starts: SourceStart[];
  /** Removed lines as [offset in the original body, length], ascending, for moving other offsets. */
  removed: [number, number][];
  /** URLs markers gave directly (not declared in front matter), in order of first use. */
  extraUrls: string[];
}

/**
 * Takes the marker lines out of a (normalised) body and records which source each stretch of the
 * remaining text has. `fallback` is the document's own source, for text after a marker's scope ends.
 */
export function extractSourceMarkers(body: string, declared: DeclaredSource[], fallback: string): ExtractedSources {
  const lines = body.split('\n');
  // One entry per open heading (level 0 = before any heading): the marker in force under it.
  const stack: { level: number; sourceUrl?: string }[] = [{ level: 0 }];
  const marks: SourceStart[] = [];
  const removed: [number, number][] = [];
  const extraUrls: string[] = [];
  const kept: string[] = [];
  let original = 0;
  let inFence = false;
  let dropBlank = false;
  const current = () => [...stack].reverse().find((h) => h.sourceUrl !== undefined)?.sourceUrl ?? fallback;
  let offset = 0;
  for (const [i, line] of lines.entries()) {
    const length = line.length + (i < lines.length - 1 ? 1 : 0);
    // The blank line after a marker goes with it, so no paragraph gap is left doubled.
    if (dropBlank && line === '' && (kept.length === 0 || kept.at(-1) === '' || HEADING.test(kept.at(-1) ?? ''))) {
      removed.push([original, length]);
      original += length;
      dropBlank = false;
      continue;
    }
    dropBlank = false;
    if (/^(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : HEADING.exec(line);
    const marker = inFence ? null : MARKER.exec(line);
    const url = marker ? resolveRef(marker[1] ?? '', declared) : undefined;
    if (heading) {
      const level = heading[1]?.length ?? 1;
      while ((stack.at(-1)?.level ?? 0) >= level) stack.pop();
      stack.push({ level });
      marks.push({ start: offset, sourceUrl: current() });
    } else if (url !== undefined) {
      const top = stack.at(-1);
      if (top) top.sourceUrl = url;
      if (!declared.some((s) => s.url === url) && !extraUrls.includes(url)) extraUrls.push(url);
      removed.push([original, length]);
      original += length;
      marks.push({ start: offset, sourceUrl: url });
      dropBlank = true;
      continue;
    }
    kept.push(line);
    original += length;
    offset += line.length + 1;
  }
  if (removed.length === 0) return { body, starts: [], removed, extraUrls };
  const stripped = kept.join('\n').replace(/\n+$/, '');
  // Several marks at one offset: the last one holds; a mark that changes nothing is dropped.
  const starts: SourceStart[] = [];
  for (const m of marks) {
    if (m.start >= stripped.length) break;
    if (starts.at(-1)?.start === m.start) starts.pop();
    if ((starts.at(-1)?.sourceUrl ?? fallback) !== m.sourceUrl) starts.push(m);
  }
  return { body: stripped, starts, removed, extraUrls };
}

/** An offset of the original body moved past the lines taken out before it. */
export function shiftOffset(offset: number, removed: [number, number][]): number {
  let shift = 0;
  for (const [at, length] of removed) {
    if (at >= offset) break;
    shift += Math.min(length, offset - at);
  }
  return offset - shift;
}

/** The source of the text at an offset: the last marked stretch starting at or before it. */
export function sourceAt(starts: SourceStart[] | undefined, offset: number, fallback: string): string {
  let url = fallback;
  for (const s of starts ?? []) {
    if (s.start > offset) break;
    url = s.sourceUrl;
  }
  return url;
}
