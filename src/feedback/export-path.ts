import { realpath } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where `feedback:export --out` may write: inside the working directory (symbolic links resolved,
 * so a link cannot lead out of it), unless `--force` says the operator means it. An export run
 * with a mistyped or injected path must not overwrite files elsewhere (it once wrote to /etc).
 */
export async function exportTarget(out: string, options: { cwd: string; force: boolean }): Promise<string> {
  const target = path.resolve(options.cwd, out);
  if (options.force) return target;
  const root = await realpath(options.cwd);
  // The folder that will hold the file, as far as it exists: resolved through any links.
  let existing = path.dirname(target);
  const rest: string[] = [path.basename(target)];
  for (;;) {
    try {
      existing = await realpath(existing);
      break;
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) break;
      rest.unshift(path.basename(existing));
      existing = parent;
    }
  }
  const resolved = path.join(existing, ...rest);
  const relative = path.relative(root, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new ExportPathError(`--out ${out} is outside the working directory (${root}); pass --force to write there anyway`);
  }
  return resolved;
}

export class ExportPathError extends Error {}
