import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { createLogger } from '../../src/core/logger.js';
import { FEEDBACK_FILE, openFeedbackStore } from '../../src/feedback/jsonl-feedback-store.js';
import { createApp } from '../../src/http/app.js';
import { ingest } from '../../src/ingest/ingest.js';
import { buildWidget } from '../../src/widget/build-widget.js';
import { type CorpusRuntime, openCorpusRuntime } from '../support/corpus-runtime.js';
import { hasChromium, launchChromium } from './chromium.js';
import { type HostPage, startHostPage } from './host-page-server.js';

const OUT = path.resolve('test-output');
const AXE_SOURCE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

// A document that tries to run code in the reader's browser: the widget must show it as text.
const HOSTILE_DOC = `---
id: zebra-lantern-probe
title: Zebra lantern probe <img src=x onerror="window.__pqaPwned='title'">
lang: en
publishedAt: 2025-01-01
sources:
  - https://example.org/zebra
---
# Zebra lantern protocol

## Markup handling

The zebra lantern protocol is written with <img src=x onerror="window.__pqaPwned='img'"> inside its text. The zebra lantern protocol also contains <script>window.__pqaPwned='script'</script> in the middle of a sentence.
`;

if (!hasChromium) console.warn('SKIPPED widget e2e: /usr/bin/chromium is missing (apt-get install chromium fonts-noto-cjk; .ci/run does this).');

/** The focused element, looking through shadow roots: "tag.class" plus its accessible text. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element) return '';
    return `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} ${element.getAttribute('aria-label') ?? element.textContent ?? ''}`.trim();
  });
}

async function tabUntil(page: Page, pattern: RegExp, limit = 12): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (pattern.test(await focused(page))) return;
  }
  throw new Error(`focus never reached ${pattern}; now on "${await focused(page)}"`);
}

async function axeSeriousViolations(page: Page, inject: 'tag' | 'evaluate'): Promise<string[]> {
  if (inject === 'tag') await page.addScriptTag({ content: AXE_SOURCE });
  else await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      count: v.nodes.length,
      nodes: JSON.stringify(v.nodes.map((n) => (n as { target: unknown }).target)),
    }));
  });
  console.log(
    `axe: ${violations.length === 0 ? 'no violations' : violations.map((v) => `${v.id} (${v.impact}, ${v.count}${v.impact === 'serious' || v.impact === 'critical' ? ` at ${v.nodes}` : ''})`).join(', ')}`,
  );
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

/**
 * Every visible control inside the widget's shadow roots that is smaller than 24x24 CSS px
 * (WCAG 2.2, 2.5.8 target size), as "tag.class WxH" strings.
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
        if (element.shadowRoot) visit(element.shadowRoot);
        if (!element.matches('button, a[href], textarea, input, select, [role="tab"]') || element.closest('.sr-only')) continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue; // hidden
        if (box.width < 24 || box.height < 24)
          small.push(`${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.width)}x${Math.round(box.height)}`);
      }
    };
    for (const host of Array.from(document.querySelectorAll('pqa-widget, pqa-app'))) if (host.shadowRoot) visit(host.shadowRoot);
    return small;
  });
}

/** Asks through the keyboard and waits for the streamed answer to finish. */
async function ask(page: Page, question: string): Promise<{ answer: string; contentType: string; footnotes: number }> {
  const answers = page.locator('pqa-chat .turn.a');
  const before = await answers.count();
  const responsePromise = page.waitForResponse((r) => r.url().endsWith('/api/ask') && r.request().method() === 'POST');
  await page.keyboard.type(question);
  await page.keyboard.press('Enter');
  const response = await responsePromise;
  await page.locator('pqa-chat .turn.a[aria-busy="false"]').nth(before).waitFor({ timeout: 90_000 });
  const turn = answers.nth(before);
  return {
    answer: (await turn.locator('.answer').textContent()) ?? '',
    contentType: response.headers()['content-type'] ?? '',
    footnotes: await turn.locator('.answer button.fn').count(),
  };
}

