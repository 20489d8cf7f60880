import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AdminService, UploadedDocument } from '../core/admin-service.js';
import type { Config } from '../core/config.js';
import { trustOf } from '../core/document-trust.js';
import { UserError } from '../core/errors.js';
import type { DocumentRecord, Passage, Trust } from '../core/types.js';
import type { Embedder } from '../embed/embedder.js';
import { corpusKnowledge } from '../retrieve/corpus-stats.js';
import { pausePoint } from '../store/pause-point.js';
import type { WritableStore } from '../store/store.js';
import { embedPassages, type PreparedDocument, refreshManifest } from './ingest.js';
import { type IngestLimits, limitsFor } from './limits.js';
import { detectFormat } from './loaders/load-document.js';
import { type DocumentHead, type DocumentMeta, ParseError } from './parse-document.js';
import { type ParseBudget, parseInWorker } from './parse-in-worker.js';

import { sidecarPath } from './sidecar.js';
import { type SpaceReserve, spaceReserveFor } from './space-reserve.js';
import { clearJournal, removeUnsharedUpload, writeJournal } from './upload-journal.js';
import { type StagedUpload, safeFileName, stageUpload, storedExtension, storedName, uploadsDir } from './uploads.js';
import { isNoSpace, writeFailed } from './write-errors.js';
import { asOnlyWriter } from './writer-lock.js';

const DEFAULT_PARSE_BUDGET: ParseBudget = { timeoutMs: 60_000, memoryMb: 1024 };
const DEFAULT_MAX_PASSAGES = 5000;

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

interface Loaded {
  name: string;
  doc: DocumentHead;
  passages: Passage[];
  contentHash: string;
  bytes: Uint8Array;
}

/** Each file parsed and chunked on a worker thread within `budget` (see parse-in-worker.ts), one after the other. */
async function loadAll(
  files: UploadedFile[],
  meta: DocumentMeta,
  limits: IngestLimits,
  budget: ParseBudget,
  maxPassages: number,
  embedder: Embedder,
): Promise<Loaded[]> {
  const loaded: Loaded[] = [];
  const failures: UserError[] = [];
  for (const file of files) {
    const name = safeFileName(file.name);
    try {
      // OCR reads a page in seconds: the server log says which page an upload is at.
      const { doc, passages, contentHash } = await parseInWorker(
        { file: name, bytes: file.bytes, meta, limits, maxPassages, embedderId: embedder.id },
        budget,
        (line) => console.error(`upload: ${line}`),
      );
      loaded.push({ name, doc, passages, contentHash, bytes: file.bytes });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      failures.push(error);
    }
  }
  if (failures.length > 0) throw rejectAll(failures);
  return loaded;
}

