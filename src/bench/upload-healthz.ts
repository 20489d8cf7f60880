import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { latencyStats } from './latency.js';
import { startServerProcess } from './server-process.js';

/**
 * How long /healthz waits while the server ingests a big upload (issue 24: a 6 MB file once held
 * it for 4 s). Starts the server as users run it (dist/ when built), uploads a generated text file
 * of SIZE_MB (default 6) through the admin API, and polls /healthz every 10 ms from this process
 * until the upload answers. Prints the latency percentiles and the upload's status, then how long
 * the first question and the first search after the upload take, and whether that search finds
 * the new document (it must: the upload answers 201 only once its passages are searchable).
 * The upload is sent from a worker thread, so encoding the 6 MB form never delays this thread's polls.
 * On a shared host /healthz also waits whenever the server waits for a core, so the server's main
 * thread is watched from inside too (main-thread-blocks.cjs): its longest stretches without a turn
 * of the event loop, in its own CPU time, which other processes' load does not inflate.
 *
 *   npx tsx src/bench/upload-healthz.ts [--mb 6] [--lang ko|en|mixed] [--max-passages N]
 *
 * A 6 MB Korean file gives about 6,200 passages: pass --max-passages 10000 to measure it accepted
 * (the default MAX_PASSAGES_PER_DOCUMENT, 5,000, refuses it with 413).
 */

const args = process.argv.slice(2);
const sizeMb = Number(args[args.indexOf('--mb') + 1] ?? 6) || 6;
const maxPassages = args.includes('--max-passages') ? args[args.indexOf('--max-passages') + 1] : undefined;
const lang = args.includes('--lang') ? (args[args.indexOf('--lang') + 1] ?? 'ko') : 'ko';

/** Paragraphs of made-up words (Hangul syllables or Latin), distinct per paragraph, up to `bytes`. */
function generatedText(bytes: number): string {
  let state = 12345;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const word = (korean: boolean) => {
    let w = '';
    const n = 2 + Math.floor(random() * 4);
    for (let i = 0; i < n; i++) w += korean ? String.fromCharCode(0xac00 + Math.floor(random() * 11172)) : String.fromCharCode(97 + Math.floor(random() * 26));
    return w;
  };
  const parts: string[] = ['# Generated upload\n'];
  let size = 0;
  for (let section = 1; size < bytes; section++) {
    parts.push(`\n## Section ${section}\n`);
    for (let p = 0; p < 5 && size < bytes; p++) {
      const korean = lang === 'ko' || (lang === 'mixed' && p % 2 === 0);
      const paragraph = `${Array.from({ length: 80 }, () => word(korean)).join(' ')}.\n`;
      parts.push(`\n${paragraph}`);
      size += Buffer.byteLength(paragraph);
    }
  }
  return parts.join('');
}

const work = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-upload-healthz-'));
const corpus = path.join(work, 'corpus');
mkdirSync(corpus);
const token = 'upload-healthz-bench-token';
const blocksFile = path.join(work, 'main-thread-blocks.json');
const server = await startServerProcess({
  nodeArgs: ['--require', fileURLToPath(new URL('./main-thread-blocks.cjs', import.meta.url))],
  env: {
    MAIN_THREAD_BLOCKS_FILE: blocksFile,
    DATA_DIR: path.join(work, 'data'),
    CORPUS_DIR: corpus,
    ADMIN_TOKEN: token,
    MAX_UPLOAD_MB: '64',
    ...(maxPassages ? { MAX_PASSAGES_PER_DOCUMENT: maxPassages } : {}),
  },
});
try {
  const text = generatedText(sizeMb * 1024 * 1024);
  console.error(`upload-healthz: ${server.runtime} server, uploading ${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB (${lang})`);
  const latencies: number[] = [];
  let done = false;
  const started = performance.now();
  const uploadStartedAt = Date.now();
  const uploader = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const form = new FormData();
     form.append('file', new File([workerData.text], 'big-upload.md'));
     fetch(workerData.url, { method: 'POST', body: form, headers: { authorization: 'Bearer ' + workerData.token } })
       .then(async (response) => parentPort.postMessage({ status: response.status, body: (await response.text()).slice(0, 300) }))
       .catch((error) => parentPort.postMessage({ status: 0, body: String(error) }));`,
    { eval: true, workerData: { url: `${server.url}/api/admin/documents`, token, text } },
  );
  const uploading = new Promise<{ status: number; body: string }>((resolve) =>
    uploader.once('message', (result: { status: number; body: string }) => {
      done = true;
      resolve(result);
    }),
  );
  while (!done) {
    const t = performance.now();
    await fetch(`${server.url}/healthz`).then((r) => r.text());
    latencies.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const result = await uploading;
  const uploadMs = Math.round(performance.now() - started);
  const uploadEndedAt = Date.now();
  await uploader.terminate();
  // Words of the upload's last paragraph: only the new document holds them.
  const words = text.trim().split(/\s+/).slice(-6, -1).join(' ');
  let t = performance.now();
  const ask = await fetch(`${server.url}/api/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question: words }),
  });
  await ask.text();
  const askAfterUploadMs = Math.round(performance.now() - t);
  t = performance.now();
  const search = (await fetch(`${server.url}/api/search?q=${encodeURIComponent(words)}&k=3`).then((r) => r.json())) as { results?: { docId: string }[] };
  const searchAfterUploadMs = Math.round(performance.now() - t);
  const askEndedAt = Date.now();
  const stats = latencyStats(latencies);
  const report = {
    uploadMb: sizeMb,
    lang,
    runtime: server.runtime,
    uploadStatus: result.status,
    uploadMs,
    healthzPolls: stats.n,
    healthzP50Ms: stats.p50,
    healthzP99Ms: stats.p99,
    healthzMaxMs: Math.round(Math.max(...latencies)),
    askAfterUploadMs,
    askStatus: ask.status,
    searchAfterUploadMs,
    searchFindsUpload: search.results?.[0]?.docId === 'big-upload',
    peakRssMb: server.peakRssMb(),
  };
  await server.stop();
  // Stretches over 20 ms that ended while the upload was under way (not start-up's module loading),
  // and those of the first question and search after it.
  const allBlocks = existsSync(blocksFile) ? (JSON.parse(readFileSync(blocksFile, 'utf8')) as [number, number, number][]) : undefined;
  const blocks = allBlocks?.filter(([, , ended]) => ended >= uploadStartedAt && ended <= uploadEndedAt);
  const askBlocks = allBlocks?.filter(([, , ended]) => ended > uploadEndedAt && ended <= askEndedAt);
  console.log(
    JSON.stringify({
      ...report,
      ...(blocks
        ? {
            mainThreadLongestBlockCpuMs: blocks[0]?.[0] ?? 0,
            mainThreadBlocksOver50CpuMs: blocks.filter(([cpu]) => cpu > 50).length,
            mainThreadTopBlocksCpuMs: blocks.slice(0, 5).map(([cpu]) => cpu),
            firstAskLongestBlockCpuMs: askBlocks?.[0]?.[0] ?? 0,
          }
        : {}),
    }),
  );
  if (result.status >= 300) console.error(result.body);
} finally {
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}
