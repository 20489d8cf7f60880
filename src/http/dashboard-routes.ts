import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AdminService } from '../core/admin-service.js';
import type { Config } from '../core/config.js';
import { trustBySource, trustOf } from '../core/document-trust.js';
import { UserError } from '../core/errors.js';
import { DASHBOARD_CSS, DASHBOARD_CSS_PATH, type DashboardView, dashboardPage, loginPage } from '../dashboard/dashboard-page.js';
import { operatorStats } from '../dashboard/operator-stats.js';
import type { AnswerLogEntry } from '../feedback/answer-log.js';
import type { FeedbackStore } from '../feedback/feedback-store.js';
import { MB } from '../ingest/limits.js';
import type { PassageStore } from '../store/store.js';
import { readUpload } from './admin-routes.js';
import { sessionValue, tokenMatches } from './admin-token.js';
import { errorResponse } from './errors.js';

export const SESSION_COOKIE = 'pqa_admin';
const SESSION_SECONDS = 8 * 3600;

/** The retained answer log, as the dashboard reads it. */
export interface AnswerLogReader {
  entries(): Promise<AnswerLogEntry[]>;
}

export interface DashboardDeps {
  config: Pick<Config, 'adminToken' | 'maxUploadMb' | 'answerLogMaxDays' | 'answerLogMaxEntries' | 'logQuestions'>;
  admin?: AdminService;
  store: Pick<PassageStore, 'listDocuments' | 'manifest'>;
  feedback?: FeedbackStore;
  answerLog?: AnswerLogReader;
}

/** A form post must come from this page: SameSite=Strict keeps the cookie off other sites' requests, and this refuses a foreign Origin too. */
function sameOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  return !origin || origin === new URL(c.req.url).origin;
}

/**
 * The operator's dashboard: GET /admin, behind ADMIN_TOKEN. Authentication is a cookie: the page
 * asks for the token once (POST /admin/login), then keeps an HttpOnly, SameSite=Strict cookie
 * scoped to /admin that holds an HMAC of the token, never the token. Everything is rendered on the
 * server as HTML forms and inline SVG, so the page runs no script at all and needs no CSP
 * exception; its stylesheet is /admin/dashboard.css. Upload and delete post forms that call the
 * same admin service as /api/admin/documents, then redirect back with a notice.
 * Without ADMIN_TOKEN or an admin service (the Worker) every /admin route answers 404.
 */
export function dashboardRoutes(deps: DashboardDeps): Hono {
  const routes = new Hono();
  const { config, admin } = deps;

  routes.get(DASHBOARD_CSS_PATH, (c) => c.body(DASHBOARD_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' }));

  routes.use('/admin', disabledUnlessConfigured);
  routes.use('/admin/*', disabledUnlessConfigured);
  async function disabledUnlessConfigured(c: Context, next: () => Promise<void>) {
    if (c.req.path === DASHBOARD_CSS_PATH) return next();
    if (!config.adminToken || !admin)
      return errorResponse(c, 404, 'admin_disabled', 'The dashboard is disabled on this server (set ADMIN_TOKEN on a Node server).');
    c.header('Cache-Control', 'no-store');
    if (c.req.method === 'POST' && !sameOrigin(c)) return errorResponse(c, 403, 'cross_origin', 'Dashboard forms are accepted from the dashboard itself only.');
    return next();
  }

  const signedIn = async (c: Context) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    return cookie !== undefined && (await tokenMatches(cookie, await sessionValue(config.adminToken ?? '')));
  };

  routes.post('/admin/login', async (c) => {
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const token = typeof form.token === 'string' ? form.token.trim() : '';
    if (!token || !(await tokenMatches(token, config.adminToken ?? ''))) return c.html(loginPage('That is not the admin token.'), 401);
    setCookie(c, SESSION_COOKIE, await sessionValue(config.adminToken ?? ''), {
      path: '/admin',
      httpOnly: true,
      sameSite: 'Strict',
      secure: new URL(c.req.url).protocol === 'https:',
      maxAge: SESSION_SECONDS,
    });
    return c.redirect('/admin', 303);
  });

  routes.post('/admin/logout', (c) => {
    deleteCookie(c, SESSION_COOKIE, { path: '/admin' });
    return c.redirect('/admin', 303);
  });

  routes.get('/admin', async (c) => {
    if (!(await signedIn(c))) return c.html(loginPage(), 200);
    const notice = c.req.query('notice');
    const kind = c.req.query('kind') === 'error' ? 'error' : 'ok';
    return c.html(dashboardPage(await dashboardView(deps, notice ? { kind, text: notice.slice(0, 1000) } : undefined)));
  });

  const back = (c: Context, kind: 'ok' | 'error', text: string) => c.redirect(`/admin?kind=${kind}&notice=${encodeURIComponent(text)}`, 303);

  routes.post('/admin/documents', async (c) => {
    if (!(await signedIn(c))) return c.html(loginPage('Sign in again: the session has ended.'), 401);
    try {
      const upload = await readUpload(c.req.raw, (config.maxUploadMb ?? 50) * MB, { blankIsAbsent: true });
      const documents = await (admin as AdminService).upload(upload);
      return back(c, 'ok', documents.map((d) => `${d.file}: ${d.status} as "${d.id}" (${d.passages} passages, ${d.trust})`).join('; '));
    } catch (error) {
      if (error instanceof UserError) return back(c, 'error', `Upload refused: ${error.message}`);
      throw error;
    }
  });

  routes.post('/admin/documents/:id/delete', async (c) => {
    if (!(await signedIn(c))) return c.html(loginPage('Sign in again: the session has ended.'), 401);
    const id = c.req.param('id');
    try {
      return (await (admin as AdminService).remove(id)) ? back(c, 'ok', `Deleted "${id}".`) : back(c, 'error', `No document with id "${id}".`);
    } catch (error) {
      if (error instanceof UserError) return back(c, 'error', `Delete refused: ${error.message}`);
      throw error;
    }
  });

  return routes;
}

/** Everything the page shows, read fresh on each view (the files are small and bounded). */
async function dashboardView(deps: DashboardDeps, notice: DashboardView['notice']): Promise<DashboardView> {
  const [entries, ratings, records, manifest, events] = await Promise.all([
    deps.answerLog?.entries() ?? [],
    deps.feedback?.list() ?? [],
    deps.store.listDocuments(),
    deps.store.manifest(),
    deps.admin?.events?.() ?? [],
  ]);
  const lastEvent = new Map<string, (typeof events)[number]>();
  for (const event of events) if (event.id && event.action !== 'failed') lastEvent.set(event.id, event);
  const documents = [...records]
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((record) => {
      const last = lastEvent.get(record.id);
      return { record, trust: trustOf(record), deletable: trustBySource(record.path) === 'upload', ...(last ? { lastIngest: last } : {}) };
    });
  return {
    stats: operatorStats({ entries, ratings, maxDays: deps.config.answerLogMaxDays }),
    documents,
    failures: events
      .filter((e) => e.action === 'failed')
      .reverse()
      .slice(0, 50),
    ...(manifest?.updatedAt ? { indexUpdatedAt: manifest.updatedAt } : {}),
    retention: { maxDays: deps.config.answerLogMaxDays, maxEntries: deps.config.answerLogMaxEntries, questionsLogged: deps.config.logQuestions },
    ...(notice ? { notice } : {}),
    ...(deps.answerLog ? {} : { noAnswerLog: true }),
  };
}
