import { type Hit, TopK } from './top-k.js';

/**
 * Exact cosine top-k over unit vectors held in one contiguous Float32Array (row-major). At 10k x
 * 384 a full scan is ~4M multiply-adds, a few ms in V8: no ANN index is needed below the size
 * where the whole corpus fits in memory (see README, "Retrieval engine").
 */
export class VectorIndex {
  private constructor(
    readonly count: number,
    readonly dimension: number,
    private readonly values: Float32Array,
  ) {}

  /** Copies and normalises the rows; a zero vector stays zero and scores 0 against everything. */
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

  /** Row r as a view (no copy). */
  row(r: number): Float32Array {
    return this.values.subarray(r * this.dimension, (r + 1) * this.dimension);
  }

  /** The k rows most similar to the query by cosine; `accept` (a 0/1 mask by row) filters. */
  search(query: ArrayLike<number>, k: number, accept?: Uint8Array): Hit[] {
    if (query.length !== this.dimension) throw new Error(`query vector has ${query.length} dimensions, the index ${this.dimension}`);
    const q = Float32Array.from(query);
    normaliseInPlace(q, 0, this.dimension);
    const top = new TopK(k);
    const d = this.dimension;
    const v = this.values;
    const whole = d - (d % 4);
    for (let r = 0, base = 0; r < this.count; r++, base += d) {
      if (accept && accept[r] === 0) continue;
      // Four accumulators: independent additions pipeline better than one chain (~15% here).
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
      const dot = a + b + c + e;
      if (dot >= top.threshold) top.push(r, dot);
    }
    return top.sorted();
  }
}

function normaliseInPlace(values: Float32Array, start: number, length: number): void {
  let sum = 0;
  for (let i = start; i < start + length; i++) sum += (values[i] as number) ** 2;
  if (sum === 0) return;
  const scale = 1 / Math.sqrt(sum);
  for (let i = start; i < start + length; i++) values[i] = (values[i] as number) * scale;
}
