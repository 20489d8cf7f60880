import { ITEMS_PER_STEP, runToEnd, type Steps } from '../core/time-slices.js';
import { type Hit, TopK } from './top-k.js';

/**
 * BM25 over passages already split into terms by `indexTerms()` (src/text/terms.ts): this module
 * never tokenises. Two dampers against a document stuffed with popular words: BM25's own
 * term-frequency saturation (k1), and a hard cap on how many occurrences of one term in one
 * passage count at all (tfCap), so repetition past a few mentions buys nothing.
 */
export interface Bm25Params {
  k1: number;
  b: number;
  /** Occurrences of a term in a passage beyond this count are ignored. */
  tfCap: number;
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75, tfCap: 4 };

/** A query term with its weight (1 unless the caller says a term matters more or less). */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/** Corpus-wide statistics for IDF outside the engine (answerability). */
export interface TermStats {
  readonly docCount: number;
  df(term: string): number;
}

/**
 * The index's arrays, as `toData` gives them and `fromData` takes them back (the snapshot file):
 * postings of term t are docs/tfs[offsets[t] .. offsets[t + 1]), in passage order.
 */
export interface TermIndexData {
  terms: string[];
  offsets: Int32Array;
  docs: Int32Array;
  tfs: Uint16Array;
  norms: Float64Array;
  params: Bm25Params;
}

export class TermIndex implements TermStats {
  /** Term -> its row in `offsets`. One map lookup per query term; postings live in three flat typed arrays. */
  private readonly ids: Map<string, number>;
  private readonly terms: string[];
  private readonly offsets: Int32Array;
  private readonly docs: Int32Array;
  private readonly tfs: Uint16Array;
  /** k1 * (1 - b + b * length / averageLength) per passage: the part of BM25 that does not depend on the query. */
  private readonly norms: Float64Array;
  /**
   * BM25's term-frequency part of every posting, tf (k1 + 1) / (tf + norm): fixed per snapshot, so
   * a search multiplies by its IDF instead of dividing per posting. Computed at load, never stored.
   */
  private readonly impacts: Float64Array;
  /** Scratch for one search's scores, zeroed after each; searches are synchronous, so one buffer serves them all. */
  private readonly scratch: Float64Array;
  /** Scratch for the passages one search scored, in the order first scored (a common term touches thousands). */
  private readonly touched: Int32Array;
  private readonly params: Bm25Params;

  constructor(passages: readonly (readonly string[])[], params: Partial<Bm25Params> = {}, prebuilt?: TermIndexData | TermIndexParts) {
    const parts =
      prebuilt && 'impacts' in prebuilt ? prebuilt : runToEnd(derivedSteps(prebuilt ?? runToEnd(postingSteps(passages, { ...DEFAULT_BM25, ...params }))));
    const { data } = parts;
    this.params = data.params;
    this.terms = data.terms;
    this.offsets = data.offsets;
    this.docs = data.docs;
    this.tfs = data.tfs;
    this.norms = data.norms;
    this.impacts = parts.impacts;
    this.ids = parts.ids;
    this.scratch = new Float64Array(this.norms.length);
    this.touched = new Int32Array(this.norms.length);
  }

  /** The index the constructor builds from these passages, in steps that a caller may spread over event-loop turns. */
  static *steps(passages: readonly (readonly string[])[], params: Partial<Bm25Params> = {}): Steps<TermIndex> {
    const data = yield* postingSteps(passages, { ...DEFAULT_BM25, ...params });
    return new TermIndex([], {}, yield* derivedSteps(data));
  }

  static fromData(data: TermIndexData): TermIndex {
    return new TermIndex([], {}, data);
  }

  toData(): TermIndexData {
    return { terms: this.terms, offsets: this.offsets, docs: this.docs, tfs: this.tfs, norms: this.norms, params: this.params };
  }

  get docCount(): number {
    return this.norms.length;
  }

  df(term: string): number {
    const t = this.ids.get(term);
    return t === undefined ? 0 : (this.offsets[t + 1] as number) - (this.offsets[t] as number);
  }

