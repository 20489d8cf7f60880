import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { Config } from '../core/config.js';
import type { Embedder } from '../embed/embedder.js';
import { limitsFor, MB } from '../ingest/limits.js';
import { documentMetaSchema } from '../ingest/sidecar.js';
import { deleteUploadedDocument, ingestUploads } from '../ingest/upload-ingest.js';
import { uploadsDir } from '../ingest/uploads.js';
import type { PassageStore, WritableStore } from '../store/store.js';
import { errorResponse } from './errors.js';
import { readMultipart } from './multipart-upload.js';

export interface AdminDeps {
  store: PassageStore;
  embedder: Embedder;
  config?: Pick<Config, 'adminToken' | 'dataDir' | 'maxUploadMb'>;
}

// Multipart headers and form fields ride on top of the files themselves.
const MULTIPART_SLACK_BYTES = 64 * 1024;

function isWritable(store: PassageStore): store is WritableStore {
  return typeof (store as Partial<WritableStore>).replaceDocument === 'function';
}

/** Compares digests, not the strings: equal length always, so timing says nothing about the token. */
function tokenMatches(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * POST /api/admin/documents (multipart upload, one or many files) and DELETE
 * /api/admin/documents/:id, behind `Authorization: Bearer $ADMIN_TOKEN`. Without a token (or
 * without a writable index, as in the Worker) the routes do not exist.
 */
export function adminRoutes(deps: AdminDeps): Hono {
  const routes = new Hono();
  const token = deps.config?.adminToken;
  const store = deps.store;

  routes.use('/api/admin/*', async (c, next) => {
    if (!token || !deps.config || !isWritable(store)) {
      return errorResponse(c, 404, 'admin_disabled', 'Admin routes are disabled on this server (set ADMIN_TOKEN to enable them).');
    }
    const header = c.req.header('authorization') ?? '';
    const given = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
    if (!given || !tokenMatches(given, token)) {
      c.header('WWW-Authenticate', 'Bearer realm="policy-qa admin"');
      return errorResponse(c, 401, 'unauthorized', 'A valid admin token is required: Authorization: Bearer <ADMIN_TOKEN>.');
    }
    return next();
  });

  routes.post('/api/admin/documents', async (c) => {
    const config = deps.config as NonNullable<AdminDeps['config']>;
    const started = performance.now();
    const { files, fields } = await readMultipart(c.req.raw, config.maxUploadMb * MB + MULTIPART_SLACK_BYTES);
    if (files.length === 0) return errorResponse(c, 400, 'no_files', 'Attach one or more files as multipart/form-data parts (any field name, e.g. "file").');
    const meta = documentMetaSchema.safeParse(fields);
    if (!meta.success) {
      const issue = meta.error.issues[0];
      const where = issue?.path.join('.');
      const message = issue?.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}: allowed are id, title, lang, sourceUrl, publishedAt` : `${where ? `${where}: ` : ''}${issue?.message}`;
      return errorResponse(c, 400, 'invalid_metadata', message);
    }
    if (files.length > 1 && (meta.data.title || meta.data.id)) {
      return errorResponse(c, 400, 'invalid_metadata', 'title and id describe one document: upload files one at a time to give each its own.');
    }
    const documents = await ingestUploads({
      files,
      meta: meta.data,
      store: store as WritableStore,
      embedder: deps.embedder,
      limits: limitsFor(config.maxUploadMb),
      uploadsDir: uploadsDir(config.dataDir),
    });
    const status = documents.some((d) => d.status !== 'unchanged') ? 201 : 200;
    return c.json({ documents, timingsMs: { total: Math.round(performance.now() - started) } }, status);
  });

  routes.delete('/api/admin/documents/:id', async (c) => {
    const config = deps.config as NonNullable<AdminDeps['config']>;
    const id = c.req.param('id');
    const deleted = await deleteUploadedDocument({ id, store: store as WritableStore, embedder: deps.embedder, uploadsDir: uploadsDir(config.dataDir) });
    if (!deleted) return errorResponse(c, 404, 'document_not_found', `No document with id "${id}".`);
    return c.json({ deleted: id });
  });

  return routes;
}
