/** LanceDB says so when another writer committed first and the operation can simply be redone. */
export function isRetryableConflict(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /retryable commit conflict|commit conflict|conflicting transaction|please retry/i.test(message);
}

/**
 * Runs one LanceDB commit, redoing it (with a growing pause) while it fails only because another
 * writer got there first: another process on the same DATA_DIR, or an index rebuild. Anything
 * else, or a conflict that outlasts the attempts, is thrown.
 */
export async function withCommitRetry<T>(operation: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= attempts || !isRetryableConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** attempt + Math.random() * 25));
    }
  }
}