  /**
   * Best-first BM25 hits. A term given twice counts once, at its highest weight ("지원 지원"
   * must not outrank "지원"); `accept` (a 0/1 mask by passage) filters. Terms are summed in
   * term-id order, so a score never depends on the order the terms came in.
   */
  search(query: readonly (string | WeightedTerm)[], k: number, accept?: Uint8Array): Hit[] {
    const weights = new Map<number, number>();
    for (const item of query) {
      const { term, weight } = typeof item === 'string' ? { term: item, weight: 1 } : item;
      const t = this.ids.get(term);
      if (t !== undefined && weight > 0 && weight > (weights.get(t) ?? 0)) weights.set(t, weight);
    }
    const scores = this.scratch;
    const touched = this.touched;
    let touchedCount = 0;
    const { docs, impacts, offsets } = this;
    for (const t of [...weights.keys()].sort((a, b) => a - b)) {
      const idf = (weights.get(t) as number) * this.idfOf(t);
      const end = offsets[t + 1] as number;
      for (let i = offsets[t] as number; i < end; i++) {
        const doc = docs[i] as number;
        if (accept && accept[doc] === 0) continue;
        if (scores[doc] === 0) touched[touchedCount++] = doc;
        scores[doc] = (scores[doc] as number) + idf * (impacts[i] as number);
      }
    }
    const top = new TopK(k);
    // A score under the k-th kept one cannot enter (an equal one may, on a lower index): most of
    // the thousands of passages a common term touches never reach the heap.
    let threshold = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i] as number;
      const score = scores[doc] as number;
      scores[doc] = 0;
      if (score < threshold) continue;
      top.push(doc, score);
      threshold = top.threshold;
    }
    return top.sorted();
  }

  private idfOf(t: number): number {
    const df = (this.offsets[t + 1] as number) - (this.offsets[t] as number);
    return Math.log(1 + (this.docCount - df + 0.5) / (df + 0.5));
  }
}

/** The index's arrays with what is computed from them at load (never stored). */
export interface TermIndexParts {
  data: TermIndexData;
  impacts: Float64Array;
  ids: Map<string, number>;
}

function* derivedSteps(data: TermIndexData): Steps<TermIndexParts> {
  const impacts = new Float64Array(data.docs.length);
  const k1plus1 = data.params.k1 + 1;
  for (let i = 0; i < data.docs.length; i++) {
    const tf = data.tfs[i] as number;
    impacts[i] = (tf * k1plus1) / (tf + (data.norms[data.docs[i] as number] as number));
    if (i % (ITEMS_PER_STEP * 256) === 0) yield;
  }
  const ids = new Map<string, number>();
  for (let t = 0; t < data.terms.length; t++) {
    ids.set(data.terms[t] as string, t);
    if (t % (ITEMS_PER_STEP * 32) === 0) yield;
  }
  return { data, impacts, ids };
}

/** Passages indexed per step: a long passage is hundreds of terms, each a map lookup. */
const PASSAGES_PER_STEP = 32;

/**
 * Postings in two passes over the passages without a Map or array per term: the first gives every
 * term an id and counts the passages holding it, the second writes each passage's (capped) term
 * frequencies at each term's cursor, so every list comes out in passage order.
 */
function* postingSteps(passages: readonly (readonly string[])[], params: Bm25Params): Steps<TermIndexData> {
  const ids = new Map<string, number>();
  const terms: string[] = [];
  const df: number[] = [];
  const lastDoc: number[] = [];
  let total = 0;
  for (let doc = 0; doc < passages.length; doc++) {
    const list = passages[doc] as readonly string[];
    total += list.length;
    for (const term of list) {
      let t = ids.get(term);
      if (t === undefined) {
        t = terms.length;
        ids.set(term, t);
        terms.push(term);
        df.push(0);
        lastDoc.push(-1);
      }
      if (lastDoc[t] !== doc) {
        lastDoc[t] = doc;
        df[t] = (df[t] as number) + 1;
      }
    }
    if (doc % PASSAGES_PER_STEP === 0) yield;
  }
  const offsets = new Int32Array(terms.length + 1);
  for (let t = 0; t < terms.length; t++) offsets[t + 1] = (offsets[t] as number) + (df[t] as number);
  const cursor = offsets.slice(0, terms.length);
  const docs = new Int32Array(offsets[terms.length] as number);
  const tfs = new Uint16Array(docs.length);
  const seenIn = new Int32Array(terms.length).fill(-1);
  const counts = new Int32Array(terms.length);
  const inDoc: number[] = [];
  const lengths = new Float64Array(passages.length);
  for (let doc = 0; doc < passages.length; doc++) {
    const list = passages[doc] as readonly string[];
    lengths[doc] = list.length;
    inDoc.length = 0;
    for (const term of list) {
      const t = ids.get(term) as number;
      if (seenIn[t] !== doc) {
        seenIn[t] = doc;
        counts[t] = 0;
        inDoc.push(t);
      }
      counts[t] = (counts[t] as number) + 1;
    }
    for (const t of inDoc) {
      const at = cursor[t] as number;
      docs[at] = doc;
      tfs[at] = Math.min(counts[t] as number, params.tfCap);
      cursor[t] = at + 1;
    }
    if (doc % PASSAGES_PER_STEP === 0) yield;
  }
  const average = passages.length === 0 ? 1 : total / passages.length || 1;
  const { k1, b } = params;
  const norms = lengths.map((length) => k1 * (1 - b + (b * length) / average));
  return { terms, offsets, docs, tfs, norms, params };
}
