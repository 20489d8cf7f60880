import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import type { AskResult } from '../../src/core/types.js';
import { answerLogEntry, type JsonlAnswerLog, openAnswerLog } from '../../src/feedback/answer-log.js';
import { openFeedbackStore } from '../../src/feedback/jsonl-feedback-store.js';
import { createApp } from '../../src/http/app.js';
import { type CorpusRuntime, openCorpusRuntime } from '../support/corpus-runtime.js';
import { hasChromium, launchChromium } from './chromium.js';

const OUT = path.resolve('test-output');
const AXE_SOURCE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const TOKEN = 'dashboard-test-token-4c3b2a19';
const PORT = 18601;
const DAY = 86_400_000;
// Asked by "citizens" below; the hostile one must show as text, its phone number masked.
const HOSTILE_QUESTION = '<img src=x onerror="window.__pqaPwned=1"> 제 번호 010-2345-6789 로 화성 이주 지원금 알려주세요';
const OFF_TOPIC = 'What is the price of a return ticket to the Moon?';

if (!hasChromium) console.warn('SKIPPED dashboard e2e: /usr/bin/chromium is missing (apt-get install chromium fonts-noto-cjk; .ci/run does this).');

async function axeSerious(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE); // evaluated, not a <script> tag: the page's CSP allows no inline script
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (d: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }
    ).axe;
    return (await axe.run(document)).violations.map((v) => ({ id: v.id, impact: v.impact, at: JSON.stringify(v.nodes.map((n) => n.target)) }));
  });
  console.log(`axe ${page.url()}: ${violations.length === 0 ? 'no violations' : violations.map((v) => `${v.id} (${v.impact}) at ${v.at}`).join('; ')}`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

describe.skipIf(!hasChromium)('operator dashboard in Chromium', () => {
  let corpus: CorpusRuntime;
  let server: ServerType;
  let origin = '';
  let browser: Browser;
  let answerLog: JsonlAnswerLog;
  let app: ReturnType<typeof createApp>;

  const post = (route: string, body: unknown) =>
    app.request(route, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    corpus = await openCorpusRuntime({ writable: true });
    const config = loadConfig({
      DATA_DIR: corpus.dataDir,
      ADMIN_TOKEN: TOKEN,
      LOG_QUESTIONS: 'true',
      ANSWER_LOG_MAX_DAYS: '30',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MIN: '100000',
    });
    answerLog = openAnswerLog(config) as JsonlAnswerLog;
    app = createApp({
      ...corpus.runtime,
      config,
      feedback: openFeedbackStore(corpus.dataDir),
      keepAnswer: (result, question) => answerLog.append(answerLogEntry(result, question)),
      answerLog,
      isReady: () => true,
    });

    // Earlier days, as the server would have logged them: two days ago, yesterday, and one
    // entry older than ANSWER_LOG_MAX_DAYS that the dashboard must not show.
    const asked = async (question: string) => (await (await post('/api/ask', { question, mode: 'extractive' })).json()) as AskResult;
    const grounded = await asked('5차 산업집적활성화 기본계획의 목표는?');
    const refused = await asked(OFF_TOPIC);
    expect(grounded.grounded).toBe(true);
    expect(refused.grounded).toBe(false);
    const now = Date.now();
    await answerLog.append(answerLogEntry({ ...refused, id: 'old-1' }, 'a question from long ago', new Date(now - 40 * DAY)));
    for (const [i, days] of [2, 2, 2, 1, 1].entries()) {
      await answerLog.append(
        answerLogEntry({ ...grounded, id: `past-g-${i}`, timingsMs: { total: 40 + i * 30 } }, 'earlier question', new Date(now - days * DAY)),
      );
    }
    await answerLog.append(answerLogEntry({ ...refused, id: 'past-r-1' }, OFF_TOPIC, new Date(now - DAY)));

    // Today: real traffic through the API, refusals and ratings included.
    const today: AskResult[] = [];
    for (const question of ['노후 산업단지의 기준은?', 'What are culture-leading industrial complexes?', OFF_TOPIC, OFF_TOPIC, HOSTILE_QUESTION]) {
      const response = await post('/api/ask', { question, mode: 'extractive' });
      expect(response.status).toBe(200);
      today.push((await response.json()) as AskResult);
    }
    expect(today.filter((r) => !r.grounded).length).toBeGreaterThanOrEqual(3);
    const rate = async (answerId: string, rating: 'up' | 'down', comment?: string) =>
      expect((await post('/api/feedback', { answerId, rating, ...(comment ? { comment } : {}) })).status).toBe(201);
    await rate(today[0]?.id ?? '', 'up');
    await rate(today[1]?.id ?? '', 'up');
    await rate(today[1]?.id ?? '', 'down', '<b>틀렸어요</b> 연락처 010-9876-5432');

    server = serve({ fetch: app.fetch, port: PORT, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    corpus?.close();
  });

  async function newPage(): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    return { page, problems };
  }

  async function signIn(page: Page, token = TOKEN): Promise<void> {
    await page.goto(`${origin}/admin`);
    await page.getByLabel('Admin token (ADMIN_TOKEN)').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForLoadState('load');
  }

  it('asks for the token first, refuses a wrong one, and passes axe', async () => {
    const { page, problems } = await newPage();
    const first = await page.goto(`${origin}/admin`);
    expect(first?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(await page.locator('h2, table').count()).toBe(0); // nothing of the dashboard before signing in
    expect(await axeSerious(page)).toEqual([]);
    await page.screenshot({ path: path.join(OUT, 'dashboard-login.png') });
    await signIn(page, 'not-the-token');
    expect(await page.getByRole('alert').textContent()).toContain('not the admin token');
    expect(await page.locator('table').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('shows the traffic per day, refusals, ratings and documents, escaped and masked, with no CSP violation', async () => {
    const { page, problems } = await newPage();
    await signIn(page);
    await page.getByRole('heading', { name: /Traffic, last 3 days/ }).waitFor();
    const cookie = (await page.context().cookies()).find((c) => c.name === 'pqa_admin');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    expect(cookie?.value).not.toContain(TOKEN);

    // Three charts (questions by outcome, latency, ratings) as inline SVG with accessible names.
    const charts = page.locator('figure svg[role="img"]');
    expect(await charts.count()).toBe(3);
    const chartTitles = await page.locator('figure svg > title').allTextContents();
    expect(chartTitles).toEqual(['Questions per day: answered and refused', 'Answer latency per day (ms)', 'Ratings per day']);

    // Today's row: the setup's two questions and the five asked after them, refusals, ratings.
    const rows = page.locator('section[aria-labelledby="traffic"] tbody tr');
    expect(await rows.count()).toBe(3);
    const todayCells = await rows.nth(0).locator('th, td').allTextContents();
    const yesterdayCells = await rows.nth(1).locator('th, td').allTextContents();
    const twoDaysCells = await rows.nth(2).locator('th, td').allTextContents();
    expect(todayCells[0]).toBe(new Date().toISOString().slice(0, 10));
    expect(Number(todayCells[1])).toBe(7);
    expect(Number(todayCells[1])).toBe(Number(todayCells[2]) + Number(todayCells[3]?.match(/\d+/g)?.reduce((n, v) => n + Number(v), 0)));
    // Refusals are counted by their reason (no_evidence, not_in_documents, false_premise), or as "refused" without one.
    expect(todayCells[3]).toMatch(/(?:refused|no_evidence|not_in_documents|false_premise) \d+/);
    expect(todayCells[4]).toMatch(/^\d+ ms$/);
    expect(todayCells.slice(6)).toEqual(['2', '1']);
    expect(yesterdayCells.slice(1, 3)).toEqual(['3', '2']);
    expect(yesterdayCells[3]).toMatch(/^(?:refused|no_evidence|not_in_documents|false_premise) 1$/);
    expect(twoDaysCells.slice(1, 5)).toEqual(['3', '3', '0', '70 ms']);

    // Refused questions: the off-topic one three times today and once yesterday; nothing past retention.
    const refused = page.locator('section[aria-labelledby="refused"] tbody tr');
    expect(await refused.first().locator('td').first().textContent()).toBe(OFF_TOPIC);
    expect(await refused.first().locator('td').nth(1).textContent()).toBe('4');
    const refusedText = (await page.locator('section[aria-labelledby="refused"]').textContent()) ?? '';
    expect(refusedText).not.toContain('a question from long ago');
    // The hostile question shows as text, masked; it ran nothing.
    expect(refusedText).toContain('<img src=x onerror="window.__pqaPwned=1">');
    expect(refusedText).toContain('[전화번호 삭제]');
    expect(refusedText).not.toContain('010-2345-6789');
    expect(await page.evaluate(() => (window as unknown as { __pqaPwned?: number }).__pqaPwned)).toBeUndefined();

    // The down-voted answer with its question, masked comment (markup as text) and sources.
    const vote = page.locator('.votes li').first();
    const voteText = (await vote.textContent()) ?? '';
    expect(voteText).toContain('What are culture-leading industrial complexes?');
    expect(voteText).toContain('<b>틀렸어요</b> 연락처 [전화번호 삭제]');
    expect(await vote.locator('b').count()).toBe(0);
    expect(voteText).toMatch(/sources: \S/);

    // Documents: every indexed one, with its trust level and last ingest.
    const documents = (await (await app.request('/api/documents')).json()) as { documents: unknown[] };
    expect(await page.locator('section[aria-labelledby="documents"] table').first().locator('tbody tr').count()).toBe(documents.documents.length);
    expect(await page.locator('.trust.official').count()).toBe(documents.documents.length);

    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(await axeSerious(page)).toEqual([]);
    await page.screenshot({ path: path.join(OUT, 'dashboard-traffic.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('uploads a document from the page, lists a refused file as a failure, and deletes the upload', async () => {
    const { page, problems } = await newPage();
    await signIn(page);
    const file = path.join(OUT, 'dashboard-upload-probe.md');
    writeFileSync(file, '# Quokka harbour levy\n\nThe quokka harbour levy funds the repair of small fishing piers in 2031.\n');
    await page.setInputFiles('#upload-files', file);
    await page.getByLabel('Title (one file only; optional)').fill('Quokka harbour levy');
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.waitForLoadState('load');
    expect(await page.getByRole('status').textContent()).toMatch(/dashboard-upload-probe\.md: added as "[^"]+" \(\d+ passages, upload\)/);
    const row = page.locator('tr', { hasText: 'Quokka harbour levy' });
    expect(await row.locator('.trust').textContent()).toBe('upload');
    expect(await row.textContent()).toMatch(/added, upload/);
    const search = (await (await app.request('/api/search?q=quokka%20harbour%20levy&k=3')).json()) as { results: { title: string }[] };
    expect(search.results[0]?.title).toBe('Quokka harbour levy');

    // A file the loaders refuse: the page says so and lists it under failures.
    const bad = path.join(OUT, 'dashboard-broken.pdf');
    writeFileSync(bad, 'this is not a PDF');
    await page.setInputFiles('#upload-files', bad);
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.waitForLoadState('load');
    expect(await page.getByRole('status').textContent()).toMatch(/^Upload refused: /);
    expect(await page.locator('h3 + table tbody tr').first().textContent()).toContain('dashboard-broken.pdf');
    await page.screenshot({ path: path.join(OUT, 'dashboard-documents.png'), fullPage: true });

    await row.getByRole('button', { name: 'Delete Quokka harbour levy' }).click();
    await page.waitForLoadState('load');
    expect(await page.getByRole('status').textContent()).toMatch(/^Deleted "/);
    expect(await page.locator('tr', { hasText: 'Quokka harbour levy' }).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('refuses form posts without a session or from another origin', async () => {
    const form = new FormData();
    form.append('file', new File(['# x\n\ntext'], 'x.md'));
    expect((await app.request('/admin/documents', { method: 'POST', body: form })).status).toBe(401);
    const login = await app.request('/admin/login', {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${TOKEN}`,
    });
    expect(login.status).toBe(403);
    const withoutToken = createApp({ ...corpus.runtime, config: loadConfig({ DATA_DIR: corpus.dataDir, LOG_LEVEL: 'warn' }), isReady: () => true });
    expect((await withoutToken.request('/admin')).status).toBe(404);
  });
});
