import { trustOf } from '../core/document-trust.js';
import type { DocumentRecord, Passage } from '../core/types.js';
import { SearchEngine } from '../search/engine.js';
import { decodeVectors, type EdgeIndexManifest, parseEdgeManifest } from './edge-index-format.js';
import { SnapshotReads } from './snapshot-reads.js';
import type { IndexManifest, PassageStore } from './store.js';

/** Reads one file of the exported index by name; throws when it is missing. */
export type ReadIndexFile = (name: string) => Promise<ArrayBuffer>;

/**
 * The Worker's PassageStore: the index exported by `npm run build:edge`, loaded on first use into
 * the same engine the Node service answers from (src/search/), with the index terms Node stored
 * (the Worker cannot run the Korean analyser), so both rank every query alike.
 */
export class ExportedIndexStore extends SnapshotReads implements PassageStore {
  private manifestLoad?: Promise<EdgeIndexManifest>;
  private indexLoad?: Promise<SearchEngine>;

  constructor(private readonly read: ReadIndexFile) {
    super();
  }

  /** The full edge manifest (shards, encoding, counts); `manifest()` gives the store-level view. */
  edgeManifest(): Promise<EdgeIndexManifest> {
    this.manifestLoad ??= this.read('manifest.json').then((bytes) => parseEdgeManifest(JSON.parse(new TextDecoder().decode(bytes))));
    // A failed load must not be cached: the next request tries again.
    this.manifestLoad.catch(() => {
      this.manifestLoad = undefined;
    });
    return this.manifestLoad;
  }

  async manifest(): Promise<IndexManifest> {
    const { schemaVersion, embedderId, dimension, ftsTokenizer, corpusVersion, updatedAt } = await this.edgeManifest();
    return { schemaVersion, embedderId, dimension, ftsTokenizer, corpusVersion, updatedAt };
  }

  /** Loads every shard; concurrent first requests share one load. */
  engine(): Promise<SearchEngine> {
    this.indexLoad ??= this.loadIndex();
    this.indexLoad.catch(() => {
      this.indexLoad = undefined;
    });
    return this.indexLoad;
  }

  private async loadIndex(): Promise<SearchEngine> {
    const manifest = await this.edgeManifest();
    const json = async <T>(name: string) => JSON.parse(new TextDecoder().decode(await this.read(name))) as T;
    const [documents, shards] = await Promise.all([
      json<DocumentRecord[]>(manifest.documents.file),
      Promise.all(
        manifest.shards.map(async (s) => ({
          shard: s,
          passages: await json<Passage[]>(s.passages),
          terms: await json<string[]>(s.terms),
          vectors: await this.read(s.vectors),
        })),
      ),
    ]);
    const passages: Passage[] = [];
    const terms: string[][] = [];
    const vectors = new Float32Array(manifest.counts.passages * manifest.dimension);
    for (const { shard, passages: shardPassages, terms: shardTerms, vectors: bytes } of shards) {
      if (shardPassages.length !== shard.count || shardTerms.length !== shard.count) {
        throw new Error(`${shard.passages} holds ${shardPassages.length} passages and ${shardTerms.length} term lists, the manifest says ${shard.count}`);
      }
      vectors.set(decodeVectors(bytes, shard.count, manifest.dimension, manifest.vectorEncoding), passages.length * manifest.dimension);
      passages.push(...shardPassages);
      for (const joined of shardTerms) terms.push(joined.length === 0 ? [] : joined.split(' '));
    }
    if (passages.length !== manifest.counts.passages)
      throw new Error(`the shards hold ${passages.length} passages, the manifest says ${manifest.counts.passages}`);
    return new SearchEngine({
      passages,
      terms,
      vectors,
      dimension: manifest.dimension,
      // An export older than trust levels ranks as Node does: each document's level by its source.
      documents: documents.map((d) => ({ ...d, trust: trustOf(d) })),
      version: `edge ${manifest.corpusVersion} ${manifest.builtAt}`,
    });
  }
}
