import { open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import { type Table as ArrowTable, Field, Int32, Schema, Utf8 } from 'apache-arrow';
import { trustOf } from '../core/document-trust.js';
import { runInSlices, type Steps } from '../core/time-slices.js';
import type { DocumentRecord, Lang, Passage, SourceDetails } from '../core/types.js';
import { SearchEngine } from '../search/engine.js';
import { snapshotVersion, VERSION_PREFIX_BYTES } from '../search/snapshot-file.js';
import { sha256 } from '../text/normalise.js';
import { withCommitRetry } from './commit-retry.js';
import { isNoSpace } from './no-space.js';
import { commitDocumentPassages, sqlString } from './passage-commit.js';
import { passageSchema, passageTableSteps } from './passage-table.js';
import { PassageWriterThread, type WriterTarget } from './passage-writer.js';
import { pausePoint } from './pause-point.js';
import { SnapshotReads } from './snapshot-reads.js';
import { type IndexManifest, SCHEMA_VERSION, type WritableStore } from './store.js';

/** The built engine of the current table versions, next to the tables (see loadSnapshot). */
export const SNAPSHOT_FILE = 'engine-snapshot.bin';

const PASSAGE_COLUMNS = [
  'id',
  'docId',
  'ordinal',
  'title',
  'sectionPath',
  'page',
  'lang',
  'text',
  'charStart',
  'charEnd',
  'sourceUrl',
  'publishedAt',
  'contentHash',
];

export type FtsTokenizer = 'bigram' | 'ngram';

const documentSchema = new Schema([
  new Field('id', new Utf8(), false),
  new Field('title', new Utf8(), false),
  new Field('lang', new Utf8(), false),
  new Field('path', new Utf8(), false),
  new Field('sourceUrl', new Utf8(), false),
  new Field('sources', new Utf8(), false),
  new Field('publishedAt', new Utf8(), false),
  new Field('summary', new Utf8(), false),
  new Field('contentHash', new Utf8(), false),
  new Field('passageCount', new Int32(), false),
  // Nullable: indexes written before trust levels existed get the column with nulls (see ensureTrustColumn).
  new Field('trust', new Utf8(), true),
]);

const metaSchema = new Schema([new Field('key', new Utf8(), false), new Field('value', new Utf8(), false)]);

function toPassage(row: Record<string, unknown>): Passage {
  const page = row.page;
  return {
    id: String(row.id),
    docId: String(row.docId),
    ordinal: Number(row.ordinal),
    title: String(row.title),
    sectionPath: String(row.sectionPath),
    ...(page === null || page === undefined ? {} : { page: Number(page) }),
    lang: String(row.lang) as Lang,
    text: String(row.text),
    charStart: Number(row.charStart),
    charEnd: Number(row.charEnd),
    sourceUrl: String(row.sourceUrl),
    publishedAt: String(row.publishedAt),
    contentHash: String(row.contentHash),
  };
}

/** Rows decoded per step: a step of a few milliseconds even for passages of several kilobytes. */
const DECODED_PER_STEP = 64;

/**
 * Passages and their term lists from the rows read, a few rows at a time, read column by column
 * (Arrow's row objects cost several times as much per field as its columns).
 */
function* decodeRows(rows: ArrowTable): Steps<{ passages: Passage[]; terms: string[][] }> {
  const passages: Passage[] = [];
  const terms: string[][] = [];
  for (const batch of rows.batches) {
    const columns = PASSAGE_COLUMNS.map((name) => [name, batch.getChild(name)] as const);
    const termColumn = batch.getChild('terms');
    for (let i = 0; i < batch.numRows; i++) {
      const row: Record<string, unknown> = {};
      for (const [name, column] of columns) row[name] = column?.get(i);
      passages.push(toPassage(row));
      terms.push(splitTerms(String(termColumn?.get(i))));
      if ((i + 1) % DECODED_PER_STEP === 0) yield;
    }
    yield;
  }
  return { passages, terms };
}

/** Index terms are stored space-separated (the FTS index's whitespace tokenizer reads the same column). */
function splitTerms(joined: string): string[] {
  return joined.length === 0 ? [] : joined.split(' ');
}

function vectorDimension(schema: Schema): number {
  const field = schema.fields.find((f) => f.name === 'vector');
  const type = field?.type as { listSize?: number } | undefined;
  if (!type?.listSize) throw new Error('the passages table has no fixed-size "vector" column');
  return type.listSize;
}

/** Vector floats copied per step (256 KB): fresh memory is faulted in as it is written, slow on a busy host. */
const FLOATS_PER_STEP = 64 * 1024;

/** The vector column as one packed Float32Array, copied straight from Arrow's buffers, a step at a time. */
function* packedVectorSteps(rows: ArrowTable, dimension: number): Steps<Float32Array> {
  const out = new Float32Array(rows.numRows * dimension);
  let at = 0;
  if (rows.numRows === 0) return out;
  for (const batch of rows.batches) {
    const column = batch.getChild('vector');
    if (!column) throw new Error('the passages table has no "vector" column');
    for (const data of column.data) {
      const child = data.children[0];
      const values = child?.values as Float32Array | undefined;
      if (!child || !(values instanceof Float32Array)) throw new Error('the "vector" column is not float32');
      const start = child.offset + data.offset * dimension;
      const length = data.length * dimension;
      for (let from = 0; from < length; from += FLOATS_PER_STEP) {
        const piece = values.subarray(start + from, start + Math.min(length, from + FLOATS_PER_STEP));
        out.set(piece, at);
        at += piece.length;
        yield;
      }
    }
  }
  return out;
}

/**
 * The "sources" column holds the URL list as JSON, or (since sources have details, and press
 * releases their metadata box) an object with the list, the details and the box: no new column,
 * and indexes written before read as they did.
 */
function writeSources(doc: DocumentRecord): string {
  if (!doc.sourceDetails?.length && !doc.releaseBox?.length) return JSON.stringify(doc.sources);
  return JSON.stringify({
    urls: doc.sources,
    ...(doc.sourceDetails?.length ? { details: doc.sourceDetails } : {}),
    ...(doc.releaseBox?.length ? { box: doc.releaseBox } : {}),
  });
}

/** The record as the table's columns hold it: the details and the box ride in "sources". */
function withoutDetails(doc: DocumentRecord): Omit<DocumentRecord, 'sourceDetails' | 'releaseBox'> {
  const { sourceDetails: _details, releaseBox: _box, ...columns } = doc;
  return columns;
}

function readSources(value: string): Pick<DocumentRecord, 'sources' | 'sourceDetails' | 'releaseBox'> {
  const parsed = JSON.parse(value) as string[] | { urls: string[]; details?: SourceDetails[]; box?: string[] };
  if (Array.isArray(parsed)) return { sources: parsed };
  return { sources: parsed.urls, ...(parsed.details ? { sourceDetails: parsed.details } : {}), ...(parsed.box ? { releaseBox: parsed.box } : {}) };
}

function toDocument(row: Record<string, unknown>): DocumentRecord {
  return {
    id: String(row.id),
    title: String(row.title),
    lang: String(row.lang) as Lang,
    path: String(row.path),
    sourceUrl: String(row.sourceUrl),
    ...readSources(String(row.sources)),
    publishedAt: String(row.publishedAt),
    summary: String(row.summary),
    contentHash: String(row.contentHash),
    passageCount: Number(row.passageCount),
    // A missing column or a null (an older index) means what the document's source implies.
    trust: trustOf({ path: String(row.path), trust: row.trust }),
  };
}

const INTENT_PREFIX = 'intent:';
/** Fragments of `passages` past which it is compacted whatever their size (see passagesWorthCompacting). */
const MAX_FRAGMENTS = 64;

/** Passages from which a document's rows are built and committed on the writer thread (about 1.5 MB of Korean text). */
export const WRITER_THREAD_PASSAGES = 500;

/** A document write in progress, recorded before it starts and cleared when it is complete. */
interface WriteIntent {
  docId: string;
  previous: DocumentRecord | null;
  /** null for a deletion. */
  next: DocumentRecord | null;
  nextFingerprint: string;
}

/** Identifies one version of a document's passages: ids carry a hash of their text; metadata is on each passage. */
function passageFingerprint(passages: Passage[]): string {
  const parts = passages
    .map((p) => JSON.stringify([p.id, p.ordinal, p.title, p.sectionPath, p.page ?? null, p.lang, p.sourceUrl, p.publishedAt, p.contentHash]))
    .sort();
  return sha256(parts.join('\n'));
}

/** The "documents" row of a record. */
export function documentRow(doc: DocumentRecord): Record<string, unknown> {
  return { ...withoutDetails(doc), sources: writeSources(doc), trust: trustOf(doc) };
}

/** A write was asked of a reader (INDEX_WRITER=0, or any instance but the writer on object storage). */
/** A read failed on a table version that a later commit replaced and cleanup removed: read again. */
class SupersededReadError extends Error {
  constructor(cause: unknown) {
    super(`index read superseded: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** Reads retried in a row for superseded versions before the error is the caller's. */
const MAX_SUPERSEDED_READS = 5;

export class ReadOnlyStoreError extends Error {
  constructor() {
    super('this instance is a reader of a shared index and does not write (INDEX_WRITER is not 1)');
    this.name = 'ReadOnlyStoreError';
  }
}

/**
 * The passages and documents versions to load, with the write intents open at that moment. The
 * writer brackets each document write with meta commits (intent, then clear), so when meta's
 * version is the same before and after the two versions are read, the intents read at it are
 * exactly the writes that may be half-way in those versions (see recordsMatchingPassages).
 */
async function pinVersions(
  passages: lancedb.Table,
  documents: lancedb.Table,
  meta: lancedb.Table,
): Promise<{ passagesVersion: number; documentsVersion: number; intents: WriteIntent[] }> {
  for (let attempt = 1; ; attempt++) {
    const metaBefore = await meta.version();
    const [passagesVersion, documentsVersion] = await Promise.all([passages.version(), documents.version()]);
    const metaAfter = await meta.version();
    // A writer committing meta the whole time (a batch of many documents) gets a best effort after a few tries.
    if (metaBefore !== metaAfter && attempt < 5) continue;
    await meta.checkout(metaAfter);
    const intents = (await meta.query().where(`key LIKE '${INTENT_PREFIX}%'`).toArray()).map((row) => JSON.parse(String(row.value)) as WriteIntent);
    return { passagesVersion, documentsVersion, intents };
  }
}

/**
 * The document records that go with the passages read, for documents whose write is in progress
 * (or was cut by a crash the writer has not repaired yet): the intent's new record when the
 * passages are already the new ones, else its previous record (none for a new document). A reader
 * so never shows a new passage set under an old record, or the reverse.
 */
function recordsMatchingPassages(records: DocumentRecord[], passages: Passage[], intents: WriteIntent[]): DocumentRecord[] {
  if (intents.length === 0) return records;
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const intent of intents) {
    const own = passages.filter((p) => p.docId === intent.docId);
    const record = passageFingerprint(own) === intent.nextFingerprint ? intent.next : intent.previous;
    if (record) byId.set(intent.docId, record);
    else byId.delete(intent.docId);
  }
  return [...byId.values()];
}

/** LanceDB-backed index: tables "passages" (vectors + full text), "documents" and "meta". */
export class LanceStore extends SnapshotReads implements WritableStore {
  /**
   * Reads are answered by an in-memory engine snapshot loaded from one pinned version of the
   * tables (see src/search/engine.ts). A commit, by this process or another one sharing DATA_DIR,
   * bumps `generation`; the next read loads a new snapshot and swaps it in whole, so a search
   * never mixes versions, and a batch of writes costs one reload, not one per document.
   */
  private generation = 0;
  private snapshot?: { engine: SearchEngine; generation: number };
  /** The last engine loaded with no write in progress: what the snapshot file holds, reused while the tables stay at its version. */
  private settled?: SearchEngine;
  private loading?: { promise: Promise<SearchEngine>; generation: number };
  private lastSeenVersions = '';
  private trustColumn?: Promise<void>;
  private watcher?: ReturnType<typeof setInterval>;
  /** A committed write whose record or intent step failed (a full disk): finished before the next write. */
  private repairPending = false;
  /** A deletion or replacement left rows that only compaction frees (see finishBatch). */
  private rowsRemoved = false;
  /** Run before every write: rejects on a reader, checks the writer lease on object storage. */
  private writeCheck: () => Promise<void> = () => Promise.resolve();
  /** Where the writer thread connects, and the thread once a big document started it. */
  private writerTarget: WriterTarget = { dataDir: '' };
  private writerThread?: PassageWriterThread;
  private writerThreadPassages = WRITER_THREAD_PASSAGES;

  private constructor(
    private readonly conn: lancedb.Connection,
    private readonly passages: lancedb.Table,
    private readonly documents: lancedb.Table,
    private readonly meta: lancedb.Table,
    readonly ftsTokenizer: FtsTokenizer,
    /** Where the built engine is kept between starts (local DATA_DIR only); undefined for object storage. */
    private readonly snapshotFile: string | undefined,
  ) {
    super();
  }

  /**
   * Opens (creating when absent) the index under dataDir, a folder or an object-storage URI.
   * `watchMs` (default 1000, 0 = off) is how often the table versions are checked for commits by
   * other processes (`npm run ingest` while the server runs, or several instances on s3://).
   */
  static async open(options: {
    dataDir: string;
    dimension: number;
    ftsTokenizer?: FtsTokenizer;
    watchMs?: number;
    /** LanceDB's object-store settings (credentials, endpoint) for an s3:// dataDir. */
    storageOptions?: Record<string, string>;
    /** A reader never writes: it creates no table, repairs nothing, and every write method throws. */
    readOnly?: boolean;
    /** Awaited before each write (the writer lease's check); throwing stops the write before any commit. */
    beforeWrite?: () => Promise<void>;
    /** A document of at least this many passages is committed from the writer thread (default WRITER_THREAD_PASSAGES). */
    writerThreadPassages?: number;
  }): Promise<LanceStore> {
    // Strong read consistency: every read of a table handle sees the latest commit of any process.
    const conn = await lancedb.connect(options.dataDir, {
      readConsistencyInterval: 0,
      ...(options.storageOptions ? { storageOptions: options.storageOptions } : {}),
    });
    // Opened by name, not looked up in tableNames(): some S3-compatible servers list no tables.
    const table = async (name: string, schema: Schema) => {
      try {
        return await conn.openTable(name);
      } catch (error) {
        if (options.readOnly || !/not found|does not exist/i.test(String(error))) throw error;
        return conn.createEmptyTable(name, schema, { existOk: true });
      }
    };
    const store = new LanceStore(
      conn,
      await table('passages', passageSchema(options.dimension)),
      await table('documents', documentSchema),
      await table('meta', metaSchema),
      options.ftsTokenizer ?? 'bigram',
      /^[a-z][a-z0-9+.-]*:\/\//i.test(options.dataDir) ? undefined : path.join(options.dataDir, SNAPSHOT_FILE),
    );
    store.writerTarget = { dataDir: options.dataDir, ...(options.storageOptions ? { storageOptions: options.storageOptions } : {}) };
    store.writerThreadPassages = options.writerThreadPassages ?? WRITER_THREAD_PASSAGES;
    store.writeCheck = options.readOnly ? () => Promise.reject(new ReadOnlyStoreError()) : (options.beforeWrite ?? (() => Promise.resolve()));
    if (!options.readOnly) await store.repairInterruptedWrites();
    store.lastSeenVersions = await store.tableVersions();
    const watchMs = options.watchMs ?? 1000;
    if (watchMs > 0) {
      store.watcher = setInterval(() => {
        store.checkForCommits().catch((error: unknown) => {
          // A check still in flight when the store closes (or its folder goes) is not news.
          if (store.watcher) console.warn(`index watch: ${error instanceof Error ? error.message : error}`);
        });
      }, watchMs);
      store.watcher.unref();
    }
    return store;
  }

  private async tableVersions(): Promise<string> {
    return `passages@${await this.passages.version()} documents@${await this.documents.version()}`;
  }

  /** Another process committed: the next read loads a new snapshot. */
  async checkForCommits(): Promise<boolean> {
    const versions = await this.tableVersions();
    if (versions === this.lastSeenVersions) return false;
    this.lastSeenVersions = versions;
    this.generation++;
    return true;
  }

  /** This process committed: readers after this point see the new version. */
  private committed(): void {
    this.generation++;
  }

  /** The current snapshot, loading a new one first when a commit happened since the last load. */
  async engine(): Promise<SearchEngine> {
    for (let superseded = 0; ; ) {
      if (this.snapshot && this.snapshot.generation === this.generation) return this.snapshot.engine;
      if (!this.loading || this.loading.generation !== this.generation) {
        const generation = this.generation;
        const promise = this.loadSnapshot().then((engine) => {
          if (!this.snapshot || this.snapshot.generation <= generation) this.snapshot = { engine, generation };
          return engine;
        });
        this.loading = { promise, generation };
        promise
          .catch(() => undefined)
          .finally(() => {
            if (this.loading?.promise === promise) this.loading = undefined;
          });
      }
      const { promise, generation } = this.loading;
      let engine: SearchEngine;
      try {
        engine = await promise;
      } catch (error) {
        // The version being read was superseded (and its files possibly cleaned up): read the new one.
        if (generation !== this.generation) continue;
        // Cleaned up before this process counted the commit that replaced it (reclaimSpace's
        // compaction, or another process's write): a few more tries, as each needs a new commit.
        if (error instanceof SupersededReadError && ++superseded <= MAX_SUPERSEDED_READS) {
          if (this.loading?.promise === promise) this.loading = undefined;
          continue;
        }
        throw error;
      }
      // A commit during the load: that snapshot is already old, load again.
      if (generation === this.generation) return engine;
    }
  }

  /**
   * Reads every passage (with its index terms and vector) and document at one pinned version, or
   * the engine built from exactly that version when the snapshot file holds it: a start-up with an
   * unchanged index then skips decoding every row and indexing every term (see README, "Retrieval engine").
   */
  private async loadSnapshot(): Promise<SearchEngine> {
    const before = await this.latestVersions();
    const [passages, documents, meta] = await Promise.all([this.conn.openTable('passages'), this.conn.openTable('documents'), this.conn.openTable('meta')]);
    try {
      return await this.loadPinned(passages, documents, meta);
    } catch (error) {
      // The pinned version is at least `before`: if nothing committed since, its files are all there.
      if ((await this.latestVersions().catch(() => before)) !== before) throw new SupersededReadError(error);
      throw error;
    } finally {
      passages.close();
      documents.close();
      meta.close();
    }
  }

  private async latestVersions(): Promise<string> {
    const [passages, documents, meta] = await Promise.all([this.passages.version(), this.documents.version(), this.meta.version()]);
    return `${passages}/${documents}/${meta}`;
  }

  private async loadPinned(passages: lancedb.Table, documents: lancedb.Table, meta: lancedb.Table): Promise<SearchEngine> {
    const { passagesVersion, documentsVersion, intents } = await pinVersions(passages, documents, meta);
    const version = `passages@${passagesVersion} documents@${documentsVersion}`;
    // Commits that left both tables as they were (the manifest, intents) change nothing a search sees.
    if (intents.length === 0 && this.settled?.version === version) return this.settled;
    const kept = intents.length === 0 ? await this.readSnapshotFile(version) : undefined;
    if (kept) {
      this.settled = kept;
      return kept;
    }
    await Promise.all([passages.checkout(passagesVersion), documents.checkout(documentsVersion)]);
    const [schema, rows, docRows] = await Promise.all([
      passages.schema(),
      passages
        .query()
        .select([...PASSAGE_COLUMNS, 'terms', 'vector'])
        .toArrow(),
      documents.query().toArray(),
    ]);
    const dimension = vectorDimension(schema);
    // Decoded and indexed in slices (see core/time-slices.ts): the server keeps answering while
    // it rebuilds after a big upload, and a search waiting for the new version gets it whole.
    const { passages: passageList, terms } = await runInSlices(decodeRows(rows));
    const vectors = await runInSlices(packedVectorSteps(rows, dimension));
    const engine = await runInSlices(
      SearchEngine.steps({
        passages: passageList,
        terms,
        vectors,
        dimension,
        documents: recordsMatchingPassages(docRows.map(toDocument), passageList, intents),
        version,
      }),
    );
    // A snapshot taken mid-write is not kept: the file is keyed by table versions alone.
    if (intents.length === 0) {
      this.settled = engine;
      await this.writeSnapshotFile(engine);
    }
    return engine;
  }

  /** The kept engine when the file holds this exact table version; anything else (absent, stale, damaged) is a miss. */
  private async readSnapshotFile(version: string): Promise<SearchEngine | undefined> {
    if (!this.snapshotFile) return undefined;
    try {
      // The first bytes name the version: a file left by an older version is not read whole.
      const handle = await open(this.snapshotFile, 'r');
      try {
        const prefix = new Uint8Array(VERSION_PREFIX_BYTES);
        const { bytesRead } = await handle.read(prefix, 0, prefix.length, 0);
        if (snapshotVersion(prefix.subarray(0, bytesRead)) !== version) return undefined;
        return SearchEngine.fromSnapshot(await handle.readFile(), { version });
      } finally {
        await handle.close();
      }
    } catch {
      return undefined;
    }
  }

  /**
   * Written whole to a temporary name, then renamed: a reader (this process later, or another one)
   * sees the previous file or the new one. Best effort: a failed write only costs the next start its speed.
   */
  private async writeSnapshotFile(engine: SearchEngine): Promise<void> {
    if (!this.snapshotFile) return;
    const temporary = `${this.snapshotFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await writeFile(temporary, await runInSlices(engine.snapshotSteps()));
      await rename(temporary, this.snapshotFile);
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.warn(`engine snapshot not kept: ${error instanceof Error ? error.message : error}`);
    }
  }

  async manifest(): Promise<IndexManifest | undefined> {
    const rows = await this.meta.query().toArray();
    const entry = rows.find((r) => r.key === 'manifest');
    return entry ? (JSON.parse(String(entry.value)) as IndexManifest) : undefined;
  }

  /**
   * Replaces a document as one step as seen after a crash. LanceDB commits one table at a time, so
   * the write is bracketed by an intent in "meta" (the previous record, the new one, and a
   * fingerprint of the new passages): passages (one merge-insert commit), then the record, then
   * the intent is cleared. A crash anywhere in between is finished or undone by
   * `repairInterruptedWrites` on the next open.
   */
  async replaceDocument(doc: DocumentRecord, passages: Passage[], vectors: Float32Array[]): Promise<void> {
    await this.writeCheck();
    await this.repairIfPending();
    const dimension = vectorDimension(await this.passages.schema());
    await this.writeIntent({ docId: doc.id, previous: (await this.latestDocument(doc.id)) ?? null, next: doc, nextFingerprint: passageFingerprint(passages) });
    await pausePoint('replace:after-intent');
    // The passages commit is the commit point: a failure before it (a full disk) leaves the document as it was.
    await this.beforeCommitPoint(doc.id, () => this.commitPassages(doc.id, passages, vectors, dimension));
    await pausePoint('replace:after-passages');
    await this.afterCommitPoint(async () => {
      await this.upsertDocument(doc);
      await pausePoint('replace:after-record');
      await this.clearIntent(doc.id);
    });
    this.committed();
  }

  /**
   * A big document's rows are built and committed on the writer thread (see passage-writer.ts);
   * a small one's take a few milliseconds here, in slices, without a thread to start.
   */
  private async commitPassages(docId: string, passages: Passage[], vectors: Float32Array[], dimension: number): Promise<void> {
    if (passages.length >= this.writerThreadPassages) {
      this.writerThread ??= new PassageWriterThread(this.writerTarget);
      await this.writerThread.commit(docId, passages, vectors, dimension);
      return;
    }
    await commitDocumentPassages(this.passages, docId, await runInSlices(passageTableSteps(passages, vectors, dimension)));
  }

  /** Deletes passages before the record (so no passage is ever left without one), under an intent like replaceDocument. */
  async deleteDocument(id: string): Promise<void> {
    await this.writeCheck();
    await this.repairIfPending();
    const previous = await this.latestDocument(id);
    this.rowsRemoved = true;
    await this.writeIntent({ docId: id, previous: previous ?? null, next: null, nextFingerprint: passageFingerprint([]) });
    await pausePoint('delete:after-intent');
    await this.beforeCommitPoint(id, () => withCommitRetry(() => this.passages.delete(`docId = ${sqlString(id)}`)));
    await pausePoint('delete:after-passages');
    await this.afterCommitPoint(async () => {
      await withCommitRetry(() => this.documents.delete(`id = ${sqlString(id)}`));
      await this.clearIntent(id);
    });
    this.committed();
  }

  /**
   * Runs a write's commit point (its passages commit). When it fails, nothing of the write took
   * effect: the intent is dropped (best effort; a left-over one is rolled back later) and the error thrown.
   */
  private async beforeCommitPoint(docId: string, commit: () => Promise<unknown>): Promise<void> {
    try {
      await commit();
    } catch (error) {
      await this.clearIntent(docId).catch(() => {
        this.repairPending = true;
      });
      throw error;
    }
  }

  /**
   * The steps after a commit point (the record, the intent) cannot undo it: when one fails (a full
   * disk), the write stands, and its intent finishes it at the next write or open (repairIfPending).
   */
  private async afterCommitPoint(finish: () => Promise<void>): Promise<void> {
    try {
      await finish();
    } catch (error) {
      this.repairPending = true;
      console.warn(`index: a committed write is finished at the next write or start: ${error instanceof Error ? error.message : error}`);
    }
  }

  private async repairIfPending(): Promise<void> {
    if (!this.repairPending) return;
    try {
      await this.repairInterruptedWrites();
      this.repairPending = false;
    } catch {
      // Still failing (the disk is still full): the write that follows reports its own error.
    }
  }

  /**
   * Removes table versions older than `olderThanMs` (and compacts small fragments): without it
   * every commit's files stay on disk and deleting a document never frees space. Readers in this
   * process only read the newest version; other processes sharing an object-storage DATA_DIR are
   * given a grace period (see docs/disk-space.md).
   */
  async reclaimSpace(olderThanMs = this.snapshotFile ? 0 : 5 * 60_000): Promise<void> {
    const cleanupOlderThan = new Date(Date.now() - olderThanMs);
    const passages = this.rowsRemoved || (await this.passagesWorthCompacting());
    const tables = passages ? [this.meta, this.documents, this.passages] : [this.meta, this.documents];
    const optimizeAll = async () => {
      for (const table of tables) await withCommitRetry(() => table.optimize({ cleanupOlderThan }));
    };
    try {
      await optimizeAll();
      if (passages) this.rowsRemoved = false;
    } catch (error) {
      // Compaction writes before old versions can go; on a full disk the engine snapshot (derived,
      // rebuilt on the next load) makes that room.
      if (!this.snapshotFile || !isNoSpace(error)) throw error;
      await rm(this.snapshotFile, { force: true });
      await optimizeAll();
      if (passages) this.rowsRemoved = false;
    } finally {
      this.committed();
    }
  }

  /**
   * Whether compacting `passages` (which rewrites every fragment under LanceDB's million-row target,
   * i.e. the whole table at our sizes) is worth it after writes that only added rows: once the
   * rows outside the largest fragment reach a tenth of the table, or it has many fragments. So an
   * upload into a large index costs its own rows, and the rewrite is paid once per tenth of growth.
   */
  private async passagesWorthCompacting(): Promise<boolean> {
    const { numRows, fragmentStats } = await this.passages.stats();
    const { numFragments, lengths } = fragmentStats;
    if (numFragments <= 1) return false;
    const outsideLargest = Math.max(0, numRows - lengths.max);
    return numFragments > MAX_FRAGMENTS || outsideLargest * 10 >= numRows;
  }

  async finishBatch(manifest: Omit<IndexManifest, 'updatedAt' | 'schemaVersion'>): Promise<void> {
    await this.writeCheck();
    await this.dropFullTextIndexes();
    await pausePoint('finish:before-manifest');
    const value: IndexManifest = { schemaVersion: SCHEMA_VERSION, ...manifest, updatedAt: new Date().toISOString() };
    await withCommitRetry(() =>
      this.meta
        .mergeInsert('key')
        .whenMatchedUpdateAll()
        .whenNotMatchedInsertAll()
        .execute([{ key: 'manifest', value: JSON.stringify(value) }]),
    );
    this.committed();
    // Each document is its own commit, so a corpus leaves one small fragment per document;
    // compacting them makes a full read scan one file instead of hundreds, frees the rows of
    // deleted and replaced documents, and removes the versions they replace so the folder does
    // not only grow. But LanceDB rewrites every fragment under a million rows, i.e. the whole
    // table (231 MB at 100k passages): after an upload that only adds, that waits until the
    // added rows are worth it (see passagesWorthCompacting).
    await this.reclaimSpace().catch((error: unknown) =>
      console.warn(`index: old versions not cleaned up this time (retried after the next write): ${error instanceof Error ? error.message : error}`),
    );
  }

  /**
   * Answers rank by the in-memory engine's BM25 (src/search/), never by LanceDB's full-text index.
   * Indexes written before that still carry one: rebuilt at every batch end, it cost a full pass
   * over the passages per upload, and at 100k passages the build stalled with no CPU for over ten
   * minutes (LanceDB 0.31.0, 2 cores; see docs/deploy.md, "Limits measured"). `optimize` would
   * also fold every new row into it. So it is dropped once, and never built again.
   */
  private async dropFullTextIndexes(): Promise<void> {
    for (const index of await this.passages.listIndices()) {
      if (/fts|inverted/i.test(index.indexType)) await withCommitRetry(() => this.passages.dropIndex(index.name));
    }
  }

  /**
   * Finishes or undoes every write a crash interrupted: when a document's passages are the ones
   * its intent was writing, the new record is written (roll forward); otherwise the previous
   * record is put back, or removed if there was none (roll back). Returns the document ids
   * repaired; the manifest is then stale, which `ingest` notices and refreshes.
   */
  async repairInterruptedWrites(): Promise<{ docId: string; outcome: 'rolled forward' | 'rolled back' }[]> {
    const intents = (await this.meta.query().toArray())
      .filter((row) => String(row.key).startsWith(INTENT_PREFIX))
      .map((row) => JSON.parse(String(row.value)) as WriteIntent);
    const repaired: { docId: string; outcome: 'rolled forward' | 'rolled back' }[] = [];
    if (intents.length > 0) await this.writeCheck();
    for (const intent of intents) {
      const rows = await this.passages
        .query()
        .where(`docId = ${sqlString(intent.docId)}`)
        .select(PASSAGE_COLUMNS)
        .toArray();
      const forward = passageFingerprint(rows.map(toPassage)) === intent.nextFingerprint;
      const record = forward ? intent.next : intent.previous;
      if (record) await this.upsertDocument(record);
      else await withCommitRetry(() => this.documents.delete(`id = ${sqlString(intent.docId)}`));
      // Rolling back a replacement whose passages never landed leaves the old passages, which
      // match the previous record; rolling back a delete likewise. Nothing else to undo.
      await this.clearIntent(intent.docId);
      repaired.push({ docId: intent.docId, outcome: forward ? 'rolled forward' : 'rolled back' });
    }
    if (repaired.length > 0) this.committed();
    return repaired;
  }

  async committedDocuments(): Promise<DocumentRecord[]> {
    return (await this.documents.query().toArray()).map(toDocument).sort((a, b) => a.id.localeCompare(b.id));
  }

  /** The committed record, read from the write handle (not the pinned reader). */
  private async latestDocument(id: string): Promise<DocumentRecord | undefined> {
    const rows = await this.documents
      .query()
      .where(`id = ${sqlString(id)}`)
      .limit(1)
      .toArray();
    return rows[0] ? toDocument(rows[0]) : undefined;
  }

  private async upsertDocument(doc: DocumentRecord): Promise<void> {
    await this.ensureTrustColumn();
    await withCommitRetry(() =>
      this.documents
        .mergeInsert('id')
        .whenMatchedUpdateAll()
        .whenNotMatchedInsertAll()
        .execute([documentRow(doc)]),
    );
  }

  /**
   * An index from before trust levels has no "trust" column: it is added (null in every old row,
   * read as the source implies) on the first write, not on open, so a read-only server never
   * commits to a shared index.
   */
  private ensureTrustColumn(): Promise<void> {
    // Checked again on each retry: another process sharing DATA_DIR may have added it meanwhile.
    this.trustColumn ??= withCommitRetry(async () => {
      if ((await this.documents.schema()).fields.some((f) => f.name === 'trust')) return;
      await this.documents.addColumns([{ name: 'trust', valueSql: 'CAST(NULL AS STRING)' }]);
    });
    this.trustColumn.catch(() => {
      this.trustColumn = undefined;
    });
    return this.trustColumn;
  }

  private async writeIntent(intent: WriteIntent): Promise<void> {
    await withCommitRetry(() =>
      this.meta
        .mergeInsert('key')
        .whenMatchedUpdateAll()
        .whenNotMatchedInsertAll()
        .execute([{ key: `${INTENT_PREFIX}${intent.docId}`, value: JSON.stringify(intent) }]),
    );
  }

  private async clearIntent(docId: string): Promise<void> {
    await withCommitRetry(() => this.meta.delete(`key = ${sqlString(`${INTENT_PREFIX}${docId}`)}`));
  }

  close(): void {
    this.writerThread?.close();
    clearInterval(this.watcher);
    this.watcher = undefined;
    this.conn.close();
  }
}
