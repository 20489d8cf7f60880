import type { Hono } from 'hono';
import { ExtractiveAnswerer } from '../answer/extractive-answerer.js';
import { loadConfig } from '../core/config.js';
import type { Lang } from '../core/types.js';
import { type Embedder, EmbedderUnavailableError } from '../embed/embedder.js';
import { OpenAIEmbedder } from '../embed/openai-embedder.js';
import { createApp } from '../http/app.js';
import type { WidgetAssets } from '../http/widget-routes.js';
import { ExportedIndexStore } from '../store/exported-index-store.js';
import { ENGLISH_WORDS_ASSET, englishWordsOf } from '../text/english-words.js';

/** Bindings and variables from wrangler.toml ([assets], [vars]) and `wrangler secret put`. */
export interface WorkerEnv {
  /** The exported index (npm run build:edge); only this Worker reads it. */
  ASSETS: { fetch(request: Request): Promise<Response> };
  /** OpenAI-compatible base URL, e.g. https://qa.example.go.kr/v1 (a policy-qa Node service). */
  EMBEDDINGS_URL?: string;
  /** Defaults to the embedder id in the index manifest, which a policy-qa Node service accepts. */
  EMBEDDINGS_MODEL?: string;
  /** Secret; only endpoints that need a key (Workers AI, OpenAI). */
  EMBEDDINGS_API_KEY?: string;
  EMBEDDINGS_TIMEOUT_MS?: string;
  /** The Node service's variables that apply here too: ALLOWED_ORIGINS, RATE_LIMIT_PER_MIN, LOG_LEVEL, ... */
  [variable: string]: unknown;
}

/** The string-valued variables of env, for loadConfig; bindings are objects and are left out. */
function variables(env: WorkerEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

let store: ExportedIndexStore | undefined;
const apps = new Map<string, Promise<Hono>>();

/** Error in the API's one shape, for failures before the Hono app exists. */
function errorJson(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status });
}

/** A file of the asset directory, or undefined when it is absent. The host is ignored by the binding. */
async function readAsset(env: WorkerEnv, name: string): Promise<ArrayBuffer | undefined> {
  const response = await env.ASSETS.fetch(new Request(`https://assets.invalid/${name}`));
  return response.ok ? response.arrayBuffer() : undefined;
}

function indexStore(env: WorkerEnv): ExportedIndexStore {
  store ??= new ExportedIndexStore(async (name) => {
    const bytes = await readAsset(env, name);
    if (!bytes) throw new Error(`edge index file ${name} is missing; run "npm run build:edge" before deploying`);
    return bytes;
  });
  return store;
}

/** The chat page's scripts, copied under widget/ by build:edge; the app serves them itself. */
function assetWidgetFiles(env: WorkerEnv): WidgetAssets {
  return {
    read: async (file) => {
      const bytes = await readAsset(env, `widget/${file}`);
      return bytes ? new Uint8Array(bytes) : undefined;
    },
  };
}

/** An embedder that is never reachable: used when EMBEDDINGS_URL is unset, so search is keyword-only. */
const noEmbedder = (why: string): Embedder => ({
  id: 'none',
  dimension: 0,
  embedQueries: () => Promise.reject(new EmbedderUnavailableError(why)),
  embedPassages: () => Promise.reject(new EmbedderUnavailableError(why)),
});

export function parseTimeout(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 5000;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 100 || value > 60_000)
    throw new Error(`Invalid EMBEDDINGS_TIMEOUT_MS=${JSON.stringify(raw)}: expected an integer from 100 to 60000.`);
  return value;
}

function embeddingsUrl(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`Invalid EMBEDDINGS_URL=${JSON.stringify(value)}: expected an http(s) URL such as https://qa.example.go.kr/v1.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`Invalid EMBEDDINGS_URL=${JSON.stringify(value)}: expected an http(s) URL.`);
  return value.replace(/\/+$/, '');
}

/**
 * The model name to request for an index's embedder: a policy-qa service serves its local model
 * under the full id ("local:..."); an index built with EMBEDDER=openai names the endpoint's own
 * model after "openai:" (e.g. "@cf/baai/bge-m3" on Workers AI).
 */
export function remoteModelName(embedderId: string): string {
  return embedderId.startsWith('openai:') ? embedderId.slice('openai:'.length) : embedderId;
}

/**
 * Languages the index's model reads, so the Worker skips query embedding exactly where Node does:
 * an index built with the local model (English only) is searched by BM25 alone for Korean.
 */
export function indexEmbedderLanguages(embedderId: string): readonly Lang[] | undefined {
  return embedderId.startsWith('local:') ? ['en'] : undefined;
}

function readingOnly(embedder: Embedder, languages: readonly Lang[] | undefined): Embedder {
  if (!languages) return embedder;
  return {
    id: embedder.id,
    dimension: embedder.dimension,
    languages,
    embedQueries: (texts) => embedder.embedQueries(texts),
    embedPassages: (texts) => embedder.embedPassages(texts),
  };
}

async function buildApp(env: WorkerEnv): Promise<Hono> {
  const passages = indexStore(env);
  const manifest = await passages.edgeManifest();
  const baseUrl = embeddingsUrl(env.EMBEDDINGS_URL);
  const remote = baseUrl
    ? OpenAIEmbedder.withDimension({
        baseUrl,
        apiKey: env.EMBEDDINGS_API_KEY,
        model: env.EMBEDDINGS_MODEL?.trim() || remoteModelName(manifest.embedderId),
        dimension: manifest.dimension,
        timeoutMs: parseTimeout(env.EMBEDDINGS_TIMEOUT_MS),
        // A user is waiting: one failed call means keyword search now, not three.
        maxRetries: 0,
      })
    : noEmbedder('EMBEDDINGS_URL is not set');
  const embedder = readingOnly(remote, indexEmbedderLanguages(manifest.embedderId));
  // The same validation as on Node: a bad value answers 503 naming the variable (see fetch below).
  const config = loadConfig(variables(env), '/');
  // The same word list as on Node, so a question is spelled (and so searched) the same way.
  const words = await readAsset(env, ENGLISH_WORDS_ASSET);
  return createApp({
    config,
    store: passages,
    embedder,
    extractive: new ExtractiveAnswerer(),
    ...(words ? { englishWords: englishWordsOf(new TextDecoder().decode(words)) } : {}),
    isReady: () => true,
    widgetAssets: assetWidgetFiles(env),
  });
}

function appFor(env: WorkerEnv): Promise<Hono> {
  const key = JSON.stringify(variables(env));
  let app = apps.get(key);
  if (!app) {
    app = buildApp(env);
    apps.set(key, app);
    // A failed start (index missing, bad variable) is retried by the next request.
    app.catch(() => apps.delete(key));
  }
  return app;
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: unknown): Promise<Response> {
    let app: Hono;
    try {
      app = await appFor(env);
    } catch (error) {
      console.error(error);
      return errorJson(503, 'not_ready', error instanceof Error ? error.message : 'The index could not be loaded.');
    }
    return app.fetch(request, env, ctx as never);
  },
};