/** Two files of one request that would become the same document: refused before the writer lock is taken. */
function duplicateIds(loaded: { name: string; doc: DocumentHead }[]): UserError[] {
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
async function idConflicts(loaded: { name: string; doc: DocumentHead }[], store: WritableStore, uploadsDir: string): Promise<UserError[]> {
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

/** True when `file` holds exactly `bytes` (a stored original in step with its upload). */
async function holdsBytes(file: string, bytes: Uint8Array): Promise<boolean> {
  try {
    const stored = await readFile(file);
    return stored.length === bytes.length && createHash('sha256').update(stored).digest('hex') === createHash('sha256').update(bytes).digest('hex');
  } catch {
    return false;
  }
}

async function holdsText(file: string, text: string | undefined): Promise<boolean> {
  try {
    return (await readFile(file, 'utf8')) === text;
  } catch {
    return text === undefined;
  }
}

/** The sidecar as stageUpload writes it, to compare with what is on disk. */
function sidecarText(meta: DocumentMeta): string | undefined {
  return Object.keys(meta).length > 0 ? JSON.stringify(meta, null, 2) : undefined;
}

interface Plan {
  name: string;
  doc: DocumentHead;
  bytes: Uint8Array;
  target: string;
  sidecar: DocumentMeta;
  previous?: DocumentRecord;
  /** Chunked and embedded: the index changes. */
  ready?: PreparedDocument;
  /** The index already holds this version: only the original (missing or different) is written again. */
  restoreOriginal?: boolean;
  staged?: StagedUpload;
  committed?: boolean;
}

/**
 * Ingests uploaded files: every file is parsed, chunked and embedded in memory before anything is
 * written. Each document then goes through one write-ahead record (upload-journal.ts) covering
 * its original and its index commit: the original is staged, the record written, the index
 * replaced in one commit (readers see the old passages or the new, never both), and only then
 * does the original take its name. A crash anywhere is finished or undone at the next start.
 * Each original is named by its document id (see storedName), so two ids never share a file.
 */
export async function ingestUploads(input: {
  files: UploadedFile[];
  meta: DocumentMeta;
  store: WritableStore;
  embedder: Embedder;
  limits: IngestLimits;
  uploadsDir: string;
  parseBudget?: ParseBudget;
  /** MAX_PASSAGES_PER_DOCUMENT: a file that gives more is refused with 413. */
  maxPassages?: number;
}): Promise<UploadResult[]> {
  const { files, meta, store, embedder, limits, uploadsDir } = input;
  // An upload is ordinary unless the admin says otherwise; the file's own text never decides.
  const trust: Trust = meta.trust ?? 'upload';
  const loaded = await loadAll(files, meta, limits, input.parseBudget ?? DEFAULT_PARSE_BUDGET, input.maxPassages ?? DEFAULT_MAX_PASSAGES, embedder);
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
      const plans: Plan[] = [];
      for (const item of loaded) {
        const previous = await store.getDocument(item.doc.id);
        const target = path.join(uploadsDir, storedName(item.doc.id, storedExtension(detectFormat(item.name, item.bytes), item.name)));
        // The id and trust go into the sidecar, so a rebuild from uploads/ gives the same document.
        const sidecar: DocumentMeta = { ...meta, id: item.doc.id, trust };
        const { contentHash } = item;
        const indexed =
          previous !== undefined && previous.contentHash === contentHash && trustOf(previous) === trust && path.resolve(previous.path) === path.resolve(target);
        const plan: Plan = { ...item, target, sidecar, ...(previous ? { previous } : {}) };
        if (!indexed) plan.ready = await embedPassages({ doc: item.doc, passages: item.passages, contentHash, path: target, trust, embedder });
        else if (!(await holdsBytes(target, item.bytes)) || !(await holdsText(sidecarPath(target), sidecarText(sidecar)))) plan.restoreOriginal = true;
        plans.push(plan);
      }

      try {
        for (const plan of plans) {
          if (!plan.ready && !plan.restoreOriginal) continue;
          plan.staged = await stageUpload({ dir: uploadsDir, target: plan.target, bytes: plan.bytes, meta: plan.sidecar });
          const expect = plan.ready?.record ?? (plan.previous as DocumentRecord);
          await writeJournal(uploadsDir, {
            op: 'replace',
            docId: plan.doc.id,
            stagedFile: plan.staged.stagedFile,
            ...(plan.staged.stagedMeta ? { stagedMeta: plan.staged.stagedMeta } : {}),
            target: plan.target,
            expect: { contentHash: expect.contentHash, trust: trustOf(expect), path: plan.target },
            ...(plan.previous && plan.ready ? { previousPath: plan.previous.path } : {}),
          });
        }
        await pausePoint('upload:after-staging');
        for (const plan of plans) {
          if (plan.ready) await store.replaceDocument(plan.ready.record, plan.ready.passages, plan.ready.vectors);
          plan.committed = true;
        }
      } catch (error) {
        // Documents whose index commit landed keep it (and get their original below); the others are undone.
        for (const plan of plans) if (!plan.committed && plan.staged) await undoStaged(uploadsDir, plan).catch(() => undefined);
        await finishCommitted(store, embedder, uploadsDir, plans);
        const stored = plans.filter((p) => p.committed && p.ready).map((p) => p.name);
        const failed = writeFailed(error, 'store the upload');
        if (stored.length === 0) throw failed;
        throw new UserError(
          failed.status,
          failed.code,
          `${failed.message.replace('Nothing was changed', 'Files not yet stored were not changed')} Already stored: ${stored.join(', ')}.`,
        );
      }
      await finishCommitted(store, embedder, uploadsDir, plans);
      const results: UploadResult[] = [];
      for (const plan of plans) {
        results.push({
          id: plan.doc.id,
          file: plan.name,
          title: plan.doc.title,
          lang: plan.doc.lang,
          status: plan.ready ? (plan.previous ? 'updated' : 'added') : 'unchanged',
          passages: plan.ready?.passages.length ?? plan.previous?.passageCount ?? 0,
          ...(plan.doc.pages ? { pages: plan.doc.pages.at(-1)?.page ?? 0 } : {}),
          trust,
        });
      }
      return results;
    },
    { maxWaitMs: WRITER_WAIT_MS },
  );
}

async function undoStaged(uploadsDir: string, plan: Plan): Promise<void> {
  await plan.staged?.discard();
  await clearJournal(uploadsDir, plan.doc.id);
}

/**
 * After the index commits: the manifest is refreshed and each committed original takes its name.
 * Nothing here can undo a commit, so a failure is logged and left to the journal (finished at the
 * next start), never reported as a failed upload.
 */
