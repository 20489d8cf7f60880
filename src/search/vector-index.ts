import { ITEMS_PER_STEP, runToEnd, type Steps } from '../core/time-slices.js';
import { type DotKernel, dotKernel } from './dot-kernel.js';
import { type Hit, TopK } from './top-k.js';

/**
 * Exact cosine top-k over unit vectors held in one contiguous Float32Array (row-major). At 10k x
 * 384 a full scan is ~4M multiply-adds, under a millisecond with the SIMD kernel: no ANN index is
 * needed below the size where the whole corpus fits in memory (see README, "Retrieval engine").
 */
export class VectorIndex {
  private constructor(
    readonly count: number,
    readonly dimension: number,
    /** Holds the rows and one search's scores; searches are synchronous, so one buffer serves them all. */
    private readonly kernel: DotKernel,
    /**
     * 1 for an all-zero row: a passage with no vector (its language is one the model does not read).
     * It is left out of vector ranking, not ranked at cosine 0 among the real ones.
     */
    private readonly empty: Uint8Array,
  ) {}

  /** Copies the rows into the kernel and marks the all-zero ones, a step at a time. */
  private static *built(values: Float32Array, dimension: number): Steps<VectorIndex> {
    const count = values.length / dimension;
    const kernel = dotKernel(count, dimension);
    yield;
    const empty = new Uint8Array(count);
    for (let r = 0; r < count; r += ITEMS_PER_STEP) {
      const end = Math.min(count, r + ITEMS_PER_STEP);
      kernel.rows.set(values.subarray(r * dimension, end * dimension), r * dimension);
      for (let row = r; row < end; row++) {
        let zero = 1;
        for (let i = row * dimension; i < (row + 1) * dimension; i++) {
          if (values[i] !== 0) {
            zero = 0;
            break;
          }
        }
        empty[row] = zero;
      }
      yield;
    }
    // An all-zero row is never a vector hit (see `score`): the kernel need not score it at all.
    kernel.leaveOut(empty);
    return new VectorIndex(count, dimension, kernel, empty);
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

  /** Normalises a packed count x dimension array in place, then copies it into the kernel. */
  static fromPacked(values: Float32Array, dimension: number): VectorIndex {
    return runToEnd(VectorIndex.packedSteps(values, dimension));
  }

  /** `fromPacked` in steps that a caller may spread over event-loop turns. */
  static *packedSteps(values: Float32Array, dimension: number): Steps<VectorIndex> {
    checkPacked(values, dimension);
    const count = values.length / dimension;
    for (let r = 0; r < count; r++) {
      normaliseInPlace(values, r * dimension, dimension);
      if (r % ITEMS_PER_STEP === 0) yield;
    }
    return yield* VectorIndex.built(values, dimension);
  }

  /** Rows already normalised by `fromPacked` (read back from a snapshot file): used as they are. */
  static fromNormalised(values: Float32Array, dimension: number): VectorIndex {
    checkPacked(values, dimension);
    return runToEnd(VectorIndex.built(values, dimension));
  }

  /** Every row, normalised, packed row-major (no copy): what a snapshot file stores. */
  get packed(): Float32Array {
    return this.kernel.rows;
  }

  /** Row r as a view (no copy). */
  row(r: number): Float32Array {
    return this.kernel.rows.subarray(r * this.dimension, (r + 1) * this.dimension);
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
    const { kernel, count } = this;
    const empty = this.empty;
    if (count === 0) return kernel.scores;
    kernel.query.set(query);
    normaliseInPlace(kernel.query, 0, this.dimension);
    // Scoring every row but the empty ones and masking after is cheaper than branching on `accept` inside the SIMD loop.
    kernel.run();
    const scores = kernel.scores;
    for (let r = 0; r < count; r++) {
      if (empty[r] === 1 || (accept !== undefined && accept[r] === 0)) scores[r] = Number.NEGATIVE_INFINITY;
    }
    return scores;
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

function checkPacked(values: Float32Array, dimension: number): void {
  if (dimension <= 0 || values.length % dimension !== 0) throw new Error(`packed vectors of length ${values.length} do not divide into rows of ${dimension}`);
}

function normaliseInPlace(values: Float32Array, start: number, length: number): void {
  let sum = 0;
  for (let i = start; i < start + length; i++) sum += (values[i] as number) ** 2;
  if (sum === 0) return;
  const scale = 1 / Math.sqrt(sum);
  for (let i = start; i < start + length; i++) values[i] = (values[i] as number) * scale;
}
