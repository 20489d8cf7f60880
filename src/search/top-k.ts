/**
 * The k best (highest score) of a stream of (index, score) pairs, ties to the lower index, in
 * O(n log k): a min-heap of size k whose root is the worst kept hit. Used by every ranker here
 * so the order of equal scores is the same on Node and in the Worker.
 */
export interface Hit {
  index: number;
  score: number;
}

/** a is worse than b: lower score, or equal score and higher index. */
function worse(aScore: number, aIndex: number, bScore: number, bIndex: number): boolean {
  return aScore < bScore || (aScore === bScore && aIndex > bIndex);
}

export class TopK {
  private readonly indexes: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.indexes = new Int32Array(Math.max(0, k));
    this.scores = new Float64Array(Math.max(0, k));
  }

  /** The score a new hit must beat to enter (−Infinity until k hits are held). */
  get threshold(): number {
    return this.size < this.k ? Number.NEGATIVE_INFINITY : (this.scores[0] ?? Number.NEGATIVE_INFINITY);
  }

  push(index: number, score: number): void {
    if (this.k <= 0) return;
    if (this.size < this.k) {
      let at = this.size++;
      // Sift up.
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!worse(score, index, this.scores[parent] ?? 0, this.indexes[parent] ?? 0)) break;
        this.scores[at] = this.scores[parent] ?? 0;
        this.indexes[at] = this.indexes[parent] ?? 0;
        at = parent;
      }
      this.scores[at] = score;
      this.indexes[at] = index;
      return;
    }
    if (!worse(this.scores[0] ?? 0, this.indexes[0] ?? 0, score, index)) return;
    // Replace the root and sift down.
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= this.size) break;
      const right = left + 1;
      let child = left;
      if (right < this.size && worse(this.scores[right] ?? 0, this.indexes[right] ?? 0, this.scores[left] ?? 0, this.indexes[left] ?? 0)) child = right;
      if (!worse(this.scores[child] ?? 0, this.indexes[child] ?? 0, score, index)) break;
      this.scores[at] = this.scores[child] ?? 0;
      this.indexes[at] = this.indexes[child] ?? 0;
      at = child;
    }
    this.scores[at] = score;
    this.indexes[at] = index;
  }

  /** Best first. */
  sorted(): Hit[] {
    const hits: Hit[] = [];
    for (let i = 0; i < this.size; i++) hits.push({ index: this.indexes[i] ?? 0, score: this.scores[i] ?? 0 });
    return hits.sort((a, b) => b.score - a.score || a.index - b.index);
  }
}
