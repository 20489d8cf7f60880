import type { BlobStore } from '../store/object-storage.js';
import { type AnswerLogEntry, type AnswerRetention, retained } from './answer-log.js';
import { dayOfKey, entryKey, mapLimited } from './object-keys.js';

export const ANSWERS_FOLDER = 'answers';

function parseLines(text: string): AnswerLogEntry[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as AnswerLogEntry);
}

/**
 * The answer log on object storage: answers queued while one object is being written go into the
 * next, so each instance writes one object per flush (one per answer when idle, a batch when busy)
 * and never appends to a shared one. Retention: objects of days older than `maxDays` are deleted
 * (by any instance, once per process start and then daily); `maxEntries` is applied when read.
 */
export class ObjectAnswerLog {
  private queue: Promise<void> = Promise.resolve();
  private pending: AnswerLogEntry[] = [];
  private prunedOn = '';

  constructor(
    private readonly blobs: BlobStore,
    private readonly retention: AnswerRetention,
  ) {}

  append(entry: AnswerLogEntry): Promise<void> {
    this.pending.push(entry);
    const write = this.queue.then(() => this.writePending());
    this.queue = write.catch(() => undefined);
    return write;
  }

  /** Resolves once every answer appended so far is written (a clean shutdown waits for it). */
  async flushed(): Promise<void> {
    await this.queue;
  }

  private async writePending(): Promise<void> {
    if (this.pending.length === 0) return;
    const entries = this.pending;
    this.pending = [];
    try {
      await this.blobs.put(entryKey(ANSWERS_FOLDER, 'jsonl'), new TextEncoder().encode(entries.map((e) => `${JSON.stringify(e)}\n`).join('')));
    } catch (error) {
      // Kept for the next flush: a passing storage error costs a delay, not the answers.
      this.pending = [...entries, ...this.pending];
      throw error;
    }
    const today = new Date().toISOString().slice(0, 10);
    if (this.prunedOn !== today) {
      this.prunedOn = today;
      await this.prune();
    }
  }

  private cutoffDay(now = Date.now()): string {
    return new Date(now - this.retention.maxDays * 86_400_000).toISOString().slice(0, 10);
  }

  private async prune(): Promise<void> {
    const cutoff = this.cutoffDay();
    const old = (await this.blobs.list(`${ANSWERS_FOLDER}/`)).filter((key) => {
      const day = dayOfKey(ANSWERS_FOLDER, key);
      return day !== undefined && day < cutoff;
    });
    await mapLimited(old, 8, (key) => this.blobs.delete(key));
  }

  /** Every instance's entries by answer id, within retention (what export joins ratings with). */
  async byId(): Promise<Map<string, AnswerLogEntry>> {
    return new Map((await this.entries()).map((e) => [e.id, e]));
  }

  /** Every instance's entries within retention, oldest first (what the operator's dashboard counts). */
  async entries(): Promise<AnswerLogEntry[]> {
    const cutoff = this.cutoffDay();
    const keys = (await this.blobs.list(`${ANSWERS_FOLDER}/`))
      .filter((key) => key.endsWith('.jsonl') && (dayOfKey(ANSWERS_FOLDER, key) ?? '') >= cutoff)
      .sort();
    const bodies = await mapLimited(keys, 16, async (key) => (await this.blobs.get(key))?.body);
    const entries = bodies.flatMap((body) => (body ? parseLines(new TextDecoder().decode(body)) : []));
    entries.sort((a, b) => (a.answeredAt < b.answeredAt ? -1 : a.answeredAt > b.answeredAt ? 1 : 0));
    return retained(entries, this.retention);
  }
}
