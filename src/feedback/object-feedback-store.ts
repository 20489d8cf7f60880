import type { BlobStore } from '../store/object-storage.js';
import type { FeedbackRecord } from './feedback-schema.js';
import type { FeedbackStore } from './feedback-store.js';
import { parseFeedbackLines } from './jsonl-feedback-store.js';
import { entryKey, mapLimited } from './object-keys.js';

export const FEEDBACK_FOLDER = 'feedback';

/**
 * Feedback on object storage (DATA_DIR=s3://...): each rating is its own object, written whole
 * before the request is acknowledged. Nothing is appended to a shared object, so any number of
 * instances can take ratings at once and none overwrites another's.
 */
export class ObjectFeedbackStore implements FeedbackStore {
  constructor(private readonly blobs: BlobStore) {}

  async append(record: FeedbackRecord): Promise<void> {
    await this.blobs.put(entryKey(FEEDBACK_FOLDER, 'json'), new TextEncoder().encode(`${JSON.stringify(record)}\n`));
  }

  /** Every instance's ratings, oldest first (keys sort by the time written). */
  async list(): Promise<FeedbackRecord[]> {
    const keys = (await this.blobs.list(`${FEEDBACK_FOLDER}/`)).filter((key) => key.endsWith('.json')).sort();
    const bodies = await mapLimited(keys, 16, async (key) => (await this.blobs.get(key))?.body);
    return bodies.flatMap((body) => (body ? parseFeedbackLines(new TextDecoder().decode(body)) : []));
  }
}