async function finishCommitted(store: WritableStore, embedder: Embedder, uploadsDir: string, plans: Plan[]): Promise<void> {
  const committed = plans.filter((p) => p.committed && p.staged);
  if (committed.length === 0) return;
  try {
    if (committed.some((p) => p.ready)) await refreshAnswering(store, embedder);
  } catch (error) {
    console.warn(`policy-qa: the index manifest was not refreshed after an upload (it is at the next write or start): ${describeError(error)}`);
  }
  await pausePoint('upload:after-commit');
  for (const plan of committed) {
    try {
      await plan.staged?.commit();
      const old = plan.previous?.path;
      if (plan.ready && old && path.resolve(old) !== path.resolve(plan.target)) await removeUnsharedUpload(store, uploadsDir, old);
      await clearJournal(uploadsDir, plan.doc.id);
    } catch (error) {
      console.warn(`policy-qa: the original of "${plan.doc.id}" is moved into place at the next start: ${describeError(error)}`);
    }
  }
}

/**
 * After a committed change: the manifest, then what the next question reads, built now (in slices)
 * rather than by that question: the engine at the new version and the corpus term tables of the
 * official documents and of all (computed once per version, tens of milliseconds for a big upload;
 * see retrieve/corpus-stats.ts).
 */
async function refreshAnswering(store: WritableStore, embedder: Embedder): Promise<void> {
  await refreshManifest(store, embedder);
  await corpusKnowledge(store.official());
  await corpusKnowledge(store);
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Deletes a document from the index (one writer at a time) and its uploaded original, if no other
 * document uses it. A journal record covers both, so a crash between them removes the original at
 * the next start. On a full disk the space reserve is released for it: deleting is how space is freed.
 */
export async function deleteUploadedDocument(input: {
  id: string;
  store: WritableStore;
  embedder: Embedder;
  uploadsDir: string;
  reserve?: SpaceReserve;
}): Promise<boolean> {
  const { id, store, uploadsDir, reserve } = input;
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
      try {
        await deleteCommitted(input, doc);
      } catch (error) {
        if (!reserve || !isNoSpace(error)) throw writeFailed(error, `delete "${id}"`);
        await reserve.release();
        try {
          await deleteCommitted(input, doc);
        } catch (again) {
          throw writeFailed(again, `delete "${id}"`);
        }
      }
      await pausePoint('delete:after-commit');
      // The reserve's room lets the clean-up after the deletion (compaction, then removing old
      // versions) run on a full disk; it is taken back below, from the space that freed.
      await reserve?.release();
      try {
        await refreshAnswering(store, input.embedder);
      } catch (error) {
        console.warn(`policy-qa: the index manifest was not refreshed after a deletion (it is at the next write or start): ${describeError(error)}`);
      }
      if (isUploadedOriginal(uploadsDir, doc.path)) {
        await removeUnsharedUpload(store, uploadsDir, doc.path);
        await clearJournal(uploadsDir, id);
      }
      await reserve?.ensure();
      return true;
    },
    { maxWaitMs: WRITER_WAIT_MS },
  );
}

/** The journal record and the index deletion; throws only when the deletion did not commit (the document stays whole). */
async function deleteCommitted(input: { id: string; store: WritableStore; uploadsDir: string }, doc: DocumentRecord): Promise<void> {
  const { id, store, uploadsDir } = input;
  const journalled = isUploadedOriginal(uploadsDir, doc.path);
  if (journalled) {
    await mkdir(uploadsDir, { recursive: true });
    await writeJournal(uploadsDir, { op: 'delete', docId: id, original: doc.path });
  }
  try {
    await store.deleteDocument(id);
  } catch (error) {
    if (journalled) await clearJournal(uploadsDir, id).catch(() => undefined);
    throw error;
  }
}

/** The Node runtime's admin service: uploads land under DATA_DIR/uploads and in the index. */
export function createAdminService(deps: {
  store: WritableStore;
  embedder: Embedder;
  config: Pick<Config, 'dataDir' | 'maxUploadMb' | 'parseTimeoutMs' | 'parseMemoryMb' | 'maxPassagesPerDocument'>;
}): AdminService {
  const dir = uploadsDir(deps.config.dataDir);
  const limits = limitsFor(deps.config.maxUploadMb);
  const parseBudget = { timeoutMs: deps.config.parseTimeoutMs, memoryMb: deps.config.parseMemoryMb };
  const reserve = spaceReserveFor(deps.config.dataDir);
  void reserve?.ensure();
  return {
    upload: ({ files, meta }) =>
      ingestUploads({
        files,
        meta,
        store: deps.store,
        embedder: deps.embedder,
        limits,
        uploadsDir: dir,
        parseBudget,
        maxPassages: deps.config.maxPassagesPerDocument,
      }),
    remove: (id) => deleteUploadedDocument({ id, store: deps.store, embedder: deps.embedder, uploadsDir: dir, ...(reserve ? { reserve } : {}) }),
  };
}
