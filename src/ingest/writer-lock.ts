import { UserError } from '../core/errors.js';

/** 503 for a writer that waited its limit: the index is busy with a long write (a start-up ingest). */
export class WriterBusyError extends UserError {
  constructor(readonly retryAfterSeconds: number) {
    super(503, 'index_busy', `The index is being updated (start-up ingest or another upload); try again in about ${retryAfterSeconds} s. Nothing was changed.`);
  }
}

/**
 * One writer at a time per index, in arrival order: ingests, uploads and deletions of the same
 * process never interleave their commits. A caller may give up after `maxWaitMs` (then nothing of
 * its task runs); it keeps its place in line until the writer before it is done.
 */
class WriterLock {
  private tail: Promise<void> = Promise.resolve();
  private busySince: number | undefined;

  async run<T>(task: () => Promise<T>, options: { maxWaitMs?: number } = {}): Promise<T> {
    const before = this.tail;
    let release!: () => void;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.tail = before.then(() => mine);
    if (options.maxWaitMs !== undefined) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const ready = await Promise.race([
        before.then(() => true),
        new Promise<false>((resolve) => {
          timer = setTimeout(() => resolve(false), options.maxWaitMs);
        }),
      ]);
      clearTimeout(timer);
      if (!ready) {
        void before.then(release);
        const busyFor = this.busySince === undefined ? 0 : (Date.now() - this.busySince) / 1000;
        throw new WriterBusyError(Math.max(5, Math.min(120, Math.round(busyFor))));
      }
    } else await before;
    this.busySince = Date.now();
    try {
      return await task();
    } finally {
      this.busySince = undefined;
      release();
    }
  }
}

const locks = new WeakMap<object, WriterLock>();

/** Runs `task` as the only writer of `store` (keyed by the store object). */
export function asOnlyWriter<T>(store: object, task: () => Promise<T>, options: { maxWaitMs?: number } = {}): Promise<T> {
  let lock = locks.get(store);
  if (!lock) {
    lock = new WriterLock();
    locks.set(store, lock);
  }
  return lock.run(task, options);
}
