import * as lancedb from '@lancedb/lancedb';
import { Field, FixedSizeList, Float32, Int32, Schema, Utf8 } from 'apache-arrow';
import { sha256 } from '../core/text.js';
import type { DocumentRecord, Lang, Passage, ScoredPassage, SearchFilters } from '../core/types.js';
import { queryTerms } from '../retrieve/query-terms.js';
import { searchTermString } from '../retrieve/search-terms.js';
import { withCommitRetry } from './commit-retry.js';
import { pausePoint } from './pause-point.js';
import { type IndexManifest, SCHEMA_VERSION, type WritableStore } from './store.js';

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

function passageSchema(dimension: number): Schema {
  return new Schema([
    new Field('id', new Utf8(), false),
    new Field('docId', new Utf8(), false),
    new Field('ordinal', new Int32(), false),
    new Field('title', new Utf8(), false),
    new Field('sectionPath', new Utf8(), false),
    new Field('page', new Int32(), true),
    new Field('lang', new Utf8(), false),
    new Field('text', new Utf8(), false),
    new Field('terms', new Utf8(), false),
    new Field('charStart', new Int32(), false),
    new Field('charEnd', new Int32(), false),
    new Field('sourceUrl', new Utf8(), false),
    new Field('publishedAt', new Utf8(), false),
    new Field('contentHash', new Utf8(), false),
    new Field('vector', new FixedSizeList(dimension, new Field('item', new Float32(), true)), false),
  ]);
}

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
]);

const metaSchema = new Schema([new Field('key', new Utf8(), false), new Field('value', new Utf8(), false)]);

function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function whereClause(filters: SearchFilters | undefined, extra?: string): string | undefined {
  const parts: string[] = [];
  if (filters?.docIds && filters.docIds.length > 0) parts.push(`docId IN (${filters.docIds.map(sqlString).join(', ')})`);
  if (filters?.lang) parts.push(`lang = ${sqlString(filters.lang)}`);
  if (extra) parts.push(extra);
  return parts.length > 0 ? parts.join(' AND ') : undefined;
}

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

function toDocument(row: Record<string, unknown>): DocumentRecord {
  return {
    id: String(row.id),
    title: String(row.title),
    lang: String(row.lang) as Lang,
    path: String(row.path),
    sourceUrl: String(row.sourceUrl),
    sources: JSON.parse(String(row.sources)) as string[],
    publishedAt: String(row.publishedAt),
    summary: String(row.summary),
    contentHash: String(row.contentHash),
    passageCount: Number(row.passageCount),
  };
}

const INTENT_PREFIX = 'intent:';

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

/** LanceDB-backed index: tables "passages" (vectors + full text), "documents" and "meta". */
export class LanceStore implements WritableStore {
  /**
   * Reads go to a handle pinned to one table version, swapped after each write. A search runs a
   * vector query and a full-text query; pinned, both see the same version even while a document
   * is being replaced, so one response never mixes an old and a new version of a document.
   */
  private reader: lancedb.Table;
  private pinnedAt = 0;
  /** Other instances sharing DATA_DIR (object storage) write too; re-pin to see their commits. */
  private static readonly REPIN_MS = 15_000;

  private constructor(
    private readonly conn: lancedb.Connection,
    private readonly passages: lancedb.Table,
    private readonly documents: lancedb.Table,
    private readonly meta: lancedb.Table,
    readonly ftsTokenizer: FtsTokenizer,
  ) {
    this.reader = passages;
  }

  private async pinReader(): Promise<void> {
    const table = await this.conn.openTable('passages');
    await table.checkout(await table.version());
    this.reader = table;
    this.pinnedAt = Date.now();
  }

  private async readTable(): Promise<lancedb.Table> {
    if (Date.now() - this.pinnedAt > LanceStore.REPIN_MS) await this.pinReader();
    return this.reader;
  }

