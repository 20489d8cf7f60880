import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs as parseCliArgs } from 'node:util';
import { RETRIEVAL_K } from '../answer/ask.js';
import { loadConfig } from '../core/config.js';
import { loadLocalEmbedder } from '../embed/create-embedder.js';
import { corpusVersionOf, type IngestSummary, ingest, passageEmbeddingText } from '../ingest/ingest.js';
import { embedderReads, hybridSearch, retrievalQueries } from '../retrieve/hybrid-search.js';
import { LanceStore } from '../store/lance-store.js';
import { queryTermsOf } from '../text/terms.js';
import { factRecall, loadBenchQuestions } from './bench-questions.js';
import { type BenchReport, formatBench, type PeerFigures } from './bench-report.js';
import { bulkLoad, recordManifest } from './bulk-load.js';
import { cpuSplit, sampleCpu, stealMs } from './cpu-split.js';
import { type LoadResult, loadAsk } from './http-load.js';
import { latencyStats, timeEach } from './latency.js';
import { MemoEmbedder, passageKey } from './memo-embedder.js';
import { bruteForcePeer, langChainPeer, miniSearchPeer, oramaPeer, type Peer, type PeerQuery } from './peers.js';
import { readAllPassages } from './read-passages.js';
import { indexSize, s3ColdStart, scaleTable } from './scale-figures.js';
import { startServerProcess } from './server-process.js';
import { type SourcePassage, synthesiseCorpus } from './synthetic-corpus.js';
import { timeUploads, type UploadTiming } from './upload-latency.js';

const USAGE = `npm run bench -- [--passages N] [--requests R] [--concurrency 16] [--skip-fresh-start] [--skip-peers] [--skip-s3] [--uploads 3] [--keep]

  --passages          size of the synthetic corpus (default 10000, at least 1000)
  --requests          /api/ask requests per concurrency level (default 800)
  --concurrency       comma-separated connection counts for /api/ask (default 16)
  --skip-fresh-start  do not measure the first start on an empty data folder (saves ~30 s)
  --skip-peers        measure only our engine, not the other libraries (implied from 50000 passages
                      on, where they take minutes; --peers measures them there)
  --skip-s3           do not measure a reader's cold start from a loopback S3 server (s3rver)
  --peers             measure the other libraries even at 50000 passages or more
  --bulk              (implied from 50000 passages on) build the synthetic part with many documents per commit (see bulk-load.ts),
                      then measure ingest on --late N (default 25) more documents added to the
                      full index; --late 0 ingests nothing (the manifest is recorded directly)
  --uploads           small documents (4 passages) uploaded one by one through the admin API of
                      the server holding the full index, after the /api/ask load (default 3, 0 = none)
  --keep              keep the temp folder (corpus files and index) and print its path
Writes evals/report/bench.json and bench.md, or bench-N.json and bench-N.md for --passages N
other than 10000 or --skip-peers, and prints the scale figures beside a 10000-passage run's.`;

class UsageError extends Error {}

