import type { LoadResult } from './http-load.js';
import type { LatencyStats } from './latency.js';

export interface BenchReport {
  generatedAt: string;
  machine: { cpus: number; node: string; loadAverage: number[] };
  corpus: { passages: number; documents: number; syntheticPassages: number; vectors: string };
  ingest: {
    withEmbedding: { passages: number; seconds: number; passagesPerSec: number; note: string };
    withoutEmbedding: { passages: number; seconds: number; passagesPerSec: number; modelFallbacks: number; note: string };
  };
  modelLoadMs: number;
  queryEmbeddingMs: LatencyStats;
  searchMs: { ours: Record<'vector' | 'fullText' | 'hybrid', LatencyStats>; baseline: Record<'langchainVector' | 'plainBm25', LatencyStats> };
  recallAt5: { questions: number; oursHybrid: number; langchainVector: number; plainBm25: number };
  ratios: Record<string, number>;
  http: { coldStartMs: number; serverPeakRssMb: number | null; load: LoadResult[]; settings: Record<string, string> };
  benchPeakRssMb: number;
  phasesSec: Record<string, number>;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 2)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

const ms = (v: number) => (Number.isFinite(v) ? (v < 10 ? v.toFixed(2) : v.toFixed(1)) : '–');
const latencyRow = (name: string, s: LatencyStats) => [name, String(s.n), ms(s.p50), ms(s.p95), ms(s.p99)];

/** The report as Markdown tables: printed on the terminal and saved next to the JSON. */
export function formatBench(r: BenchReport): string {
  const parts = [
    `## policy-qa bench (${r.generatedAt.slice(0, 19)}Z, ${r.machine.cpus} CPUs, load ${r.machine.loadAverage.map((l) => l.toFixed(1)).join('/')}, Node ${r.machine.node})`,
    `Corpus: ${r.corpus.passages} passages in ${r.corpus.documents} documents (${r.corpus.syntheticPassages} synthetic). Vectors: ${r.corpus.vectors}`,
    '',
    table(
      ['ingest', 'passages', 'seconds', 'passages/s'],
      [
        [
          'with embedding (local model)',
          String(r.ingest.withEmbedding.passages),
          r.ingest.withEmbedding.seconds.toFixed(1),
          r.ingest.withEmbedding.passagesPerSec.toFixed(1),
        ],
        [
          'without embedding (vectors known)',
          String(r.ingest.withoutEmbedding.passages),
          r.ingest.withoutEmbedding.seconds.toFixed(1),
          r.ingest.withoutEmbedding.passagesPerSec.toFixed(1),
        ],
      ],
    ),
    '',
    table(
      ['latency (ms)', 'n', 'p50', 'p95', 'p99'],
      [
        latencyRow('query embedding (local model)', r.queryEmbeddingMs),
        latencyRow('ours: vector (LanceDB)', r.searchMs.ours.vector),
        latencyRow('ours: full-text (LanceDB FTS)', r.searchMs.ours.fullText),
        latencyRow('ours: hybrid (RRF)', r.searchMs.ours.hybrid),
        latencyRow('baseline: LangChain MemoryVectorStore', r.searchMs.baseline.langchainVector),
        latencyRow('baseline: plain BM25 (whitespace)', r.searchMs.baseline.plainBm25),
      ],
    ),
    '',
    table(
      ['recall@5 on eval questions', 'value'],
      [
        [`ours hybrid (${r.recallAt5.questions} questions)`, r.recallAt5.oursHybrid.toFixed(3)],
        ['LangChain MemoryVectorStore', r.recallAt5.langchainVector.toFixed(3)],
        ['plain BM25', r.recallAt5.plainBm25.toFixed(3)],
      ],
    ),
    '',
    table(
      ['ratio (ours / baseline)', 'value'],
      Object.entries(r.ratios).map(([k, v]) => [k, Number.isFinite(v) ? v.toFixed(2) : '–']),
    ),
    '',
    table(
      ['/api/ask over HTTP', 'requests', 'ok', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'status codes', 'socket errors'],
      r.http.load.map((l) => [
        `concurrency ${l.connections} (${l.seconds} s)`,
        String(l.requests),
        String(l.ok),
        l.throughputRps.toFixed(2),
        ms(l.latencyMs.p50),
        ms(l.latencyMs.p95),
        ms(l.latencyMs.p99),
        Object.entries(l.statusCounts)
          .map(([code, n]) => `${code}×${n}`)
          .join(' '),
        String(l.errors + l.timeouts),
      ]),
    ),
    '',
    `Cold start to /readyz: ${(r.http.coldStartMs / 1000).toFixed(1)} s (model load + index open + unchanged-corpus check of ${r.corpus.documents} files). Peak RSS: server ${r.http.serverPeakRssMb ?? '–'} MB, bench process ${r.benchPeakRssMb} MB.`,
    `Server settings: ${Object.entries(r.http.settings)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')} (other limits at their defaults; a 503 is a request shed after waiting REQUEST_TIMEOUT_MS for an answer slot).`,
    `Phases (s): ${Object.entries(r.phasesSec)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ')}`,
  ];
  return `${parts.join('\n')}\n`;
}
