import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { trustBySource, trustOf } from '../core/document-trust.js';
import type { DocumentRecord, Passage, Trust } from '../core/types.js';
import type { Embedder } from '../embed/embedder.js';
import { IndexMismatchError, type WritableStore } from '../store/store.js';
import { sha256 } from '../text/normalise.js';
import { chunkDocument, DEFAULT_CHUNK_OPTIONS } from './chunk.js';
import { collectFiles } from './collect-files.js';
import { documentContentHash } from './content-hash.js';
import { loadDocument } from './loaders/load-document.js';
import type { DocumentHead, ParsedDocument } from './parse-document.js';
import { readSidecarMeta } from './sidecar.js';
import { asOnlyWriter } from './writer-lock.js';

const EMBED_BATCH = 16;
/** Files read ahead of the one being processed: a start that finds them all unchanged waits on one read, not on each. */
const READ_AHEAD = 8;

export interface IngestSummary {
  added: string[];
  updated: string[];
  unchanged: string[];
  removed: string[];
  failed: { file: string; reason: string }[];
  passagesEmbedded: number;
  ms: number;
}

export interface IngestProgress {
  done: number;
  total: number;
  file: string;
  /** A line about a slow step inside the current file (a page read by OCR). */
  detail?: string;
}

export interface IngestOptions {
  paths: string[];
  store: WritableStore;
  embedder: Embedder;
  onProgress?: (progress: IngestProgress) => void;
}

/** The text the model sees for a passage: its place in the document helps both languages match. */
export function passageEmbeddingText(p: { title: string; sectionPath: string; text: string }): string {
  return `${p.title} | ${p.sectionPath}\n${p.text}`;
}

export async function assertCompatible(store: WritableStore, embedder: Embedder): Promise<void> {
  const manifest = await store.manifest();
  if (manifest && (manifest.embedderId !== embedder.id || manifest.dimension !== embedder.dimension)) {
    throw new IndexMismatchError(
      `The index was built with embedder "${manifest.embedderId}" (${manifest.dimension} dimensions) but this process uses "${embedder.id}" (${embedder.dimension}). Delete the data directory (DATA_DIR) and run \`npm run ingest\` to re-ingest.`,
    );
  }
}

export interface PreparedDocument {
  record: DocumentRecord;
  passages: Passage[];
  vectors: Float32Array[];
}

/** Chunks and embeds one document in memory; nothing is written, so a failure leaves the index as it was. */
export async function prepareDocument(input: { doc: ParsedDocument; path: string; trust: Trust; embedder: Embedder }): Promise<PreparedDocument> {
  const { doc, embedder } = input;
  const { body: _body, ...head } = doc;
  return embedPassages({
    ...input,
    doc: head,
    passages: await chunkDocument(doc, DEFAULT_CHUNK_OPTIONS),
    contentHash: documentContentHash(doc, embedder),
  });
}

/**
 * Embeds a document already chunked (an upload, on its parse thread: see parse-worker.ts) and
 * makes its record; nothing is written.
 */
export async function embedPassages(input: {
  doc: DocumentHead;
  passages: Passage[];
  contentHash: string;
  path: string;
  trust: Trust;
  embedder: Embedder;
}): Promise<PreparedDocument> {
  const { doc, passages, embedder } = input;
  // Only passages in a language the model reads are embedded (the local model is English-only);
  // the others keep a zero vector, which the engine leaves out of vector ranking altogether, so
  // the model never judges text it cannot read, and ingest does not spend ~3/4 of its time on it.
  // Views into one zeroed buffer: thousands of small allocations cost an upload's event loop ~0.1 s.
  const zeros = new Float32Array(passages.length * embedder.dimension);
  const vectors: Float32Array[] = passages.map((_, i) => zeros.subarray(i * embedder.dimension, (i + 1) * embedder.dimension));
  const read = passages.flatMap((p, i) => (!embedder.languages || embedder.languages.includes(p.lang) ? [i] : []));
  for (let i = 0; i < read.length; i += EMBED_BATCH) {
    const batch = read.slice(i, i + EMBED_BATCH);
    const embedded = await embedder.embedPassages(batch.map((at) => passageEmbeddingText(passages[at] as Passage)));
    batch.forEach((at, j) => {
      vectors[at] = embedded[j] as Float32Array;
    });
  }
  // The issuer has no column of its own: it reaches the record as the summary (see finishDocument).
  const { pages: _pages, sourceStarts: _sourceStarts, sourceDates: _sourceDates, issuer: _issuer, ...meta } = doc;
  return {
    record: { ...meta, path: input.path, contentHash: input.contentHash, passageCount: passages.length, trust: input.trust },
    passages,
    vectors,
  };
}

/** Names what the index holds: changes whenever any document is added, replaced or removed. */
export function corpusVersionOf(docs: DocumentRecord[]): string {
  return sha256(docs.map((d) => d.contentHash).join(',')).slice(0, 16);
}

/** After a batch of writes: records what the index now holds. */
export async function refreshManifest(store: WritableStore, embedder: Embedder): Promise<void> {
  const docs = await store.committedDocuments();
  await store.finishBatch({
    embedderId: embedder.id,
    dimension: embedder.dimension,
    ftsTokenizer: 'ftsTokenizer' in store ? String(store.ftsTokenizer) : 'unknown',
    corpusVersion: corpusVersionOf(docs),
  });
  // The write returns once searches see the new version (the engine is rebuilt in slices, see
  // lance-store.ts): the first question after an upload does not wait for that rebuild.
  await store.listDocuments();
}

