import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AdminService, IngestEvent } from '../core/admin-service.js';
import { UserError } from '../core/errors.js';
import type { IngestSummary } from './ingest.js';

export const INGEST_EVENTS_FILE = 'ingest-events.jsonl';
/** Events kept: enough for weeks of uploads, small enough to read on every dashboard view. */
const MAX_EVENTS = 2_000;

/**
 * DATA_DIR/admin/ingest-events.jsonl: what was added, updated, deleted or refused and when, so the
 * operator sees each document's last ingest and the files that failed. Best-effort like the answer
 * log (no fsync): the index itself is the record of what is indexed; this only tells its history.
 */
export class IngestEventLog {
  readonly file: string;
  private queue: Promise<void> = Promise.resolve();
  private appended = 0;

  constructor(readonly dir: string) {
    this.file = path.join(dir, INGEST_EVENTS_FILE);
  }

  append(events: IngestEvent[]): Promise<void> {
    if (events.length === 0) return this.queue;
    const write = this.queue.then(async () => {
      await mkdir(this.dir, { recursive: true });
      await writeFile(this.file, events.map((e) => `${JSON.stringify(e)}\n`).join(''), { flag: 'a' });
      this.appended += events.length;
      if (this.appended >= MAX_EVENTS / 4) await this.compact();
    });
    this.queue = write.catch(() => undefined);
    return write;
  }

  /** Newest last, at most MAX_EVENTS. */
  async list(): Promise<IngestEvent[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const events: IngestEvent[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        events.push(JSON.parse(line) as IngestEvent);
      } catch {
        // A torn last line from a crash mid-append.
      }
    }
    return events.slice(-MAX_EVENTS);
  }

  private async compact(): Promise<void> {
    const kept = await this.list();
    const temp = `${this.file}.${process.pid}.tmp`;
    await writeFile(temp, kept.map((e) => `${JSON.stringify(e)}\n`).join(''));
    await rename(temp, this.file);
    this.appended = 0;
  }
}

/** The event log under a local DATA_DIR; none for object storage. */
export function openIngestEventLog(dataDir: string): IngestEventLog | undefined {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(dataDir) ? undefined : new IngestEventLog(path.join(dataDir, 'admin'));
}

/** A corpus sync as events: every change and every failed file (unchanged documents say nothing new). */
export function corpusSyncEvents(summary: IngestSummary, now = new Date()): IngestEvent[] {
  const at = now.toISOString();
  return [
    ...summary.added.map((id) => ({ at, action: 'added' as const, via: 'corpus' as const, id })),
    ...summary.updated.map((id) => ({ at, action: 'updated' as const, via: 'corpus' as const, id })),
    ...summary.removed.map((id) => ({ at, action: 'deleted' as const, via: 'corpus' as const, id })),
    ...summary.failed.map((f) => ({ at, action: 'failed' as const, via: 'corpus' as const, file: f.file, reason: f.reason })),
  ];
}

/**
 * The admin service with its uploads, deletions and refusals written to the event log. A failed
 * log write never fails the upload: the document is indexed either way.
 */
export function recordingAdminService(service: AdminService, log: IngestEventLog): AdminService {
  const keep = (events: IngestEvent[]) => log.append(events).catch(() => undefined);
  return {
    async upload(input) {
      try {
        const documents = await service.upload(input);
        const at = new Date().toISOString();
        await keep(documents.map((d) => ({ at, action: d.status, via: 'upload', id: d.id, file: d.file })));
        return documents;
      } catch (error) {
        if (error instanceof UserError) {
          const at = new Date().toISOString();
          await keep([{ at, action: 'failed', via: 'upload', file: input.files.map((f) => f.name).join(', '), reason: error.message }]);
        }
        throw error;
      }
    },
    async remove(id) {
      const removed = await service.remove(id);
      if (removed) await keep([{ at: new Date().toISOString(), action: 'deleted', via: 'upload', id }]);
      return removed;
    },
    events: () => log.list(),
  };
}
