import path from 'node:path';
import type { AdminService, UploadedDocument } from '../core/admin-service.js';
import type { Config } from '../core/config.js';
import { trustOf } from '../core/document-trust.js';
import { UserError } from '../core/errors.js';
import type { DocumentRecord, Trust } from '../core/types.js';
import type { Embedder } from '../embed/embedder.js';
import type { WritableStore } from '../store/store.js';
import { documentContentHash, type PreparedDocument, prepareDocument, refreshManifest } from './ingest.js';
import { type IngestLimits, limitsFor } from './limits.js';
import { type DocumentMeta, type ParsedDocument, ParseError } from './parse-document.js';
import { type ParseBudget, parseInWorker } from './parse-in-worker.js';

import { removeUpload, type StagedUpload, safeFileName, stageUpload, storedName, uploadsDir } from './uploads.js';
import { asOnlyWriter } from './writer-lock.js';

const DEFAULT_PARSE_BUDGET: ParseBudget = { timeoutMs: 60_000, memoryMb: 1024 };

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export type UploadResult = UploadedDocument;

/** How long an upload or deletion waits for the writer before 503 + Retry-After (a start-up ingest can take minutes). */
export const WRITER_WAIT_MS = 15_000;

/** One error for the whole request, naming every file that failed; the first failure sets the status. */
function rejectAll(failures: UserError[]): UserError {
  const [first, ...rest] = failures as [UserError, ...UserError[]];
  const more = rest.length > 0 ? `; also ${rest.map((f) => f.message).join('; ')}` : '';
  return new UserError(first.status, first.code, `${first.message}${more}. Nothing was changed.`);
}

/** Each file parsed on a worker thread within `budget` (see parse-in-worker.ts), one after the other. */
async function loadAll(
  files: UploadedFile[],
  meta: DocumentMeta,
  limits: IngestLimits,
  budget: ParseBudget,
): Promise<{ name: string; doc: ParsedDocument; bytes: Uint8Array }[]> {
  const loaded: { name: string; doc: ParsedDocument; bytes: Uint8Array }[] = [];
  const failures: UserError[] = [];
  for (const file of files) {
    const name = safeFileName(file.name);
    try {
      // OCR reads a page in seconds: the server log says which page an upload is at.
      const doc = await parseInWorker({ file: name, bytes: file.bytes, meta, limits }, budget, (line) => console.error(`upload: ${line}`));
      loaded.push({ name, doc, bytes: file.bytes });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      failures.push(error);
    }
  }
  if (failures.length > 0) throw rejectAll(failures);
  return loaded;
}

/** Two files of one request that would become the same document: refused before the writer lock is taken. */
function duplicateIds(loaded: { name: string; doc: ParsedDocument }[]): UserError[] {
  const seen = new Map<string, string>();
  const conflicts: UserError[] = [];
  for (const item of loaded) {
    const earlier = seen.get(item.doc.id);
    if (earlier)
      conflicts.push(
        new ParseError(
          item.name,
          `gives document id "${item.doc.id}", as does ${earlier} in the same upload; pass a distinct id or upload them separately`,
          422,
          'duplicate_id',
        ),
      );
    seen.set(item.doc.id, item.name);
  }
  return conflicts;
}

/** Ids that belong to a document the admin API did not store (the corpus): 409, never replaced by an upload. */
async function idConflicts(loaded: { name: string; doc: ParsedDocument }[], store: WritableStore, uploadsDir: string): Promise<UserError[]> {
  const conflicts: UserError[] = [];
  for (const item of loaded) {
    const previous = await store.getDocument(item.doc.id);
    if (previous && !isUploadedOriginal(uploadsDir, previous.path)) {
      conflicts.push(
        new UserError(
          409,
          'document_exists',
          `${item.name}: document id "${item.doc.id}" already belongs to ${previous.path}; pass another id, or delete that document first`,
        ),
      );
    }
  }
  return conflicts;
}

/** True when `file` lies directly in the uploads folder: a document the admin API stored (and may replace). */
function isUploadedOriginal(dir: string, file: string): boolean {
  return path.dirname(path.resolve(file)) === path.resolve(dir);
}

/**
 * Ingests uploaded files all-or-nothing: every file is parsed, chunked and embedded in memory
 * before anything is written, so a bad file or a crash leaves the previous index untouched. Each
 * document is then replaced in one commit (readers see its old or its new passages, never both).
 * Each original is stored under its document id (see storedName), so two ids never share a file.
 */
