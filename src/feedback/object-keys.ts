import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/** Names this process in object keys, so no two instances ever write the same object. */
export const INSTANCE_ID = `${hostname()
  .replace(/[^A-Za-z0-9_-]/g, '_')
  .slice(0, 40)}-${process.pid}-${randomUUID().slice(0, 8)}`;

/**
 * `<folder>/<day>/<time>-<instance>-<n>.<ext>`: one object per write, never appended to, so
 * instances sharing DATA_DIR never overwrite each other; keys sort by time, and the day in the
 * key lets retention drop whole days without reading them.
 */
export function entryKey(folder: string, ext: string, now = new Date()): string {
  const iso = now.toISOString();
  return `${folder}/${iso.slice(0, 10)}/${iso.replace(/[:.]/g, '-')}-${INSTANCE_ID}-${randomUUID().slice(0, 8)}.${ext}`;
}

/** The day (YYYY-MM-DD) an entry key was written on, or undefined for a foreign key. */
export function dayOfKey(folder: string, key: string): string | undefined {
  const day = key.slice(folder.length + 1, folder.length + 11);
  return key.startsWith(`${folder}/`) && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}

/** Runs `read` over `items` with at most `limit` at once, results in input order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, read: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await read(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
