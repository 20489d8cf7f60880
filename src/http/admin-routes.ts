import { Hono } from 'hono';
import type { AdminService, UploadMeta } from '../core/admin-service.js';
import type { Config } from '../core/config.js';
import { DOCUMENT_ID_RULE } from '../core/document-id.js';
import { UserError } from '../core/errors.js';
import { documentMetaSchema } from '../ingest/document-meta.js';
import { MB } from '../ingest/limits.js';
import { tokenMatches } from './admin-token.js';
import { errorResponse } from './errors.js';
import { readMultipart } from './multipart-upload.js';

/** The admin service's types live in core/ (the Node runtime implements them, the routes consume them). */
export type { AdminService, UploadedDocument } from '../core/admin-service.js';

/**
 * The files and validated metadata of a multipart upload; a UserError (400) names what is wrong.
 * `blankIsAbsent`: an HTML form sends every field, filled or not, so there a blank one means "not
 * given"; an API client that sends a blank id gets it refused.
 */
export async function readUpload(
  request: Request,
  maxBytes: number,
  options: { blankIsAbsent?: boolean } = {},
): Promise<{ files: { name: string; bytes: Uint8Array }[]; meta: UploadMeta }> {
  const { files, fields: given } = await readMultipart(request, maxBytes);
  const fields = options.blankIsAbsent ? Object.fromEntries(Object.entries(given).filter(([, value]) => value.trim() !== '')) : given;
  if (files.length === 0) throw new UserError(400, 'no_files', 'Attach one or more files as multipart/form-data parts (any field name, e.g. "file").');
  const meta = documentMetaSchema.safeParse(fields);
  if (!meta.success) {
    const issue = meta.error.issues[0];
    // An id is refused alike wherever it comes from (field, sidecar, front matter): 422 invalid_id.
    if (issue?.path[0] === 'id') throw new UserError(422, 'invalid_id', `document id ${JSON.stringify(fields.id ?? '')} is not valid (${DOCUMENT_ID_RULE})`);
    const message =
      issue?.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}: allowed are id, title, lang, sourceUrl, publishedAt, trust`
        : `${issue?.path.join('.') ?? 'metadata'}: ${issue?.message ?? 'invalid'}`;
    throw new UserError(400, 'invalid_metadata', message);
  }
  if (files.length > 1 && (meta.data.title || meta.data.id)) {
    throw new UserError(400, 'invalid_metadata', 'title and id describe one document: upload files one at a time to give each its own.');
  }
  return { files, meta: meta.data };
}

/**
 * POST /api/admin/documents (multipart: one or many files, optional id, title, lang, sourceUrl,
 * publishedAt, trust=official|upload: an upload ranks below the corpus unless marked official) and DELETE /api/admin/documents/:id (uploads only: a corpus document is 409), behind `Authorization: Bearer $ADMIN_TOKEN`.
 * Without a token, or without an admin service, the routes answer 404.
 */
export function adminRoutes(deps: { config: Pick<Config, 'adminToken' | 'maxUploadMb'>; admin?: AdminService }): Hono {
  const routes = new Hono();
  const { config, admin } = deps;

  routes.use('/api/admin/*', async (c, next) => {
    if (!config.adminToken || !admin) {
      return errorResponse(c, 404, 'admin_disabled', 'Admin routes are disabled on this server (set ADMIN_TOKEN on a Node server to enable them).');
    }
    const given = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!given || !(await tokenMatches(given, config.adminToken))) {
      c.header('WWW-Authenticate', 'Bearer realm="policy-qa admin"');
      return errorResponse(c, 401, 'unauthorized', 'A valid admin token is required: Authorization: Bearer <ADMIN_TOKEN>.');
    }
    return next();
  });

  routes.post('/api/admin/documents', async (c) => {
    const started = performance.now();
    const upload = await readUpload(c.req.raw, (config.maxUploadMb ?? 50) * MB);
    const documents = await (admin as AdminService).upload(upload);
    const status = documents.some((d) => d.status !== 'unchanged') ? 201 : 200;
    return c.json({ documents, timingsMs: { total: Math.round(performance.now() - started) } }, status);
  });

  routes.delete('/api/admin/documents/:id', async (c) => {
    const id = c.req.param('id');
    if (!(await (admin as AdminService).remove(id))) return errorResponse(c, 404, 'document_not_found', `No document with id "${id}".`);
    return c.json({ deleted: id });
  });

  return routes;
}
