import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RETRIEVAL_K } from '../answer/ask.js';
import { loadConfig } from '../core/config.js';
import type { Lang } from '../core/types.js';
import { loadLocalEmbedder } from '../embed/create-embedder.js';
import { loadQuestions, REFUSAL_TYPES } from '../eval/load-questions.js';
import { recallAtK } from '../eval/metrics.js';
import { ingest, passageEmbeddingText } from '../ingest/ingest.js';
import { hybridSearch } from '../retrieve/hybrid-search.js';
import { LanceStore } from '../store/lance-store.js';
import { type BenchReport, formatBench } from './bench-report.js';
import { type LoadResult, loadAsk } from './http-load.js';
import { buildLangChainBaseline } from './langchain-baseline.js';
import { latencyStats, timeEach } from './latency.js';
import { buildPlainBm25 } from './lexical-baseline.js';
import { MemoEmbedder, passageKey } from './memo-embedder.js';
import { readAllPassages } from './read-passages.js';
import { startServerProcess } from './server-process.js';
import { type SourcePassage, synthesiseCorpus } from './synthetic-corpus.js';

const USAGE = `npm run bench -- [--passages N] [--requests R] [--concurrency 1,8,32] [--keep]

  --passages      size of the synthetic corpus (default 10000, at least 1000)
  --requests      /api/ask requests per load level: max(R, 2 x concurrency) (default 12)
  --concurrency   comma-separated connection counts for /api/ask (default 1,8,32)
  --keep          keep the temp folder (corpus files and index) and print its path
Writes evals/report/bench.json and evals/report/bench.md.`;

class UsageError extends Error {}

function parseArgs(args: string[]) {
  const value = (name: string) => {
    const at = args.indexOf(name);
    return at < 0 ? undefined : args[at + 1];
  };
  for (const [i, arg] of args.entries()) {
    if (arg === '--help' || arg === '-h') throw new UsageError('');
    if (arg.startsWith('--') && !['--passages', '--requests', '--concurrency', '--keep'].includes(arg)) throw new UsageError(`Unknown argument ${arg}.`);
    if (!arg.startsWith('--') && !['--passages', '--requests', '--concurrency'].includes(args[i - 1] ?? ''))
      throw new UsageError(`Unexpected argument ${arg}.`);
  }
  const passages = Number(value('--passages') ?? 10_000);
  const requests = Number(value('--requests') ?? 12);
  const concurrency = (value('--concurrency') ?? '1,8,32').split(',').map(Number);
  if (!Number.isInteger(passages) || passages < 1000 || passages > 200_000) throw new UsageError('--passages must be an integer from 1000 to 200000.');
  if (!Number.isInteger(requests) || requests < 1 || requests > 100_000) throw new UsageError('--requests must be an integer from 1 to 100000.');
  if (concurrency.some((c) => !Number.isInteger(c) || c < 1 || c > 1000)) throw new UsageError('--concurrency takes integers from 1 to 1000, e.g. 1,8,32.');
  return { passages, requests, concurrency, keep: args.includes('--keep') };
}

