import { mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FeedbackRecord } from './feedback-schema.js';
import type { FeedbackStore } from './feedback-store.js';

export const FEEDBACK_FILE = 'feedback.jsonl';

/** The feedback folder for a DATA_DIR that is a local folder (object-storage URIs have none). */
export function feedbackDirFor(dataDir: string): string | undefined {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(dataDir) ? undefined : path.join(dataDir, 'feedback');
}

/**
 * Append-only JSON Lines with an fsync per entry: an acknowledged rating survives a crash or a
 * restart. Appends are queued so that concurrent requests never interleave within a line.
 */
export class JsonlFeedbackStore implements FeedbackStore {
  private queue: Promise<void> = Promise.resolve();
  readonly file: string;

  constructor(readonly dir: string) {
    this.file = path.join(dir, FEEDBACK_FILE);
  }

  append(record: FeedbackRecord): Promise<void> {
    const write = this.queue.then(() => this.write(`${JSON.stringify(record)}\n`));
    this.queue = write.catch(() => undefined);
    return write;
  }

  private async write(line: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const handle = await open(this.file, 'a');
    try {
      await handle.appendFile(line, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  async list(): Promise<FeedbackRecord[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return parseFeedbackLines(text);
  }
}

/** Parses JSONL; a torn last line (a crash mid-write) is skipped rather than failing the export. */
export function parseFeedbackLines(text: string): FeedbackRecord[] {
  const records: FeedbackRecord[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      records.push(JSON.parse(line) as FeedbackRecord);
    } catch {
      // Only an interrupted final write can produce this; every acknowledged entry was synced whole.
    }
  }
  return records;
}

/** The Node service's feedback store, or none when DATA_DIR is object storage. */
export function openFeedbackStore(dataDir: string): FeedbackStore | undefined {
  const dir = feedbackDirFor(dataDir);
  return dir ? new JsonlFeedbackStore(dir) : undefined;
}
