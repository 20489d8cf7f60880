import { readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { trustOf } from '../core/document-trust.js';
import type { DocumentRecord, Trust } from '../core/types.js';
import type { PassageStore } from '../store/store.js';
import { moveStagedIntoPlace, removeUpload, STAGING_PREFIX, writeDurably } from './uploads.js';

/**
 * The write-ahead record of one upload or deletion: written (and flushed) before the index
 * commit, removed once the original is in step with it. The index commit decides the outcome;
 * the record says what to do with the original either way, so a crash anywhere leaves the
 * stored original the bytes of the version the index holds (see recoverUploads).
 */
export type JournalRecord =
  | {
      op: 'replace';
      docId: string;
      /** Base names in the uploads folder of the staged original and its metadata. */
      stagedFile: string;
      stagedMeta?: string;
      target: string;
      /** The index record as it is once this upload committed. */
      expect: { contentHash: string; trust: Trust; path: string };
      /** An original under another name that the new one replaces. */
      previousPath?: string;
    }
  | { op: 'delete'; docId: string; original: string };

const JOURNAL_PREFIX = '.journal-';

function journalPath(dir: string, docId: string): string {
  return path.join(dir, `${JOURNAL_PREFIX}${docId}.json`);
}

/** Flushed to disk under a temporary name, then renamed: the record is whole or absent. */
export async function writeJournal(dir: string, record: JournalRecord): Promise<void> {
  const file = journalPath(dir, record.docId);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await writeDurably(temp, JSON.stringify({ ...record, pid: process.pid }));
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

export async function clearJournal(dir: string, docId: string): Promise<void> {
  await rm(journalPath(dir, docId), { force: true });
}

/** True when the index record is the one the upload was committing. */
export function committedAs(record: DocumentRecord | undefined, expect: { contentHash: string; trust: Trust; path: string }): boolean {
  return (
    record !== undefined &&
    record.contentHash === expect.contentHash &&
    trustOf(record) === expect.trust &&
    path.resolve(record.path) === path.resolve(expect.path)
  );
}

/** Removes an uploaded original unless another document's record still points at it (older layouts could share one). */
export async function removeUnsharedUpload(store: PassageStore, dir: string, file: string): Promise<void> {
  const resolved = path.resolve(file);
  const users = (await store.listDocuments()).filter((d) => path.resolve(d.path) === resolved);
  if (users.length === 0) await removeUpload(dir, file);
}

/** Brings the original of one journalled write in step with the index, then drops the record. */
export async function settleJournalled(store: PassageStore, dir: string, record: JournalRecord): Promise<'rolled forward' | 'rolled back'> {
  const indexed = await store.getDocument(record.docId);
  let outcome: 'rolled forward' | 'rolled back';
  if (record.op === 'replace') {
    if (committedAs(indexed, record.expect)) {
      await moveStagedIntoPlace(dir, { stagedFile: record.stagedFile, stagedMeta: record.stagedMeta, target: record.target });
      if (record.previousPath && path.resolve(record.previousPath) !== path.resolve(record.target)) await removeUnsharedUpload(store, dir, record.previousPath);
      outcome = 'rolled forward';
    } else {
      await rm(path.join(dir, record.stagedFile), { force: true });
      if (record.stagedMeta) await rm(path.join(dir, record.stagedMeta), { force: true });
      outcome = 'rolled back';
    }
  } else if (indexed === undefined) {
    await removeUnsharedUpload(store, dir, record.original);
    outcome = 'rolled forward';
  } else outcome = 'rolled back';
  await clearJournal(dir, record.docId);
  return outcome;
}

function processIsAlive(pid: number): boolean {
  if (pid === process.pid) return false; // at start-up this process has nothing in flight
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * At start, after the index has repaired its own interrupted writes: every journalled upload or
 * deletion is finished or undone to match the index, and staged files of writers that are gone
 * are removed. Run before the service accepts writes.
 */
export async function recoverUploads(store: PassageStore, dir: string): Promise<{ docId: string; outcome: string }[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const settled: { docId: string; outcome: string }[] = [];
  for (const name of names.filter((n) => n.startsWith(JOURNAL_PREFIX))) {
    const file = path.join(dir, name);
    if (name.endsWith('.tmp')) {
      // A record never completed (its write had not started), unless its writer is still writing it.
      if (!processIsAlive(Number(/\.(\d+)\.tmp$/.exec(name)?.[1]))) await rm(file, { force: true });
      continue;
    }
    let record: JournalRecord & { pid?: number };
    try {
      record = JSON.parse(await readFile(file, 'utf8')) as JournalRecord & { pid?: number };
    } catch {
      await rm(file, { force: true });
      continue;
    }
    // Another live process (a server while `npm run ingest` starts) is in the middle of this write.
    if (record.pid !== undefined && processIsAlive(record.pid)) continue;
    settled.push({ docId: record.docId, outcome: await settleJournalled(store, dir, record) });
  }
  for (const name of (await readdir(dir)).filter((n) => n.startsWith(STAGING_PREFIX))) {
    const pid = Number(/^\.staging-(\d+)-/.exec(name)?.[1]);
    if (!Number.isInteger(pid) || !processIsAlive(pid)) await rm(path.join(dir, name), { force: true });
  }
  return settled;
}
