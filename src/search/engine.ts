import { ITEMS_PER_STEP, runToEnd, type Steps } from '../core/time-slices.js';
import type { DocumentRecord, Lang, Passage, ScoredPassage, SearchFilters } from '../core/types.js';
import { filterMask } from './filters.js';
import { fuseRanks } from './fusion.js';
import { decodeSnapshot, encodeSteps } from './snapshot-file.js';
import { type Bm25Params, DEFAULT_BM25, TermIndex, type TermStats, type WeightedTerm } from './term-index.js';
import type { Hit } from './top-k.js';
import { preferTrusted, trustLevel } from './trust.js';
import { VectorIndex } from './vector-index.js';

/** One hybrid query: lexical terms (from `queryTermsOf`, optionally weighted), an optional vector, filters. */
export interface EngineQuery {
  terms: readonly (string | WeightedTerm)[];
  /** Absent or empty: keyword-only. */
  vector?: Float32Array;
  /** Weight of the vector ranking in fusion (1 = equal to BM25). */
  vectorWeight?: number;
  k: number;
  filters?: SearchFilters;
}

/** What a snapshot is built from; terms[i] are `indexTerms()` of passages[i], vectors packed in the same order. */
export interface EngineInput {
  passages: Passage[];
  terms: readonly (readonly string[])[];
  /** passages.length x dimension floats, or empty when the index holds no passages. */
  vectors: Float32Array;
  dimension: number;
  documents: DocumentRecord[];
  /** Identifies what the snapshot was loaded from (table versions, corpus version). */
  version: string;
  bm25?: Partial<Bm25Params>;
}

