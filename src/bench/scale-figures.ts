import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { mapLimited } from '../feedback/object-keys.js';
import { objectStorageFor } from '../store/object-storage.js';
import type { BenchReport } from './bench-report.js';
import { startS3Server } from './s3-server.js';
import { startServerProcess } from './server-process.js';

/** Every file under `dir`, relative, with its size. */
function filesUnder(dir: string, base = dir): { rel: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full, base) : [{ rel: path.relative(base, full), bytes: statSync(full).size }];
  });
}

/** Bytes of the LanceDB tables and of the kept engine file under a local DATA_DIR. */
export function indexSize(dataDir: string): { tablesBytes: number; engineFileBytes: number } {
  const files = filesUnder(dataDir);
  const engine = files.filter((f) => f.rel === 'engine-snapshot.bin').reduce((a, f) => a + f.bytes, 0);
  return { tablesBytes: files.filter((f) => f.rel.endsWith('.lance') || f.rel.includes('.lance/')).reduce((a, f) => a + f.bytes, 0), engineFileBytes: engine };
}

/**
 * Copies the tables to a loopback S3 server (s3rver) and starts a reader (INDEX_WRITER=0) on
 * s3://: its cold start reads every table over S3, and object storage has no kept engine file.
 */
export async function s3ColdStart(dataDir: string, env: Record<string, string>): Promise<{ coldStartMs: number; peakRssMb: number | null; uploadSec: number }> {
  const s3 = await startS3Server('bench');
  try {
    const s3env = s3.env('index');
    const storage = objectStorageFor(s3env.DATA_DIR as string, s3env);
    if (!storage) throw new Error('not an s3:// DATA_DIR');
    const files = filesUnder(dataDir).filter((f) => f.rel.includes('.lance/'));
    const started = performance.now();
    let done = 0;
    await mapLimited(files, 8, async (file) => {
      // s3rver on a busy host drops a connection now and then: a file gets three tries.
      for (let attempt = 1; ; attempt++) {
        try {
          await storage.blobs.put(file.rel.split(path.sep).join('/'), readFileSync(path.join(dataDir, file.rel)));
          break;
        } catch (error) {
          if (attempt >= 3) throw error;
        }
      }
      if (++done % 500 === 0) console.error(`  copied ${done}/${files.length} files to S3`);
    });
    const uploadSec = (performance.now() - started) / 1000;
    const server = await startServerProcess({ env: { ...env, ...s3env, INDEX_WRITER: '0' } });
    const peakRssMb = server.peakRssMb();
    await server.stop();
    return { coldStartMs: server.coldStartMs, peakRssMb, uploadSec };
  } finally {
    await s3.close();
  }
}

/** The median upload's times, answered and listed (the second includes the server's engine rebuild). */
function uploadFigure(report: BenchReport): string {
  const uploads = report.ingest.uploads ?? [];
  if (uploads.length === 0) return '–';
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] as number;
  return `${(median(uploads.map((u) => u.answeredMs)) / 1000).toFixed(1)} s / ${(median(uploads.map((u) => u.visibleMs)) / 1000).toFixed(1)} s (${uploads.length} uploads)`;
}

/** The figures the scale question is about, from one report; '–' where the run did not measure it. */
function scaleRow(report: BenchReport): Record<string, string> {
  const ours = report.peers[0];
  const c16 = report.http.load.find((l) => l.connections === 16) ?? report.http.load[0];
  const mb = (bytes: number | undefined) => (bytes === undefined ? '–' : `${(bytes / 2 ** 20).toFixed(0)} MB`);
  const sec = (v: number | null | undefined) => (v === undefined || v === null ? '–' : `${(v / 1000).toFixed(2)} s`);
  return {
    passages: String(report.corpus.passages),
    'ingest (vectors known), passages/s':
      report.ingest.withoutEmbedding.passages > 0
        ? `${report.ingest.withoutEmbedding.passagesPerSec} (${report.ingest.withoutEmbedding.passages} passages${report.ingest.bulk ? ' into the full index' : ''})`
        : '–',
    'one upload (4 passages) via the admin API: answered / listed, median': uploadFigure(report),
    'bulk load (bench only), passages/s': report.ingest.bulk ? String(report.ingest.bulk.passagesPerSec) : '–',
    'index on disk: tables / engine file': `${mb(report.scale?.tablesBytes)} / ${mb(report.scale?.engineFileBytes)}`,
    'server peak RSS: serving / after the uploads / S3 reader at start': `${report.http.serverPeakRssMb ?? '–'} MB / ${report.http.serverPeakRssWithUploadsMb ?? '–'} MB / ${report.scale?.s3PeakRssMb ?? '–'} MB`,
    'cold start, local disk': sec(report.http.coldStartMs),
    'cold start, S3 reader (loopback s3rver)': sec(report.scale?.s3ColdStartMs),
    'engine from the tables (no kept file)': sec(report.snapshotLoadMs),
    'retrieval p50 / p95 (hybrid, excl. embedding)': ours ? `${ours.latencyMs.p50} / ${ours.latencyMs.p95} ms` : '–',
    '/api/ask at c=16: req/s, p95': c16 ? `${c16.throughputRps} req/s, ${c16.latencyMs.p95} ms` : '–',
    'host load average (1 min): start / highest / end': `${report.machine.loadOneMinute?.start ?? '–'} / ${report.machine.loadOneMinute?.max ?? '–'} / ${report.machine.loadAverage[0]?.toFixed(1) ?? '–'}`,
  };
}

/** A Markdown table of the scale figures of several runs side by side (e.g. 10k and 100k passages). */
export function scaleTable(reports: BenchReport[]): string {
  const rows = reports.map(scaleRow);
  const names = Object.keys(rows[0] ?? {});
  const header = ['', ...rows.map((r) => `${r.passages} passages`)];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const name of names.filter((n) => n !== 'passages')) lines.push(`| ${name} | ${rows.map((r) => r[name]).join(' | ')} |`);
  return lines.join('\n');
}