function parseArgs(argv: string[]) {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseCliArgs({
      args: argv,
      options: {
        passages: { type: 'string', default: '10000' },
        requests: { type: 'string', default: '800' },
        concurrency: { type: 'string', default: '16' },
        'skip-fresh-start': { type: 'boolean', default: false },
        'skip-peers': { type: 'boolean', default: false },
        peers: { type: 'boolean', default: false },
        'skip-s3': { type: 'boolean', default: false },
        bulk: { type: 'boolean', default: false },
        late: { type: 'string', default: '25' },
        uploads: { type: 'string', default: '3' },
        keep: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) throw new UsageError('');
  const passages = Number(values.passages);
  const requests = Number(values.requests);
  const concurrency = String(values.concurrency).split(',').map(Number);
  if (!Number.isInteger(passages) || passages < 1000 || passages > 200_000) throw new UsageError('--passages must be an integer from 1000 to 200000.');
  if (!Number.isInteger(requests) || requests < 1 || requests > 100_000) throw new UsageError('--requests must be an integer from 1 to 100000.');
  if (concurrency.some((c) => !Number.isInteger(c) || c < 1 || c > 1000)) throw new UsageError('--concurrency takes integers from 1 to 1000, e.g. 1,16.');
  if (!Number.isInteger(Number(values.late)) || Number(values.late) < 0) throw new UsageError('--late must be an integer of 0 or more.');
  if (!Number.isInteger(Number(values.uploads)) || Number(values.uploads) < 0) throw new UsageError('--uploads must be an integer of 0 or more.');
  return {
    passages,
    requests,
    concurrency,
    freshStart: !values['skip-fresh-start'],
    // Past LARGE: one commit per document would take hours, and the peers minutes each.
    peers: passages >= LARGE ? values.peers === true : !values['skip-peers'],
    s3: !values['skip-s3'],
    bulk: values.bulk === true || passages >= LARGE,
    late: Number(values.late),
    uploads: Number(values.uploads),
    keep: values.keep === true,
  };
}

const SECTIONS_PER_DOCUMENT = 20;
/** Rounds of every bench question asked before the measured /api/ask load (see there). */
const WARM_UP_ROUNDS = 4;
/** From this many passages on, --bulk is implied and the peers are left out unless --peers is given. */
const LARGE = 50_000;
const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

/** Share of all cores' time the VM's host took since `from`: a noisy host shows here, not in guesses. */
function stealShareSince(from: { atMs: number; stealMs: number | null }): number | null {
  const now = stealMs();
  if (now === null || from.stealMs === null) return null;
  return round((now - from.stealMs) / ((performance.now() - from.atMs) * os.cpus().length));
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const config = loadConfig();
  const phases: Record<string, number> = {};
  let phaseStart = performance.now();
  const benchStarted = { atMs: phaseStart, stealMs: stealMs() };
  // The host is shared: its 1-minute load at the start and at each phase's end goes into the report.
  const loadSamples = [os.loadavg()[0] ?? 0];
  const phase = (name: string) => {
    loadSamples.push(os.loadavg()[0] ?? 0);
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

    const local = await loadLocalEmbedder();
    const memo = new MemoEmbedder(local);
    const store = await LanceStore.open({ dataDir, dimension: local.dimension, ftsTokenizer: config.ftsTokenizer, watchMs: 0 });
    phase('model load');

    // 1. Ingest with embedding: the real corpus through the real model.
    const withEmbedding = await ingest({ paths: [path.join(docsDir, 'corpus')], store, embedder: memo });
    if (withEmbedding.failed.length > 0) throw new Error(`corpus failed to ingest: ${JSON.stringify(withEmbedding.failed)}`);
    phase('ingest corpus with embedding');

    // 2. Synthetic passages from the real ones and their real vectors, ingested without the model.
    const sources: SourcePassage[] = [];
    for (const doc of await store.listDocuments()) {
      for (const p of await store.passagesOfDocument(doc.id)) {
        // Passages in a language the model does not read are not embedded (zero vector), as ingest stores them.
        const vector =
          memo.vectors.get(passageKey(passageEmbeddingText(p))) ?? (local.languages.includes(p.lang as 'en') ? undefined : new Float32Array(local.dimension));
        if (vector) sources.push({ docId: p.docId, lang: p.lang, sectionPath: p.sectionPath, text: p.text, vector });
      }
    }
    const syntheticDocs = synthesiseCorpus({
      sources,
      documents: Math.ceil(Math.max(0, args.passages - withEmbedding.passagesEmbedded) / SECTIONS_PER_DOCUMENT),
      sectionsPerDocument: SECTIONS_PER_DOCUMENT,
    });
    // --bulk: all but the last BULK_LATE documents are bulk-loaded, and those go through ingest,
    // so the ingest rate is measured on an index already at full size.
    const late = args.bulk && args.late > 0 ? syntheticDocs.slice(-args.late) : [];
    mkdirSync(path.join(docsDir, 'late'), { recursive: true });
    for (const doc of syntheticDocs) {
      writeFileSync(path.join(docsDir, late.includes(doc) ? 'late' : 'synthetic', doc.fileName), doc.markdown);
      for (const section of doc.sections) memo.vectors.set(passageKey(section.text), section.vector);
    }
    let loaded: { passages: number; ms: number } | undefined;
    if (args.bulk) {
      const files = syntheticDocs.filter((doc) => !late.includes(doc)).map((doc) => path.join(docsDir, 'synthetic', doc.fileName));
      loaded = await bulkLoad({ dataDir, files, embedder: memo });
      console.error(`  bulk-loaded ${loaded.passages} passages in ${(loaded.ms / 1000).toFixed(0)} s`);
      await store.checkForCommits();
      phase('synthesise + bulk load');
    }
    // --bulk --late 0: no ingest at all; the engine is built here (timed) and the manifest recorded directly.
    let bulkSnapshotMs: number | undefined;
    let withoutEmbedding: Pick<IngestSummary, 'passagesEmbedded' | 'ms' | 'failed'>;
    if (args.bulk && args.late === 0) {
      const started = performance.now();
      const docs = await store.listDocuments();
      bulkSnapshotMs = performance.now() - started;
      await recordManifest(dataDir, { embedderId: memo.id, dimension: memo.dimension, ftsTokenizer: store.ftsTokenizer, corpusVersion: corpusVersionOf(docs) });
      withoutEmbedding = { passagesEmbedded: 0, ms: 0, failed: [] };
    } else {
      withoutEmbedding = await ingest({
        paths: [args.bulk ? path.join(docsDir, 'late') : docsDir],
        store,
        embedder: memo,
        onProgress: ({ done, total }) => {
          if (done % 100 === 0 || args.bulk) console.error(`  ingest ${done}/${total} files`);
        },
      });
    }
    if (withoutEmbedding.failed.length > 0) throw new Error(`synthetic corpus failed to ingest: ${JSON.stringify(withoutEmbedding.failed.slice(0, 3))}`);
    phase(args.bulk ? `ingest ${args.late} documents into the full index` : 'synthesise + ingest without embedding');

    // 3. The engine snapshot the server answers from, and the same passages for the peers.
    const loadStarted = performance.now();
    const engine = await store.engine();
    const snapshotLoadMs = bulkSnapshotMs ?? performance.now() - loadStarted;
    // What a restart costs: the engine kept next to the tables (engine-snapshot.bin) for this version.
    const reopened = await LanceStore.open({ dataDir, dimension: local.dimension, ftsTokenizer: config.ftsTokenizer, watchMs: 0 });
    const fileLoadStarted = performance.now();
    await reopened.engine();
    const snapshotFileLoadMs = performance.now() - fileLoadStarted;
    reopened.close();
    const passages = await readAllPassages(dataDir);
    const textOf = new Map(passages.map((p) => [p.id, p.text]));
    console.error(
      `  index holds ${engine.size} passages in ${engine.listDocuments().length} documents; snapshot loaded in ${snapshotLoadMs.toFixed(0)} ms from the tables, ${snapshotFileLoadMs.toFixed(0)} ms from the kept file`,
    );

    // 4. Questions, their vectors (every peer gets the same one) and their terms.
    const { source, questions } = loadBenchQuestions();
    const vectors = new Map<string, Float32Array>();
    const embedTimes = await timeEach(questions, async (q) => {
      const [v] = await local.embedQueries([q.question]);
      if (v) vectors.set(q.id, v);
    });
    const peerQuery = (q: (typeof questions)[number]): PeerQuery => ({
      text: q.question,
      terms: queryTermsOf(retrievalQueries(q.question).text),
      vector: vectors.get(q.id) ?? new Float32Array(local.dimension),
    });
    // Ours as the answer path runs it: no vector for a language the model does not read.
    const ourVector = (q: (typeof questions)[number]) => (embedderReads(local, q.question) ? vectors.get(q.id) : undefined) ?? new Float32Array(0);
    const ours: Peer = {
      name: 'policy-qa engine (hybrid)',
      search: async (query, k) => {
        const q = questions.find((x) => x.question === query.text);
        return (await hybridSearch({ store, embedder: local, query: query.text, k, queryVector: q ? ourVector(q) : new Float32Array(0) })).passages.map(
          (p) => p.id,
        );
      },
    };
    phase('questions + query embedding');

    const builders: [string, () => Promise<Peer> | Peer][] = !args.peers
      ? []
      : [
          ['LangChain MemoryVectorStore', () => langChainPeer(passages)],
          ['Orama 3 hybrid', () => oramaPeer(passages, local.dimension)],
          ['MiniSearch', () => miniSearchPeer(passages)],
          ['brute-force cosine', () => bruteForcePeer(passages)],
        ];
    const peers: { peer: Peer; buildMs: number }[] = [{ peer: ours, buildMs: round(snapshotLoadMs) }];
    for (const [name, build] of builders) {
      const started = performance.now();
      const peer = await build();
      peers.push({ peer, buildMs: round(performance.now() - started) });
      console.error(`  built ${name} in ${(performance.now() - started).toFixed(0)} ms`);
    }
    phase('build peers');

    // 5. Each peer: fact recall@5 and search latency, same questions in the same rotating order.
    const rounds = [...questions, ...questions, ...questions];
    const figures: PeerFigures[] = [];
    for (const { peer, buildMs } of peers) {
      const top = new Map<string, string[]>();
      for (const q of questions) top.set(q.id, await peer.search(peerQuery(q), 5));
      const recall = (lang?: string) =>
        round(
          factRecall(
            questions.filter((q) => !lang || q.lang === lang),
            top,
            (id) => textOf.get(id) ?? '',
            5,
          ),
          3,
        );
      const queries = rounds.map(peerQuery);
      await timeEach(queries.slice(0, 10), async (q) => peer.search(q, RETRIEVAL_K)); // warm-up
      const times = await timeEach(queries, async (q) => peer.search(q, RETRIEVAL_K));
      figures.push({ name: peer.name, buildMs, latencyMs: latencyStats(times), recallAt5: { all: recall(), ko: recall('ko'), en: recall('en') } });
      console.error(`  ${peer.name}: p50 ${latencyStats(times).p50} ms, fact recall@5 ${recall()}`);
    }
    // The engine call alone with a vector on every query (the most it ever does per search).
    const engineOnly = latencyStats(
      await timeEach(rounds, async (q) => engine.search({ terms: peerQuery(q).terms, vector: vectors.get(q.id), k: RETRIEVAL_K })),
    );
    phase('recall + search latency');
    store.close();

    // 6. The real server over real HTTP: cold start with the index present, then /api/ask.
    const settings = { RATE_LIMIT_PER_MIN: '1000000', MAX_QUEUE: '1000' };
    const serverCorpus = args.bulk ? path.join(root, 'empty-corpus') : docsDir;
    mkdirSync(serverCorpus, { recursive: true });
    const adminToken = 'bench-admin-token';
    const server = await startServerProcess({
      env: { DATA_DIR: dataDir, CORPUS_DIR: serverCorpus, FTS_TOKENIZER: config.ftsTokenizer, ADMIN_TOKEN: adminToken, ...settings },
    });
    console.error(`  server (${server.runtime}) ready in ${(server.coldStartMs / 1000).toFixed(1)} s`);
    const load: LoadResult[] = [];
    let uploads: UploadTiming[] = [];
    let serverPeakRssMb: number | null = null;
    // Before the uploads: each one rebuilds the engine beside the old one, which raises the peak.
    let servingPeakRssMb: number | null = null;
    let warmed: NonNullable<BenchReport['http']['warmUp']> | undefined;
    try {
      const askQuestions = questions.map((q) => q.question);
      // What is measured is the cost of an answer on a server that has been up a while. Two kinds of
      // start-up work are not that: the corpus check the server runs in the background once it
      // answers (every corpus file read and parsed: about a second of the main thread at 10k
      // passages, which fell inside the load and was charged to its requests), and V8 compiling the
      // answer path's hot functions, which takes a few hundred asks to settle.
      const checkStarted = performance.now();
      const checked = await server.logged(/^index: /, 120_000);
      const startupCheckSec = checked ? round((performance.now() - checkStarted) / 1000, 1) : null;
      console.error(`  start-up corpus check ${startupCheckSec === null ? 'not reported within 120 s' : `done ${startupCheckSec} s after ready`}`);
      const warmUp = WARM_UP_ROUNDS * askQuestions.length;
      await loadAsk({ url: server.url, connections: args.concurrency[0] ?? 16, requests: warmUp, questions: askQuestions });
      warmed = { requests: warmUp, startupCheckSec };
      let offset = warmUp;
      for (const connections of args.concurrency) {
        const requests = Math.max(args.requests, 2 * connections);
        const before = sampleCpu(server.pid);
        const result = await loadAsk({ url: server.url, connections, requests, questions: askQuestions, offset });
        const after = sampleCpu(server.pid);
        if (before && after) result.cpu = cpuSplit(before, after, result.ok, os.cpus().length);
        offset += requests;
        console.error(
          `  /api/ask c=${connections}: ${result.ok}/${requests} ok, ${result.throughputRps} req/s, p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms`,
        );
        load.push(result);
      }
      // An operator's upload into the full index, through the service: after the load, so the
      // figures above are of the index as built.
      servingPeakRssMb = server.peakRssMb();
      // A failed upload costs these figures, not the run's report (fetch gives up after 300 s without headers).
      if (args.uploads > 0)
        uploads = await timeUploads({ url: server.url, token: adminToken, count: args.uploads }).catch((error: unknown) => {
          console.error(`  uploads not measured: ${error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : error}`);
          return [];
        });
    } finally {
      serverPeakRssMb = server.peakRssMb();
      await server.stop();
    }
    phase(args.uploads > 0 ? 'http load + uploads' : 'http load');

    // 6b. Index size, and a reader's cold start from S3 (the tables copied to a loopback s3rver).
    const size = indexSize(dataDir);
    console.error(`  index on disk: tables ${(size.tablesBytes / 2 ** 20).toFixed(0)} MB, kept engine file ${(size.engineFileBytes / 2 ** 20).toFixed(0)} MB`);
    let s3: Awaited<ReturnType<typeof s3ColdStart>> | undefined;
    if (args.s3) {
      // A failure here (the copy to s3rver) costs this figure, not the whole run's report.
      s3 = await s3ColdStart(dataDir, { CORPUS_DIR: serverCorpus, FTS_TOKENIZER: config.ftsTokenizer, ...settings }).catch((error: unknown) => {
        console.error(
          `  S3 cold start not measured: ${error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : error}`,
        );
        return undefined;
      });
      if (s3)
        console.error(
          `  S3 reader ready in ${(s3.coldStartMs / 1000).toFixed(1)} s (tables copied in ${s3.uploadSec.toFixed(0)} s), peak RSS ${s3.peakRssMb} MB`,
        );
      phase('S3 cold start');
    }

    // 7. First start on an empty data folder: ingests corpus/ with the model, then ready.
    let freshStartMs: number | null = null;
    if (args.freshStart) {
      const freshDir = path.join(root, 'fresh-index');
      const fresh = await startServerProcess({ env: { DATA_DIR: freshDir, CORPUS_DIR: config.corpusDir, ...settings } });
      freshStartMs = fresh.coldStartMs;
      await fresh.stop();
      phase('fresh start');
    }

    const report: BenchReport = {
      generatedAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        node: process.versions.node,
        loadAverage: os.loadavg(),
        loadOneMinute: { start: round(loadSamples[0] ?? 0, 1), max: round(Math.max(...loadSamples), 1) },
        stealShare: stealShareSince(benchStarted),
      },
      questions: { source, count: questions.length, answerable: questions.filter((q) => q.answerable).length },
      corpus: {
        passages: engine.size,
        documents: engine.listDocuments().length,
        syntheticPassages: engine.size - withEmbedding.passagesEmbedded,
        vectors: `real model for the ${withEmbedding.passagesEmbedded} corpus passages; each synthetic passage's vector is the normalised sum of two real ones plus noise`,
      },
      ingest: {
        withEmbedding: {
          passages: withEmbedding.passagesEmbedded,
          passagesPerSec: round(withEmbedding.passagesEmbedded / (withEmbedding.ms / 1000)),
          model: local.id,
        },
        withoutEmbedding: {
          passages: withoutEmbedding.passagesEmbedded,
          passagesPerSec: withoutEmbedding.ms > 0 ? round(withoutEmbedding.passagesEmbedded / (withoutEmbedding.ms / 1000)) : 0,
        },
        ...(loaded ? { bulk: { passages: loaded.passages, passagesPerSec: round(loaded.passages / (loaded.ms / 1000)) } } : {}),
        ...(uploads.length > 0
          ? { uploads: uploads.map((u) => ({ passages: u.passages, status: u.status, answeredMs: round(u.answeredMs), visibleMs: round(u.visibleMs) })) }
          : {}),
      },
      queryEmbeddingMs: latencyStats(embedTimes),
      snapshotLoadMs: round(snapshotLoadMs),
      snapshotFileLoadMs: round(snapshotFileLoadMs),
      engineOnlyMs: engineOnly,
      peers: figures,
      http: {
        runtime: server.runtime,
        coldStartMs: round(server.coldStartMs),
        freshStartMs: freshStartMs === null ? null : round(freshStartMs),
        serverPeakRssMb: servingPeakRssMb ?? serverPeakRssMb,
        ...(uploads.length > 0 ? { serverPeakRssWithUploadsMb: serverPeakRssMb } : {}),
        load,
        settings,
        ...(warmed ? { warmUp: warmed } : {}),
      },
      phasesSec: phases,
      scale: { ...size, s3ColdStartMs: s3 ? round(s3.coldStartMs) : null, s3PeakRssMb: s3?.peakRssMb ?? null },
    };
    const outDir = path.resolve('evals/report');
    // The full default run is the project's report; any other run is kept beside it by size.
    const name = args.passages === 10_000 && args.peers ? 'bench' : `bench-${args.passages}`;
    // The scale figures are printed beside a 10000-passage run's (the latest kept).
    const reference = [path.join(outDir, 'bench-10000.json'), path.join(outDir, 'bench.json')].find((file) => existsSync(file));
    const others = args.passages !== 10_000 && reference ? [JSON.parse(readFileSync(reference, 'utf8')) as BenchReport] : [];
    const text = `${formatBench(report)}\n## Scale\n\n${scaleTable([...others, report])}\n`;
    console.log(text);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(path.join(outDir, `${name}.md`), text);
    console.log(
      `wrote evals/report/${name}.json and evals/report/${name}.md (total ${Object.values(phases)
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
