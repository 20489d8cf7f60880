/**
 * The operator's path, end to end, against the BUILT service: `npm start` (the compiled
 * dist/cli/main.js, through bin/policy-qa.mjs) on a fresh DATA_DIR, walked over HTTP the way a
 * citizen, an official and an operator use it. Unit and integration tests run the TypeScript sources; this is
 * the one check that the compiled tree (worker threads included) serves.
 *
 *   tsx test/smoke/smoke-built-service.ts [--app DIR]
 *
 * --app is the installation to start (default: this checkout); it must have dist/ built. The
 * production-install smoke points it at a copy installed with `npm ci --omit=dev`. SMOKE_PORT
 * fixes the port (default: a free one). Prints one line per step and exits 1 if any step failed.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { makeDocx, makeHtml, makeHwpx, makePdf } from '../support/document-fixtures.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TOKEN = 'smoke-admin-token-0123456789';
/** Real HWPX files made in Hancom Office, beside the repository when the shared fixtures are there. */
const REAL_HWPX = path.resolve(REPO, '..', 'shared', 'fixtures', 'korean-documents', 'mcst-press-2024-01-02.hwpx');
const REAL_HWP = path.resolve(REPO, '..', 'shared', 'fixtures', 'korean-documents', 'distribution-protected.hwp');

interface Citation {
  docId: string;
  quote: string;
}
interface AskJson {
  id: string;
  answer: string;
  grounded: boolean;
  citations: Citation[];
}
interface ErrorJson {
  error: { code: string; message: string };
}

class StepFailed extends Error {}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new StepFailed(message);
}

const failures: string[] = [];

