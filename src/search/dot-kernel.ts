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
  /** After `run`: scores[r] = query · row r for every row not left out. Overwritten by the next run. */
  readonly scores: Float32Array;
  run(): void;
  /**
   * Rows marked 1 are not scored from now on (their scores hold whatever they held): all-zero rows,
   * half of a bilingual corpus when the model reads one language, which the caller masks anyway.
   */
  leaveOut(skip: Uint8Array): void;
}

const LANES = 4;

export function dotKernel(count: number, dimension: number, options: { wasm?: boolean } = {}): DotKernel {
  if (options.wasm !== false && dimension % LANES === 0 && count > 0) {
    const kernel = wasmKernel(count, dimension);
    if (kernel) return kernel;
  }
  return jsKernel(count, dimension);
}

/** The rows `skip` does not mark, in order, written to `into`; how many there are. */
function scoredRows(skip: Uint8Array, into: Int32Array): number {
  let n = 0;
  for (let r = 0; r < into.length; r++) if (skip[r] !== 1) into[n++] = r;
  return n;
}

function jsKernel(count: number, dimension: number): DotKernel {
  const rows = new Float32Array(count * dimension);
  const query = new Float32Array(dimension);
  const scores = new Float32Array(count);
  const order = Int32Array.from({ length: count }, (_, r) => r);
  let scored = count;
  const whole = dimension - (dimension % LANES);
  const f = Math.fround;
  return {
    kind: 'js',
    rows,
    query,
    scores,
    leaveOut(skip) {
      scored = scoredRows(skip, order);
    },
    run() {
      for (let j = 0; j < scored; j++) {
        const r = order[j] as number;
        const base = r * dimension;
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

/**
 * Memory: query (dimension floats), scores (count, padded to 16 bytes), rows, then the list of
 * rows to score (count int32); undefined where WebAssembly cannot be compiled.
 */
function wasmKernel(count: number, dimension: number): DotKernel | undefined {
  const module = compiledModule();
  if (!module) return undefined;
  const queryBytes = dimension * 4;
  const scoreBytes = Math.ceil((count * 4) / 16) * 16;
  const rowBytes = count * dimension * 4;
  const orderBytes = count * 4;
  const memory = new WebAssembly.Memory({ initial: Math.ceil((queryBytes + scoreBytes + rowBytes + orderBytes) / 65536) });
  const { dot } = new WebAssembly.Instance(module, { env: { memory } }).exports as {
    dot: (q: number, rows: number, rowBytes: number, order: number, n: number, out: number) => void;
  };
  const scoresAt = queryBytes;
  const rowsAt = queryBytes + scoreBytes;
  const orderAt = rowsAt + rowBytes;
  const order = new Int32Array(memory.buffer, orderAt, count);
  for (let r = 0; r < count; r++) order[r] = r;
  let scored = count;
  return {
    kind: 'wasm-simd',
    rows: new Float32Array(memory.buffer, rowsAt, count * dimension),
    query: new Float32Array(memory.buffer, 0, dimension),
    scores: new Float32Array(memory.buffer, scoresAt, count),
    leaveOut(skip) {
      scored = scoredRows(skip, order);
    },
    run: () => dot(0, rowsAt, dimension * 4, orderAt, scored, scoresAt),
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
 *   (func (export "dot") (param $q $rows $rowBytes $order $n $out i32)
 *     four listed rows at a time, then one at a time: for each row r = order[j],
 *       acc = f32x4(0); for i in 0..rowBytes step 16: acc += load($q+i) * load($rows + r*rowBytes + i)
 *       store($out + 4r, ((acc[0] + acc[1]) + acc[2]) + acc[3])
 * Each row keeps its own accumulator and order of operations, so a score does not depend on which
 * rows are computed beside it; four at a time only keeps four additions in flight instead of one.
 */
function dotModuleBytes(): Uint8Array<ArrayBuffer> {
  const I32 = 0x7f;
  const V128 = 0x7b;
  const [Q, ROWS, ROW_BYTES, ORDER, N, OUT, J, I] = [0, 1, 2, 3, 4, 5, 6, 7];
  const BASE = [8, 9, 10, 11]; // i32: byte address of each row in flight
  const QV = 12; // v128: four lanes of the query
  const ACC = [13, 14, 15, 16]; // v128: each row's accumulator
  const get = (local: number) => [0x20, local];
  const set = (local: number) => [0x21, local];
  const i32 = (value: number) => [0x41, ...sleb(value)];
  const simd = (op: number, ...immediates: number[]) => [0xfd, ...uleb(op), ...immediates];
  const ADD = 0x6a;
  // order[j + k]: i32.load offset=4k from $order + 4j
  const listed = (k: number) => [...get(ORDER), ...get(J), ...i32(2), 0x74, ADD, 0x28, 2, ...uleb(4 * k)];
  const rowAddress = (k: number) => [...listed(k), ...get(ROW_BYTES), 0x6c, ...get(ROWS), ADD, ...set(BASE[k] as number)]; // i32.mul, i32.add
  const load = (base: number) => [...get(base), ...get(I), ADD, ...simd(0x00, 4, 0)]; // v128.load align=16
  const accumulate = (k: number) => [...get(ACC[k] as number), ...get(QV), ...load(BASE[k] as number), ...simd(0xe6), ...simd(0xe4), ...set(ACC[k] as number)]; // f32x4.mul, f32x4.add
  const lane = (k: number, n: number) => [...get(ACC[k] as number), ...simd(0x1f, n)]; // f32x4.extract_lane
  const store = (k: number) => [
    ...[...get(OUT), ...listed(k), ...i32(2), 0x74, ADD], // out + 4 * order[j + k]
    ...lane(k, 0),
    ...lane(k, 1),
    0x92,
    ...lane(k, 2),
    0x92,
    ...lane(k, 3),
    0x92, // f32.add, in lane order
    ...[0x38, 2, 0], // f32.store
  ];
  const rowsAtOnce = (width: number) => {
    const ks = Array.from({ length: width }, (_, k) => k);
    return [
      ...[0x02, 0x40, 0x03, 0x40], // block, loop (groups of `width` listed rows)
      ...[...get(J), ...i32(width), ADD, ...get(N), 0x4a, 0x0d, 1], // j + width > n: done (i32.gt_s, br_if)
      ...ks.flatMap(rowAddress),
      ...ks.flatMap((k) => [...simd(0x0c, ...new Array(16).fill(0)), ...set(ACC[k] as number)]),
      ...[...i32(0), ...set(I)],
      ...[0x02, 0x40, 0x03, 0x40], // block, loop (lanes of four)
      ...[...get(I), ...get(ROW_BYTES), 0x4e, 0x0d, 1], // i >= rowBytes: done (i32.ge_s)
      ...[...get(Q), ...get(I), ADD, ...simd(0x00, 4, 0), ...set(QV)],
      ...ks.flatMap(accumulate),
      ...[...get(I), ...i32(16), ADD, ...set(I)],
      ...[0x0c, 0, 0x0b, 0x0b], // br loop; end loop, block
      ...ks.flatMap(store),
      ...[...get(J), ...i32(width), ADD, ...set(J)],
      ...[0x0c, 0, 0x0b, 0x0b], // br loop; end loop, block
    ];
  };
  const body = [...rowsAtOnce(4), ...rowsAtOnce(1), 0x0b]; // end function
  const func = [2, 6, I32, 5, V128, ...body]; // locals: j, i, 4 row addresses (i32); the query's lanes and 4 accumulators (v128)
  const name = (text: string) => [...uleb(text.length), ...new TextEncoder().encode(text)];
  const section = (id: number, ...items: number[][]) => {
    const content = [...uleb(items.length), ...items.flat()];
    return [id, ...uleb(content.length), ...content];
  };
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [0x60, 6, I32, I32, I32, I32, I32, I32, 0]), // type: (i32 x6) -> ()
    ...section(2, [...name('env'), ...name('memory'), 0x02, 0x00, 0x01]), // import memory, min 1 page
    ...section(3, [0]), // function 0 has type 0
    ...section(7, [...name('dot'), 0x00, 0]), // export func 0
    ...section(10, [...uleb(func.length), ...func]),
  ]);
}

/** A signed LEB128 (i32.const immediates). */
function sleb(value: number): number[] {
  const out: number[] = [];
  let v = value;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
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
