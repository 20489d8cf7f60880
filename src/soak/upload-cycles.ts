import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { openRuntime, type Runtime } from '../node/runtime.js';

/** What an upload cycle found: documents it checked, and those lost or whose original is out of step with the index. */
export interface UploadCycleReport {
  name: string;
  documents: number;
  lost: string[];
  mismatched: string[];
  skipped?: string;
  notes: string[];
}

/** The upload write steps a crash is staged at, from before the index commit to after it. */
export const UPLOAD_CRASH_POINTS = [
  'upload:after-staging',
  'replace:after-intent',
  'replace:after-passages',
  'replace:after-record',
  'upload:after-commit',
] as const;

function child(args: string[], env: NodeJS.ProcessEnv, pauseAt?: string): { process: ChildProcess; output: () => string } {
  const childEnv: NodeJS.ProcessEnv = { ...env, LOG_LEVEL: 'silent' };
  if (pauseAt) childEnv.POLICY_QA_PAUSE_AT = pauseAt;
  else delete childEnv.POLICY_QA_PAUSE_AT;
  const proc = spawn(process.execPath, ['--import', 'tsx', path.resolve('src/soak/upload-child.ts'), ...args], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  proc.stdout?.on('data', (c: Buffer) => {
    text += c.toString();
  });
  proc.stderr?.on('data', (c: Buffer) => {
    text += c.toString();
  });
  return { process: proc, output: () => text };
}

async function runToEnd(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const { process: proc, output } = child(args, env);
  const [code] = (await once(proc, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`upload-child ${args.join(' ')} exited ${code}:\n${output()}`);
}

async function killAt(point: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const { process: proc, output } = child(args, env, point);
  const exited = once(proc, 'exit');
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the upload never reached ${point}:\n${output()}`)), 180_000);
    proc.stderr?.on('data', () => {
      if (output().includes(`paused at ${point}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    proc.once('exit', () => {
      clearTimeout(timer);
      if (!output().includes(`paused at ${point}`)) reject(new Error(`the upload exited before ${point}:\n${output()}`));
    });
  });
  proc.kill('SIGKILL');
  await exited;
}

const note = (id: string, n: 1 | 2) =>
  `---\ntitle: Soak upload ${id} v${n}\n---\n\n# Soak upload ${id}\n\nThis is version ${n} of an upload the soak test crashes. Marker: soakv${n}.\n`;

/** The stored original against the version the index holds; a problem is pushed to `report`. */
async function checkOriginal(runtime: Runtime, id: string, versions: Map<string, string>, report: UploadCycleReport): Promise<void> {
  const record = await runtime.store.getDocument(id);
  if (!record) {
    report.lost.push(id);
    return;
  }
  const expected = versions.get(record.title);
  if (expected === undefined || !existsSync(record.path) || readFileSync(record.path, 'utf8') !== expected) report.mismatched.push(`${id} (original)`);
  if ((await runtime.store.passagesOfDocument(id)).length !== record.passageCount) report.mismatched.push(`${id} (passages)`);
}

/**
 * kill -9 of an uploading writer at each step, then a restart (which settles the index and the
 * uploads journal), on a copy of DATA_DIR: every document is there, its original is the bytes of
 * the version the index holds, no staging file is left, and uploading the same file again keeps it so.
 */
export async function uploadCrashCycle(input: { dataDir: string; work: string }): Promise<UploadCycleReport> {
  const report: UploadCycleReport = { name: 'upload crash (kill -9)', documents: 0, lost: [], mismatched: [], notes: [] };
  const dataDir = path.join(input.work, 'upload-crash-data');
  cpSync(input.dataDir, dataDir, { recursive: true });
  const env = { ...process.env, DATA_DIR: dataDir };
  const versions = new Map<string, string>();
  const files: { id: string; v1: string; v2: string }[] = [];
  for (const [i, point] of UPLOAD_CRASH_POINTS.entries()) {
    const id = `soak-upload-${i}`;
    const dir = path.join(input.work, 'upload-crash-files', id);
    mkdirSync(path.join(dir, 'v1'), { recursive: true });
    mkdirSync(path.join(dir, 'v2'), { recursive: true });
    const v1 = path.join(dir, 'v1', `${id}.md`);
    const v2 = path.join(dir, 'v2', `${id}.md`);
    writeFileSync(v1, note(id, 1));
    writeFileSync(v2, note(id, 2));
    versions.set(`Soak upload ${id} v1`, note(id, 1));
    versions.set(`Soak upload ${id} v2`, note(id, 2));
    files.push({ id, v1, v2 });
    await runToEnd(['upload', v1], env);
    await killAt(point, ['upload', v2], env);
    await runToEnd(['open'], env);
    report.notes.push(`killed at ${point}`);
  }
  const runtime = await openRuntime(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
  try {
    const leftovers = readdirSync(path.join(dataDir, 'uploads')).filter((f) => f.startsWith('.'));
    if (leftovers.length > 0) report.mismatched.push(`staging or journal files left: ${leftovers.join(', ')}`);
    for (const { id, v2 } of files) {
      report.documents++;
      await checkOriginal(runtime, id, versions, report);
      // The same file again after the crash: the original must end up in place whatever the index said.
      await runtime.admin.upload({ files: [{ name: path.basename(v2), bytes: readFileSync(v2) }], meta: {} });
      await checkOriginal(runtime, id, versions, report);
    }
  } finally {
    runtime.close();
  }
  return report;
}

/** Korean text the model does not embed (so filling is quick), distinct per seed. */
function filler(seed: number, chars: number): string {
  let state = seed * 7919 + 1;
  const words: string[] = [];
  for (let length = 0; length < chars; ) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const word = String.fromCharCode(0xac00 + (state % 11172), 0xac00 + ((state >> 7) % 11172), 0xac00 + ((state >> 13) % 11172));
    words.push(words.length % 40 === 39 ? `${word}다.\n\n` : word);
    length += word.length + 1;
  }
  return words.join(' ');
}

