import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../core/config.js';
import { percentile } from '../core/percentile.js';
import type { AskResult } from '../core/types.js';
import { answerLogEntry, openAnswerLog } from '../feedback/answer-log.js';
import { openFeedbackStore } from '../feedback/jsonl-feedback-store.js';
import { createApp } from '../http/app.js';
import { ingest } from '../ingest/ingest.js';
import { gracefulCloser } from '../node/graceful-close.js';
import { openRuntime } from '../node/runtime.js';
import { listen } from '../node/serve.js';
import { CRASH_POINTS, type CrashCycleReport, crashDuringReingest } from '../soak/crash-cycle.js';
import { type HostileUploadsReport, hostileUploadsCycle } from '../soak/hostile-uploads-cycle.js';
import { emptyStats, type OpStats, record, table } from '../soak/stats.js';
import { diskFullCycle, type UploadCycleReport, uploadCrashCycle } from '../soak/upload-cycles.js';
import { splitSentences } from '../text/sentences.js';

/**
 * `npm run soak`: CLIENTS concurrent clients on loopback for SOAK_SECONDS, mixing ask (extractive),
 * search and feedback, while one document is changed and re-ingested twice and MAX_CONCURRENT_ANSWERS
 * slow-body sockets attack the answer slots the whole time; then a writer process re-ingesting
 * changed documents is killed with SIGKILL mid-write and restarted (--crashes times, each at
 * another write step), the clients going on until some seconds after the recovery. Reports
 * requests served, errors (anything but 2xx, apart from the intended 429/503) in all and after the
 * recovery, p50/p95 latency, RSS at start/peak/end; then checks that a new ingest finds every
 * document whole (nothing left half-written) and that every document still answers a question
 * taken from its own text. Server and load generator share this process (re-ingestion needs the
 * server's store), so RSS includes the small client side too. Exit code 1 on any error,
 * unanswerable or half-written document, or failed restart.
 */

const USAGE = `npm run soak -- [--seconds N] [--clients N] [--crashes N] [--keep-data]

  --seconds    length of the load run (default $SOAK_SECONDS or 60)
  --clients    concurrent clients (default $SOAK_CLIENTS or 32)
  --crashes    kill -9 / restart cycles of a re-ingesting writer (default 1; 0 for none)
  --no-uploads skip the upload cycles: hostile uploads that must leave every official answer
               identical, kill -9 of an upload at each write step, and a 20 MB tmpfs filled
               by uploads (needs root for mount; skipped with the reason otherwise)
  --keep-data  keep the work folder (index, answer log, ratings) to open the dashboard on it`;

