import { metadataDocId, metadataPassage } from '../core/metadata-passage.js';
import type { DocumentRecord, Passage, ScoredPassage, SearchFilters } from '../core/types.js';
import type { EngineQuery, SearchEngine } from '../search/engine.js';
import type { TermStats, WeightedTerm } from '../search/term-index.js';
import type { PassageStore } from './store.js';

/**
 * The read methods both stores share: each call takes the current engine snapshot once and
 * answers from it alone, so one call never sees two versions of the index.
 */
export abstract class SnapshotReads implements Omit<PassageStore, 'manifest'> {
  /** The snapshot to answer from (loaded or refreshed as the store sees fit). */
  abstract engine(): Promise<SearchEngine>;
  abstract manifest(): ReturnType<PassageStore['manifest']>;
  private officialReads?: PassageStore;

  official(): PassageStore {
    this.officialReads ??= new OfficialReads(this);
    return this.officialReads;
  }

  async search(query: EngineQuery): Promise<ScoredPassage[]> {
    return (await this.engine()).search(query);
  }

  async searchMany(queries: readonly EngineQuery[]): Promise<ScoredPassage[][]> {
    return (await this.engine()).searchMany(queries);
  }

  async vectorSearch(vector: Float32Array, k: number, filters?: SearchFilters): Promise<ScoredPassage[]> {
    return (await this.engine()).vectorSearch(vector, k, filters);
  }

  async textSearch(terms: readonly (string | WeightedTerm)[], k: number, filters?: SearchFilters): Promise<ScoredPassage[]> {
    return (await this.engine()).textSearch(terms, k, filters);
  }

  async termStats(): Promise<TermStats> {
    return (await this.engine()).termStats;
  }

  async getPassage(id: string): Promise<Passage | undefined> {
    const engine = await this.engine();
    const stored = engine.getPassage(id);
    if (stored) return stored;
    // An upload's metadata statement is cited like a passage and opened like one (the widget, briefings).
    const docId = metadataDocId(id);
    const doc = docId === undefined ? undefined : engine.getDocument(docId);
    return doc ? metadataPassage(doc) : undefined;
  }

  async passagesOfDocument(docId: string): Promise<Passage[]> {
    return (await this.engine()).passagesOfDocument(docId);
  }

  async listDocuments(): Promise<DocumentRecord[]> {
    return (await this.engine()).listDocuments();
  }

  async getDocument(id: string): Promise<DocumentRecord | undefined> {
    return (await this.engine()).getDocument(id);
  }
}

/** The official documents' engine of whatever snapshot the store it wraps answers from. */
class OfficialReads extends SnapshotReads implements PassageStore {
  constructor(private readonly all: SnapshotReads) {
    super();
  }

  async engine(): Promise<SearchEngine> {
    return (await this.all.engine()).official;
  }

  manifest(): ReturnType<PassageStore['manifest']> {
    return this.all.manifest();
  }

  override official(): PassageStore {
    return this;
  }
}
