import type { Server } from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/core/config.js';
import { createApp } from '../src/http/app.js';
import { listen } from '../src/node/serve.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';

/**
 * The slow-body attack of issue 12 against the real Node server (real model, real LanceDB): four
 * sockets declare a 500-byte body, send 12 bytes and wait. Before the fix each held an answer slot
 * for as long as the process lived, and every later ask or briefing got 503.
 */

let corpus: CorpusRuntime;
const servers: Server[] = [];

/** A real Node server (the production `listen`) over the shared corpus runtime; returns its port. */
async function startServer(env: Record<string, string>): Promise<number> {
  const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: corpus.dataDir, RATE_LIMIT_PER_MIN: '100000', PORT: '0', HOST: '127.0.0.1', ...env });
  const server = await listen(createApp({ ...corpus.runtime, isReady: () => true, config }), config);
  servers.push(server);
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

beforeAll(async () => {
  corpus = await openCorpusRuntime();
});
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  corpus?.close();
});

interface SlowClient {
  socket: net.Socket;
  /** Resolves when the socket closes, with the status line the server sent first ("" if none). */
  closed: Promise<string>;
}

function slowBody(port: number, route: string): SlowClient {
  const socket = net.connect(port, '127.0.0.1');
  let data = '';
  socket.on('data', (chunk) => {
    data += chunk.toString('latin1');
  });
  const closed = new Promise<string>((resolve) => {
    socket.on('close', () => resolve(data.split('\r\n')[0] ?? ''));
    socket.on('error', () => {});
  });
  socket.write(`POST ${route} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"question":`);
  return { socket, closed };
}

/** Sends a complete streamed ask and hangs up as soon as the response headers arrive. */
function askAndLeave(port: number): Promise<void> {
  return new Promise((resolve) => {
    const body = JSON.stringify({ question: '5차 산업집적활성화 기본계획의 목표는?', stream: true });
    const socket = net.connect(port, '127.0.0.1');
    socket.on('data', () => socket.destroy());
    socket.on('close', () => resolve());
    socket.on('error', () => {});
    socket.write(`POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  });
}

const questions = [
  '5차 산업집적활성화 기본계획의 목표는?',
  '노후 산업단지 재생사업은 무엇인가?',
  'What is a smart green industrial complex?',
  '전국 산업단지는 몇 개인가?',
];

/** One ask after the other: with every slot held by an attacker, each waits for a slot and gets 503. */
async function askStatuses(port: number, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const question = questions[i % questions.length];
    const response = await fetch(`http://127.0.0.1:${port}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question, mode: 'extractive' }),
    });
    await response.arrayBuffer();
    statuses.push(response.status);
  }
  return statuses;
}

async function briefingStatus(port: number): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/api/briefing`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ questions: ['5차 산업집적활성화 기본계획의 목표는?'], lang: 'ko' }),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('slow-body attack (real sockets, real server)', () => {
  it('four slow bodies hold no answer slot: 20 asks and a briefing answer 200 while they hang', async () => {
    // Node's own deadline far away, so only the order "body, then slot" can keep answers flowing.
    const port = await startServer({ MAX_CONCURRENT_ANSWERS: '4', REQUEST_TIMEOUT_MS: '5000', REQUEST_READ_TIMEOUT_MS: '600000' });
    const slow = ['/api/ask', '/api/ask', '/api/briefing', '/api/briefing'].map((route) => slowBody(port, route));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await askStatuses(port, 20)).toEqual(Array(20).fill(200));
    expect(await briefingStatus(port)).toBe(200);
    for (const client of slow) client.socket.destroy();
    await Promise.all(slow.map((client) => client.closed));
  }, 180_000);

  it("Node's deadline closes slow-body sockets, and answers keep coming afterwards", async () => {
    const port = await startServer({ MAX_CONCURRENT_ANSWERS: '4', REQUEST_TIMEOUT_MS: '20000', HEADERS_TIMEOUT_MS: '2000', REQUEST_READ_TIMEOUT_MS: '3000' });
    const started = performance.now();
    const slow = ['/api/ask', '/api/ask', '/api/briefing', '/api/briefing'].map((route) => slowBody(port, route));
    const statusLines = await Promise.all(slow.map((client) => client.closed));
    expect(performance.now() - started).toBeLessThan(8_000);
    for (const line of statusLines) expect(line).toMatch(/^HTTP\/1\.1 408/);
    expect(await askStatuses(port, 20)).toEqual(Array(20).fill(200));
    expect(await briefingStatus(port)).toBe(200);
  }, 180_000);

  it('clients that hang up on a streamed answer give their slots back', async () => {
    const port = await startServer({ MAX_CONCURRENT_ANSWERS: '2', REQUEST_TIMEOUT_MS: '5000' });
    await Promise.all(Array.from({ length: 6 }, () => askAndLeave(port)));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await askStatuses(port, 8)).toEqual(Array(8).fill(200));
  }, 120_000);

  it('a client that trickles its headers is cut off by Node (HEADERS_TIMEOUT_MS)', async () => {
    const port = await startServer({ HEADERS_TIMEOUT_MS: '2000', REQUEST_READ_TIMEOUT_MS: '3000' });
    const socket = net.connect(port, '127.0.0.1');
    socket.on('error', () => {});
    const started = performance.now();
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    let data = '';
    socket.on('data', (chunk) => {
      data += chunk.toString('latin1');
    });
    socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n');
    await closed;
    expect(performance.now() - started).toBeLessThan(6_000);
    expect(data).toMatch(/^HTTP\/1\.1 408/);
  }, 30_000);

  it.each(['/api/ask', '/api/feedback'])('a 5 MB body to %s gets a readable 413 JSON error (the way urllib writes it)', async (route) => {
    const port = await startServer({});
    const body = Buffer.alloc(5 * 1024 * 1024, 'x');
    const response = await new Promise<{ text: string; writeError?: string }>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      let text = '';
      let writeError: string | undefined;
      socket.on('data', (chunk) => {
        text += chunk.toString('latin1');
      });
      socket.on('error', (error) => {
        writeError = (error as NodeJS.ErrnoException).code;
      });
      socket.on('close', () => resolve({ text, writeError }));
      // Like http.client: headers and the whole body first, reading only afterwards.
      socket.write(`POST ${route} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
      socket.write(body, () => socket.end());
    });
    expect(response.writeError).toBeUndefined();
    expect(response.text).toMatch(/^HTTP\/1\.1 413/);
    expect(response.text).toContain('"code":"payload_too_large"');
  }, 60_000);
});
