import type { FeedbackRecord } from './feedback-schema.js';

/** Where feedback lives. The Node service appends to a JSONL file; other runtimes may differ. */
export interface FeedbackStore {
  append(record: FeedbackRecord): Promise<void>;
  list(): Promise<FeedbackRecord[]>;
}
