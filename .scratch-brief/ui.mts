import { serve } from '@hono/node-server';
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '/work/main/src/core/config.js';
import { openRuntime } from '/work/main/src/node/runtime.js';
import { createApp } from '/work/main/src/http/app.js';
import { fileWidgetAssets } from '/work/main/src/http/widget-routes.js';
import { buildWidget } from '/work/main/src/widget/build-widget.js';
await buildWidget({ outDir: '/tmp/scratch/widget' });
const config = loadConfig({ DATA_DIR: '/tmp/brief-data' });
const rt = await openRuntime(config);
const app = createApp({ ...rt, config, isReady: () => true, widgetAssets: fileWidgetAssets(pathToFileURL('/tmp/scratch/widget/')) });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((r) => server.once('listening', r));
const port = (server.address() as { port: number }).port;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'] });
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1100 } });
  page.on('console', (m) => console.log('console:', m.text()));
  await page.goto(`http://127.0.0.1:${port}/?lang=ko`);
  await page.getByRole('tab', { name: '브리핑' }).click();
  await page.getByLabel('주제').fill('5차 산업집적활성화 기본계획');
  await page.getByRole('button', { name: '브리핑 만들기' }).click();
  const link = page.locator('pqa-briefing a.download');
  await link.waitFor({ timeout: 60000 });
  console.log('link text:', await link.textContent());
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  await download.saveAs('/tmp/scratch/ui.docx');
  const size = (await import('node:fs')).statSync('/tmp/scratch/ui.docx').size;
  console.log('docx bytes:', size, 'status:', await page.locator('pqa-briefing .status').textContent());
  const pre = await page.locator('pqa-briefing pre').textContent();
  console.log('preview starts:', pre?.slice(0, 120));
  await page.screenshot({ path: '/tmp/scratch/ui.png' });
  // English + error path
  await page.getByLabel('주제').fill('');
  await page.getByRole('button', { name: '브리핑 만들기' }).click();
  console.log('empty status:', await page.locator('pqa-briefing .status').textContent());
} finally {
  await browser.close();
  server.close();
  rt.close();
}