const SECTIONS_PER_DOCUMENT = 20;
const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const config = loadConfig();
  const phases: Record<string, number> = {};
  let phaseStart = performance.now();
  const phase = (name: string) => {
    phases[name] = round((performance.now() - phaseStart) / 1000, 1);
    console.error(`· ${name}: ${phases[name]} s`);
    phaseStart = performance.now();
  };
  const root = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-bench-'));
  const docsDir = path.join(root, 'docs');
  const dataDir = path.join(root, 'index');
  try {
    mkdirSync(path.join(docsDir, 'synthetic'), { recursive: true });
    cpSync(config.corpusDir, path.join(docsDir, 'corpus'), { recursive: true });

    const modelStarted = performance.now();
    const local = await loadLocalEmbedder();
    const modelLoadMs = performance.now() - modelStarted;
    const memo = new MemoEmbedder(local);
    const store = await LanceStore.open({ dataDir, dimension: local.dimension, ftsTokenizer: config.ftsTokenizer });
    phase('model load');

    // 1. Ingest with embedding: the real corpus through the real model (a representative sample of
    // the passages the synthetic corpus is made of; embedding all 10,000 would take most of an hour here).
    const withEmbedding = await ingest({ paths: [path.join(docsDir, 'corpus')], store, embedder: memo });
    if (withEmbedding.failed.length > 0) throw new Error(`corpus failed to ingest: ${JSON.stringify(withEmbedding.failed)}`);
    phase('ingest corpus with embedding');

    // 2. Synthetic corpus from the real passages and their real vectors.
    const documents = await store.listDocuments();
    const sources: SourcePassage[] = [];
    for (const doc of documents) {
      for (const p of await store.passagesOfDocument(doc.id)) {
        const vector = memo.vectors.get(passageKey(passageEmbeddingText(p)));
        if (vector) sources.push({ docId: p.docId, lang: p.lang, sectionPath: p.sectionPath, text: p.text, vector });
      }
    }
    const syntheticDocs = synthesiseCorpus({
      sources,
      documents: Math.ceil(Math.max(0, args.passages - withEmbedding.passagesEmbedded) / SECTIONS_PER_DOCUMENT),
      sectionsPerDocument: SECTIONS_PER_DOCUMENT,
    });
    for (const doc of syntheticDocs) {
      writeFileSync(path.join(docsDir, 'synthetic', doc.fileName), doc.markdown);
      for (const section of doc.sections) memo.vectors.set(passageKey(section.text), section.vector);
    }
    phase('synthesise corpus');

    // 3. Ingest without embedding: every synthetic passage's vector is already known.
    memo.hits = 0;
    memo.misses = 0;
    const withoutEmbedding = await ingest({
      paths: [docsDir],
      store,
      embedder: memo,
      onProgress: ({ done, total }) => {
        if (done % 100 === 0) console.error(`  ingest ${done}/${total} files`);
      },
    });
    if (withoutEmbedding.failed.length > 0) throw new Error(`synthetic corpus failed to ingest: ${JSON.stringify(withoutEmbedding.failed.slice(0, 3))}`);
    phase('ingest synthetic without embedding');

    const allDocs = await store.listDocuments();
    const passages = await readAllPassages(dataDir);
    const docIdsByLang: Record<Lang, Set<string>> = {
      ko: new Set(allDocs.filter((d) => d.lang === 'ko').map((d) => d.id)),
      en: new Set(allDocs.filter((d) => d.lang === 'en').map((d) => d.id)),
    };
    console.error(`  index holds ${passages.length} passages in ${allDocs.length} documents`);

    // 4. Baselines on the same passages and vectors.
    const langchain = await buildLangChainBaseline(passages, memo);
    const bm25 = buildPlainBm25(passages);
    phase('build baselines');

    // 5. Query embedding latency and recall@5 on the eval questions (both splits; nothing is tuned here).
    const questions = await loadQuestions({ split: 'all', knownDocIds: new Set(allDocs.map((d) => d.id)) });
    const rawVectors = new Map<string, Float32Array>();
    const queryEmbeddingTimes = await timeEach(questions, async (q) => {
      const [v] = await local.embedQueries([q.question]);
      if (v) rawVectors.set(q.id, v);
    });
    const answerable = questions.filter((q) => !REFUSAL_TYPES.includes(q.type));
    const oursVectors = new Map<string, Float32Array>();
    const recall = { ours: [] as number[], langchain: [] as number[], bm25: [] as number[] };
    for (const q of answerable) {
      const scope = q.corpusLang ? docIdsByLang[q.corpusLang] : undefined;
      const ours = await hybridSearch({ store, embedder: local, query: q.question, k: 5, filters: { docIds: scope ? [...scope] : undefined } });
      oursVectors.set(q.id, ours.queryVector);
      recall.ours.push(
        recallAtK(
          ours.passages.map((p) => p.docId),
          q.expected.docIds,
          5,
        ) ?? 0,
      );
      recall.langchain.push(recallAtK(await langchain.search(q.question, 5, scope), q.expected.docIds, 5) ?? 0);
      recall.bm25.push(
        recallAtK(
          bm25.search(q.question, 5, scope).map((p) => p.docId),
          q.expected.docIds,
          5,
        ) ?? 0,
      );
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
    phase('query embedding + recall');

    // 6. Search latency, search only (query vectors computed above), at the pipeline's k.
    const k = RETRIEVAL_K;
    const rounds = [...questions, ...questions];
    const vectorOf = (id: string) => oursVectors.get(id) ?? rawVectors.get(id) ?? new Float32Array(local.dimension);
    const searchMs = {
      ours: {
        vector: latencyStats(await timeEach(rounds, (q) => store.vectorSearch(vectorOf(q.id), k))),
        fullText: latencyStats(await timeEach(rounds, (q) => store.textSearch(q.question, k))),
        hybrid: latencyStats(await timeEach(rounds, (q) => hybridSearch({ store, embedder: local, query: q.question, k, queryVector: vectorOf(q.id) }))),
      },
      baseline: {
        langchainVector: latencyStats(await timeEach(rounds, (q) => langchain.searchByVector(rawVectors.get(q.id) ?? vectorOf(q.id), k))),
        plainBm25: latencyStats(await timeEach(rounds, async (q) => bm25.search(q.question, k))),
      },
    };
    phase('search latency');
    store.close();

    // 7. The real server over real HTTP: cold start, then /api/ask at each concurrency.
    const settings = { RATE_LIMIT_PER_MIN: '1000000', MAX_QUEUE: '1000' };
    const server = await startServerProcess({ env: { DATA_DIR: dataDir, CORPUS_DIR: docsDir, FTS_TOKENIZER: config.ftsTokenizer, ...settings } });
    console.error(`  server ready in ${(server.coldStartMs / 1000).toFixed(1)} s`);
    const load: LoadResult[] = [];
    let serverPeakRssMb: number | null = null;
    try {
      const askQuestions = questions.map((q) => q.question);
      // Two answers load the model's kernels; later levels start where the previous one stopped,
      // so few questions repeat and the answer cache rarely helps.
      await loadAsk({ url: server.url, connections: 1, requests: 2, questions: askQuestions });
      let offset = 2;
      for (const connections of args.concurrency) {
        const requests = Math.max(args.requests, 2 * connections);
        const result = await loadAsk({ url: server.url, connections, requests, questions: askQuestions, offset });
        offset += requests;
        console.error(
          `  /api/ask c=${connections}: ${result.ok}/${requests} ok in ${result.seconds} s, ${result.throughputRps} req/s, p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms`,
        );
        load.push(result);
      }
    } finally {
      serverPeakRssMb = server.peakRssMb();
      await server.stop();
    }
    phase('http load');

    const report: BenchReport = {
      generatedAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.versions.node, loadAverage: os.loadavg() },
      corpus: {
        passages: passages.length,
        documents: allDocs.length,
        syntheticPassages: passages.length - withEmbedding.passagesEmbedded,
        vectors: `real model for the ${withEmbedding.passagesEmbedded} corpus passages; each synthetic passage's vector is the normalised sum of its two source passages' real vectors plus noise (not re-embedded); no disk cache`,
      },
      ingest: {
        withEmbedding: {
          passages: withEmbedding.passagesEmbedded,
          seconds: round(withEmbedding.ms / 1000),
          passagesPerSec: round(withEmbedding.passagesEmbedded / (withEmbedding.ms / 1000)),
          note: 'real ingest() of corpus/ (parse, chunk, embed with the local model, LanceDB write, FTS index)',
        },
        withoutEmbedding: {
          passages: withoutEmbedding.passagesEmbedded,
          seconds: round(withoutEmbedding.ms / 1000),
          passagesPerSec: round(withoutEmbedding.passagesEmbedded / (withoutEmbedding.ms / 1000)),
          modelFallbacks: memo.misses,
          note: 'real ingest() of the synthetic files with vectors looked up instead of computed (parse, chunk, LanceDB write, FTS index)',
        },
      },
      modelLoadMs: round(modelLoadMs),
      queryEmbeddingMs: latencyStats(queryEmbeddingTimes),
      searchMs,
      recallAt5: {
        questions: answerable.length,
        oursHybrid: round(mean(recall.ours), 3),
        langchainVector: round(mean(recall.langchain), 3),
        plainBm25: round(mean(recall.bm25), 3),
      },
      ratios: {
        'vector search p50: LanceDB / LangChain': round(searchMs.ours.vector.p50 / searchMs.baseline.langchainVector.p50),
        'vector search p95: LanceDB / LangChain': round(searchMs.ours.vector.p95 / searchMs.baseline.langchainVector.p95),
        'full-text p50: LanceDB FTS / plain BM25': round(searchMs.ours.fullText.p50 / searchMs.baseline.plainBm25.p50),
        'full-text p95: LanceDB FTS / plain BM25': round(searchMs.ours.fullText.p95 / searchMs.baseline.plainBm25.p95),
        'hybrid p50 / LangChain vector p50': round(searchMs.ours.hybrid.p50 / searchMs.baseline.langchainVector.p50),
        'hybrid p95 / LangChain vector p95': round(searchMs.ours.hybrid.p95 / searchMs.baseline.langchainVector.p95),
        'recall@5: hybrid / LangChain': round(mean(recall.ours) / mean(recall.langchain)),
        'recall@5: hybrid / plain BM25': round(mean(recall.ours) / mean(recall.bm25)),
      },
      http: { coldStartMs: round(server.coldStartMs), serverPeakRssMb, load, settings },
      benchPeakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      phasesSec: phases,
    };
    const text = formatBench(report);
    console.log(text);
    const outDir = path.resolve('evals/report');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(path.join(outDir, 'bench.md'), text);
    console.log(
      `wrote evals/report/bench.json and evals/report/bench.md (total ${Object.values(phases)
        .reduce((a, b) => a + b, 0)
        .toFixed(0)} s)`,
    );
    return 0;
  } finally {
    if (args.keep) console.error(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      if (error.message) console.error(error.message);
      console.error(USAGE);
      process.exit(2);
    }
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