function options(argv: string[]): { seconds: number; clients: number; crashes: number; uploads: boolean; keepData: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      seconds: { type: 'string' },
      clients: { type: 'string' },
      crashes: { type: 'string' },
      'no-uploads': { type: 'boolean' },
      'keep-data': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const count = (name: string, raw: string | undefined, fallback: number, min: number) => {
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number of at least ${min}, not "${raw}"\n\n${USAGE}`);
    return value;
  };
  return {
    seconds: count('seconds', values.seconds, Number(process.env.SOAK_SECONDS ?? 60), 1),
    clients: count('clients', values.clients, Number(process.env.SOAK_CLIENTS ?? 32), 1),
    crashes: count('crashes', values.crashes, 1, 0),
    uploads: values['no-uploads'] !== true,
    keepData: values['keep-data'] === true,
  };
}

const { seconds: SECONDS, clients: CLIENTS, crashes: CRASHES, uploads: UPLOAD_CYCLES, keepData: KEEP_DATA } = options(process.argv.slice(2));
const REINGEST_AT = [0.25, 0.6];
/** The clients keep going this long after the last restarted writer has finished. */
const AFTER_RECOVERY_MS = 10_000;

const QUESTIONS = [
  '제5차 산업집적활성화 기본계획의 목표는 무엇인가?',
  '노후 산업단지의 기준은 무엇인가?',
  '기회발전특구의 혜택은?',
  '스마트그린산단은 무엇인가?',
  'What is the goal of the 5th Basic Plan for Industrial Cluster Activation?',
  'How are aging industrial complexes regenerated?',
  'What does the Industrial Cluster Act regulate?',
  'What are culture-leading industrial complexes?',
  // Questions the documents do not answer: the refusals an operator's dashboard lists.
  '부산 내일 날씨는 어때?',
  'Who won the 2022 football World Cup?',
];
// Down-vote comments as the public writes them, personal data included: stored masked.
const COMMENTS = ['출처가 질문과 맞지 않아요', '답이 너무 짧아요. 연락 주세요 010-1234-5678', 'The answer does not say when this starts.'];
const QUERIES = ['산업단지 구조고도화', '노후 산업단지', 'industrial complex regeneration', '기회발전특구', 'smart green complex', '산업집적법 개정'];

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)] as T;

async function main(): Promise<number> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-soak-'));
  const corpusDir = path.join(work, 'corpus');
  cpSync(path.resolve('corpus'), corpusDir, { recursive: true });
  const config = loadConfig({
    ...process.env,
    DATA_DIR: path.join(work, 'data'),
    CORPUS_DIR: corpusDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    // Every client shares 127.0.0.1: measure capacity, not the per-client limit (set it to see 429s).
    RATE_LIMIT_PER_MIN: process.env.RATE_LIMIT_PER_MIN ?? '1000000',
  });
  console.log(`soak: ${CLIENTS} clients for ${SECONDS} s on loopback; work dir ${work}`);
  const runtime = await openRuntime(config);
  const initial = await ingest({ paths: [corpusDir], store: runtime.store, embedder: runtime.embedder });
  console.log(`soak: indexed ${initial.added.length} documents (${initial.passagesEmbedded} passages) in ${(initial.ms / 1000).toFixed(1)} s`);

  const answerLog = openAnswerLog(config);
  const app = createApp({
    ...runtime,
    config,
    feedback: openFeedbackStore(config.dataDir),
    ...(answerLog ? { keepAnswer: (result, question) => answerLog.append(answerLogEntry(result, question)), answerLog } : {}),
    isReady: () => true,
  });
  // The production server (Node's header/body deadlines included), not a bare serve().
  const server = await listen(app, { ...config, port: 0, host: '127.0.0.1' });
  const closer = gracefulCloser(server, { drainMs: 10_000, log: (m) => console.log(`soak: server ${m}`) });
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const rss = { start: process.memoryUsage().rss, peak: 0, end: 0 };
  const sampler = setInterval(() => {
    rss.peak = Math.max(rss.peak, process.memoryUsage().rss);
  }, 250);
  const stats: Record<'ask' | 'search' | 'feedback', OpStats> = { ask: emptyStats(), search: emptyStats(), feedback: emptyStats() };
  /** The same requests, counted from the moment the last crashed writer was recovered. */
  const afterRecovery = emptyStats();
  let recoveredAt: number | undefined;
  const answerIds: string[] = [];

  async function timed(op: keyof typeof stats, request: () => Promise<Response>): Promise<unknown> {
    const started = performance.now();
    const recovered = recoveredAt !== undefined;
    try {
      const response = await request();
      const text = await response.text();
      const outcome = { status: response.status, ms: performance.now() - started, detail: response.ok ? undefined : `${op}: ${text.slice(0, 160)}` };
      record(stats[op], outcome);
      if (recovered) record(afterRecovery, outcome);
      return response.ok ? JSON.parse(text) : undefined;
    } catch (error) {
      const outcome = { status: 0, ms: performance.now() - started, detail: `${op}: ${String(error)}` };
      record(stats[op], outcome);
      if (recovered) record(afterRecovery, outcome);
      return undefined;
    }
  }

  const post = (route: string, body: unknown) =>
    fetch(`${base}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const deadline = performance.now() + SECONDS * 1000;
  let writersDone = false;
  // Until the deadline, and in any case until AFTER_RECOVERY_MS after the writers are done.
  const running = () => performance.now() < deadline || !writersDone || performance.now() < (recoveredAt ?? 0) + AFTER_RECOVERY_MS;
  async function client(): Promise<void> {
    while (running()) {
      const roll = Math.random();
      if (roll < 0.4) {
        const result = (await timed('ask', () => post('/api/ask', { question: pick(QUESTIONS), mode: 'extractive' }))) as AskResult | undefined;
        if (result?.id && answerIds.length < 1000) answerIds.push(result.id);
      } else if (roll < 0.8) {
        await timed('search', () => fetch(`${base}/api/search?q=${encodeURIComponent(pick(QUERIES))}&k=8`));
      } else {
        const rating = pick(['up', 'down']);
        const comment = rating === 'down' && Math.random() < 0.3 ? { comment: pick(COMMENTS) } : {};
        await timed('feedback', () =>
          post('/api/feedback', { answerId: answerIds.length > 0 ? pick(answerIds) : '00000000-0000-4000-8000-000000000000', rating, ...comment }),
        );
      }
    }
  }

  // The changed document: its passages are replaced in one commit while clients read them.
  const target =
    readdirSync(corpusDir)
      .filter((f) => f.endsWith('.md'))
      .sort()[0] ?? '';
  const reingests: { at: number; ms: number; updated: number; failed: number }[] = [];
  const crashes: CrashCycleReport[] = [];
  // Several documents change before each crash, so the killed writer is mid-way through a batch.
  const changedByCrash = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.md') && f !== target)
    .sort()
    .slice(0, 3);
  const reingester = (async () => {
    for (const [n, share] of REINGEST_AT.entries()) {
      const at = SECONDS * 1000 * share;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - (SECONDS * 1000 - (deadline - performance.now())))));
      appendFileSync(path.join(corpusDir, target), `\n\nSoak revision ${n + 1}: this paragraph exists only to change the document during the soak test.\n`);
      const summary = await ingest({ paths: [corpusDir], store: runtime.store, embedder: runtime.embedder });
      reingests.push({ at: Math.round(at / 1000), ms: Math.round(summary.ms), updated: summary.updated.length, failed: summary.failed.length });
      console.log(`soak: re-ingest ${n + 1} of ${target}: ${summary.updated.length} updated, ${summary.failed.length} failed, ${Math.round(summary.ms)} ms`);
    }
    // kill -9 of a writer process in the middle of a re-ingest, then a restart that recovers.
    // The first cycle stops where issue 12 saw the damage: new passages, old document record.
    for (let n = 0; n < CRASHES; n++) {
      const point = CRASH_POINTS[(n + 1) % CRASH_POINTS.length] ?? 'replace:after-passages';
      for (const file of changedByCrash) {
        appendFileSync(
          path.join(corpusDir, file),
          `\n\nSoak crash revision ${n + 1}: this paragraph exists only to change the document before the writer is killed.\n`,
        );
      }
      const report = await crashDuringReingest({ corpusDir, env: { ...process.env, DATA_DIR: config.dataDir, CORPUS_DIR: corpusDir }, point });
      crashes.push(report);
      console.log(
        `soak: writer killed -9 at ${point} after ${Math.round(report.msToPause)} ms; restarted writer exited ${report.restartExitCode} after ${Math.round(report.msToRecover)} ms`,
      );
    }
    await runtime.store.checkForCommits();
    recoveredAt = performance.now();
    writersDone = true;
  })();

  // The slow-body attack of issue 12, all through the run: sockets that declare a 500-byte body,
  // send 12 bytes and wait. They must hold no answer slot (asks keep succeeding) and Node must
  // close them (REQUEST_READ_TIMEOUT_MS); each one closed is replaced by a new one.
  const attack = { opened: 0, closedByServer: 0 };
  let attacking = true;
  const slowBody = () => {
    attack.opened++;
    const socket = net.connect(Number(new URL(base).port), '127.0.0.1');
    socket.on('error', () => {});
    socket.on('data', () => {});
    socket.on('close', () => {
      attack.closedByServer++;
      if (attacking) slowBody();
    });
    socket.write('POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"question":');
  };
  for (let i = 0; i < config.maxConcurrentAnswers; i++) slowBody();

  const ticker = setInterval(() => {
    const served = Object.values(stats).reduce((n, s) => n + s.requests, 0);
    console.log(`soak: ${Math.round(SECONDS - (deadline - performance.now()) / 1000)} s, ${served} requests`);
  }, 10_000);
  const started = performance.now();
  await Promise.all([...Array.from({ length: CLIENTS }, client), reingester]);
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(ticker);
  attacking = false;

  // Nothing half-written is left: a new ingest of the same files finds every document whole, and
  // every record counts the passages it has.
  const check = await ingest({ paths: [corpusDir], store: runtime.store, embedder: runtime.embedder });
  const halfWritten = [...check.added, ...check.updated, ...check.removed, ...check.failed.map((f) => f.file)];
  for (const doc of await runtime.store.listDocuments()) {
    if ((await runtime.store.passagesOfDocument(doc.id)).length !== doc.passageCount) halfWritten.push(`${doc.id} (passage count)`);
  }

  // Every document must still answer a question made of one of its own sentences.
  const documents = await runtime.store.listDocuments();
  const unanswerable: string[] = [];
  for (const doc of documents) {
    const passages = await runtime.store.passagesOfDocument(doc.id);
    const sentence = passages
      .slice(1)
      .flatMap((p) => splitSentences(p.text))
      .find((s) => s.text.length >= 25 && s.text.length <= 200)?.text;
    // Through app.request (no socket, so not rate-limited): the check must not depend on RATE_LIMIT_PER_MIN.
    const response = sentence
      ? await app.request('/api/ask', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ question: sentence, docIds: [doc.id], mode: 'extractive' }),
        })
      : undefined;
    const result = response?.ok ? ((await response.json()) as AskResult) : undefined;
    if (!result?.grounded || !result.citations.some((c) => c.docId === doc.id)) unanswerable.push(doc.id);
  }
  clearInterval(sampler);
  rss.end = process.memoryUsage().rss;
  await closer.close();
  runtime.close();

  // Uploads (issue 24): kill -9 at each upload step, and a full disk, each on a copy of the index.
  const uploadCycles: UploadCycleReport[] = [];
  let hostile: HostileUploadsReport | undefined;
  if (UPLOAD_CYCLES) {
    console.log('soak: hostile uploads cycle, upload crash cycle and disk-full cycle');
    hostile = await hostileUploadsCycle({ dataDir: config.dataDir, work, questions: QUESTIONS });
    uploadCycles.push(await uploadCrashCycle({ dataDir: config.dataDir, work }));
    uploadCycles.push(await diskFullCycle({ dataDir: config.dataDir, work }));
  }

  const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
  const ms = (value: number) => `${Math.round(value)} ms`;
  const rows = Object.entries(stats).map(([op, s]) => [
    op,
    s.requests,
    s.ok,
    s.limited429,
    s.busy503,
    s.errors,
    ms(percentile(s.latenciesMs, 50)),
    ms(percentile(s.latenciesMs, 95)),
    ms(Math.max(0, ...s.latenciesMs)),
  ]);
  const all = Object.values(stats);
  const merged = all.flatMap((s) => s.latenciesMs);
  const sum = (f: (s: OpStats) => number) => all.reduce((n, s) => n + f(s), 0);
  rows.push([
    'total',
    sum((s) => s.requests),
    sum((s) => s.ok),
    sum((s) => s.limited429),
    sum((s) => s.busy503),
    sum((s) => s.errors),
    ms(percentile(merged, 50)),
    ms(percentile(merged, 95)),
    ms(Math.max(0, ...merged)),
  ]);
  console.log(`\nsoak results: ${CLIENTS} clients, ${elapsed.toFixed(1)} s, ${(sum((s) => s.requests) / elapsed).toFixed(1)} requests/s`);
  console.log(table(['op', 'requests', 'ok', '429', '503', 'errors', 'p50', 'p95', 'max'], rows));
  console.log(`\nRSS: start ${mb(rss.start)}, peak ${mb(rss.peak)}, end ${mb(rss.end)}`);
  console.log(`slow-body attack: ${attack.opened} sockets opened, ${attack.closedByServer} closed by the server's read deadline`);
  console.log(`re-ingests of ${target}: ${reingests.map((r) => `t=${r.at}s ${r.updated} updated/${r.failed} failed in ${r.ms} ms`).join('; ')}`);
  for (const c of crashes) {
    console.log(
      `kill -9 at ${c.point}: paused after ${Math.round(c.msToPause)} ms, restarted writer exit ${c.restartExitCode}, recovered in ${Math.round(c.msToRecover)} ms`,
    );
    if (c.restartExitCode !== 0) console.log(c.restartOutput.trim().split('\n').slice(-10).join('\n'));
  }
  if (CRASHES > 0)
    console.log(
      `after recovery: ${afterRecovery.requests} requests, ${afterRecovery.ok} ok, ${afterRecovery.errors} errors (429: ${afterRecovery.limited429}, 503: ${afterRecovery.busy503})`,
    );
  console.log(`documents whole afterwards (a new ingest changes nothing): ${halfWritten.length === 0 ? 'yes' : `no: ${halfWritten.join(', ')}`}`);
  console.log(
    `documents answerable afterwards: ${documents.length - unanswerable.length}/${documents.length}${unanswerable.length ? ` (not: ${unanswerable.join(', ')})` : ''}`,
  );
  for (const c of uploadCycles) {
    if (c.skipped) console.log(`${c.name}: skipped (${c.skipped})`);
    else
      console.log(
        `${c.name}: ${c.documents} documents checked, ${c.lost.length} lost, ${c.mismatched.length} mismatched${[...c.lost, ...c.mismatched].length ? ` (${[...c.lost, ...c.mismatched].join('; ')})` : ''}; ${c.notes.join(', ')}`,
      );
  }
  if (hostile)
    console.log(
      `${hostile.name} (${hostile.uploads.join(', ')}): ${hostile.questions - hostile.changed.length}/${hostile.questions} official answers identical${hostile.changed.length ? ` (changed: ${hostile.changed.join('; ')})` : ''}`,
    );
  for (const [op, s] of Object.entries(stats)) for (const sample of s.errorSamples) console.log(`error sample (${op}): ${sample}`);
  if (KEEP_DATA)
    console.log(`\nsoak: data kept; the dashboard on it: DATA_DIR=${config.dataDir} CORPUS_DIR=${corpusDir} ADMIN_TOKEN=... npm start, then /admin`);
  else rmSync(work, { recursive: true, force: true });
  const failed =
    sum((s) => s.errors) > 0 ||
    afterRecovery.errors > 0 ||
    unanswerable.length > 0 ||
    halfWritten.length > 0 ||
    crashes.some((c) => c.restartExitCode !== 0) ||
    uploadCycles.some((c) => c.lost.length + c.mismatched.length > 0) ||
    (hostile?.changed.length ?? 0) > 0 ||
    reingests.some((r) => r.failed > 0 || r.updated !== 1);
  console.log(failed ? '\nsoak: FAILED' : '\nsoak: passed (0 errors apart from intended 429/503)');
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