export async function ingestUploads(input: {
  files: UploadedFile[];
  meta: DocumentMeta;
  store: WritableStore;
  embedder: Embedder;
  limits: IngestLimits;
  uploadsDir: string;
  parseBudget?: ParseBudget;
}): Promise<UploadResult[]> {
  const { files, meta, store, embedder, limits, uploadsDir } = input;
  // An upload is ordinary unless the admin says otherwise; the file's own text never decides.
  const trust: Trust = meta.trust ?? 'upload';
  const loaded = await loadAll(files, meta, limits, input.parseBudget ?? DEFAULT_PARSE_BUDGET);
  const duplicates = duplicateIds(loaded);
  if (duplicates.length > 0) throw rejectAll(duplicates);
  // Checked before taking the writer lock too (a request bound to fail never waits for, or holds,
  // the writer), and again under it, where the answer is final.
  const early = await idConflicts(loaded, store, uploadsDir);
  if (early.length > 0) throw rejectAll(early);
  return asOnlyWriter(
    store,
    async () => {
      const conflicts = await idConflicts(loaded, store, uploadsDir);
      if (conflicts.length > 0) throw rejectAll(conflicts);
      const plans: { name: string; doc: ParsedDocument; bytes: Uint8Array; target: string; previous?: DocumentRecord }[] = [];
      for (const item of loaded) {
        const previous = await store.getDocument(item.doc.id);
        plans.push({ ...item, target: path.join(uploadsDir, storedName(item.doc.id, item.name)), ...(previous ? { previous } : {}) });
      }

      const prepared: { plan: (typeof plans)[number]; ready?: PreparedDocument; staged?: StagedUpload }[] = [];
      for (const plan of plans) {
        const { previous } = plan;
        const unchanged =
          previous !== undefined &&
          previous.contentHash === documentContentHash(plan.doc, embedder) &&
          trustOf(previous) === trust &&
          path.resolve(previous.path) === path.resolve(plan.target);
        prepared.push({ plan, ...(unchanged ? {} : { ready: await prepareDocument({ doc: plan.doc, path: plan.target, trust, embedder }) }) });
      }

      const results: UploadResult[] = [];
      try {
        for (const entry of prepared) {
          if (!entry.ready) continue;
          // The id and trust go into the sidecar, so a rebuild from uploads/ gives the same document.
          const sidecar: DocumentMeta = { ...meta, id: entry.plan.doc.id, trust };
          entry.staged = await stageUpload({ dir: uploadsDir, target: entry.plan.target, bytes: entry.plan.bytes, meta: sidecar });
        }
        for (const entry of prepared) {
          if (entry.ready) await store.replaceDocument(entry.ready.record, entry.ready.passages, entry.ready.vectors);
        }
        if (prepared.some((e) => e.ready)) await refreshManifest(store, embedder);
        for (const entry of prepared) await entry.staged?.commit();
      } catch (error) {
        await Promise.all(prepared.map((e) => e.staged?.discard()));
        throw error;
      }
      // A replaced document whose original had another name (another extension, or the older
      // layout named after the client's file): that file goes, unless another document uses it.
      for (const { plan, ready } of prepared) {
        const old = plan.previous?.path;
        if (ready && old && path.resolve(old) !== path.resolve(plan.target)) await removeUnsharedUpload(store, uploadsDir, old);
      }
      for (const { plan, ready } of prepared) {
        results.push({
          id: plan.doc.id,
          file: plan.name,
          title: plan.doc.title,
          lang: plan.doc.lang,
          status: ready ? (plan.previous ? 'updated' : 'added') : 'unchanged',
          passages: ready?.passages.length ?? (await store.getDocument(plan.doc.id))?.passageCount ?? 0,
          ...(plan.doc.pages ? { pages: plan.doc.pages.at(-1)?.page ?? 0 } : {}),
          trust,
        });
      }
      return results;
    },
    { maxWaitMs: WRITER_WAIT_MS },
  );
}

/** Removes an uploaded original unless another document's record still points at it (older layouts could share one). */
async function removeUnsharedUpload(store: WritableStore, uploadsDir: string, file: string): Promise<void> {
  const resolved = path.resolve(file);
  const users = (await store.listDocuments()).filter((d) => path.resolve(d.path) === resolved);
  if (users.length === 0) await removeUpload(uploadsDir, file);
}

/** Deletes a document from the index (one writer at a time) and its uploaded original, if no other document uses it. */
export async function deleteUploadedDocument(input: { id: string; store: WritableStore; embedder: Embedder; uploadsDir: string }): Promise<boolean> {
  const { id, store, embedder, uploadsDir } = input;
  return asOnlyWriter(
    store,
    async () => {
      const doc = await store.getDocument(id);
      if (!doc) return false;
      // The corpus is the operator's folder: a document deleted here would come back at the next
      // start, and until then answers would silently lose it. Only what the admin API stored goes.
      if (!isUploadedOriginal(uploadsDir, doc.path)) {
        throw new UserError(
          409,
          'corpus_document',
          `document "${id}" is part of the corpus (${doc.path}), not an upload: remove its file from the corpus folder and restart or run "npm run ingest"`,
        );
      }
      await store.deleteDocument(id);
      await refreshManifest(store, embedder);
      await removeUnsharedUpload(store, uploadsDir, doc.path);
      return true;
    },
    { maxWaitMs: WRITER_WAIT_MS },
  );
}

/** The Node runtime's admin service: uploads land under DATA_DIR/uploads and in the index. */
export function createAdminService(deps: {
  store: WritableStore;
  embedder: Embedder;
  config: Pick<Config, 'dataDir' | 'maxUploadMb' | 'parseTimeoutMs' | 'parseMemoryMb'>;
}): AdminService {
  const dir = uploadsDir(deps.config.dataDir);
  const limits = limitsFor(deps.config.maxUploadMb);
  const parseBudget = { timeoutMs: deps.config.parseTimeoutMs, memoryMb: deps.config.parseMemoryMb };
  return {
    upload: ({ files, meta }) => ingestUploads({ files, meta, store: deps.store, embedder: deps.embedder, limits, uploadsDir: dir, parseBudget }),
    remove: (id) => deleteUploadedDocument({ id, store: deps.store, embedder: deps.embedder, uploadsDir: dir }),
  };
}
