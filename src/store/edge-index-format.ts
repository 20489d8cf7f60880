import type { IndexManifest } from './store.js';

/**
 * The exported index the Worker reads from Workers Static Assets. Written by `npm run build:edge`
 * (edge-index-writer.ts, Node) and read by ExportedIndexStore (Worker); this module is the contract
 * between them and holds only pure code, so both runtimes can import it.
 *
 * Layout of the asset directory:
 *   manifest.json          this manifest
 *   documents.json         DocumentRecord[]
 *   passages-NNN.json      Passage[] of one shard, in the same order as its vectors
 *   terms-NNN.json         string[]: each passage's index terms (indexTerms()), space-separated
 *   vectors-NNN.bin        float32: count x dimension little-endian floats
 *                          int8:    count float32 scales, then count x dimension signed bytes
 */
export const EDGE_INDEX_FORMAT = 'policy-qa-edge-index';
export const EDGE_INDEX_FORMAT_VERSION = 2;

/** Cloudflare's per-file limit for Workers Static Assets. */
export const ASSET_FILE_LIMIT_BYTES = 25 * 1024 * 1024;

export type VectorEncoding = 'float32' | 'int8';

export interface EdgeShard {
  passages: string;
  terms: string;
  vectors: string;
  count: number;
  bytes: { passages: number; terms: number; vectors: number };
}

export interface EdgeIndexManifest extends IndexManifest {
  format: typeof EDGE_INDEX_FORMAT;
  formatVersion: number;
  builtAt: string;
  vectorEncoding: VectorEncoding;
  counts: { passages: number; documents: number };
  documents: { file: string; bytes: number };
  shards: EdgeShard[];
}

export function vectorBytes(encoding: VectorEncoding, count: number, dimension: number): number {
  return encoding === 'float32' ? count * dimension * 4 : count * 4 + count * dimension;
}

/** Encodes unit vectors; int8 keeps one scale per vector (max |x| / 127) so no vector saturates. */
export function encodeVectors(vectors: Float32Array[], dimension: number, encoding: VectorEncoding): Uint8Array {
  const out = new Uint8Array(vectorBytes(encoding, vectors.length, dimension));
  const view = new DataView(out.buffer);
  if (encoding === 'float32') {
    vectors.forEach((v, row) => {
      for (let i = 0; i < dimension; i++) view.setFloat32((row * dimension + i) * 4, v[i] ?? 0, true);
    });
    return out;
  }
  const dataStart = vectors.length * 4;
  vectors.forEach((v, row) => {
    let maxAbs = 0;
    for (let i = 0; i < dimension; i++) maxAbs = Math.max(maxAbs, Math.abs(v[i] ?? 0));
    const scale = maxAbs === 0 ? 1 : maxAbs / 127;
    view.setFloat32(row * 4, scale, true);
    for (let i = 0; i < dimension; i++) view.setInt8(dataStart + row * dimension + i, Math.round((v[i] ?? 0) / scale));
  });
  return out;
}

/**
 * The vectors of a shard as packed floats for the engine. int8 rows come back as their stored
 * integers: the per-row scale cancels out once the engine normalises each row.
 */
export function decodeVectors(bytes: ArrayBuffer, count: number, dimension: number, encoding: VectorEncoding): Float32Array {
  const expected = vectorBytes(encoding, count, dimension);
  if (bytes.byteLength !== expected) throw new Error(`vector shard has ${bytes.byteLength} bytes, expected ${expected} (${count} x ${dimension} ${encoding})`);
  const values = new Float32Array(count * dimension);
  if (encoding === 'float32') {
    // Through DataView so the result does not depend on the platform's byte order.
    const view = new DataView(bytes);
    for (let i = 0; i < values.length; i++) values[i] = view.getFloat32(i * 4, true);
  } else {
    values.set(new Int8Array(bytes, count * 4, count * dimension));
  }
  return values;
}

/** Checks the manifest's shape before anything trusts it; a stale or foreign file gets a clear message. */
export function parseEdgeManifest(value: unknown): EdgeIndexManifest {
  const m = value as Partial<EdgeIndexManifest> | null;
  if (!m || m.format !== EDGE_INDEX_FORMAT) throw new Error(`manifest.json is not a ${EDGE_INDEX_FORMAT} manifest`);
  if (m.formatVersion !== EDGE_INDEX_FORMAT_VERSION) {
    throw new Error(`manifest.json has format version ${m.formatVersion}; this build reads ${EDGE_INDEX_FORMAT_VERSION}. Run npm run build:edge again.`);
  }
  if (!m.embedderId || !m.dimension || !Array.isArray(m.shards) || !m.documents || (m.vectorEncoding !== 'float32' && m.vectorEncoding !== 'int8')) {
    throw new Error('manifest.json is incomplete: it needs embedderId, dimension, vectorEncoding, documents and shards');
  }
  return m as EdgeIndexManifest;
}
