/** A full disk, as Node (ENOSPC) or LanceDB (a Rust I/O error, "os error 28") reports it. */
export function isNoSpace(error: unknown): boolean {
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'ENOSPC') return true;
  const message = error instanceof Error ? error.message : String(error);
  return /ENOSPC|no space left on device|os error 28|disk quota exceeded|EDQUOT/i.test(message);
}
