import { describe, expect, it } from 'vitest';
import { dotKernel } from './dot-kernel.js';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function filled(kernel: ReturnType<typeof dotKernel>, rows: Float32Array, query: Float32Array) {
  kernel.rows.set(rows);
  kernel.query.set(query);
  kernel.run();
  return Float32Array.from(kernel.scores);
}

describe('dot kernel', () => {
  it('runs as WebAssembly SIMD on Node and scores bit-identically to the JavaScript loop the Worker runs', () => {
    const next = random(11);
    for (const [count, dimension] of [
      [1, 4],
      [257, 384],
      [1000, 24],
    ] as const) {
      const rows = Float32Array.from({ length: count * dimension }, () => next() * 2 - 1);
      const wasm = dotKernel(count, dimension);
      const js = dotKernel(count, dimension, { wasm: false });
      expect([wasm.kind, js.kind]).toEqual(['wasm-simd', 'js']);
      for (let q = 0; q < 5; q++) {
        const query = Float32Array.from({ length: dimension }, () => next() * 2 - 1);
        const a = filled(wasm, rows, query);
        const b = filled(js, rows, query);
        // Bit-identical, not merely close: equal floats give equal rankings in both runtimes.
        expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
        const r = count - 1;
        let exact = 0;
        for (let i = 0; i < dimension; i++) exact += (query[i] as number) * (rows[r * dimension + i] as number);
        expect(a[r]).toBeCloseTo(exact, 4);
      }
    }
  });

  it('scores only the rows not left out, each exactly as when every row is scored', () => {
    const next = random(5);
    for (const [count, dimension] of [
      [258, 384],
      [7, 8],
    ] as const) {
      const rows = Float32Array.from({ length: count * dimension }, () => next() * 2 - 1);
      const query = Float32Array.from({ length: dimension }, () => next() * 2 - 1);
      const skip = Uint8Array.from({ length: count }, (_, r) => (r % 3 === 1 ? 1 : 0));
      for (const wasm of [true, false]) {
        const kernel = dotKernel(count, dimension, { wasm });
        const all = filled(kernel, rows, query);
        kernel.scores.fill(7);
        kernel.leaveOut(skip);
        const some = filled(kernel, rows, query);
        for (let r = 0; r < count; r++) expect(some[r]).toBe(skip[r] === 1 ? 7 : all[r]);
      }
    }
  });

  it('falls back to the JavaScript loop for a dimension the four-lane kernel cannot take', () => {
    const kernel = dotKernel(3, 5);
    expect(kernel.kind).toBe('js');
    kernel.rows.set([1, 2, 3, 4, 5, 0, 0, 0, 0, 0, -1, 0, 0, 0, 1]);
    kernel.query.set([1, 1, 1, 1, 1]);
    kernel.run();
    expect(Array.from(kernel.scores)).toEqual([15, 0, 0]);
  });
});