describe.skipIf(!hasChromium)('widget and chat page in Chromium', () => {
  let corpus: CorpusRuntime;
  let api: ServerType;
  let apiOrigin = '';
  let allowedHost: HostPage;
  let otherHost: HostPage;
  let themedHost: HostPage;
  let browser: Browser;
  let context: BrowserContext;
  let askCount = 0;
  const serverWarnings: string[] = [];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const built = await buildWidget();
    for (const asset of built) console.log(`built ${path.basename(asset.file)}: ${asset.bytes} B, ${asset.gzipBytes} B gzipped`);

    // The API listens first (its origin goes into the host pages); the app is wired once ALLOWED_ORIGINS is known.
    let handler: ((request: Request) => Response | Promise<Response>) | undefined;
    api = serve({ fetch: (request) => (handler ? handler(request) : new Response('starting', { status: 503 })), port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => api.once('listening', () => resolve()));
    apiOrigin = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
    allowedHost = await startHostPage({ widgetOrigin: apiOrigin, dataLang: 'ko' });
    otherHost = await startHostPage({ widgetOrigin: apiOrigin, lang: 'en' });
    themedHost = await startHostPage({ widgetOrigin: apiOrigin, dataLang: 'ko', data: { accent: '#0b6e4f', position: 'left' } });

    corpus = await openCorpusRuntime({ writable: true });
    const probeDir = path.join(corpus.dataDir, 'probe');
    mkdirSync(probeDir, { recursive: true });
    writeFileSync(path.join(probeDir, 'zebra-lantern-probe.md'), HOSTILE_DOC);
    const summary = await ingest({ paths: [path.join(probeDir, 'zebra-lantern-probe.md')], store: corpus.runtime.store, embedder: corpus.runtime.embedder });
    expect(summary.failed).toEqual([]);

    const config = loadConfig({
      DATA_DIR: corpus.dataDir,
      ALLOWED_ORIGINS: `${allowedHost.origin},${themedHost.origin}`,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MIN: '600',
    });
    const logger = createLogger({ level: 'warn', write: (line) => serverWarnings.push(line) });
    const app = createApp({ ...corpus.runtime, config, logger, feedback: openFeedbackStore(corpus.dataDir), isReady: () => true });
    handler = (request) => {
      if (request.method === 'POST' && new URL(request.url).pathname === '/api/ask') askCount += 1;
      return app.fetch(request);
    };
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (api ? api.close(() => resolve()) : resolve()));
    await allowedHost?.close();
    await otherHost?.close();
    await themedHost?.close();
    corpus?.close();
  });

  async function newPage(
    viewport: { width: number; height: number },
    options: { colorScheme?: 'dark' | 'light'; reducedMotion?: 'reduce'; permissions?: string[] } = {},
  ): Promise<{ page: Page; errors: string[] }> {
    context = await browser.newContext({ viewport, locale: 'ko-KR', ...options });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) errors.push(`console: ${message.text()}`);
    });
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    // Registered before any page script (CDP init scripts are not subject to the page's CSP).
    await page.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[]; __globalsBefore: string[] };
      w.__globalsBefore = Object.getOwnPropertyNames(window);
      w.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    return { page, errors };
  }

  it('on a phone, a Korean question is answered by keyboard alone, streamed, with footnotes, passage view and stored feedback', async () => {
    const { page, errors } = await newPage(PHONE);
    await page.goto(`${allowedHost.origin}/`);
    await page.locator('pqa-widget .launcher').waitFor();
    expect(await page.locator('pqa-widget .launcher').textContent()).toContain('정책 질문하기');

    // Keyboard only: Tab to the launcher, open it, focus lands in the question box.
    await tabUntil(page, /launcher/);
    await page.keyboard.press('Enter');
    expect(await page.locator('pqa-widget .launcher').getAttribute('aria-expanded')).toBe('true');
    expect(await focused(page)).toMatch(/^textarea/);
    // Starter questions in Korean, made by the server from the documents' titles and headings.
    await page.locator('pqa-chat .starter').first().waitFor();
    const starters = await page.locator('pqa-chat .starter').allTextContents();
    expect(starters.length).toBeGreaterThanOrEqual(3);
    expect(starters.length).toBeLessThanOrEqual(4);
    for (const starter of starters) expect(starter).toMatch(/[가-힣].*\?$/);

    const result = await ask(page, '5차 산업집적활성화 기본계획의 목표는 무엇인가요?');
    expect(result.contentType).toContain('text/event-stream');
    expect(result.answer).toMatch(/[가-힣]/);
    expect(result.answer).toMatch(/\[\d+\]/);
    expect(result.footnotes).toBeGreaterThan(0);
    const live = await page.locator('pqa-chat [aria-live="polite"]').textContent();
    expect(live).toContain('답변이 도착했습니다');
    expect(live?.length).toBeGreaterThan(30);

    // Usable at 360 px: the panel fills the screen and nothing scrolls sideways.
    const box = await page.locator('pqa-widget .panel').boundingBox();
    expect(box?.width).toBeLessThanOrEqual(PHONE.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const log = await page.locator('pqa-widget pqa-chat .log').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(log.scroll).toBeLessThanOrEqual(log.client);
    await page.screenshot({ path: path.join(OUT, 'widget-ko-phone.png') });
    expect(await smallTargets(page)).toEqual([]);
    // Korean wraps between words, not inside them; long tokens may still break.
    const wrap = await page
      .locator('pqa-chat .turn.a')
      .last()
      .evaluate((el) => [getComputedStyle(el).wordBreak, getComputedStyle(el).overflowWrap]);
    expect(wrap).toEqual(['keep-all', 'anywhere']);

    // Open the first footnote with the keyboard: the passage shows with the quote highlighted.
    const footnote = page.locator('pqa-chat .turn.a').last().locator('.answer button.fn').first();
    const n = await footnote.getAttribute('data-n');
    const quote = await page.locator(`pqa-chat .turn.a .src[data-n="${n}"] .quote`).last().textContent();
    await footnote.focus();
    await page.keyboard.press('Enter');
    const viewer = page.locator('pqa-citation');
    await viewer.locator('mark').waitFor();
    expect(await viewer.locator('mark').textContent()).toBe(quote);
    expect(await viewer.locator('a.source').getAttribute('href')).toMatch(/^https?:\/\//);
    expect(await viewer.locator('a.source').getAttribute('rel')).toContain('noopener');
    expect(await focused(page)).toMatch(/^h3/);
    // The document's section and date sit next to the quote.
    const meta = (await viewer.locator('.meta').first().textContent()) ?? '';
    const cited = (await page.locator(`pqa-chat .turn.a .src[data-n="${n}"]`).last().textContent()) ?? '';
    expect(meta).toMatch(/\d{4}/);
    expect(cited).toMatch(/ · \d{4}/);
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: path.join(OUT, 'widget-citation-phone.png') });
    await page.keyboard.press('Escape');
    expect(await viewer.isHidden()).toBe(true);
    expect(await focused(page)).toMatch(/^button\.fn/);

    // Feedback by keyboard, then find it in DATA_DIR/feedback/feedback.jsonl.
    const feedback = page.locator('pqa-chat .turn.a').last().locator('pqa-feedback');
    const answerId = await feedback.getAttribute('answer-id');
    await feedback.locator('button.up').focus();
    await page.keyboard.press('Enter');
    expect(await feedback.locator('button.up').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^textarea/);
    await page.keyboard.type('출처가 명확해서 좋습니다');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await feedback.locator('.status').filter({ hasText: '감사합니다' }).waitFor();
    const stored = readFileSync(path.join(corpus.dataDir, 'feedback', FEEDBACK_FILE), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, string>);
    expect(stored).toContainEqual(expect.objectContaining({ answerId, rating: 'up', comment: '출처가 명확해서 좋습니다' }));

    // axe on the open panel with an answer, feedback and footnotes in it.
    expect(await axeSeriousViolations(page, 'evaluate')).toEqual([]);

    // Escape closes the panel and gives focus back to the launcher.
    await page.locator('pqa-chat textarea[name="question"]').focus();
    await page.keyboard.press('Escape');
    expect(await page.locator('pqa-widget .panel').isHidden()).toBe(true);
    expect(await focused(page)).toMatch(/launcher/);

    const report = await page.evaluate(() => {
      const w = window as unknown as { __cspViolations: string[]; __globalsBefore: string[] };
      const before = new Set(w.__globalsBefore);
      return {
        csp: w.__cspViolations,
        leaked: Object.getOwnPropertyNames(window).filter((name) => !before.has(name) && !name.startsWith('__') && name !== 'axe'),
      };
    });
    expect(report.csp).toEqual([]);
    expect(report.leaked).toEqual([]);
    expect(errors).toEqual([]);
  }, 240_000);

  it('switches to English, answers an English question, shows "see also" for a refusal and renders hostile text inertly', async () => {
    const { page, errors } = await newPage(DESKTOP);
    await page.goto(`${allowedHost.origin}/plain`);
    await page.locator('pqa-widget .launcher').click();
    await page.locator('pqa-widget button.lang').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('pqa-chat form label').textContent()).toBe('Your question');
    expect(await page.locator('pqa-widget h2').textContent()).toBe('Industrial cluster policy Q&A');
    await page.locator('pqa-chat textarea[name="question"]').focus();

    const english = await ask(page, 'What are the three task areas of the 5th Basic Plan draft?');
    expect(english.answer).toMatch(/[A-Za-z]{4,}/);
    expect(english.footnotes).toBeGreaterThan(0);
    expect(await page.locator('pqa-chat .turn.a').last().locator('h3').first().textContent()).toBe('Sources');

    await ask(page, 'How do I bake sourdough bread at home?');
    const refusal = page.locator('pqa-chat .turn.a').last();
    expect(await refusal.locator('.badge').textContent()).toBe('Not found in the documents');
    // The widget lists exactly the "see also" passages the API gives for this refusal (the answer
    // pipeline decides whether any passage is close enough to offer).
    const direct = (await (
      await fetch(`${apiOrigin}/api/ask`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ question: 'How do I bake sourdough bread at home?' }),
      })
    ).json()) as { seeAlso: unknown[] };
    expect(await refusal.locator('.src').count()).toBe(direct.seeAlso.length);
    if (direct.seeAlso.length > 0) expect(await refusal.locator('h3').textContent()).toBe('See also');
    await page.screenshot({ path: path.join(OUT, 'widget-en-refusal-desktop.png') });

    const hostile = await ask(page, 'What does the zebra lantern protocol contain?');
    const turn = page.locator('pqa-chat .turn.a').last();
    const shown = `${hostile.answer} ${await turn.locator('.src').allTextContents()}`;
    expect(shown).toMatch(/onerror=|<script>/);
    expect(await turn.locator('img, script').count()).toBe(0);
    await turn.locator('.src').first().click();
    await page.locator('pqa-citation mark').waitFor();
    expect(await page.locator('pqa-citation .passage').textContent()).toMatch(/onerror=|<script>/);
    expect(await page.locator('pqa-citation img, pqa-citation script').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pqaPwned?: string }).__pqaPwned)).toBeUndefined();
    await page.screenshot({ path: path.join(OUT, 'widget-en-hostile-desktop.png') });
    await page.keyboard.press('Escape');

    expect(await axeSeriousViolations(page, 'tag')).toEqual([]);
    await page.screenshot({ path: path.join(OUT, 'widget-en-desktop.png') });
    expect(errors).toEqual([]);
  }, 240_000);

  it('tells a host page whose origin is not in ALLOWED_ORIGINS that the site is not allowed, and answers nothing', async () => {
    const { page } = await newPage(PHONE);
    await page.goto(`${otherHost.origin}/`);
    // No data-lang: the widget follows the page's lang="en".
    expect(await page.locator('pqa-widget .launcher').textContent()).toContain('Ask about the policy');
    const asksBefore = askCount;
    await page.locator('pqa-widget .launcher').click();
    const refused = page.locator('pqa-chat .refused');
    await refused.waitFor({ timeout: 30_000 });
    expect(await refused.textContent()).toContain('This site is not allowed to use this question service');
    expect(await refused.getAttribute('role')).toBe('alert');
    expect(await page.locator('pqa-chat textarea[name="question"]').isDisabled()).toBe(true);
    expect(await page.locator('pqa-chat .starter, pqa-chat .turn').count()).toBe(0);
    // The browser stopped at the preflight (403, no CORS header): no POST reached the answerer.
    const preflight = await fetch(`${apiOrigin}/api/ask`, {
      method: 'OPTIONS',
      headers: { Origin: otherHost.origin, 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(askCount - asksBefore).toBe(0);
    // One clear line in the server log names the origin and what to configure.
    const lines = serverWarnings.filter((line) => line.includes(otherHost.origin));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('not in ALLOWED_ORIGINS');
    await page.screenshot({ path: path.join(OUT, 'widget-not-allowed-phone.png') });
    expect(await axeSeriousViolations(page, 'evaluate')).toEqual([]);
  }, 120_000);

  it('keeps the question and the first line of the answer in view, copies, survives a reload and starts over', async () => {
    const { page, errors } = await newPage(PHONE, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${allowedHost.origin}/`);
    await page.locator('pqa-widget .launcher').click();
    // A starter question is asked with one tap.
    const starter = page.locator('pqa-chat .starter').first();
    await starter.waitFor();
    const starterText = (await starter.textContent()) ?? '';
    await starter.click();
    await page.locator('pqa-chat .turn.a[aria-busy="false"]').first().waitFor({ timeout: 90_000 });
    expect(await page.locator('pqa-chat .turn.q').first().textContent()).toContain(starterText);
    expect(await page.locator('pqa-chat .starter').first().isHidden()).toBe(true);

    await page.locator('pqa-chat textarea[name="question"]').focus();
    await ask(page, '기회발전특구 입주기업은 어떤 세제 지원을 받나요?');
    const view = await page.locator('pqa-chat .log').evaluate((log) => {
      const root = log.getRootNode() as ShadowRoot;
      const q = Array.from(root.querySelectorAll('.turn.q')).at(-1)?.getBoundingClientRect();
      const a = Array.from(root.querySelectorAll('.turn.a .answer')).at(-1)?.getBoundingClientRect();
      const box = log.getBoundingClientRect();
      const maxScroll = log.scrollHeight - log.clientHeight;
      return { top: box.top, bottom: box.bottom, qTop: q?.top ?? -1, qBottom: q?.bottom ?? -1, aTop: a?.top ?? -1, scrollTop: log.scrollTop, maxScroll };
    });
    await page.screenshot({ path: path.join(OUT, 'widget-scroll-phone.png') });
    // The view moved the newest question towards the top and no further: it sits at the top, or
    // the whole answer fits below it. Either way the answer's first line is right below it.
    expect(view.scrollTop).toBeGreaterThan(0);
    expect(view.qTop).toBeGreaterThanOrEqual(view.top);
    expect(view.qTop - view.top < 30 || view.scrollTop >= view.maxScroll - 1).toBe(true);
    expect(view.qBottom).toBeLessThan(view.bottom);
    expect(view.aTop + 20).toBeLessThan(view.bottom);

    // An answer longer than the view: the question stays at the top, the end is out of sight below.
    await page.locator('pqa-chat textarea[name="question"]').focus();
    await ask(page, '5차 산업집적활성화 기본계획의 목표는 무엇인가요?');
    const long = await page.locator('pqa-chat .log').evaluate((log) => {
      const q = Array.from((log.getRootNode() as ShadowRoot).querySelectorAll('.turn.q'))
        .at(-1)
        ?.getBoundingClientRect();
      return { offset: (q?.top ?? -1) - log.getBoundingClientRect().top, scrollTop: log.scrollTop, maxScroll: log.scrollHeight - log.clientHeight };
    });
    expect(long.offset).toBeGreaterThanOrEqual(0);
    expect(long.offset).toBeLessThan(30);
    expect(long.scrollTop).toBeLessThan(long.maxScroll - 50);
    await page.screenshot({ path: path.join(OUT, 'widget-scroll-long-phone.png') });

    // Copy: the answer and its numbered sources.
    const last = page.locator('pqa-chat .turn.a').last();
    await last.locator('button.copy').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(((await last.locator('.answer').textContent()) ?? '').slice(0, 20));
    expect(copied).toMatch(/\n출처\n\[1\] .+/);
    expect(copied).toMatch(/https?:\/\//);

    // A reload keeps the conversation (this tab only), footnotes and all.
    const answersBefore = await page.locator('pqa-chat .turn.a .answer').allTextContents();
    await page.reload();
    await page.locator('pqa-widget .launcher').click();
    expect(await page.locator('pqa-chat .turn.a .answer').allTextContents()).toEqual(answersBefore);
    expect(await page.locator('pqa-chat .turn.a').last().locator('button.fn').count()).toBeGreaterThan(0);
    expect(await smallTargets(page)).toEqual([]);

    // "New conversation" clears it, the starters come back, and a reload stays empty.
    await page.locator('pqa-chat button.new').click();
    expect(await page.locator('pqa-chat .turn').count()).toBe(0);
    await page.locator('pqa-chat .starter').first().waitFor();
    await page.reload();
    await page.locator('pqa-widget .launcher').click();
    await page.locator('pqa-chat .starter').first().waitFor();
    expect(await page.locator('pqa-chat .turn').count()).toBe(0);
    expect(await page.locator('pqa-chat button.new').isHidden()).toBe(true);
    expect(errors).toEqual([]);
  }, 240_000);

  it('shows "Looking in the documents" until the first text, and Stop aborts the stream', async () => {
    const { page, errors } = await newPage(DESKTOP, { reducedMotion: 'reduce' });
    await page.goto(`${allowedHost.origin}/`);
    await page.locator('pqa-widget .launcher').click();
    // The network is slow today: the request waits before it goes out, so the answer has not begun.
    let released = false;
    await page.route('**/api/ask', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      released = true;
      await route.continue().catch(() => undefined);
    });
    await page.locator('pqa-chat textarea[name="question"]').fill('5차 계획안의 목표는?');
    await page.keyboard.press('Enter');
    const status = page.locator('pqa-chat .turn.a .status');
    await status.waitFor();
    expect(await status.textContent()).toBe('답변을 찾는 중…');
    expect(await page.locator('pqa-chat [role="status"][aria-live="polite"]').textContent()).toBe('답변을 찾는 중…');
    // prefers-reduced-motion: the pulsing dot stands still.
    expect(await status.evaluate((el) => getComputedStyle(el, '::before').animationName)).toBe('none');
    const stop = page.locator('pqa-chat button.stop');
    expect(await stop.isVisible()).toBe(true);
    // Stop sits beside the question box, where Send was.
    const box = await page.locator('pqa-chat textarea[name="question"]').boundingBox();
    const stopBox = await stop.boundingBox();
    expect(stopBox && box && stopBox.x > box.x + box.width && stopBox.y < box.y + box.height).toBe(true);
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: path.join(OUT, 'widget-loading-desktop.png') });
    await stop.click();
    const turn = page.locator('pqa-chat .turn.a').last();
    await turn.locator('.error').waitFor();
    expect(released).toBe(false);
    expect(await turn.locator('.error').textContent()).toBe('답변을 중지했습니다.');
    expect(await status.count()).toBe(0);
    expect((await turn.locator('.answer').textContent())?.trim()).toBe('');
    expect(await stop.isHidden()).toBe(true);
    expect(await page.locator('pqa-chat button.send').isVisible()).toBe(true);
    await page.unroute('**/api/ask');
    // After a stop the next question is answered as usual.
    await page.locator('pqa-chat textarea[name="question"]').focus();
    const next = await ask(page, '5차 계획안의 목표는?');
    expect(next.footnotes).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  }, 120_000);

  it('follows the host page: dark mode, accent colour and position from data-* attributes', async () => {
    for (const [viewport, name] of [
      [DESKTOP, 'desktop'],
      [PHONE, 'phone'],
    ] as const) {
      const { page, errors } = await newPage(viewport, { colorScheme: 'dark' });
      // Without CSP here the host's own styles would leak in if the widget let them.
      await page.goto(`${themedHost.origin}/`);
      const launcher = page.locator('pqa-widget .launcher');
      await launcher.waitFor();
      expect(await launcher.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 110, 79)');
      expect((await launcher.boundingBox())?.x).toBeLessThan(40);
      await launcher.click();
      const panelBg = await page.locator('pqa-widget .panel').evaluate((el) => getComputedStyle(el).backgroundColor);
      const [r = 255, g = 255, b = 255] = (panelBg.match(/\d+/g) ?? []).map(Number);
      expect(0.2126 * r + 0.7152 * g + 0.0722 * b).toBeLessThan(60);
      await page.locator('pqa-chat textarea[name="question"]').focus();
      await ask(page, '문화선도산업단지는 몇 곳이 선정되었나요?');
      await page.screenshot({ path: path.join(OUT, `widget-dark-${name}.png`) });
      expect(await smallTargets(page)).toEqual([]);
      expect(await axeSeriousViolations(page, 'evaluate')).toEqual([]);
      expect(errors).toEqual([]);
    }
  }, 240_000);

  it('serves the full chat page at / with Chat and Briefing tabs under its own CSP', async () => {
    const { page, errors } = await newPage(PHONE);
    const response = await page.goto(`${apiOrigin}/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('pqa-app [role="tab"]').first().waitFor();
    expect(await page.locator('pqa-app [role="tab"]').allTextContents()).toEqual(['채팅', '브리핑']);
    await page.locator('pqa-app pqa-chat textarea[name="question"]').focus();
    const result = await ask(page, '기회발전특구 입주기업에 어떤 지원이 있나요?');
    expect(result.answer).toMatch(/[가-힣]/);
    expect(result.footnotes).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(OUT, 'page-chat-phone.png') });
    expect(await axeSeriousViolations(page, 'evaluate')).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    // On a phone the title bar and the tabs together take well under a fifth of the screen.
    const chrome = await page.locator('pqa-app [role="tablist"]').boundingBox();
    expect((chrome?.y ?? 999) + (chrome?.height ?? 0)).toBeLessThanOrEqual(PHONE.height / 8);

    // Tabs by keyboard: focus the selected tab, arrow to Briefing, which mounts <pqa-briefing>.
    await page.locator('pqa-app [role="tab"][aria-selected="true"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('pqa-app [role="tab"][aria-selected="true"]').textContent()).toBe('브리핑');
    await page.locator('pqa-app pqa-briefing').waitFor({ state: 'attached' });
    expect(await page.locator('pqa-app pqa-chat').isHidden()).toBe(true);

    // The briefing shows as a formatted document (topic headings, bullets, footnotes), with downloads.
    await page.locator('pqa-briefing input[name="topic"]').fill('5차 산업집적활성화 기본계획');
    await page.locator('pqa-briefing button[type="submit"]').click();
    const doc = page.locator('pqa-briefing article.doc');
    await doc.waitFor({ timeout: 120_000 });
    const headings = await doc.locator('h5').allTextContents();
    // The key points first, then the sections in reading order.
    expect(headings[0]).toBe('핵심 요약');
    expect(headings[1]).toBe('1. 간담회 개요');
    expect(headings.some((heading) => heading.includes('관련 정책: '))).toBe(true);
    for (const heading of headings) expect(heading).not.toMatch(/\?$/);
    expect(await doc.locator('ul > li').count()).toBeGreaterThan(5);
    expect(await doc.locator('ol.notes > li').count()).toBeGreaterThan(5);
    expect(await doc.textContent()).not.toMatch(/^#|\[\^\d+\]/m);
    expect(await doc.evaluate((el) => getComputedStyle(el).wordBreak)).toBe('keep-all');
    await doc.locator('button.fn').first().click();
    expect(await focused(page)).toMatch(/^li/);
    const download = page.waitForEvent('download');
    await page.locator('pqa-briefing button.download.docx').click();
    expect((await download).suggestedFilename()).toMatch(/^briefing-5차-산업집적활성화-기본계획-\d{4}-\d{2}-\d{2}\.docx$/);
    const markdown = page.waitForEvent('download');
    await page.locator('pqa-briefing button.download.markdown').click();
    expect((await markdown).suggestedFilename()).toMatch(/\.md$/);
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: path.join(OUT, 'page-briefing-ko-phone.png'), fullPage: false });
    // The preview at desktop size, from the first topic down to the figures and the notes.
    await page.setViewportSize(DESKTOP);
    for (const [part, selector] of [
      ['top', 'h5'],
      ['figures', 'table'],
      ['notes', 'ol.notes'],
    ] as const) {
      await doc
        .locator(selector)
        .first()
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: path.join(OUT, `page-briefing-${part}-desktop.png`) });
    }
    await page.setViewportSize(PHONE);
    expect(await axeSeriousViolations(page, 'evaluate')).toEqual([]);

    // Switch the whole page to English.
    await page.locator('pqa-app button.lang').click();
    expect(await page.locator('pqa-app [role="tab"]').allTextContents()).toEqual(['Chat', 'Briefing']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.screenshot({ path: path.join(OUT, 'page-briefing-en-phone.png') });
    const csp = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(csp).toEqual([]);
    expect(errors).toEqual([]);
  }, 240_000);
});