/** How deep each retriever looks before fusion; fusion needs more than the final k to work with. */
export function candidatePool(k: number): number {
  return Math.max(20, k * 3);
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What an engine is made of once its input is in canonical order and indexed. */
interface EngineParts {
  version: string;
  dimension: number;
  passages: Passage[];
  docs: DocumentRecord[];
  vectors: VectorIndex;
  text: TermIndex;
  /**
   * BM25 over the official documents' passages alone (their canonical order), built from their own
   * term lists: what an index of the official documents alone would hold. Absent when every
   * passage is official. Kept apart because term ids, document frequencies and average length all
   * change with the passages indexed, and cannot be recovered from the full index's postings.
   */
  officialText?: TermIndex;
}

/** Whether a passage belongs to an official document (a passage without its record does not). */
function officialMask(passages: readonly Passage[], docs: readonly DocumentRecord[]): boolean[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  return passages.map((p) => trustLevel(byId.get(p.docId)) === 1);
}

function* canonicalSteps(input: EngineInput): Steps<EngineParts> {
  const n = input.passages.length;
  if (input.terms.length !== n) throw new Error(`${n} passages but ${input.terms.length} term lists`);
  if (input.vectors.length !== n * input.dimension) throw new Error(`${n} passages need ${n * input.dimension} vector values, got ${input.vectors.length}`);
  // One canonical passage order (document id, then ordinal) so ties break alike on every runtime.
  const order = input.passages
    .map((_, i) => i)
    .sort((a, b) => {
      const pa = input.passages[a] as Passage;
      const pb = input.passages[b] as Passage;
      return byKey(pa.docId, pb.docId) || pa.ordinal - pb.ordinal || byKey(pa.id, pb.id);
    });
  yield;
  const packed = new Float32Array(input.vectors.length);
  for (let to = 0; to < n; to++) {
    const from = order[to] as number;
    packed.set(input.vectors.subarray(from * input.dimension, (from + 1) * input.dimension), to * input.dimension);
    if (to % ITEMS_PER_STEP === 0) yield;
  }
  const vectors = yield* VectorIndex.packedSteps(packed, Math.max(1, input.dimension));
  const text = yield* TermIndex.steps(
    order.map((i) => input.terms[i] ?? []),
    input.bm25,
  );
  const passages = order.map((i) => input.passages[i] as Passage);
  const official = officialMask(passages, input.documents);
  const officialText = official.every(Boolean)
    ? undefined
    : yield* TermIndex.steps(
        order.filter((_, at) => official[at]).map((i) => input.terms[i] ?? []),
        input.bm25,
      );
  return {
    version: input.version,
    dimension: input.dimension,
    passages,
    docs: [...input.documents].sort((a, b) => a.id.localeCompare(b.id)),
    vectors,
    text,
    ...(officialText ? { officialText } : {}),
  };
}

/**
 * The official documents' part of `parts`, as an engine over them alone would be built: the same
 * canonical order (a subsequence of the full one), the same normalised vectors (each row is
 * normalised on its own) and the official term index.
 */
function officialParts(parts: EngineParts, officialText: TermIndex): EngineParts {
  const official = officialMask(parts.passages, parts.docs);
  const rows = parts.passages.flatMap((_, at) => (official[at] ? [at] : []));
  const dimension = parts.vectors.dimension;
  const packed = new Float32Array(rows.length * dimension);
  rows.forEach((at, to) => {
    packed.set(parts.vectors.row(at), to * dimension);
  });
  return {
    version: `${parts.version} official`,
    dimension: parts.dimension,
    passages: rows.map((at) => parts.passages[at] as Passage),
    docs: parts.docs.filter((d) => trustLevel(d) === 1),
    vectors: VectorIndex.fromNormalised(packed, dimension),
    text: officialText,
  };
}

/**
 * An immutable in-memory snapshot of the whole index: passages, a BM25 term index, unit vectors,
 * documents. Searches are synchronous and touch only this object, so a search can never mix two
 * versions of the index; a newer index is a new snapshot swapped in by the store that owns it.
 * The same class serves Node (loaded from LanceDB) and the Worker (loaded from the exported shards).
 */
export class SearchEngine {
  readonly version: string;
  readonly dimension: number;
  private readonly passages: Passage[];
  private readonly langs: Lang[];
  private readonly byId: Map<string, number>;
  private readonly byDoc: Map<string, number[]>;
  private readonly docs: DocumentRecord[];
  private readonly docById: Map<string, DocumentRecord>;
  private readonly trust: Uint8Array;
  private readonly text: TermIndex;
  private readonly officialText?: TermIndex;
  /**
   * The engine over the official documents alone (this engine when every document is official):
   * what an answer from the official documents is ranked, judged and counted with, so that no
   * ordinary upload changes its statistics, ranking or evidence.
   */
  readonly official: SearchEngine;
  private readonly vectors: VectorIndex;
  /** Language-only masks, built once per snapshot: every question searches each language by filter. */
  private readonly langMasks = new Map<Lang, Uint8Array>();

  constructor(input: EngineInput | { prebuilt: EngineParts }) {
    const parts = 'prebuilt' in input ? input.prebuilt : runToEnd(canonicalSteps(input));
    this.version = parts.version;
    this.dimension = parts.dimension;
    this.passages = parts.passages;
    this.vectors = parts.vectors;
    this.text = parts.text;
    this.docs = parts.docs;
    this.langs = this.passages.map((p) => p.lang);
    this.byId = new Map(this.passages.map((p, i) => [p.id, i]));
    this.byDoc = new Map();
    this.passages.forEach((p, i) => {
      const list = this.byDoc.get(p.docId);
      if (list) list.push(i);
      else this.byDoc.set(p.docId, [i]);
    });
    this.docById = new Map(this.docs.map((d) => [d.id, d]));
    this.trust = Uint8Array.from(this.passages, (p) => trustLevel(this.docById.get(p.docId)));
    this.officialText = parts.officialText;
    this.official = parts.officialText ? new SearchEngine({ prebuilt: officialParts(parts, parts.officialText) }) : this;
  }

  /**
   * The engine `new SearchEngine(input)` builds, in steps a caller may spread over event-loop
   * turns (see core/time-slices.ts), so a server rebuilding after an upload keeps answering.
   */
  static *steps(input: EngineInput): Steps<SearchEngine> {
    const prebuilt = yield* canonicalSteps(input);
    return new SearchEngine({ prebuilt });
  }

  /**
   * The snapshot as one byte array (see snapshot-file.ts): passages in canonical order, normalised
   * vectors and the built postings, so `fromSnapshot` skips sorting, tokenised terms and indexing.
   */
  toSnapshot(): Uint8Array {
    return runToEnd(this.snapshotSteps());
  }

  /** `toSnapshot` in steps a caller may spread over event-loop turns. */
  snapshotSteps(): Steps<Uint8Array> {
    return encodeSteps({
      version: this.version,
      dimension: this.dimension,
      passages: this.passages,
      documents: this.docs,
      vectors: this.vectors.packed,
      text: this.text.toData(),
      ...(this.officialText ? { officialText: this.officialText.toData() } : {}),
    });
  }

  /**
   * The engine `toSnapshot` wrote, ranking exactly as it did; undefined when it is not the
   * expected version or was built with other BM25 parameters (then rebuild from the source).
   */
  static fromSnapshot(bytes: Uint8Array, expected: { version: string; bm25?: Partial<Bm25Params> }): SearchEngine | undefined {
    const s = decodeSnapshot(bytes);
    const params = { ...DEFAULT_BM25, ...expected.bm25 };
    if (s.version !== expected.version || (Object.keys(params) as (keyof Bm25Params)[]).some((key) => s.text.params[key] !== params[key])) return undefined;
    // Passages of other trust levels need the official term index beside the full one.
    if (!s.officialText && !officialMask(s.passages, s.documents).every(Boolean)) return undefined;
    return new SearchEngine({
      prebuilt: {
        version: s.version,
        dimension: s.dimension,
        passages: s.passages,
        docs: s.documents,
        vectors: VectorIndex.fromNormalised(s.vectors, Math.max(1, s.dimension)),
        text: TermIndex.fromData(s.text),
        ...(s.officialText ? { officialText: TermIndex.fromData(s.officialText) } : {}),
      },
    });
  }

  get size(): number {
    return this.passages.length;
  }

  /** Corpus-wide document frequencies, for IDF outside the engine. */
  get termStats(): TermStats {
    return this.text;
  }

  /** Vector and BM25 rankings over the same filtered passages, fused by weighted reciprocal rank. */
  search(query: EngineQuery): ScoredPassage[] {
    return this.searchMany([query])[0] ?? [];
  }

  /**
   * Several hybrid queries at once, each answered exactly as `search` answers it alone. Queries
   * sharing one vector object (one question searched under several filters) pay for one cosine
   * pass over the corpus; each then selects its own top hits under its own filters.
   */
  searchMany(queries: readonly EngineQuery[]): ScoredPassage[][] {
    const masks = queries.map((q) => this.mask(q.filters));
    const byVector = queries.map((): Hit[] => []);
    const scored = new Set<Float32Array>();
    for (const { vector } of queries) {
      if (!vector || vector.length === 0 || this.size === 0 || scored.has(vector)) continue;
      scored.add(vector);
      const sharing = queries.flatMap((q, j) => (q.vector === vector ? [j] : []));
      const scores = this.vectors.score(
        vector,
        unionMask(
          sharing.map((j) => masks[j]),
          this.size,
        ),
      );
      for (const j of sharing) byVector[j] = this.vectors.best(scores, candidatePool((queries[j] as EngineQuery).k), masks[j]);
    }
    return queries.map((query, i) => {
      const byText = this.text.search(query.terms, candidatePool(query.k), masks[i]);
      const fused = fuseRanks(
        [
          { hits: byVector[i] ?? [], weight: query.vectorWeight ?? 1 },
          { hits: byText, weight: 1 },
        ],
        query.k,
      );
      return preferTrusted(fused, (at) => this.trust[at] ?? 0).map((hit) => ({
        ...(this.passages[hit.index] as Passage),
        score: hit.score,
        ...(hit.ranks[0] === undefined ? {} : { vectorRank: hit.ranks[0] }),
        ...(hit.ranks[1] === undefined ? {} : { textRank: hit.ranks[1] }),
      }));
    });
  }

  vectorSearch(vector: Float32Array, k: number, filters?: SearchFilters): ScoredPassage[] {
    if (this.size === 0 || vector.length === 0) return [];
    return this.scored(this.vectors.search(vector, k, this.mask(filters)), 'vectorRank');
  }

  textSearch(terms: readonly (string | WeightedTerm)[], k: number, filters?: SearchFilters): ScoredPassage[] {
    return this.scored(this.text.search(terms, k, this.mask(filters)), 'textRank');
  }

  getPassage(id: string): Passage | undefined {
    const at = this.byId.get(id);
    return at === undefined ? undefined : this.passages[at];
  }

  /** In document order. */
  passagesOfDocument(docId: string): Passage[] {
    return (this.byDoc.get(docId) ?? []).map((at) => this.passages[at] as Passage);
  }

  listDocuments(): DocumentRecord[] {
    return this.docs;
  }

  getDocument(id: string): DocumentRecord | undefined {
    return this.docById.get(id);
  }

  private mask(filters: SearchFilters | undefined): Uint8Array | undefined {
    const lang = filters?.lang;
    if (!lang || (filters.docIds && filters.docIds.length > 0)) return filterMask({ count: this.size, lang: this.langs, byDoc: this.byDoc }, filters);
    let mask = this.langMasks.get(lang);
    if (!mask) {
      mask = filterMask({ count: this.size, lang: this.langs, byDoc: this.byDoc }, { lang }) as Uint8Array;
      this.langMasks.set(lang, mask);
    }
    return mask;
  }

  private scored(hits: Hit[], rank: 'vectorRank' | 'textRank'): ScoredPassage[] {
    return hits.map((hit, i) => ({ ...(this.passages[hit.index] as Passage), score: hit.score, [rank]: i + 1 }));
  }
}

/** Rows any of the masks accepts; undefined (every row) when one of them is undefined. */
function unionMask(masks: (Uint8Array | undefined)[], count: number): Uint8Array | undefined {
  if (masks.length === 1) return masks[0];
  if (masks.some((m) => m === undefined)) return undefined;
  const union = new Uint8Array(count);
  for (const mask of masks as Uint8Array[]) for (let r = 0; r < count; r++) union[r] = (union[r] as number) | (mask[r] as number);
  return union;
}
