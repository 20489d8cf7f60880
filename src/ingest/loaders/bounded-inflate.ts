import { Inflate } from 'fflate';

export class InflateLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InflateLimitError';
  }
}

// Small input slices bound how much one inflate step can produce (deflate tops out near 1:1032).
const SLICE_BYTES = 16 * 1024;

/**
 * Inflates raw deflate data while counting real output, so a stream that inflates far beyond any
 * real document (a zlib bomb) stops at `maxBytes` (or at `maxRatio` once past `ratioFloor`) instead
 * of filling memory. Throws InflateLimitError for a bomb, Error for damaged data.
 */
export function inflateBounded(data: Uint8Array, bounds: { maxBytes: number; maxRatio: number; ratioFloor: number }): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over: InflateLimitError | undefined;
  const inflate = new Inflate((chunk) => {
    if (over) return;
    size += chunk.length;
    if (size > bounds.maxBytes) over = new InflateLimitError(`inflates beyond ${bounds.maxBytes} bytes`);
    else if (size > bounds.ratioFloor && size / Math.max(data.length, 1) > bounds.maxRatio) {
      over = new InflateLimitError(`inflates more than ${bounds.maxRatio}x its compressed size`);
    } else chunks.push(chunk);
  });
  for (let at = 0; at < data.length && !over; at += SLICE_BYTES) inflate.push(data.subarray(at, at + SLICE_BYTES), at + SLICE_BYTES >= data.length);
  if (over) throw over;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