  /** Opens (creating when absent) the index under dataDir, a folder or an object-storage URI. */
  static async open(options: { dataDir: string; dimension: number; ftsTokenizer?: FtsTokenizer }): Promise<LanceStore> {
    const conn = await lancedb.connect(options.dataDir);
    const names = new Set(await conn.tableNames());
    const table = async (name: string, schema: Schema) => (names.has(name) ? conn.openTable(name) : conn.createEmptyTable(name, schema, { existOk: true }));
    const store = new LanceStore(
      conn,
      await table('passages', passageSchema(options.dimension)),
      await table('documents', documentSchema),
      await table('meta', metaSchema),
      options.ftsTokenizer ?? 'bigram',
    );
    await store.repairInterruptedWrites();
    await store.pinReader();
    return store;
  }

  async manifest(): Promise<IndexManifest | undefined> {
    const rows = await this.meta.query().toArray();
    const entry = rows.find((r) => r.key === 'manifest');
    return entry ? (JSON.parse(String(entry.value)) as IndexManifest) : undefined;
  }

  async vectorSearch(vector: Float32Array, k: number, filters?: SearchFilters): Promise<ScoredPassage[]> {
    let query = (await this.readTable())
      .vectorSearch(Array.from(vector))
      .distanceType('cosine')
      .select([...PASSAGE_COLUMNS, '_distance'])
      .limit(k);
    const where = whereClause(filters);
    if (where) query = query.where(where);
    const rows = await query.toArray();
    return rows.map((row, i) => ({ ...toPassage(row), score: 1 - Number(row._distance), vectorRank: i + 1 }));
  }

  async textSearch(queryText: string, k: number, filters?: SearchFilters): Promise<ScoredPassage[]> {
    const column = this.ftsTokenizer === 'bigram' ? 'terms' : 'text';
    const terms = this.ftsTokenizer === 'bigram' ? queryTerms(queryText).join(' ') : queryText.replace(/[^\p{L}\p{N}\s]+/gu, ' ').trim();
    if (!terms) return [];
    let query = (await this.readTable())
      .search(terms, 'fts', column)
      .select([...PASSAGE_COLUMNS, '_score'])
      .limit(k);
    const where = whereClause(filters);
    if (where) query = query.where(where);
    try {
      const rows = await query.toArray();
      return rows.map((row, i) => ({ ...toPassage(row), score: Number(row._score), textRank: i + 1 }));
    } catch (error) {
      // An empty table has no full-text index yet; that is "no hits", not a failure.
      if ((await this.passages.countRows()) === 0) return [];
      throw error;
    }
  }

  async getPassage(id: string): Promise<Passage | undefined> {
    const rows = await (await this.readTable())
      .query()
      .where(`id = ${sqlString(id)}`)
      .select(PASSAGE_COLUMNS)
      .limit(1)
      .toArray();
    return rows[0] ? toPassage(rows[0]) : undefined;
  }

  async passagesOfDocument(docId: string): Promise<Passage[]> {
    const rows = await (await this.readTable())
      .query()
      .where(`docId = ${sqlString(docId)}`)
      .select(PASSAGE_COLUMNS)
      .toArray();
    return rows.map(toPassage).sort((a, b) => a.ordinal - b.ordinal);
  }

  async listDocuments(): Promise<DocumentRecord[]> {
    const rows = await this.documents.query().toArray();
    return rows.map(toDocument).sort((a, b) => a.id.localeCompare(b.id));
  }

  async getDocument(id: string): Promise<DocumentRecord | undefined> {
    const rows = await this.documents
      .query()
      .where(`id = ${sqlString(id)}`)
      .limit(1)
      .toArray();
    return rows[0] ? toDocument(rows[0]) : undefined;
  }

