import type { Trust } from './types.js';

export const TRUST_LEVELS: readonly Trust[] = ['official', 'upload'];

export function isTrust(value: unknown): value is Trust {
  return typeof value === 'string' && (TRUST_LEVELS as readonly string[]).includes(value);
}

/**
 * A file directly in a folder named "uploads" (DATA_DIR/uploads, where the admin API keeps
 * originals) is an upload; anything else an operator ingests (corpus/, CORPUS_DIR, a path given to
 * `npm run ingest`) is official. String-only so that the Worker can use it too.
 */
export function trustBySource(path: string): Trust {
  return /(^|[\\/])uploads[\\/][^\\/]+$/.test(path) ? 'upload' : 'official';
}

/** The record's own level, or (for an index written before the field existed) the one its source implies. */
export function trustOf(doc: { path: string; trust?: unknown }): Trust {
  return isTrust(doc.trust) ? doc.trust : trustBySource(doc.path);
}
