import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** The parts of a chat completion request a test looks at. */
export interface ChatRequest {
  model: string;
  stream?: boolean;
  messages: { role: string; content: string }[];
  [key: string]: unknown;
}

/** What the scripted model does with one chat request. */
export type ChatReply =
  /** A normal answer: streamed in chunks when the request asks for a stream, one JSON body otherwise. */
  | { kind: 'text'; text: string; chunkChars?: number }
  /** An HTTP error status with an OpenAI-style error body. */
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  /** Never sends a response at all. */
  | { kind: 'hang' }
  /** Streams `text`, then goes silent with the connection open. */
  | { kind: 'stall'; text: string }
  /** Streams `text`, then a line of broken JSON. */
  | { kind: 'malformed'; text: string }
  /** Streams `text`, then drops the connection without finishing. */
  | { kind: 'cut'; text: string };

export interface FakeOpenAI {
  /** For OPENAI_BASE_URL: `http://127.0.0.1:<port>/v1`. */
  baseUrl: string;
  /** Every request received, in order. */
  requests: { method: string; path: string; body: unknown }[];
  chatRequests(): ChatRequest[];
  /** The scripted model; replace per test. */
  onChat: (request: ChatRequest) => ChatReply;
  /** Embedding vectors by input text; deterministic by default. */
  embed: (text: string) => number[];
  close(): Promise<void>;
}

/** A deterministic pseudo-embedding: the same text always gives the same vector. */
export function hashVector(text: string, dimension = 8): number[] {
  let h = 2166136261;
  const out: number[] = [];
  for (let i = 0; i < dimension; i++) {
    for (const ch of `${i}:${text}`) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619);
    out.push(((h >>> 0) % 2000) / 1000 - 1);
  }
  return out;
}

/** Little-endian float32, base64: what the openai client asks for by default. */
export function float32Base64(values: number[]): string {
  const view = new DataView(new ArrayBuffer(values.length * 4));
  for (const [i, v] of values.entries()) view.setFloat32(i * 4, v, true);
  return Buffer.from(view.buffer).toString('base64');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function chunksOf(text: string, size: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
  return out;
}

/**
 * An OpenAI-compatible server on loopback for tests: chat completions (streamed and not) answered
 * by a per-test script, and embeddings in base64 or float format. The real `openai` client talks
 * to it over real HTTP.
 */
export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const sockets = new Set<Socket>();
  const requests: FakeOpenAI['requests'] = [];
  const fake: FakeOpenAI = {
    baseUrl: '',
    requests,
    chatRequests: () => requests.filter((r) => r.path === '/v1/chat/completions').map((r) => r.body as ChatRequest),
    onChat: () => ({ kind: 'status', status: 500 }),
    embed: (text) => hashVector(text),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

  const chunk = (model: string, content: string | undefined, finish: string | null) =>
    `data: ${JSON.stringify({
      id: 'chatcmpl-fake',
      object: 'chat.completion.chunk',
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [{ index: 0, delta: content === undefined ? {} : { role: 'assistant', content }, finish_reason: finish }],
    })}\n\n`;

  const streamText = async (res: ServerResponse, model: string, text: string, size: number) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    for (const piece of chunksOf(text, size)) {
      res.write(chunk(model, piece, null));
      await new Promise((r) => setTimeout(r, 2));
    }
  };

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      return json(res, 400, { error: { message: 'invalid JSON', type: 'invalid_request_error' } });
    }
    const path = (req.url ?? '').split('?')[0] ?? '';
    requests.push({ method: req.method ?? '', path, body });

    if (req.method === 'POST' && path === '/v1/embeddings') {
      const input = (body as { input: string | string[]; encoding_format?: string; model: string }) ?? {};
      const texts = Array.isArray(input.input) ? input.input : [input.input];
      const base64 = input.encoding_format === 'base64';
      return json(res, 200, {
        object: 'list',
        model: input.model,
        data: texts.map((t, index) => ({ object: 'embedding', index, embedding: base64 ? float32Base64(fake.embed(t)) : fake.embed(t) })),
        usage: { prompt_tokens: texts.length, total_tokens: texts.length },
      });
    }

    if (req.method === 'POST' && path === '/v1/chat/completions') {
      const request = body as ChatRequest;
      const reply = fake.onChat(request);
      const model = request.model;
      switch (reply.kind) {
        case 'status':
          return json(
            res,
            reply.status,
            { error: { message: `scripted status ${reply.status}`, type: 'scripted', code: String(reply.status) } },
            reply.headers,
          );
        case 'hang':
          return; // the socket stays open until the test closes the server
        case 'text':
          if (!request.stream) {
            return json(res, 200, {
              id: 'chatcmpl-fake',
              object: 'chat.completion',
              created: Math.floor(Date.now() / 1000),
              model,
              choices: [{ index: 0, message: { role: 'assistant', content: reply.text }, finish_reason: 'stop' }],
            });
          }
          await streamText(res, model, reply.text, reply.chunkChars ?? 7);
          res.write(chunk(model, undefined, 'stop'));
          res.end('data: [DONE]\n\n');
          return;
        case 'stall':
          await streamText(res, model, reply.text, 7);
          return;
        case 'malformed':
          await streamText(res, model, reply.text, 7);
          res.end('data: {"choices": [{"delta": {"content": "unterminated\n\n');
          return;
        case 'cut':
          await streamText(res, model, reply.text, 7);
          res.socket?.destroy();
          return;
      }
    }
    json(res, 404, { error: { message: `no route ${req.method} ${path}`, type: 'not_found' } });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  fake.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return fake;
}

/** A base URL on which nothing listens: a port just released by a closed server. */
export async function deadBaseUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/v1`;
}
