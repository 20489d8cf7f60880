import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import type { Passage } from '../core/types.js';
import {
  ASSET_FILE_LIMIT_BYTES,
  EDGE_INDEX_FORMAT,
  EDGE_INDEX_FORMAT_VERSION,
  type EdgeIndexManifest,
  type EdgeShard,
  encodeVectors,
  type VectorEncoding,
  vectorBytes,
} from './edge-index-format.js';
import { LanceStore } from './lance-store.js';

export interface ExportEdgeIndexInput {
  dataDir: string;
  outDir: string;
  encoding: VectorEncoding;
  /** Upper bound for any one file; kept below Cloudflare's 25 MiB per-asset limit. */
  maxFileBytes?: number;
  onProgress?: (message: string) => void;
}

export interface ExportedFile {
  name: string;
  bytes: number;
}

export interface ExportEdgeIndexResult {
  manifest: EdgeIndexManifest;
  files: ExportedFile[];
  totalBytes: number;
}

const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Exports the LanceDB index under dataDir into the Worker's asset format (see edge-index-format.ts).
 * The output directory is emptied first: stale shards would otherwise ship with the next deploy.
 */
export async function exportEdgeIndex({
  dataDir,
  outDir,
  encoding,
  maxFileBytes = DEFAULT_MAX_FILE_BYTES,
  onProgress,
}: ExportEdgeIndexInput): Promise<ExportEdgeIndexResult> {
  if (maxFileBytes > ASSET_FILE_LIMIT_BYTES) throw new Error(`maxFileBytes ${maxFileBytes} exceeds the 25 MiB asset limit`);
  const columns = await readVectorsAndTerms(dataDir);
  const vectorsById = new Map([...columns].map(([id, c]) => [id, c.vector]));
  const firstVector = vectorsById.values().next().value;
  if (!firstVector) throw new Error(`The index under ${dataDir} has no passages. Run "npm run ingest" first.`);
  const store = await LanceStore.open({ dataDir, dimension: firstVector.length });
  try {
    const index = await store.manifest();
    if (!index) throw new Error(`The index under ${dataDir} has no manifest; run "npm run ingest" to finish it.`);
    const documents = await store.listDocuments();
    const passages: Passage[] = [];
    for (const doc of documents) passages.push(...(await store.passagesOfDocument(doc.id)));
    onProgress?.(`read ${documents.length} documents, ${passages.length} passages (${index.embedderId}, ${index.dimension} dimensions)`);

    const missing = passages.filter((p) => !vectorsById.has(p.id));
    if (missing.length > 0) throw new Error(`${missing.length} passages have no vector (first: ${missing[0]?.id}); re-run "npm run ingest".`);

    await mkdir(outDir, { recursive: true });
    for (const entry of await readdir(outDir)) await rm(path.join(outDir, entry), { recursive: true, force: true });

    const files: ExportedFile[] = [];
    const write = async (name: string, data: string | Uint8Array) => {
      const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
      if (bytes > ASSET_FILE_LIMIT_BYTES) throw new Error(`${name} would be ${bytes} bytes, over the 25 MiB asset limit`);
      await writeFile(path.join(outDir, name), data);
      files.push({ name, bytes });
      return bytes;
    };

    const shards: EdgeShard[] = [];
    for (const group of shardPassages(passages, { dimension: index.dimension, encoding, maxFileBytes })) {
      const n = String(shards.length).padStart(3, '0');
      const passagesFile = `passages-${n}.json`;
      const termsFile = `terms-${n}.json`;
      const vectorsFile = `vectors-${n}.bin`;
      const vectors = group.map((p) => vectorsById.get(p.id) ?? new Float32Array(index.dimension));
      shards.push({
        passages: passagesFile,
        terms: termsFile,
        vectors: vectorsFile,
        count: group.length,
        bytes: {
          passages: await write(passagesFile, JSON.stringify(group)),
          // The terms Node indexed, so the Worker (which cannot run the Korean analyser) ranks alike.
          terms: await write(termsFile, JSON.stringify(group.map((p) => columns.get(p.id)?.terms ?? ''))),
          vectors: await write(vectorsFile, encodeVectors(vectors, index.dimension, encoding)),
        },
      });
      onProgress?.(`shard ${n}: ${group.length} passages`);
    }
    const documentsBytes = await write('documents.json', JSON.stringify(documents));
    const manifest: EdgeIndexManifest = {
      ...index,
      format: EDGE_INDEX_FORMAT,
      formatVersion: EDGE_INDEX_FORMAT_VERSION,
      builtAt: new Date().toISOString(),
      vectorEncoding: encoding,
      counts: { passages: passages.length, documents: documents.length },
      documents: { file: 'documents.json', bytes: documentsBytes },
      shards,
    };
    await write('manifest.json', JSON.stringify(manifest, null, 2));
    return { manifest, files, totalBytes: files.reduce((sum, f) => sum + f.bytes, 0) };
  } finally {
    store.close();
  }
}

/** Consecutive groups of passages whose JSON and vector files both stay under maxFileBytes (terms are smaller than the passages' text). */
export function shardPassages(passages: Passage[], options: { dimension: number; encoding: VectorEncoding; maxFileBytes: number }): Passage[][] {
  const perVector = vectorBytes(options.encoding, 1, options.dimension);
  const groups: Passage[][] = [];
  let current: Passage[] = [];
  let jsonBytes = 2;
  for (const passage of passages) {
    const size = Buffer.byteLength(JSON.stringify(passage)) + 1;
    if (size + 2 > options.maxFileBytes) throw new Error(`passage ${passage.id} alone is larger than ${options.maxFileBytes} bytes`);
    if (current.length > 0 && (jsonBytes + size > options.maxFileBytes || (current.length + 1) * perVector > options.maxFileBytes)) {
      groups.push(current);
      current = [];
      jsonBytes = 2;
    }
    current.push(passage);
    jsonBytes += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

async function readVectorsAndTerms(dataDir: string): Promise<Map<string, { vector: Float32Array; terms: string }>> {
  const conn = await lancedb.connect(dataDir);
  try {
    if (!(await conn.tableNames()).includes('passages')) throw new Error(`No index under ${dataDir}. Run "npm run ingest" first (or set DATA_DIR).`);
    const table = await conn.openTable('passages');
    const rows = await table.query().select(['id', 'vector', 'terms']).toArray();
    return new Map(rows.map((row) => [String(row.id), { vector: Float32Array.from(row.vector as Iterable<number>), terms: String(row.terms) }]));
  } finally {
    conn.close();
  }
}
