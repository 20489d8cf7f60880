import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSse, type SseEvent } from './sse-stream.js';

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

async function collect(chunks: Uint8Array[]): Promise<SseEvent[]> {
  const events: SseEvent[] = [];
  for await (const event of parseSse(streamOf(chunks))) events.push(event);
  return events;
}

const BODY =
  ': keep-alive\r\nevent: meta\r\ndata: {"id":"a"}\r\n\r\nevent: delta\ndata: {"text":"한국어 [1]"}\n\nevent: delta\ndata: line one\ndata: line two\n\nevent: done\ndata: {}\n\n';
const EXPECTED: SseEvent[] = [
  { event: 'meta', data: '{"id":"a"}' },
  { event: 'delta', data: '{"text":"한국어 [1]"}' },
  { event: 'delta', data: 'line one\nline two' },
  { event: 'done', data: '{}' },
];

describe('parseSse', () => {
  it('reads events, comments, CRLF and multi-line data', async () => {
    expect(await collect([new TextEncoder().encode(BODY)])).toEqual(EXPECTED);
  });

  it('gives the same events however the bytes are split (even inside a UTF-8 character or a CRLF)', async () => {
    const bytes = new TextEncoder().encode(BODY);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }), async (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), bytes.length];
        const chunks = points.slice(1).map((end, i) => bytes.slice(points[i], end));
        expect(await collect(chunks)).toEqual(EXPECTED);
      }),
      { numRuns: 200 },
    );
  });
});
