import path from 'node:path';
import type { AdminService, UploadedDocument } from '../core/admin-service.js';
import type { Config } from '../core/config.js';
import { UserError } from '../core/errors.js';
import type { Embedder } from '../embed/embedder.js';
import type { WritableStore } from '../store/store.js';
import { documentContentHash, type PreparedDocument, prepareDocument, refreshManifest } from './ingest.js';
import { type IngestLimits, limitsFor } from './limits.js';
import { type DocumentMeta, type ParsedDocument, ParseError } from './parse-document.js';
import { type ParseBudget, parseInWorker } from './parse-in-worker.js';

const DEFAULT_PARSE_BUDGET: ParseBudget = { timeoutMs: 60_000, memoryMb: 1024 };

import { removeUpload, type StagedUpload, safeFileName, stageUpload, uploadsDir } from './uploads.js';
import { asOnlyWriter } from './writer-lock.js';

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
      loaded.push({ name, doc: await parseInWorker({ file: name, bytes: file.bytes, meta, limits }, budget), bytes: file.bytes });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      failures.push(error);
    }
  }
  if (failures.length > 0) throw rejectAll(failures);
  return loaded;
}

/**
 * Ingests uploaded files all-or-nothing: every file is parsed, chunked and embedded in memory
 * before anything is written, so a bad file or a crash leaves the previous index untouched. Each
 * document is then replaced in one commit (readers see its old or its new passages, never both).
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
  const loaded = await loadAll(files, meta, limits, input.parseBudget ?? DEFAULT_PARSE_BUDGET);
  return asOnlyWriter(
    store,
    async () => {
      const conflicts: UserError[] = [];
      const seen = new Map<string, string>();
      const plans: { name: string; doc: ParsedDocument; bytes: Uint8Array; previousHash?: string }[] = [];
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
        const previous = await store.getDocument(item.doc.id);
        if (previous && previous.path !== path.join(uploadsDir, item.name)) {
          conflicts.push(
            new UserError(
              409,
              'document_exists',
              `${item.name}: document id "${item.doc.id}" already belongs to ${previous.path}; pass another id, or delete that document first`,
            ),
          );
        }
        plans.push({ ...item, previousHash: previous?.contentHash });
      }
      if (conflicts.length > 0) throw rejectAll(conflicts);

      const prepared: { plan: (typeof plans)[number]; ready?: PreparedDocument; staged?: StagedUpload }[] = [];
      for (const plan of plans) {
        const unchanged = plan.previousHash === documentContentHash(plan.doc, embedder);
        prepared.push({ plan, ...(unchanged ? {} : { ready: await prepareDocument({ doc: plan.doc, path: path.join(uploadsDir, plan.name), embedder }) }) });
      }

      const results: UploadResult[] = [];
      try {
        for (const entry of prepared) {
          if (!entry.ready) continue;
          entry.staged = await stageUpload({ dir: uploadsDir, name: entry.plan.name, bytes: entry.plan.bytes, meta });
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
      for (const { plan, ready } of prepared) {
        results.push({
          id: plan.doc.id,
          file: plan.name,
          title: plan.doc.title,
          lang: plan.doc.lang,
          status: ready ? (plan.previousHash ? 'updated' : 'added') : 'unchanged',
          passages: ready?.passages.length ?? (await store.getDocument(plan.doc.id))?.passageCount ?? 0,
          ...(plan.doc.pages ? { pages: plan.doc.pages.at(-1)?.page ?? 0 } : {}),
        });
      }
      return results;
    },
    { maxWaitMs: WRITER_WAIT_MS },
  );
}

/** Deletes a document from the index (one writer at a time) and its uploaded original, if any. */
export async function deleteUploadedDocument(input: { id: string; store: WritableStore; embedder: Embedder; uploadsDir: string }): Promise<boolean> {
  const { id, store, embedder, uploadsDir } = input;
  return asOnlyWriter(
    store,
    async () => {
      const doc = await store.getDocument(id);
      if (!doc) return false;
      await store.deleteDocument(id);
      await refreshManifest(store, embedder);
      await removeUpload(uploadsDir, doc.path);
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
