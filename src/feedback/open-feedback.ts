import type { Config } from '../core/config.js';
import { objectStorageFor } from '../store/object-storage.js';
import { type AnswerLogEntry, openAnswerLog } from './answer-log.js';
import type { FeedbackStore } from './feedback-store.js';
import { openFeedbackStore } from './jsonl-feedback-store.js';
import { ObjectAnswerLog } from './object-answer-log.js';
import { ObjectFeedbackStore } from './object-feedback-store.js';

/** What the service and the export need of the answer log, on disk or on object storage. */
export interface AnswerLog {
  append(entry: AnswerLogEntry): Promise<void>;
  byId(): Promise<Map<string, AnswerLogEntry>>;
  /** Retained entries, oldest first. */
  entries(): Promise<AnswerLogEntry[]>;
}

/**
 * Where ratings and the answer log live for this DATA_DIR: JSONL files under a local folder, one
 * object per entry (ratings) or per flush (answers) under s3://. Another URI scheme has neither.
 */
export function openFeedback(
  config: Pick<Config, 'dataDir' | 'answerLogMaxEntries' | 'answerLogMaxDays'>,
  env: Record<string, string | undefined> = process.env,
): { feedback?: FeedbackStore; answerLog?: AnswerLog & { flushed?: () => Promise<void> } } {
  const storage = objectStorageFor(config.dataDir, env);
  if (!storage) {
    const feedback = openFeedbackStore(config.dataDir);
    const answerLog = openAnswerLog(config);
    return { ...(feedback ? { feedback } : {}), ...(answerLog ? { answerLog } : {}) };
  }
  const keepAnswers = config.answerLogMaxEntries > 0 && config.answerLogMaxDays > 0;
  return {
    feedback: new ObjectFeedbackStore(storage.blobs),
    ...(keepAnswers ? { answerLog: new ObjectAnswerLog(storage.blobs, { maxEntries: config.answerLogMaxEntries, maxDays: config.answerLogMaxDays }) } : {}),
  };
}