/** True when a crash (or a repair on open) left the manifest behind the documents it describes. */
async function manifestIsStale(store: WritableStore): Promise<boolean> {
  const manifest = await store.manifest();
  return !manifest || manifest.corpusVersion !== corpusVersionOf(await store.committedDocuments());
}

/**
 * Incremental ingestion: unchanged files cost a hash, changed files replace their passages in one
 * commit, files gone from an ingested folder lose theirs. One bad file never stops the others.
 * Runs as the index's only writer: uploads and deletions wait for it (see writer-lock.ts).
 */
export function ingest(options: IngestOptions): Promise<IngestSummary> {
  return asOnlyWriter(options.store, () => ingestAsOnlyWriter(options));
}

async function ingestAsOnlyWriter({ paths, store, embedder, onProgress }: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  await assertCompatible(store, embedder);
  const summary: IngestSummary = { added: [], updated: [], unchanged: [], removed: [], failed: [], passagesEmbedded: 0, ms: 0 };
  const { files, roots, missing } = await collectFiles(paths);
  for (const file of missing) summary.failed.push({ file, reason: 'no such file or folder' });

  const existing = new Map((await store.listDocuments()).map((d) => [d.id, d]));
  const seen = new Map<string, string>();
  const fail = (file: string, error: unknown) => {
    const shown = path.relative(process.cwd(), file) || file;
    const message = error instanceof Error ? error.message : String(error);
    // Loader errors already start with the file name; the summary prints it once.
    summary.failed.push({ file: shown, reason: message.startsWith(`${shown}: `) ? message.slice(shown.length + 2) : message });
  };
  let writing: Promise<unknown> = Promise.resolve();
  const reads = readAhead(files, READ_AHEAD, async (file) => ({ bytes: await readFile(file), meta: await readSidecarMeta(file) }));
  for (const [index, file] of files.entries()) {
    onProgress?.({ done: index, total: files.length, file });
    try {
      const { bytes, meta } = await reads(index);
      const doc = await loadDocument({
        file: path.relative(process.cwd(), file) || file,
        bytes,
        meta,
        onProgress: (detail) => onProgress?.({ done: index, total: files.length, file, detail }),
      });
      // Only the operator's sidecar (written by the admin API) may say "official" for an upload;
      // a file's own front matter never decides its trust.
      const trust = meta?.trust ?? trustBySource(file);
      const earlier = seen.get(doc.id);
      if (earlier) throw new Error(`document id "${doc.id}" is already used by ${path.relative(process.cwd(), earlier)}`);
      seen.set(doc.id, file);
      const previous = existing.get(doc.id);
      if (previous?.contentHash === documentContentHash(doc, embedder) && trustOf(previous) === trust) {
        summary.unchanged.push(doc.id);
        continue;
      }
      const { record, passages, vectors } = await prepareDocument({ doc, path: file, trust, embedder });
      summary.passagesEmbedded += passages.length;
      // One write at a time, in file order; the next file is read and embedded (in the model's
      // thread) while this one is written.
      await writing;
      writing = store.replaceDocument(record, passages, vectors).then(
        () => (previous ? summary.updated : summary.added).push(doc.id),
        (error: unknown) => fail(file, error),
      );
    } catch (error) {
      fail(file, error);
    }
  }
  await writing;
  onProgress?.({ done: files.length, total: files.length, file: '' });

  const ingestedFiles = new Set(files);
  for (const doc of existing.values()) {
    const underRoot = roots.some((root) => doc.path.startsWith(root + path.sep));
    if (underRoot && !ingestedFiles.has(doc.path)) {
      await store.deleteDocument(doc.id);
      summary.removed.push(doc.id);
    }
  }

  const changed = summary.added.length + summary.updated.length + summary.removed.length > 0;
  if (changed || (await manifestIsStale(store))) await refreshManifest(store, embedder);
  summary.ms = Math.round(performance.now() - started);
  return summary;
}

/**
 * `read(items[i])` for i in order, each started up to `ahead` items before it is asked for, so
 * file reads overlap the processing of earlier files. A failed read fails only when its item is
 * asked for (it is held as settled until then, never an unhandled rejection).
 */
function readAhead<T, R>(items: readonly T[], ahead: number, read: (item: T) => Promise<R>): (index: number) => Promise<R> {
  const started = new Map<number, Promise<{ ok: true; value: R } | { ok: false; error: unknown }>>();
  let next = 0;
  const start = (i: number) => {
    if (i < items.length && i >= next) {
      next = i + 1;
      started.set(
        i,
        read(items[i] as T).then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => ({ ok: false as const, error }),
        ),
      );
    }
  };
  return async (index) => {
    for (let i = index; i <= index + ahead; i++) start(i);
    const pending = started.get(index);
    if (!pending) throw new Error(`item ${index} was already read`);
    started.delete(index);
    const settled = await pending;
    if (!settled.ok) throw settled.error;
    return settled.value;
  };
}
