import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  corpusDir: string;
  embedder: 'local' | 'openai';
  ftsTokenizer: 'bigram' | 'ngram';
  allowedOrigins: string[];
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  openai: {
    baseUrl?: string;
    apiKey?: string;
    model?: string;
    embeddingModel?: string;
    /** Longest wait for the chat model's first token or between two tokens (OPENAI_TIMEOUT_MS). */
    timeoutMs: number;
  };
  adminToken?: string;
  rateLimitPerMin: number;
  /** Key rate limits by X-Forwarded-For (last hop) only behind a proxy we run; otherwise by socket. */
  trustProxy: boolean;
  maxConcurrentAnswers: number;
  /** Answers waiting for a slot; beyond this the service says 503 at once instead of piling up. */
  maxQueue: number;
  requestTimeoutMs: number;
  /** Node closes a connection whose request headers have not all arrived after this (HEADERS_TIMEOUT_MS). */
  headersTimeoutMs: number;
  /** Node closes a connection whose whole request (headers and body) has not arrived after this (REQUEST_READ_TIMEOUT_MS). */
  requestReadTimeoutMs: number;
  /** Question text stays out of logs unless this is set (privacy by default). */
  logQuestions: boolean;
  /** The answer log that feedback export joins ratings with (DATA_DIR/answers/); 0 turns it off. */
  answerLogMaxEntries: number;
  answerLogMaxDays: number;
  /** Largest admin upload request (one or several files together), in MB. */
  maxUploadMb: number;
  /** Time and heap one uploaded file may take to parse, on a worker thread (PARSE_TIMEOUT_MS, PARSE_MEMORY_MB). */
  parseTimeoutMs: number;
  parseMemoryMb: number;
  /** Most passages one uploaded document may give (MAX_PASSAGES_PER_DOCUMENT); more answers 413. */
  maxPassagesPerDocument: number;
  /**
   * INDEX_WRITER=1: this instance ingests corpus/ and takes admin writes; 0: it only reads. Unset
   * means writer for a local DATA_DIR (one instance, as always) and reader for object storage,
   * where exactly one instance is started with INDEX_WRITER=1.
   */
  indexWriter?: boolean;
  /** How long the writer's lease on object storage lasts unrenewed (WRITER_LEASE_MS); a crashed writer's successor waits this long. */
  writerLeaseMs: number;
}

export class ConfigError extends Error {
  constructor(variable: string, accepts: string, got: string) {
    super(`Invalid ${variable}=${JSON.stringify(got)}: expected ${accepts}.`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if ((values as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigError(name, `one of ${values.join(', ')}`, raw);
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `an integer from ${min} to ${max}`, raw);
  }
  return value;
}

function optional(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function url(env: Env, name: string): string | undefined {
  const raw = optional(env, name);
  if (raw === undefined) return undefined;
  try {
    const parsed = new URL(raw);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('protocol');
    return raw.replace(/\/+$/, '');
  } catch {
    throw new ConfigError(name, 'an http(s) URL such as http://127.0.0.1:8000/v1', raw);
  }
}

function origins(env: Env, name: string): string[] {
  const raw = optional(env, name);
  if (raw === undefined) return [];
  return raw.split(',').map((entry) => {
    const origin = entry.trim();
    try {
      const parsed = new URL(origin);
      if (parsed.origin !== origin) throw new Error('not an origin');
      return origin;
    } catch {
      throw new ConfigError(name, 'a comma-separated list of origins such as https://www.example.go.kr', raw);
    }
  });
}

function writerRole(env: Env): { indexWriter?: boolean } {
  const raw = optional(env, 'INDEX_WRITER');
  if (raw === undefined) return {};
  if (['1', 'true'].includes(raw)) return { indexWriter: true };
  if (['0', 'false'].includes(raw)) return { indexWriter: false };
  throw new ConfigError('INDEX_WRITER', '1 (this instance writes) or 0 (it only reads)', raw);
}

/** Reads the whole configuration once; a bad value stops start-up naming the variable. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const dataDir = optional(env, 'DATA_DIR') ?? './data';
  return {
    port: integer(env, 'PORT', 8787, 0, 65535),
    host: optional(env, 'HOST') ?? '0.0.0.0',
    // Object-storage URIs (s3://...) are passed through untouched; folders are made absolute.
    dataDir: /^[a-z][a-z0-9+.-]*:\/\//i.test(dataDir) ? dataDir : path.resolve(cwd, dataDir),
    corpusDir: path.resolve(cwd, optional(env, 'CORPUS_DIR') ?? './corpus'),
    embedder: oneOf(env, 'EMBEDDER', ['local', 'openai'] as const, 'local'),
    ftsTokenizer: oneOf(env, 'FTS_TOKENIZER', ['bigram', 'ngram'] as const, 'bigram'),
    allowedOrigins: origins(env, 'ALLOWED_ORIGINS'),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const, 'info'),
    openai: {
      baseUrl: url(env, 'OPENAI_BASE_URL'),
      apiKey: optional(env, 'OPENAI_API_KEY'),
      model: optional(env, 'OPENAI_MODEL'),
      embeddingModel: optional(env, 'OPENAI_EMBEDDING_MODEL'),
      timeoutMs: integer(env, 'OPENAI_TIMEOUT_MS', 15_000, 100, 600_000),
    },
    adminToken: optional(env, 'ADMIN_TOKEN'),
    rateLimitPerMin: integer(env, 'RATE_LIMIT_PER_MIN', 60, 1, 1_000_000),
    trustProxy: oneOf(env, 'TRUST_PROXY', ['true', 'false'] as const, 'false') === 'true',
    // An extractive answer costs about 10 ms of CPU and waits only for the query's embedding, so
    // four in flight leave the cores idle (measured: 133 req/s with 4, 159 with 16, docs/measurements.md);
    // an LLM answer holds its slot for seconds of the provider's time, so four stays its default.
    maxConcurrentAnswers: integer(env, 'MAX_CONCURRENT_ANSWERS', url(env, 'OPENAI_BASE_URL') && optional(env, 'OPENAI_MODEL') ? 4 : 16, 1, 1000),
    maxQueue: integer(env, 'MAX_QUEUE', 64, 0, 100_000),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 30_000, 100, 600_000),
    headersTimeoutMs: integer(env, 'HEADERS_TIMEOUT_MS', 10_000, 100, 600_000),
    requestReadTimeoutMs: integer(env, 'REQUEST_READ_TIMEOUT_MS', 60_000, 100, 3_600_000),
    logQuestions: ['true', '1'].includes(oneOf(env, 'LOG_QUESTIONS', ['true', 'false', '1', '0'] as const, 'false')),
    answerLogMaxEntries: integer(env, 'ANSWER_LOG_MAX_ENTRIES', 10_000, 0, 1_000_000),
    answerLogMaxDays: integer(env, 'ANSWER_LOG_MAX_DAYS', 30, 0, 3650),
    maxUploadMb: integer(env, 'MAX_UPLOAD_MB', 50, 1, 2048),
    parseTimeoutMs: integer(env, 'PARSE_TIMEOUT_MS', 60_000, 500, 3_600_000),
    parseMemoryMb: integer(env, 'PARSE_MEMORY_MB', 1024, 64, 16_384),
    // A long plan document gives 1,000-2,000 passages; 5,000 leaves room and bounds memory and time.
    maxPassagesPerDocument: integer(env, 'MAX_PASSAGES_PER_DOCUMENT', 5000, 1, 1_000_000),
    ...writerRole(env),
    writerLeaseMs: integer(env, 'WRITER_LEASE_MS', 30_000, 3_000, 600_000),
  };
}
