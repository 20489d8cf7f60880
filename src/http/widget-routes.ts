import { Hono } from 'hono';
import type { PassageStore } from '../store/store.js';
import { starterQuestions } from '../widget/starter-questions.js';
import { errorResponse } from './errors.js';

/** The built browser bundles (see src/widget/build-widget.ts). */
export interface WidgetAssets {
  /** The file's bytes, or undefined when it has not been built. */
  read(file: string): Promise<Uint8Array | undefined>;
}

const ASSET_FILES = new Set(['widget.js', 'page.js']);

/**
 * Reads dist/widget/ from disk. node:fs is imported lazily so that this module stays loadable
 * where there is no file system (the Worker serves these files as static assets instead).
 */
export function fileWidgetAssets(dir: URL = new URL('../../dist/widget/', import.meta.url)): WidgetAssets {
  return {
    async read(file) {
      const { readFile } = await import('node:fs/promises');
      try {
        return await readFile(new URL(file, dir));
      } catch {
        return undefined;
      }
    },
  };
}

function pageLang(query: string | undefined, acceptLanguage: string | undefined): 'ko' | 'en' {
  if (query === 'ko' || query === 'en') return query;
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'ko';
}

function pageHtml(lang: 'ko' | 'en'): string {
  const title = lang === 'en' ? 'Industrial cluster policy Q&A' : '산업집적 정책 Q&A';
  const noscript = lang === 'en' ? 'This page needs JavaScript. The API is at /api/ask.' : '이 페이지는 자바스크립트가 필요합니다. API는 /api/ask 에 있습니다.';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script src="/page.js" defer></script>
</head>
<body>
<noscript><p>${noscript}</p></noscript>
</body>
</html>
`;
}

/**
 * GET / (the chat page), GET /widget.js (the embeddable widget), GET /page.js and
 * GET /api/starter-questions?lang=ko|en (questions the chat suggests, made from the documents).
 */
export function widgetRoutes(assets: WidgetAssets = fileWidgetAssets(), store?: Pick<PassageStore, 'listDocuments' | 'passagesOfDocument'>): Hono {
  const routes = new Hono();

  routes.get('/api/starter-questions', async (c) => {
    const lang = c.req.query('lang') ?? 'ko';
    if (lang !== 'ko' && lang !== 'en') return errorResponse(c, 400, 'invalid_request', 'lang must be ko or en.');
    if (!store) return c.json({ questions: [] });
    const records = (await store.listDocuments()).filter((d) => d.lang === lang);
    const documents = await Promise.all(records.map(async (record) => ({ record, passages: await store.passagesOfDocument(record.id) })));
    return c.json({ questions: starterQuestions(documents, lang) }, 200, { 'Cache-Control': 'public, max-age=300' });
  });

  // The page's Content-Security-Policy (scripts, styles and connections from 'self' only, nothing
  // inline) comes from the app-wide security headers.
  routes.get('/', (c) => {
    return c.html(pageHtml(pageLang(c.req.query('lang'), c.req.header('Accept-Language'))));
  });

  routes.get('/:file{(widget|page)\\.js}', async (c) => {
    const file = c.req.param('file');
    if (!ASSET_FILES.has(file)) return errorResponse(c, 404, 'not_found', `No asset ${file}.`);
    const gzip = /\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '') ? await assets.read(`${file}.gz`) : undefined;
    const body = gzip ?? (await assets.read(file));
    if (!body) return errorResponse(c, 503, 'widget_not_built', `${file} has not been built; run "npm run build:widget".`);
    const headers: Record<string, string> = {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
      // Host pages with Cross-Origin-Embedder-Policy may still load the widget.
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
    };
    if (gzip) headers['Content-Encoding'] = 'gzip';
    return c.body(body as Uint8Array<ArrayBuffer>, 200, headers);
  });

  return routes;
}