async function step(name: string, run: () => Promise<string | undefined>): Promise<void> {
  const started = performance.now();
  try {
    const note = await run();
    console.log(`ok    ${name} (${Math.round(performance.now() - started)} ms)${note ? `: ${note}` : ''}`);
  } catch (error) {
    failures.push(name);
    console.log(`FAIL  ${name}: ${error instanceof StepFailed ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function short(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { app: { type: 'string' } } });
  const app = path.resolve(values.app ?? REPO);
  check(existsSync(path.join(app, 'dist', 'cli', 'main.js')), `${app}/dist/cli/main.js is missing: run "npm run build" first`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const port = Number(process.env.SMOKE_PORT ?? (await freePort()));
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-smoke-'));
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ADMIN_TOKEN: TOKEN, LOG_LEVEL: 'warn' };
  // The extractive answerer only: the smoke must not depend on, or call, an LLM endpoint.
  for (const name of Object.keys(env)) if (/^(LLM_|OPENAI_)/.test(name)) delete env[name];
  console.log(`smoke: ${app} on ${base}, DATA_DIR=${dataDir}`);

  const log: string[] = [];
  // npm passes SIGTERM on to the server (the start script execs node) and exits with its code.
  const server: ChildProcess = spawn(npm, ['start'], { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  let running = true;
  void exited.then(() => {
    running = false;
  });

  const request = (route: string, init: RequestInit = {}) => fetch(`${base}${route}`, init);
  const admin = (route: string, init: RequestInit = {}) =>
    request(route, { ...init, headers: { authorization: `Bearer ${TOKEN}`, ...(init.headers as Record<string, string> | undefined) } });
  const askJson = async (body: Record<string, unknown>): Promise<AskJson> => {
    const response = await request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await response.json()) as AskJson;
    check(response.status === 200, `POST /api/ask answered ${response.status}: ${short(json)}`);
    return json;
  };
  /** A grounded answer citing only `docId` (when given), with a quote containing `expected`. */
  const cited = async (question: string, expected: string, docId?: string): Promise<AskJson> => {
    const json = await askJson({ question, mode: 'extractive', ...(docId ? { docIds: [docId] } : {}) });
    check(json.grounded && json.citations.length > 0, `"${question}" was not answered with citations: ${short(json.answer)}`);
    if (docId)
      check(
        json.citations.every((c) => c.docId === docId),
        `"${question}" cited other documents: ${json.citations.map((c) => c.docId)}`,
      );
    check(
      json.citations.some((c) => c.quote.includes(expected)),
      `"${question}": no citation quotes "${expected}": ${short(json.citations.map((c) => c.quote))}`,
    );
    return json;
  };
  const uploadFile = async (name: string, bytes: Uint8Array | string, fields: Record<string, string> = {}) => {
    const form = new FormData();
    form.append('file', new File([typeof bytes === 'string' ? new TextEncoder().encode(bytes) : (bytes as Uint8Array<ArrayBuffer>)], name));
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    const response = await admin('/api/admin/documents', { method: 'POST', body: form });
    return { status: response.status, json: (await response.json()) as { documents?: { id: string; status: string }[] } & Partial<ErrorJson> };
  };
  const uploaded = async (name: string, bytes: Uint8Array | string, id: string) => {
    const { status, json } = await uploadFile(name, bytes, { id });
    check(status === 201 && json.documents?.[0]?.id === id, `upload of ${name} answered ${status}: ${short(json)}`);
    return json.documents[0]?.status;
  };
  const refused = async (name: string, bytes: Uint8Array | string, statuses: number[], fields: Record<string, string> = {}) => {
    const { status, json } = await uploadFile(name, bytes, fields);
    check(statuses.includes(status), `upload of ${name} answered ${status} (expected ${statuses.join(' or ')}): ${short(json)}`);
    check(json.error?.message.includes(name), `the refusal does not name ${name}: ${short(json)}`);
    return `${status} ${json.error?.code}`;
  };

  try {
    await step('ready: /readyz answers 200 (first start ingests corpus/)', async () => {
      const started = performance.now();
      for (;;) {
        check(running, `the server exited during start-up:\n${log.join('')}`);
        check(performance.now() - started < 300_000, `not ready after 300 s:\n${log.join('')}`);
        const status = await request('/readyz').then(
          (r) => r.status,
          () => 0,
        );
        if (status === 200) return `after ${((performance.now() - started) / 1000).toFixed(1)} s`;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    });
    let answerId = '';
    await step('citizen: chat page and widget script are served', async () => {
      const page = await request('/');
      check(page.status === 200 && (await page.text()).includes('<html'), `GET / answered ${page.status}`);
      const widget = await request('/widget.js');
      check(widget.status === 200 && (await widget.text()).length > 1000, `GET /widget.js answered ${widget.status}`);
      return undefined;
    });
    await step('citizen: Korean question, JSON, cited', async () => {
      const json = await cited('5차 산업집적활성화 기본계획의 목표는 무엇인가요?', '');
      answerId = json.id;
      return `${json.citations.length} citations, first ${json.citations[0]?.docId}`;
    });
    await step('citizen: English question, JSON, cited', async () => {
      const json = await cited('What is the goal of the fifth Basic Plan for Industrial Cluster Activation?', '');
      return `${json.citations.length} citations, first ${json.citations[0]?.docId}`;
    });
    for (const [lang, question] of [
      ['Korean', '5차 산업집적활성화 기본계획의 목표는 무엇인가요?'],
      ['English', 'What is the goal of the fifth Basic Plan for Industrial Cluster Activation?'],
    ] as const) {
      await step(`citizen: ${lang} question, SSE stream ends in a cited answer`, async () => {
        const response = await request('/api/ask', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ question, stream: true, mode: 'extractive' }),
        });
        check(response.status === 200 && response.headers.get('content-type')?.startsWith('text/event-stream'), `answered ${response.status}`);
        const text = await response.text();
        const events = [...text.matchAll(/^event: (\S+)\ndata: (.*)$/gm)].map((m) => ({ event: m[1], data: m[2] ?? '' }));
        const done = events.find((e) => e.event === 'done');
        check(done, `no "done" event in: ${short(text)}`);
        const result = JSON.parse(done.data) as AskJson;
        check(result.grounded && result.citations.length > 0, `the streamed answer has no citations: ${short(result)}`);
        return `${events.length} events, ${result.citations.length} citations`;
      });
    }

    // The official's and operator's path: every supported format through the admin API.
    const pdf = await makePdf(
      [
        {
          heading: 'Purpose of the plan',
          paragraphs: ['The Basic Plan for Industrial Cluster Activation is a statutory plan based on Article 3 of the Industrial Cluster Act.'],
        },
        { heading: 'Concrete measures', paragraphs: ['The draft introduces an industrial land bank system.'] },
      ],
      'Smoke plan brief',
    );
    const docx = await makeDocx('제5차 계획안 요약 (smoke)', [
      { heading: '노후산단 재생', level: 1, paragraphs: ['노후산단의 공장부지 등을 활용해 대규모 블록단위 복합개발을 추진한다.'] },
    ]);
    const hwpx = makeHwpx('제5차 계획안 과제 (smoke)', [
      [{ heading: '초광역 클러스터', level: 1 }, { text: '지역적 한계를 극복하는 초광역 클러스터 생태계를 구축한다.' }],
    ]);
    const html = makeHtml({
      title: 'Expert meeting (smoke)',
      heading: 'Expert meeting (smoke)',
      sections: [
        {
          heading: 'The meeting',
          paragraphs: ['The ministry held an expert meeting on the fifth Basic Plan draft on 21 January 2025 at the Korea Technology Center.'],
        },
      ],
    });
    const samples: [string, string, Uint8Array | string, string, string][] = [
      [
        'md',
        'smoke-note.md',
        '---\ntitle: Culture-leading complexes note (smoke)\nlang: en\n---\n# Culture-leading complexes note\n\n## Designation\n\nThe draft designates ten culture-leading complexes within three years.\n',
        'How many culture-leading complexes does the draft designate?',
        'ten culture-leading complexes',
      ],
      [
        'txt',
        'smoke-direction.txt',
        'The plan sets the direction of government policy for promoting industrial agglomeration and strengthening the competitiveness of industrial clusters.',
        'What direction does the plan set?',
        'direction of government policy',
      ],
      ['html', 'smoke-meeting.html', html, 'Where was the expert meeting held?', 'Korea Technology Center'],
      ['pdf', 'smoke-brief.pdf', pdf, 'What does the draft introduce for industrial land?', 'industrial land bank'],
      ['docx', 'smoke-summary.docx', docx, '노후산단 블록단위 복합개발은 어떻게 추진하나요?', '블록단위 복합개발'],
      ['hwpx', 'smoke-goals.hwpx', hwpx, '초광역 클러스터 생태계는 어떻게 구축하나요?', '초광역 클러스터'],
    ];
    for (const [format, name, bytes, question, expected] of samples) {
      const id = name.replace(/\.[a-z]+$/, '');
      await step(`official: upload ${format} (201) and get a cited answer from it`, async () => {
        await uploaded(name, bytes, id);
        const json = await cited(question, expected, id);
        return `${json.citations.length} citations`;
      });
    }
    if (existsSync(REAL_HWPX)) {
      await step('official: upload a real Hancom HWPX (201) and get a cited answer from it', async () => {
        await uploaded('mcst-press.hwpx', readFileSync(REAL_HWPX), 'mcst-press');
        const json = await cited('장미란 제2차관은 어느 선수촌을 방문했나요?', '선수촌', 'mcst-press');
        return `${json.citations.length} citations`;
      });
    } else console.log(`skip  real HWPX upload: ${REAL_HWPX} is absent`);

    await step('official: an empty file is refused with 400', async () => refused('empty.md', new Uint8Array(), [400]));
    await step('official: a .hwp file is refused with a clear 4xx', async () =>
      existsSync(REAL_HWP)
        ? refused('distribution-protected.hwp', readFileSync(REAL_HWP), [415, 422])
        : refused('old-plan.hwp', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), [415, 422]),
    );
    await step('official: a damaged PDF is refused with 422', async () => refused('cut.pdf', pdf.subarray(0, 700), [422]));
    let corpusId = '';
    await step("official: a corpus document's id is refused with 409", async () => {
      const list = (await (await request('/api/documents')).json()) as { documents: { id: string; trust?: string; path?: string }[] };
      corpusId = list.documents.find((d) => d.trust === 'official' && !/uploads/.test(d.path ?? ''))?.id ?? '';
      check(corpusId, `no corpus document in ${short(list)}`);
      return refused('mine.md', '# Mine\n\ntext', [409], { id: corpusId });
    });
    await step('operator: a corpus document cannot be deleted through the admin API (409)', async () => {
      const response = await admin(`/api/admin/documents/${corpusId}`, { method: 'DELETE' });
      const json = (await response.json()) as Partial<ErrorJson>;
      check(response.status === 409, `DELETE of corpus document ${corpusId} answered ${response.status}: ${short(json)}`);
      const still = await request(`/api/documents/${corpusId}`);
      check(still.status === 200, `after the refused DELETE, GET /api/documents/${corpusId} answered ${still.status}`);
      return `409 ${json.error?.code}`;
    });
    await step('official: replace an upload (same id, new text) and the answer follows', async () => {
      const status = await uploaded(
        'smoke-note.md',
        '---\ntitle: Culture-leading complexes note (smoke)\nlang: en\n---\n# Culture-leading complexes note\n\n## Land\n\nThe draft introduces an industrial land bank system.\n',
        'smoke-note',
      );
      check(status === 'updated', `status ${status}, expected "updated"`);
      await cited('What does the draft introduce for industrial land?', 'industrial land bank', 'smoke-note');
      return status;
    });
    await step('official: delete an upload; it is gone', async () => {
      const response = await admin('/api/admin/documents/smoke-note', { method: 'DELETE' });
      const body = await response.text();
      check(response.status === 200, `DELETE answered ${response.status}: ${short(body)}`);
      const gone = await request('/api/documents/smoke-note');
      check(gone.status === 404, `GET after DELETE answered ${gone.status}`);
      return undefined;
    });
    await step('official: a DOCX briefing opens as a zip with footnotes', async () => {
      const response = await request('/api/briefing', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ topic: '제5차 산업집적활성화 기본계획', format: 'docx' }),
      });
      const bytes = new Uint8Array(await response.arrayBuffer());
      check(response.status === 200, `POST /api/briefing answered ${response.status}: ${short(new TextDecoder().decode(bytes))}`);
      check(bytes[0] === 0x50 && bytes[1] === 0x4b, 'the DOCX does not start as a zip (PK)');
      const files = unzipSync(bytes);
      const footnotes = files['word/footnotes.xml'];
      check(files['word/document.xml'] && footnotes, `the DOCX has no word/footnotes.xml: ${Object.keys(files).join(', ')}`);
      const count = [...strFromU8(footnotes).matchAll(/<w:footnote [^>]*w:id="[1-9]/g)].length;
      check(count > 0, 'word/footnotes.xml holds no footnote');
      return `${count} footnotes`;
    });
    await step('citizen: feedback on an answer is stored (201), operator exports it', async () => {
      check(answerId, 'no answer id from the first question');
      const response = await request('/api/feedback', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answerId, rating: 'up', comment: 'smoke: useful' }),
      });
      const body = await response.text();
      check(response.status === 201, `POST /api/feedback answered ${response.status}: ${short(body)}`);
      const { stdout } = await promisify(execFile)(npm, ['run', '-s', 'feedback:export', '--', '--format', 'json'], { cwd: app, env });
      const rows = JSON.parse(stdout) as { answerId: string; comment?: string }[];
      check(
        rows.some((r) => r.answerId === answerId && r.comment === 'smoke: useful'),
        `the export lacks the entry: ${short(stdout)}`,
      );
      return `${rows.length} exported`;
    });
    await step('operator: SIGTERM lets the upload in flight finish (201), then exits 0', async () => {
      // The body is sent in two halves with SIGTERM between them, so the request is surely in flight.
      const boundary = 'smoke-boundary-7f3a';
      const body = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="drain-note.md"\r\nContent-Type: text/markdown\r\n\r\n` +
          '# Drain note\n\n## Land\n\nThe draft introduces an industrial land bank system.\n' +
          `\r\n--${boundary}--\r\n`,
      );
      const half = Math.floor(body.length / 2);
      const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = httpRequest(`${base}/api/admin/documents`, {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': body.length },
        });
        req.on('response', (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        });
        req.on('error', reject);
        req.write(body.subarray(0, half));
        setTimeout(() => {
          server.kill('SIGTERM');
          setTimeout(() => req.end(body.subarray(half)), 300);
        }, 300);
      });
      const { status, text } = await response;
      check(status === 201, `the upload in flight at SIGTERM answered ${status}: ${short(text)}`);
      const code = await exited;
      check(code === 0, `exit code ${code}:\n${log.join('').slice(-2000)}`);
      check(/draining: 1 request/.test(log.join('')), `the server did not report the request in flight:\n${log.join('').slice(-1000)}`);
      return `upload finished ${status}, exit ${code}`;
    });
  } finally {
    if (running) server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (failures.length > 0) {
    console.log(`\nsmoke: ${failures.length} step(s) failed. Server log (last 4000 chars):\n${log.join('').slice(-4000)}`);
    return 1;
  }
  console.log('\nsmoke: every step passed');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
