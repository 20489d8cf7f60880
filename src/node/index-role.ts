import type { AdminService } from '../core/admin-service.js';
import type { Config } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { ReadOnlyStoreError } from '../store/lance-store.js';
import { isObjectStorageUri } from '../store/object-storage.js';
import { LeaseUnavailableError } from '../store/writer-lease.js';

/** Whether this instance writes the index: INDEX_WRITER when set, else only on a local DATA_DIR. */
export function isIndexWriter(config: Pick<Config, 'indexWriter' | 'dataDir'>): boolean {
  return config.indexWriter ?? !isObjectStorageUri(config.dataDir);
}

/**
 * 503 not_writer: admin writes reach only the writer instance. 503 (not 409) because the request
 * is fine and another instance can take it: a load balancer that retries elsewhere does the right thing.
 */
export class NotWriterError extends UserError {
  constructor(reason: string) {
    super(
      503,
      'not_writer',
      `This instance does not write the index (${reason}). Send uploads and deletions (/api/admin/*) to the writer instance. Nothing was changed.`,
    );
  }
}

/** A reader's admin service: every write is refused before anything is parsed or embedded. */
export function readerAdmin(): AdminService {
  const refuse = () => Promise.reject(new NotWriterError('it is a reader: INDEX_WRITER is not 1'));
  return { upload: refuse, remove: refuse };
}

/** The writer's admin service, answering not_writer once its lease is gone (another writer took over). */
export function leaseAwareAdmin(admin: AdminService): AdminService {
  const translate = (error: unknown): never => {
    if (error instanceof LeaseUnavailableError) throw new NotWriterError(`its writer lease is gone: ${error.message}`);
    if (error instanceof ReadOnlyStoreError) throw new NotWriterError(error.message);
    throw error;
  };
  return {
    upload: (input) => admin.upload(input).catch(translate),
    remove: (id) => admin.remove(id).catch(translate),
    // What the dashboard reads of ingest history passes through unchanged.
    ...(admin.events ? { events: admin.events } : {}),
  };
}
