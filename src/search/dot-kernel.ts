/**
 * q · row for every row of a packed count x dimension matrix: the hot loop of vector search.
 *
 * Node runs it as a tiny WebAssembly SIMD function (four float32 lanes: at 10k x 384 about 0.8 ms
 * against 3 ms for the best plain loop, measured in README "Retrieval engine"). The Worker may not
 * compile WebAssembly from bytes, so it runs the same arithmetic in JavaScript: every product
 * and sum rounded to float32 per lane in the same order, so both runtimes produce bit-identical
 * scores and therefore identical rankings (`npm run edge:overlap`).
 */
export interface DotKernel {
  readonly kind: 'wasm-simd' | 'js';
  /** The rows, row-major; the kernel owns them (in WebAssembly memory when it can). */
  readonly rows: Float32Array;
  /** Write the query here, then `run`. */
  readonly query: Float32Array;
  /** After `run`: scores[r] = query · row r. Overwritten by the next run. */
  readonly scores: Float32Array;
  run(): void;
}

const LANES = 4;

export function dotKernel(count: number, dimension: number, options: { wasm?: boolean } = {}): DotKernel {
  if (options.wasm !== false && dimension % LANES === 0 && count > 0) {
    const kernel = wasmKernel(count, dimension);
    if (kernel) return kernel;
  }
  return jsKernel(count, dimension);
}

function jsKernel(count: number, dimension: number): DotKernel {
  const rows = new Float32Array(count * dimension);
  const query = new Float32Array(dimension);
  const scores = new Float32Array(count);
  const whole = dimension - (dimension % LANES);
  const f = Math.fround;
  return {
    kind: 'js',
    rows,
    query,
    scores,
    run() {
      for (let r = 0, base = 0; r < count; r++, base += dimension) {
        let l0 = 0;
        let l1 = 0;
        let l2 = 0;
        let l3 = 0;
        let i = 0;
        for (; i < whole; i += LANES) {
          l0 = f(l0 + f((query[i] as number) * (rows[base + i] as number)));
          l1 = f(l1 + f((query[i + 1] as number) * (rows[base + i + 1] as number)));
          l2 = f(l2 + f((query[i + 2] as number) * (rows[base + i + 2] as number)));
          l3 = f(l3 + f((query[i + 3] as number) * (rows[base + i + 3] as number)));
        }
        // Only a dimension the SIMD kernel never takes has a remainder; it goes to lane 0.
        for (; i < dimension; i++) l0 = f(l0 + f((query[i] as number) * (rows[base + i] as number)));
        scores[r] = f(f(f(l0 + l1) + l2) + l3);
      }
    },
  };
}

/** Memory: query (dimension floats), scores (count, padded to 16 bytes), rows; undefined where WebAssembly cannot be compiled. */
function wasmKernel(count: number, dimension: number): DotKernel | undefined {
  const module = compiledModule();
  if (!module) return undefined;
  const queryBytes = dimension * 4;
  const scoreBytes = Math.ceil((count * 4) / 16) * 16;
  const rowBytes = count * dimension * 4;
  const memory = new WebAssembly.Memory({ initial: Math.ceil((queryBytes + scoreBytes + rowBytes) / 65536) });
  const { dot } = new WebAssembly.Instance(module, { env: { memory } }).exports as {
    dot: (q: number, rows: number, rowBytes: number, count: number, out: number) => void;
  };
  const scoresAt = queryBytes;
  const rowsAt = queryBytes + scoreBytes;
  return {
    kind: 'wasm-simd',
    rows: new Float32Array(memory.buffer, rowsAt, count * dimension),
    query: new Float32Array(memory.buffer, 0, dimension),
    scores: new Float32Array(memory.buffer, scoresAt, count),
    run: () => dot(0, rowsAt, dimension * 4, count, scoresAt),
  };
}

