import { type Hit, TopK } from './top-k.js';

/**
 * Exact cosine top-k over unit vectors held in one contiguous Float32Array (row-major). At 10k x
 * 384 a full scan is ~4M multiply-adds, a few ms in V8: no ANN index is needed below the size
 * where the whole corpus fits in memory (see README, "Retrieval engine").
 */
export class VectorIndex {
  /** Scratch for one search's scores; searches are synchronous, so one buffer serves them all. */
  private readonly scores: Float32Array;
  /**
   * 1 for an all-zero row: a passage with no vector (its language is one the model does not read).
   * It is left out of vector ranking, not ranked at cosine 0 among the real ones.
   */
  private readonly empty: Uint8Array;

  private constructor(
    readonly count: number,
    readonly dimension: number,
    private readonly values: Float32Array,
  ) {
    this.scores = new Float32Array(count);
    this.empty = new Uint8Array(count);
    for (let r = 0; r < count; r++) {
      let zero = 1;
      for (let i = r * dimension; i < (r + 1) * dimension; i++) {
        if (values[i] !== 0) {
          zero = 0;
          break;
        }
      }
      this.empty[r] = zero;
    }
  }

  /** Copies and normalises the rows; a zero vector stays zero and is never a vector hit. */
  static fromRows(rows: ArrayLike<number>[], dimension: number): VectorIndex {
    const values = new Float32Array(rows.length * dimension);
    rows.forEach((row, r) => {
      if (row.length !== dimension) throw new Error(`vector ${r} has ${row.length} dimensions, expected ${dimension}`);
      values.set(row, r * dimension);
    });
    return VectorIndex.fromPacked(values, dimension);
  }

  /** Takes ownership of a packed count x dimension array and normalises it in place. */
  static fromPacked(values: Float32Array, dimension: number): VectorIndex {
    if (dimension <= 0 || values.length % dimension !== 0) throw new Error(`packed vectors of length ${values.length} do not divide into rows of ${dimension}`);
    const count = values.length / dimension;
    for (let r = 0; r < count; r++) normaliseInPlace(values, r * dimension, dimension);
    return new VectorIndex(count, dimension, values);
  }

  /** Rows already normalised by `fromPacked` (read back from a snapshot file): used as they are. */
  static fromNormalised(values: Float32Array, dimension: number): VectorIndex {
    if (dimension <= 0 || values.length % dimension !== 0) throw new Error(`packed vectors of length ${values.length} do not divide into rows of ${dimension}`);
    return new VectorIndex(values.length / dimension, dimension, values);
  }

  /** Every row, normalised, packed row-major (no copy): what a snapshot file stores. */
  get packed(): Float32Array {
    return this.values;
  }

  /** Row r as a view (no copy). */
  row(r: number): Float32Array {
    return this.values.subarray(r * this.dimension, (r + 1) * this.dimension);
  }

  /** The k rows most similar to the query by cosine; `accept` (a 0/1 mask by row) filters. */
  search(query: ArrayLike<number>, k: number, accept?: Uint8Array): Hit[] {
    return this.best(this.score(query, accept), k);
  }

  /**
   * Cosine of the query with every row `accept` lets through (−Infinity for the others), in a
   * scratch buffer that the next call overwrites. Several searches with one query vector (the
   * filtered searches of one question) score once and select from it with `best`.
   */
  score(query: ArrayLike<number>, accept?: Uint8Array): Float32Array {
    if (query.length !== this.dimension) throw new Error(`query vector has ${query.length} dimensions, the index ${this.dimension}`);
    const q = Float32Array.from(query);
    normaliseInPlace(q, 0, this.dimension);
    // The hot loop only multiplies and adds; selecting the top k is a second, cheap pass.
    dotProducts(q, this.values, this.dimension, this.count, this.scores, accept, this.empty);
    return this.scores;
  }

  /** The k best rows of `scores` (from `score`), skipping rows `accept` rejects. */
  best(scores: Float32Array, k: number, accept?: Uint8Array): Hit[] {
    const top = new TopK(k);
    let threshold = Number.NEGATIVE_INFINITY;
    for (let r = 0; r < this.count; r++) {
      const score = scores[r] as number;
      // Rows come in index order, so an equal score never displaces a kept one: strict > suffices.
      if (score === Number.NEGATIVE_INFINITY || score <= threshold) continue;
      if (accept !== undefined && accept[r] === 0) continue;
      top.push(r, score);
      threshold = top.threshold;
    }
    return top.sorted();
  }
}

/** scores[r] = q · row r, or −Infinity for rows the mask rejects and rows without a vector. */
function dotProducts(
  q: Float32Array,
  v: Float32Array,
  d: number,
  count: number,
  scores: Float32Array,
  accept: Uint8Array | undefined,
  empty: Uint8Array,
): void {
  const whole = d - (d % 4);
  for (let r = 0, base = 0; r < count; r++, base += d) {
    if ((accept !== undefined && accept[r] === 0) || empty[r] === 1) {
      scores[r] = Number.NEGATIVE_INFINITY;
      continue;
    }
    // Four accumulators: independent additions pipeline better than one chain.
    let a = 0;
    let b = 0;
    let c = 0;
    let e = 0;
    let i = 0;
    for (; i < whole; i += 4) {
      a += (q[i] as number) * (v[base + i] as number);
      b += (q[i + 1] as number) * (v[base + i + 1] as number);
      c += (q[i + 2] as number) * (v[base + i + 2] as number);
      e += (q[i + 3] as number) * (v[base + i + 3] as number);
    }
    for (; i < d; i++) a += (q[i] as number) * (v[base + i] as number);
    scores[r] = a + b + c + e;
  }
}

function normaliseInPlace(values: Float32Array, start: number, length: number): void {
  let sum = 0;
  for (let i = start; i < start + length; i++) sum += (values[i] as number) ** 2;
  if (sum === 0) return;
  const scale = 1 / Math.sqrt(sum);
  for (let i = start; i < start + length; i++) values[i] = (values[i] as number) * scale;
}