  /**
   * Replaces a document as one step as seen after a crash. LanceDB commits one table at a time, so
   * the write is bracketed by an intent in "meta" (the previous record, the new one, and a
   * fingerprint of the new passages): passages (one merge-insert commit), then the record, then
   * the intent is cleared. A crash anywhere in between is finished or undone by
   * `repairInterruptedWrites` on the next open.
   */
  async replaceDocument(doc: DocumentRecord, passages: Passage[], vectors: Float32Array[]): Promise<void> {
    const rows = passages.map((p, i) => ({
      ...p,
      page: p.page ?? null,
      terms: searchTermString(`${p.title} ${p.sectionPath} ${p.text}`),
      vector: Array.from(vectors[i] ?? []),
    }));
    await this.writeIntent({ docId: doc.id, previous: (await this.latestDocument(doc.id)) ?? null, next: doc, nextFingerprint: passageFingerprint(passages) });
    await pausePoint('replace:after-intent');
    // One merge-insert commit adds the new passages and deletes the document's stale ones.
    if (rows.length > 0) {
      await withCommitRetry(() =>
        this.passages
          .mergeInsert('id')
          .whenMatchedUpdateAll()
          .whenNotMatchedInsertAll()
          .whenNotMatchedBySourceDelete({ where: `docId = ${sqlString(doc.id)}` })
          .execute(rows),
      );
    } else {
      await withCommitRetry(() => this.passages.delete(`docId = ${sqlString(doc.id)}`));
    }
    await pausePoint('replace:after-passages');
    await this.upsertDocument(doc);
    await pausePoint('replace:after-record');
    await this.clearIntent(doc.id);
    await this.pinReader();
  }

  /** Deletes passages before the record (so no passage is ever left without one), under an intent like replaceDocument. */
  async deleteDocument(id: string): Promise<void> {
    const previous = await this.latestDocument(id);
    await this.writeIntent({ docId: id, previous: previous ?? null, next: null, nextFingerprint: passageFingerprint([]) });
    await pausePoint('delete:after-intent');
    await withCommitRetry(() => this.passages.delete(`docId = ${sqlString(id)}`));
    await pausePoint('delete:after-passages');
    await withCommitRetry(() => this.documents.delete(`id = ${sqlString(id)}`));
    await this.clearIntent(id);
    await this.pinReader();
  }

  async finishBatch(manifest: Omit<IndexManifest, 'updatedAt' | 'schemaVersion'>): Promise<void> {
    if ((await this.passages.countRows()) > 0) {
      const config =
        this.ftsTokenizer === 'bigram'
          ? lancedb.Index.fts({ baseTokenizer: 'whitespace', lowercase: false, stem: false, removeStopWords: false, asciiFolding: false })
          : lancedb.Index.fts({ baseTokenizer: 'ngram', ngramMinLength: 2, ngramMaxLength: 3, lowercase: true, stem: false, removeStopWords: false });
      await withCommitRetry(() => this.passages.createIndex(this.ftsTokenizer === 'bigram' ? 'terms' : 'text', { config, replace: true }));
      // Each document is its own commit, so a corpus leaves one small fragment per document;
      // compacting them makes vector search scan one file instead of hundreds.
      await withCommitRetry(() => this.passages.optimize());
    }
    await pausePoint('finish:before-manifest');
    const value: IndexManifest = { schemaVersion: SCHEMA_VERSION, ...manifest, updatedAt: new Date().toISOString() };
    await withCommitRetry(() =>
      this.meta
        .mergeInsert('key')
        .whenMatchedUpdateAll()
        .whenNotMatchedInsertAll()
        .execute([{ key: 'manifest', value: JSON.stringify(value) }]),
    );
    await this.pinReader();
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
    if (repaired.length > 0) await this.pinReader();
    return repaired;
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
    await withCommitRetry(() =>
      this.documents
        .mergeInsert('id')
        .whenMatchedUpdateAll()
        .whenNotMatchedInsertAll()
        .execute([{ ...doc, sources: JSON.stringify(doc.sources) }]),
    );
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
    this.conn.close();
  }
}
