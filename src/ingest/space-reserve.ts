import { rm } from 'node:fs/promises';
import path from 'node:path';
import { MB } from './limits.js';
import { writeDurably } from './uploads.js';

/** Room kept free for the small writes a deletion needs (intent, deletion files, manifests). */
export const SPACE_RESERVE_BYTES = 2 * MB;

/**
 * A file of zeros in DATA_DIR holding back a little space. On a full disk a deletion (which is how
 * an operator frees space) still needs a few small writes; it releases the reserve, deletes, and
 * the reserve is taken back once space is free again. Uploads never use it.
 */
export class SpaceReserve {
  private readonly file: string;

  constructor(
    dataDir: string,
    private readonly bytes = SPACE_RESERVE_BYTES,
  ) {
    this.file = path.join(dataDir, '.space-reserve');
  }

  /** Best effort: on a disk already full the reserve is simply not there until space frees up. */
  async ensure(): Promise<boolean> {
    try {
      await writeDurably(this.file, new Uint8Array(this.bytes));
      return true;
    } catch {
      await rm(this.file, { force: true }).catch(() => undefined);
      return false;
    }
  }

  async release(): Promise<void> {
    await rm(this.file, { force: true });
  }
}

/** Only a local DATA_DIR can run out of space this way; object storage has no reserve. */
export function spaceReserveFor(dataDir: string): SpaceReserve | undefined {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(dataDir) ? undefined : new SpaceReserve(dataDir);
}