let compiled: WebAssembly.Module | null | undefined;
function compiledModule(): WebAssembly.Module | undefined {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(dotModuleBytes());
    } catch {
      // No SIMD, or a runtime that forbids code generation from bytes (Cloudflare Workers).
      compiled = null;
    }
  }
  return compiled ?? undefined;
}

/**
 * The module, assembled here rather than shipped as a binary so that what runs can be read:
 *   (import "env" "memory" (memory 1))
 *   (func (export "dot") (param $q i32) (param $row i32) (param $rowBytes i32) (param $count i32) (param $out i32)
 *     for r in 0..count: acc = f32x4(0); for i in 0..rowBytes step 16: acc += load($q+i) * load($row+i)
 *                        store($out + 4r, ((acc[0] + acc[1]) + acc[2]) + acc[3]); $row += rowBytes)
 */
function dotModuleBytes(): Uint8Array<ArrayBuffer> {
  const I32 = 0x7f;
  const V128 = 0x7b;
  const [Q, ROW, ROW_BYTES, COUNT, OUT, R, I, ACC] = [0, 1, 2, 3, 4, 5, 6, 7];
  const get = (local: number) => [0x20, local];
  const set = (local: number) => [0x21, local];
  const simd = (op: number, ...immediates: number[]) => [0xfd, ...uleb(op), ...immediates];
  const load = (base: number) => [...get(base), ...get(I), 0x6a, ...simd(0x00, 4, 0)]; // i32.add; v128.load align=16
  const lane = (n: number) => [...get(ACC), ...simd(0x1f, n)]; // f32x4.extract_lane
  const body = [
    ...[0x02, 0x40, 0x03, 0x40], // block, loop (rows)
    ...get(R),
    ...get(COUNT),
    0x4e,
    0x0d,
    1, // r >= count: done
    ...simd(0x0c, ...new Array(16).fill(0)),
    ...set(ACC),
    ...[0x41, 0, ...set(I)],
    ...[0x02, 0x40, 0x03, 0x40], // block, loop (lanes of four)
    ...get(I),
    ...get(ROW_BYTES),
    0x4e,
    0x0d,
    1,
    ...get(ACC),
    ...load(Q),
    ...load(ROW),
    ...simd(0xe6), // f32x4.mul
    ...simd(0xe4), // f32x4.add
    ...set(ACC),
    ...[...get(I), 0x41, 16, 0x6a, ...set(I)],
    ...[0x0c, 0, 0x0b, 0x0b], // br loop; end loop, block
    ...[...get(OUT), ...get(R), 0x41, 2, 0x74, 0x6a], // out + 4r
    ...lane(0),
    ...lane(1),
    0x92,
    ...lane(2),
    0x92,
    ...lane(3),
    0x92, // f32.add, in lane order
    ...[0x38, 2, 0], // f32.store
    ...[...get(ROW), ...get(ROW_BYTES), 0x6a, ...set(ROW)],
    ...[...get(R), 0x41, 1, 0x6a, ...set(R)],
    ...[0x0c, 0, 0x0b, 0x0b, 0x0b], // br loop; end loop, block, function
  ];
  const func = [2, 2, I32, 1, V128, ...body]; // locals: r, i (i32); acc (v128)
  const name = (text: string) => [...uleb(text.length), ...new TextEncoder().encode(text)];
  const section = (id: number, ...items: number[][]) => {
    const content = [...uleb(items.length), ...items.flat()];
    return [id, ...uleb(content.length), ...content];
  };
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [0x60, 5, I32, I32, I32, I32, I32, 0]), // type: (i32 x5) -> ()
    ...section(2, [...name('env'), ...name('memory'), 0x02, 0x00, 0x01]), // import memory, min 1 page
    ...section(3, [0]), // function 0 has type 0
    ...section(7, [...name('dot'), 0x00, 0]), // export func 0
    ...section(10, [...uleb(func.length), ...func]),
  ]);
}

function uleb(value: number): number[] {
  const out: number[] = [];
  let v = value;
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    out.push(byte);
  } while (v !== 0);
  return out;
}
