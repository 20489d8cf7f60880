#!/usr/bin/env node
// Removes installed binaries this project can never load (postinstall, before the model). Two kinds:
//
// 1. onnxruntime-node builds for other machines. onnxruntime-node (pinned by
//    @huggingface/transformers) ships one npm tarball with native builds for six OS/CPU pairs,
//    208 MB installed, and npm has no way to select files of a package (no per-platform optional
//    packages exist for it, unlike lancedb, workerd, biome or esbuild). Every release since does the
//    same; newer ones are larger.
//    Why it is safe: its loader (dist/binding.js) requires only
//    bin/napi-v3/${process.platform}/${process.arch}/onnxruntime_binding.node, so the other pairs
//    are dead weight on this machine, and a node_modules tree is tied to its platform anyway (the
//    other native dependencies install only the host's build). `npm ci` re-extracts the whole
//    package, and when the host's own folder is missing we touch nothing. On Linux the tarball also
//    carries libonnxruntime.so.1 twice (the soname the binding links against, and
//    libonnxruntime.so.<version>, byte for byte the same, because a tarball on npm cannot hold a
//    symlink); the versioned name becomes a symlink to the soname again, as in ONNX Runtime's own
//    release archives.
//
// 2. The WebAssembly build of ONNX Runtime inside @huggingface/transformers
//    (dist/ort-wasm-simd-threaded.jsep.wasm, 21.6 MB). Only the browser build of transformers runs
//    on onnxruntime-web and fetches that file; we run its Node build (the "node" export condition),
//    which uses onnxruntime-node and never opens it, and onnxruntime-web itself is replaced by the
//    throwing stub in stubs/ ("overrides" in package.json). The file goes only while that stub is
//    what transformers resolves; with a real onnxruntime-web it stays.
//
// Running it again removes nothing and prints nothing; otherwise it prints one line.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STUB_VERSION = '0.0.0-policy-qa-stub';
const WASM_FILES = ['ort-wasm-simd-threaded.jsep.wasm'];

// Where Node would find package `name` from directory `from`: the nearest node_modules/<name>
// upwards (require.resolve cannot be used: transformers' "exports" hides its package.json).
function resolvePackage(name, from = [ROOT]) {
  for (const start of from) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'node_modules', name);
      if (fs.existsSync(path.join(candidate, 'package.json'))) return fs.realpathSync(candidate);
      if (path.dirname(dir) === dir) break;
    }
  }
  return undefined;
}

function versionOf(pkgDir) {
  return JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
}

function sizeOf(target) {
  const stat = fs.lstatSync(target);
  if (!stat.isDirectory()) return stat.size;
  return fs.readdirSync(target).reduce((sum, name) => sum + sizeOf(path.join(target, name)), 0);
}

function sameBytes(a, b) {
  return fs.statSync(a).size === fs.statSync(b).size && fs.readFileSync(a).equals(fs.readFileSync(b));
}

export function pruneOnnxRuntime(pkgDir, platform = process.platform, arch = process.arch) {
  const binDir = path.join(pkgDir, 'bin');
  const napiDirs = fs.existsSync(binDir) ? fs.readdirSync(binDir).filter((name) => name.startsWith('napi-v')) : [];
  const hostDirs = napiDirs.map((napi) => path.join(binDir, napi, platform, arch)).filter((dir) => fs.existsSync(dir));
  if (hostDirs.length === 0) return { removed: [], bytes: 0, reason: `no build for ${platform}/${arch}; left as installed` };
  const removed = [];
  let bytes = 0;
  for (const napi of napiDirs) {
    for (const os of fs.readdirSync(path.join(binDir, napi))) {
      for (const cpu of fs.readdirSync(path.join(binDir, napi, os))) {
        if (os === platform && cpu === arch) continue;
        const dir = path.join(binDir, napi, os, cpu);
        bytes += sizeOf(dir);
        fs.rmSync(dir, { recursive: true, force: true });
        removed.push(`${os}/${cpu}`);
      }
      if (fs.readdirSync(path.join(binDir, napi, os)).length === 0) fs.rmdirSync(path.join(binDir, napi, os));
    }
  }
  const version = versionOf(pkgDir);
  for (const dir of hostDirs) {
    const soname = path.join(dir, 'libonnxruntime.so.1');
    const versioned = path.join(dir, `libonnxruntime.so.${version}`);
    if (!fs.existsSync(soname) || !fs.existsSync(versioned) || fs.lstatSync(versioned).isSymbolicLink()) continue;
    if (!sameBytes(soname, versioned)) continue;
    bytes += fs.statSync(versioned).size;
    fs.rmSync(versioned);
    fs.symlinkSync('libonnxruntime.so.1', versioned);
    removed.push(`duplicate libonnxruntime.so.${version}`);
  }
  return { removed, bytes };
}

// transformersDir: the installed @huggingface/transformers; webDir: the onnxruntime-web it resolves.
export function pruneTransformersWasm(transformersDir, webDir) {
  if (!webDir || versionOf(webDir) !== STUB_VERSION) return { removed: [], bytes: 0, reason: 'onnxruntime-web is not the stub; left as installed' };
  const removed = [];
  let bytes = 0;
  for (const name of WASM_FILES) {
    const file = path.join(transformersDir, 'dist', name);
    if (!fs.existsSync(file)) continue;
    bytes += fs.statSync(file).size;
    fs.rmSync(file);
    removed.push(name);
  }
  return { removed, bytes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const parts = [];
  const notes = [];
  let bytes = 0;
  const transformersDir = resolvePackage('@huggingface/transformers');
  const from = transformersDir ? [transformersDir, ROOT] : [ROOT];
  // Looked up from transformers (onnxruntime-node's only dependent), then from the root.
  const onnxDir = resolvePackage('onnxruntime-node', from);
  if (onnxDir) {
    const result = pruneOnnxRuntime(onnxDir);
    if (result.reason) notes.push(`onnxruntime-node: ${result.reason}`);
    if (result.removed.length > 0) parts.push(`onnxruntime-node ${result.removed.join(', ')} (kept ${process.platform}/${process.arch})`);
    bytes += result.bytes;
  }
  if (transformersDir) {
    const result = pruneTransformersWasm(transformersDir, resolvePackage('onnxruntime-web', from));
    if (result.reason) notes.push(`@huggingface/transformers: ${result.reason}`);
    if (result.removed.length > 0) parts.push(`@huggingface/transformers dist/${result.removed.join(', dist/')}`);
    bytes += result.bytes;
  }
  if (parts.length > 0) notes.unshift(`pruned unused binaries: ${parts.join('; ')}, ${Math.round(bytes / 1e6)} MB freed`);
  if (notes.length > 0) console.log(notes.join('; '));
}
