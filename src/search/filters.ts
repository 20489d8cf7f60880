import type { Lang, SearchFilters } from '../core/types.js';

/** Per-passage columns the filters read, kept as arrays so a mask costs one pass over the corpus. */
export interface FilterColumns {
  count: number;
  lang: readonly Lang[];
  byDoc: ReadonlyMap<string, readonly number[]>;
}

/** A 0/1 mask by passage for the filters, or undefined when nothing is filtered. */
export function filterMask(columns: FilterColumns, filters: SearchFilters | undefined): Uint8Array | undefined {
  const docIds = filters?.docIds && filters.docIds.length > 0 ? filters.docIds : undefined;
  const lang = filters?.lang;
  if (!docIds && !lang) return undefined;
  const mask = new Uint8Array(columns.count);
  if (docIds) {
    for (const id of docIds) for (const at of columns.byDoc.get(id) ?? []) mask[at] = 1;
  } else mask.fill(1);
  if (lang) for (let at = 0; at < columns.count; at++) if (columns.lang[at] !== lang) mask[at] = 0;
  return mask;
}