/**
 * A 20 MB tmpfs DATA_DIR (a copy of the soak's index) filled by uploads until the disk refuses
 * them: every upload answers success and is whole, or 507 and leaves nothing; deletions on the
 * full disk likewise. Needs root (mount); skipped with the reason otherwise.
 */
export async function diskFullCycle(input: { dataDir: string; work: string }): Promise<UploadCycleReport> {
  const report: UploadCycleReport = { name: 'disk full (20 MB tmpfs)', documents: 0, lost: [], mismatched: [], notes: [] };
  const mountPoint = path.join(input.work, 'tmpfs');
  mkdirSync(mountPoint, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=20m', 'tmpfs', mountPoint], { stdio: 'pipe' });
  } catch (error) {
    report.skipped = `mounting a tmpfs is not permitted here (${String((error as { stderr?: Buffer }).stderr ?? error).trim()}); run the soak as root`;
    return report;
  }
  const dataDir = path.join(mountPoint, 'data');
  try {
    cpSync(input.dataDir, dataDir, { recursive: true });
    const runtime = await openRuntime(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
    const stored = new Map<string, string>();
    const refused: string[] = [];
    try {
      for (let i = 0; i < 80 && refused.length < 3; i++) {
        const id = `soak-fill-${i}`;
        const text = `---\ntitle: Fill ${i}\n---\n\n# 채움 ${i}\n\n${filler(i, 120_000)}`;
        try {
          await runtime.admin.upload({ files: [{ name: `${id}.md`, bytes: new TextEncoder().encode(text) }], meta: {} });
          stored.set(id, text);
        } catch (error) {
          if (!(error instanceof UserError) || error.status !== 507)
            report.mismatched.push(`${id}: upload failed with ${error instanceof UserError ? error.status : String(error)}, not 507`);
          refused.push(id);
          if (await runtime.store.getDocument(id)) report.mismatched.push(`${id}: answered 507 but is indexed`);
        }
      }
      report.notes.push(`${stored.size} uploads stored, then ${refused.length} refused with 507`);
      if (refused.length === 0) report.notes.push('the disk never filled');
      const versions = new Map([...stored].map(([id, text]) => [`Fill ${id.replace('soak-fill-', '')}`, text]));
      for (const id of stored.keys()) {
        report.documents++;
        await checkOriginal(runtime, id, versions, report);
      }
      let deleted = 0;
      for (const id of [...stored.keys()].slice(0, Math.ceil(stored.size / 2))) {
        try {
          await runtime.admin.remove(id);
          deleted++;
          if ((await runtime.store.getDocument(id)) || existsSync(path.join(dataDir, 'uploads', `${id}.md`)))
            report.mismatched.push(`${id}: deleted but still there`);
          stored.delete(id);
        } catch (error) {
          if (!(error instanceof UserError) || error.status !== 507) report.mismatched.push(`${id}: deletion failed with ${String(error)}`);
          await checkOriginal(runtime, id, versions, report);
        }
      }
      report.notes.push(`${deleted} deleted on the full disk`);
      try {
        await runtime.admin.upload({ files: [{ name: 'after-delete.md', bytes: new TextEncoder().encode(`# 삭제 뒤\n\n${filler(999, 10_000)}`) }], meta: {} });
        report.notes.push('an upload after the deletions succeeded');
      } catch (error) {
        report.mismatched.push(`an upload after deleting failed: ${String(error)}`);
      }
      for (const id of stored.keys()) await checkOriginal(runtime, id, versions, report);
    } finally {
      runtime.close();
    }
  } finally {
    try {
      execFileSync('umount', ['-l', mountPoint], { stdio: 'pipe' });
    } catch {}
  }
  return report;
}
