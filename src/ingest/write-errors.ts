import { UserError } from '../core/errors.js';
import { isNoSpace } from '../store/no-space.js';

export { isNoSpace };

/**
 * What a write that failed before its commit point answers: 507 for a full disk, 500 for anything
 * else, both saying that nothing changed (the previous version of each document stays).
 */
export function writeFailed(error: unknown, what: string): UserError {
  if (error instanceof UserError) return error;
  if (isNoSpace(error)) {
    return new UserError(
      507,
      'insufficient_storage',
      `Not enough disk space in DATA_DIR to ${what}. Nothing was changed; free space (deleting documents frees it) and try again.`,
    );
  }
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 200);
  return new UserError(500, 'write_failed', `Could not ${what} (${reason}). Nothing was changed; try again.`);
}
